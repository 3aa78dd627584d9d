// Figures as facts across sources (issue 5): per-source claims, and their comparison.
export { claimsOf, claimSource, outletName } from './claims';
export { compareClaims, factId, factLabel } from './compare';
export { measureLabel, isCumulative } from './measures';
export type * from './types';
