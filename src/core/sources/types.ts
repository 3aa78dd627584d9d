// The shapes of the cross-source index: what it stores per source and what its queries answer.
// Offsets are string offsets into one source's text; line/character pairs (0-based, UTF-16)
// are given beside them only where a host needs a link or a location.

import type { ArticleAnalysis, DateMention, EntityMention, EntityType, Figure, InputIssue } from '../model';
import type { Store, StoreContext } from './store';
import type { LineIndex } from '../text/lines';
import type { HoverCard, HoverOptions } from '../hover/model';
import type { Comparison, EventDateFact, Fact, SourceClaims } from '../facts/types';
import type { Lexicon } from '../annotations/lexicon';
import type { AnalysisMemo } from '../memo';

/** Lets a long query stop early; the LSP and VS Code tokens fit it as they are. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** How a source is named in hovers, lists and trees. */
export interface SourceLabel {
  /** The article's title, else the last segment of its uri. */
  readonly title: string;
  /** The outlet ("Reuters"), when the article says it. */
  readonly outlet: string | null;
  /** ISO date: the analysis's reference date, else the published date. */
  readonly date: string | null;
}

/** One indexed source: its analysis and text (inside the analysis), nothing per token. */
export interface SourceRecord {
  readonly uri: string;
  readonly hash: string;
  readonly analysis: ArticleAnalysis;
  /** Line starts of the text, built on first use. */
  readonly lines: LineIndex;
  readonly label: SourceLabel;
}

/** A span with its line/character start and end, for links and editor ranges. */
export interface LocatedSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/** A location in some source. */
export interface SourceLocation extends LocatedSpan {
  readonly uri: string;
}

/** What `set` and `setAnalysis` did. */
export interface SetResult {
  readonly record: SourceRecord;
  /** False when the content hash was unchanged and nothing was re-analysed or re-indexed. */
  readonly changed: boolean;
}

/** What is under a cursor. */
export type MentionAt =
  | { readonly kind: 'entity'; readonly mention: EntityMention }
  | { readonly kind: 'figure'; readonly figure: Figure }
  | { readonly kind: 'date'; readonly date: DateMention };

/** A quote cut from a mention's sentence: `before + text + after`, whitespace collapsed. */
export interface Quote {
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

/** An entity as the workspace knows it. */
export interface EntitySummary {
  /** `${type}:${nameKey(canonical)}` — stable across sources. */
  readonly key: string;
  readonly type: EntityType;
  readonly canonical: string;
  readonly sources: number;
  readonly mentions: number;
}

/** One mention of an entity, with where it is and its quote. */
export interface EntityLocation extends SourceLocation {
  readonly text: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly quote: Quote;
}

export interface SourceSummary {
  readonly uri: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  /** Distinct entities (alias clusters) in the source. */
  readonly entities: number;
  readonly figures: number;
  readonly dates: number;
}

export type SymbolKind = 'group' | 'entity' | 'figure' | 'date';

/** The outline of one source: groups, then entities once each, figures and dates per mention. */
export interface DocumentSymbol extends LocatedSpan {
  readonly name: string;
  /** Short extra text: mention count and type, the figure's unit, the date's value. */
  readonly detail: string;
  readonly kind: SymbolKind;
  readonly entityType?: EntityType;
  /** Mentions of an entity, or children of a group. */
  readonly count?: number;
  readonly children: readonly DocumentSymbol[];
}

export interface WorkspaceSymbol {
  readonly key: string;
  readonly type: EntityType;
  readonly canonical: string;
  readonly sources: number;
  /** The first mention in the earliest source. */
  readonly location: SourceLocation;
}

/** A plain, ordered copy of the cross-source maps, for diagnostics and consistency tests. */
export interface IndexSnapshot {
  readonly entities: readonly (readonly [string, readonly (readonly [string, readonly number[]])[]])[];
  readonly figures: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  readonly dates: readonly (readonly [string, readonly (readonly [string, readonly number[]])[]])[];
  readonly surnames: readonly (readonly [string, readonly string[]])[];
}

/** An incremental in-memory index of many sources, with cross-source queries. */
export interface SourceIndex {
  /**
   * Index a source's text; re-analyses only when its content hash changed. `memo`, kept by the
   * caller for a document being edited, makes that re-analysis redo only the changed sentences.
   */
  set(uri: string, text: string, decodeIssues?: readonly InputIssue[], memo?: AnalysisMemo): SetResult;
  /** Index an analysis computed elsewhere (a worker, a disk cache); same hash = no change. */
  setAnalysis(uri: string, hash: string, analysis: ArticleAnalysis): SetResult;
  /** Use a new workspace lexicon from now on; returns the sources it may change (reanalyse them). */
  setLexicon(lexicon: Lexicon | undefined): string[];
  /** Analyse an indexed source's text again (under the current lexicon); false when not indexed. */
  reanalyse(uri: string): boolean;
  /**
   * Index a store read back from the disk cache, built over the index's tables by `make`; null
   * when it does not fit this build. `claims` reads its cached claims back when first needed.
   */
  restore(uri: string, hash: string, make: (ctx: StoreContext) => Store | null, claims?: () => SourceClaims | undefined): SetResult | null;
  /** Every source's content hash and compact store, for the disk cache. */
  stores(): IterableIterator<{ readonly hash: string; readonly store: Store; readonly claims: SourceClaims | undefined }>;
  has(uri: string): boolean;
  get(uri: string): SourceRecord | undefined;
  /** Forget a source; false when it was not indexed. */
  delete(uri: string): boolean;
  /** Move a source to a new uri without re-analysis; false when `from` was not indexed. */
  rename(from: string, to: string): boolean;
  records(): IterableIterator<SourceRecord>;
  readonly size: number;
  /** Increments on every change to the index. */
  readonly generation: number;

  /** The entity, figure or date at an offset (the end of a span counts). */
  mentionAt(uri: string, offset: number): MentionAt | null;
  /** The hover card for the mention at an offset, with what other sources say. */
  hoverCard(uri: string, offset: number, options?: Partial<HoverOptions>, token?: CancellationToken): HoverCard | null;
  /** Every mention, in every source, of the entity at an offset; sorted by uri then offset. */
  references(uri: string, offset: number, token?: CancellationToken): SourceLocation[];
  /** The first mention of the entity at an offset in the earliest source (label date, then uri). */
  definition(uri: string, offset: number, token?: CancellationToken): SourceLocation | null;
  documentSymbols(uri: string): DocumentSymbol[];
  /** Entities whose names match `query` (case/diacritic-insensitive substring, else subsequence). */
  workspaceSymbols(query: string, limit?: number, token?: CancellationToken): WorkspaceSymbol[];
  /** Every entity in the workspace, most widely reported first. */
  entitySummary(token?: CancellationToken): EntitySummary[];
  /** Every mention of one entity (by key) with quotes, newest source first. */
  entityLocations(key: string, token?: CancellationToken): EntityLocation[];
  sourceSummaries(token?: CancellationToken): SourceSummary[];
  /** The cross-source maps as plain sorted data. */
  snapshot(): IndexSnapshot;

  // Figures as facts (src/core/facts).
  /** What one source claims, as kept per source (plain data, for the disk cache); undefined when not indexed. */
  claims(uri: string): SourceClaims | undefined;
  /** Give a source's claims read back from the disk cache (else they are worked out from its analysis when first needed). */
  setClaims(uri: string, claims: SourceClaims): boolean;
  /** Facts reported by two or more sources, over all sources or those `filter` keeps. */
  comparison(filter?: (uri: string) => boolean): Comparison;
  /**
   * The whole comparison worked out one fact per step, for a host that answers requests
   * between steps (at 10,000 sources it takes a second or two); comparison() is then ready.
   * Stops early when the index changes.
   */
  comparisonSteps(): Iterable<void>;
  /** Reads back, a few sources per step, the claims restored sources left packed (comparisonSteps's first part). */
  claimSteps(): Iterable<void>;
  /** The facts (figures) one source takes part in. */
  factsAbout(uri: string): Fact[];
  /** The event-date facts one source takes part in. */
  eventsAbout(uri: string): EventDateFact[];
  /** Uris of the sources sharing a fact or an event with this one (whose diagnostics may change with it). */
  factNeighbours(uri: string): string[];
}
