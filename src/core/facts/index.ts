// Figures as facts across sources (issue 5): per-source claims, and their comparison.
export { claimsOf, claimSource, outletName } from './claims';
export { compareClaims, factId, factLabel } from './compare';
export type { CompareOptions } from './compare';
export { sameStoryBy, topicsOf, SHARED_FOR_STORY } from './story';
export type { SameStory } from './story';
export { measureLabel, isCumulative } from './measures';
export type * from './types';
