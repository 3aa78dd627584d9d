// The cross-source index: many articles, connected by the entities, figures and dates they share.
export { createSourceIndex } from './sourceIndex';
export { contentHash } from './hash';
export { entityKey, figureMeasure, dateKey } from './keys';
export type * from './types';
