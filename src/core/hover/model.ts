// Hover cards as data. The core decides what a card says; the server renders it to escaped
// Markdown, so nothing here is Markdown and no article text is trusted to be.

import type { DateMention, EntityType, Figure, Qualifier } from '../model';
import type { Verdict } from '../facts/types';
import type { LocatedSpan, Quote } from '../sources/types';

export interface HoverOptions {
  /** How many other sources a card lists (default 5); the rest are counted in `othersMore`. */
  readonly maxSources: number;
  /** Characters of quote kept each side of the mention (default 80). */
  readonly quoteChars: number;
}

export const DEFAULT_HOVER_OPTIONS: HoverOptions = Object.freeze({ maxSources: 5, quoteChars: 80 });

/** Another source's mention, quoted, with where to open it. */
export interface SourceContext {
  readonly uri: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  /** The mention's sentence around it, cut at word boundaries, '…' where cut. */
  readonly quote: Quote;
  /** Offsets in that source. */
  readonly start: number;
  readonly end: number;
  /** 0-based, for links. */
  readonly line: number;
  readonly character: number;
  /** Further mentions of the same thing in that source. */
  readonly moreInSource: number;
}

export interface EntityCard {
  readonly kind: 'entity';
  readonly range: LocatedSpan;
  /** The workspace key (`${type}:${nameKey(canonical)}`), for commands and the tree view. */
  readonly key: string;
  readonly type: EntityType;
  /** The entity's name across the workspace ("Gustavo Petro" for a bare "Petro"). */
  readonly canonical: string;
  /** Surface forms in this article, most frequent first. */
  readonly aliases: readonly string[];
  readonly mentionsHere: number;
  /** Sources mentioning the entity, this one included. */
  readonly sourcesTotal: number;
  /** Other sources, newest first, at most `maxSources`. */
  readonly others: readonly SourceContext[];
  readonly othersMore: number;
}

/** How another source's figure stands to the hovered one. */
export type FigureRelation = 'same' | 'compatible' | 'higher' | 'lower';

export interface FigureComparison extends SourceContext {
  readonly value: number;
  readonly valueMax: number | null;
  readonly qualifier: Qualifier | null;
  readonly asOf: string | null;
  readonly text: string;
  readonly relation: FigureRelation;
  /**
   * How this figure stands with the hovered one when both are claims of one fact (same
   * measure, place and scope): 'agree', 'evolving' (a total that changed between dates) or
   * 'conflict'; null when they are not claims about the same thing, so are not judged.
   */
  readonly verdict?: Verdict | null;
}

/** The fact a hovered figure or date is a claim of, across sources (src/core/facts). */
export interface CardFact {
  readonly id: string;
  /** How the fact is named: "deaths in Jamaica", "Jonas Reiter ordered an independent inquiry". */
  readonly label: string;
  readonly verdict: Verdict;
  /** Sources making a claim of it, this one included. */
  readonly sources: number;
  /** What the hovered claim contradicts, one line per other claim. */
  readonly conflicts: readonly string[];
}

export interface FigureCard {
  readonly kind: 'figure';
  readonly range: LocatedSpan;
  readonly figure: Figure;
  /**
   * Other sources' figures of the same measure (unit): the latest `maxSources` by as-of date,
   * listed oldest first so they read as a timeline.
   */
  readonly others: readonly FigureComparison[];
  readonly othersMore: number;
  /** The cross-source fact this figure is a claim of, when two or more sources report it. */
  readonly fact?: CardFact | null;
}

export interface DateCard {
  readonly kind: 'date';
  readonly range: LocatedSpan;
  readonly date: DateMention;
  readonly iso: string;
  /** For a full day: 'Tuesday'. */
  readonly weekday: string | null;
  /** Other sources naming the same day or month, newest first. */
  readonly others: readonly SourceContext[];
  readonly othersMore: number;
  /** The event this date is given for, when two or more sources date it ("Petro announced"). */
  readonly event?: CardFact | null;
}

export type HoverCard = EntityCard | FigureCard | DateCard;
