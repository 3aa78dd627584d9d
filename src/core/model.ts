// The shapes every part of NewsLens shares: recognisers produce them, the index, the server,
// the exporters and the CLI read them. Offsets are JavaScript string offsets (UTF-16 code units)
// into the article's decoded text: a leading BOM removed, line endings as in the file.

import type { AnalysisMemo } from './memo';

/** A half-open range [start, end) of string offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the text it covers; always `text === articleText.slice(start, end)`. */
export interface TextSpan extends Span {
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// Tokens and sentences

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  readonly kind: TokenKind;
}

// ---------------------------------------------------------------------------------------------
// Names

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A name as a recogniser finds it, before aliases are grouped. */
export interface NameSpan extends Span {
  readonly type: EntityType;
  /** 0..1 where the recogniser can say; absent otherwise. */
  readonly confidence?: number;
}

/** One mention of an entity in an article, with the canonical name of its alias cluster. */
export interface EntityMention extends TextSpan {
  readonly type: EntityType;
  readonly canonical: string;
  /** Stable within the article: `${type}:${canonical}`. */
  readonly entityId: string;
}

/** All the mentions of one entity inside one article ("Petro", "President Gustavo Petro", ...). */
export interface EntityCluster {
  readonly id: string;
  readonly canonical: string;
  readonly type: EntityType;
  /** Distinct surface forms as written, possessive "'s" removed, most frequent first. */
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

/**
 * Fills in names. The first implementation may be rules; a trained model fills the same
 * interface later. It reads tokens and sentences made by src/core/text.
 */
export interface NameRecognizer {
  readonly id: string;
  recognize(input: RecognitionInput): NameSpan[];
}

// ---------------------------------------------------------------------------------------------
// Figures

export type FigureKind = 'count' | 'money' | 'percent' | 'ordinal';

/**
 * Normalised qualifiers. "over" is 'more than', "up to" is 'at most', "almost" is 'nearly',
 * "some"/"around"/"roughly" are 'about'; `qualifierText` keeps the words as written.
 */
export type Qualifier = 'at least' | 'more than' | 'less than' | 'at most' | 'about' | 'nearly';

export interface Figure extends TextSpan {
  readonly kind: FigureKind;
  /** The number (for a range, its low end). 4.5bn is 4500000000; 12% is 12. */
  readonly value: number;
  /** High end of a range ("20 to 25"). */
  readonly valueMax?: number;
  /**
   * What is counted, normalised to a plural lower-case noun ("deaths", "people", "strikes");
   * the ISO currency code for money ("USD"); "%" for percentages; null when unknown.
   */
  readonly unit: string | null;
  /** The counted noun phrase as written ("individuals", "migrant boats"), when there is one. */
  readonly counted?: string;
  readonly currency?: string;
  readonly qualifier: Qualifier | null;
  readonly qualifierText?: string;
  /** ISO date the figure is true as of: a date in its sentence, else the article's date. */
  readonly asOf: string | null;
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML `mod` values. */
export type DateMod =
  | 'START' | 'MID' | 'END' | 'APPROX'
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

export interface DateMention extends TextSpan {
  readonly type: DateType;
  /** TimeML value: 2025-11-12, 2025-11, 2025-W46, 2025-11-12T14:30, P20Y, PRESENT_REF, XXXX-11-12. */
  readonly value: string;
  readonly mod?: DateMod;
}

// ---------------------------------------------------------------------------------------------
// Articles

export type ArticleFormat = 'text' | 'markdown';

/** Where the article's own date came from. */
export type DateOrigin = 'option' | 'front-matter' | 'header' | 'dateline' | 'file-name' | 'text';

export interface ArticleMeta {
  readonly title: string | null;
  /** Outlet name ("Reuters"), from front matter `source`/`site`/`publisher` or a `Source:` line. */
  readonly source: string | null;
  readonly url: string | null;
  readonly author: string | null;
  /** ISO date (YYYY-MM-DD) the article was published, when the article says it. */
  readonly published: string | null;
  readonly publishedFrom: DateOrigin | null;
  readonly tags: readonly string[];
}

/** A problem with the input that did not stop analysis (invalid UTF-8, bad front matter...). */
export interface InputIssue {
  readonly code: string;
  readonly message: string;
  readonly offset?: number;
}

/**
 * What recognisers read. `text` is the article as decoded; `maskedText` has the same length,
 * with everything that must not be recognised (front matter, Markdown syntax, code, URLs,
 * HTML) replaced by spaces, so offsets found in it are offsets in `text`.
 */
export interface RecognitionInput {
  readonly text: string;
  readonly maskedText: string;
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  /** Results kept from the last analysis of the same article, for the stages to reuse (memo.ts). */
  readonly memo?: AnalysisMemo | undefined;
}

export interface ArticleAnalysis {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly meta: ArticleMeta;
  /** The date relative expressions were resolved against (ISO YYYY-MM-DD), if any. */
  readonly referenceDate: string | null;
  readonly referenceDateFrom: DateOrigin | null;
  readonly sentences: readonly Span[];
  readonly tokenCount: number;
  readonly entities: readonly EntityMention[];
  readonly entityClusters: readonly EntityCluster[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly issues: readonly InputIssue[];
}
