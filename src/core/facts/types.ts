// Figures as facts (issue 5). A figure in one article becomes a claim about a measure; claims on
// the same measure (and subject) across sources are compared and get a verdict. The shapes here
// are the contract between the core (src/core/facts), the language server (hovers, diagnostics,
// the comparison webview), the CLI (`newslens compare`, `newslens report`) and the exporters.

import type { Qualifier } from '../model';

/** agree: the values fit together; evolving: a running total that changes with its as-of date; conflict: incompatible values for the same date or window. */
export type Verdict = 'agree' | 'conflict' | 'evolving';

/** A running total ("the toll has risen to 83") or a single event ("a strike killed 6"). */
export type ClaimScope = 'total' | 'event';

/** Where a source is, for quoting and linking. */
export interface ClaimSource {
  /** The source's URI or path, as the index knows it. */
  readonly uri: string;
  readonly title: string;
  readonly outlet: string | null;
  /** The article's own date (ISO YYYY-MM-DD). */
  readonly published: string | null;
}

/** One source's figure, read as a claim about a measure. */
export interface Claim extends ClaimSource {
  readonly start: number;
  readonly end: number;
  /** The figure as written ("at least 83 individuals"). */
  readonly text: string;
  /** 0-based position of `start`, for links and diagnostics. */
  readonly line: number;
  readonly character: number;
  /** The counted thing normalised: 'deaths' (killed, dead, lives...), 'strikes' (incidents, attacks), 'vessels' (boats), 'USD'... */
  readonly measure: string;
  /** What the claim is about when the sentence ties it to one entity or place (an entity key), else null. */
  readonly subject: string | null;
  readonly value: number;
  readonly valueMax: number | null;
  readonly qualifier: Qualifier | null;
  readonly scope: ClaimScope;
  /** ISO date (or TimeML month/week) the claim is true as of. */
  readonly asOf: string | null;
  /** 'sentence' when a date in the claim's sentence gave asOf, 'article' when it is the article's date. */
  readonly asOfFrom: 'sentence' | 'article' | null;
  /** The sentence around the figure, trimmed, for quotes. */
  readonly quote: string;
  /** 'cue' when words in the sentence said total or event ("so far", "the strike on Tuesday"); 'default' when nothing did and it is read as a total. */
  readonly scopeFrom?: 'cue' | 'default';
  /** For an event claim, which event: 'strike#20' (an ordinal in the sentence) or 'on:2025-11-15' (its sentence's date); null when the event cannot be named, and then it is not compared. */
  readonly event?: string | null;
  /** For an event claim, the place its clause names (an entity key), else null: events known only by their day conflict only when both name the same place. */
  readonly place?: string | null;
}

/** Two claims that cannot both be true, by index into `Fact.claims`. */
export interface ClaimConflict {
  readonly a: number;
  readonly b: number;
  /** A short human sentence: "76 as of 2025-10-30 vs 80 as of 2025-10-30". */
  readonly reason: string;
}

/** All sources' claims on one measure (and subject, and scope). */
export interface Fact {
  /** Stable id: `${measure}|${subject ?? ''}|${scope}`. */
  readonly id: string;
  readonly measure: string;
  readonly subject: string | null;
  readonly scope: ClaimScope;
  readonly verdict: Verdict;
  /** Sorted by asOf, then uri, then start. */
  readonly claims: readonly Claim[];
  readonly conflicts: readonly ClaimConflict[];
  /** For event facts, the event key shared by the claims (see Claim.event). */
  readonly event?: string | null;
}

/** A date one source gives for an event ("announced on Tuesday"). */
export interface EventDateClaim extends ClaimSource {
  readonly start: number;
  readonly end: number;
  /** The date as written. */
  readonly text: string;
  readonly line: number;
  readonly character: number;
  /** Normalised event key (e.g. 'announce|PER:pete hegseth' or 'landfall|LOC:jamaica'). */
  readonly event: string;
  /** How a person would name the event: "Hegseth announced". */
  readonly label: string;
  /** TimeML value of the date. */
  readonly value: string;
  readonly quote: string;
}

export interface EventDateFact {
  readonly id: string;
  readonly event: string;
  readonly label: string;
  /** 'agree' or 'conflict' (an event's date does not evolve). */
  readonly verdict: Verdict;
  readonly claims: readonly EventDateClaim[];
  readonly conflicts: readonly ClaimConflict[];
}

/** What one source contributes; small, kept per source in the index and in the disk cache. */
export interface SourceClaims {
  readonly claims: readonly Claim[];
  readonly events: readonly EventDateClaim[];
}

/** The comparison over a set of sources. Only facts with claims from two or more sources are compared; `facts` holds those. */
export interface Comparison {
  readonly facts: readonly Fact[];
  readonly events: readonly EventDateFact[];
}
