// The team report over many sources (issue 6): what the hosts pass in, what each source
// contributes once prepared, and the assembled data the Markdown and JSON writers read.
// Preparing is per source so that a host can show progress and stop between sources.

import type { Anchor, AnnotationStatus, WebAnnotation } from '../annotations/model';
import type { Note } from '../annotations/read';
import type { Lexicon } from '../annotations/lexicon';
import type { WorkspaceEntity } from '../aliases/workspace';
import type { Comparison, SourceClaims } from '../facts/types';
import type { ArticleAnalysis } from '../model';

/** One article as the host read it. */
export interface ReportSourceInput {
  /** The article's path relative to its workspace folder, '/'-separated (also the annotations' target.source). */
  readonly path: string;
  /** Null when the article is gone but its annotation file is still there: its annotations are listed as orphans. */
  readonly analysis: ArticleAnalysis | null;
  /** The article's annotations as stored ([] when it has none). */
  readonly annotations: readonly WebAnnotation[];
}

/** An annotation as the report shows it. */
export interface ReportAnnotation {
  readonly annotation: WebAnnotation;
  /** Where it sits in the article now (re-anchored), or why it cannot be placed. */
  readonly anchor: Anchor;
  /** The path of its article. */
  readonly source: string;
  /** The annotated text as it reads now, or the stored quote of an orphan. */
  readonly quote: string;
  readonly status: AnnotationStatus;
  readonly tags: readonly string[];
  readonly notes: readonly Note[];
}

/** One source, prepared: its label, claims and re-anchored annotations. */
export interface PreparedSource {
  readonly path: string;
  readonly title: string;
  readonly outlet: string | null;
  /** ISO date: published, else the analysis's reference date. */
  readonly date: string | null;
  /** False when the article is gone (only its annotation file is left). */
  readonly present: boolean;
  readonly analysis: ArticleAnalysis | null;
  readonly claims: SourceClaims;
  readonly annotations: readonly ReportAnnotation[];
}

export interface ReportOptions {
  /** The report's title (its first heading and the JSON label). */
  readonly title?: string;
  readonly lexicon?: Lexicon | undefined;
  /**
   * The link written for an article, from its workspace-relative path; hosts make it relative to
   * where the report is written. Default: the path itself, URL-encoded.
   */
  readonly linkOf?: (path: string) => string;
}

export interface ReportCounts {
  readonly sources: number;
  readonly entities: number;
  /** Figures and event dates reported by two or more sources. */
  readonly facts: number;
  /** Pairs of claims that cannot both be true. */
  readonly conflicts: number;
  readonly annotations: number;
  readonly byStatus: Readonly<Record<AnnotationStatus, number>>;
  readonly orphans: number;
}

/** Everything the writers need, in the order they write it. */
export interface ReportData {
  readonly title: string;
  /** Sorted by path. */
  readonly sources: readonly PreparedSource[];
  readonly comparison: Comparison;
  readonly entities: readonly WorkspaceEntity[];
  readonly counts: ReportCounts;
  readonly linkOf: (path: string) => string;
}
