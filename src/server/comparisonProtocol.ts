// The `newslens/comparison` request behind the Source Comparison view: the core's Comparison
// for the workspace or one folder, each claim with its end position (so that the client selects
// the quote without reading the file), and a timeline of dated events across sources. Plain
// types only: the client and the webview's host code import this file.

import type { Claim, Comparison, EventDateClaim, EventDateFact, Fact, Verdict } from '../core/facts/types';

export const ComparisonRequest = 'newslens/comparison';

export interface ComparisonParams {
  /** A folder's URI; absent for the whole workspace. */
  readonly folder?: string;
}

/** Where a claim ends, 0-based, as the editor counts. */
export interface ClaimEnd {
  readonly endLine: number;
  readonly endCharacter: number;
}

export type LocatedClaim = Claim & ClaimEnd;
export type LocatedEventClaim = EventDateClaim & ClaimEnd;

export interface LocatedFact extends Omit<Fact, 'claims'> {
  readonly claims: readonly LocatedClaim[];
  /** "deaths in Jamaica (one event)". */
  readonly label: string;
}

export interface LocatedEventFact extends Omit<EventDateFact, 'claims'> {
  readonly claims: readonly LocatedEventClaim[];
}

/** One dated point of the timeline: an event's date as one source gives it, or a figure's as-of date. */
export interface TimelineEntry {
  /** The day it falls on (YYYY-MM-DD; a month or week is placed at its first day). */
  readonly day: string;
  /** The date as normalised (TimeML: 2025-11-12, 2025-11, 2025-W46). */
  readonly value: string;
  readonly kind: 'event' | 'figure';
  /** Index into `facts` (kind figure) or `events` (kind event), then into its claims. */
  readonly fact: number;
  readonly claim: number;
  readonly verdict: Verdict;
}

export interface ComparisonResult extends Comparison {
  readonly facts: readonly LocatedFact[];
  readonly events: readonly LocatedEventFact[];
  /** Sorted by day, then outlet. */
  readonly timeline: readonly TimelineEntry[];
  /** Sources compared (in the folder, when there is one). */
  readonly sources: number;
  /** Some facts, claims or timeline entries were left out to keep the view readable. */
  readonly truncated: boolean;
}
