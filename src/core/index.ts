// The public API of the NewsLens engine. Hosts (the CLI, the language server, tests) create one
// engine with the ports it needs and call it; nothing here touches files, the clock or the editor.

import type { ArticleAnalysis, ArticleFormat, InputIssue, NameRecognizer } from './model';
import { analyzeArticle } from './analyze';
import { exportAnnotatedMarkdown, type ExportOptions } from './export';
import type { AnalysisMemo } from './memo';

export type * from './model';
export { decodeArticle } from './text/decode';
export type { DecodeResult } from './text/decode';
export { LineIndex } from './text/lines';
export { AnalysisMemo } from './memo';

/** What the host passes in. */
export interface NewsLensPorts {
  /** The name recogniser (a trained model in production; anything that fills the interface in tests). */
  readonly names: NameRecognizer;
  /** Today's date as ISO YYYY-MM-DD (the host's clock); used only to date a dateline without a year. */
  readonly today?: () => string;
}

/** An article as the host has it: decoded text plus where it came from. */
export interface ArticleDocument {
  /** A path or URI; only its extension is read here (.md/.markdown are Markdown). */
  readonly uri: string;
  readonly text: string;
  readonly decodeIssues?: readonly InputIssue[];
}

export interface AnalyzeRequest {
  /** ISO YYYY-MM-DD to resolve relative dates against, instead of the article's own date. */
  readonly referenceDate?: string | undefined;
  /**
   * Kept by the caller for one article while it is edited, and passed to each analysis of it:
   * sentences unchanged since the last analysis are not parsed or tagged again. The result is
   * the same with or without.
   */
  readonly memo?: AnalysisMemo | undefined;
}

export interface NewsLens {
  /** Recognise entities, figures and dates in one article. */
  analyze(doc: ArticleDocument, request?: AnalyzeRequest): ArticleAnalysis;
  /** The article as annotated Markdown (mdast serialised by unified); `options.annotations` adds its annotations as footnotes. */
  exportMarkdown(analysis: ArticleAnalysis, options?: ExportOptions): string;
  dispose(): void;
}

/** Create an engine over the given ports. */
export function createNewsLens(ports: NewsLensPorts): NewsLens {
  let disposed = false;
  const live = (): void => {
    if (disposed) throw new Error('This NewsLens engine was disposed.');
  };
  return Object.freeze({
    analyze(doc: ArticleDocument, request?: AnalyzeRequest): ArticleAnalysis {
      live();
      return analyzeArticle(doc.text, ports.names, {
        format: articleFormat(doc.uri),
        referenceDate: request?.referenceDate,
        memo: request?.memo,
        fileName: doc.uri,
        today: ports.today?.(),
        decodeIssues: doc.decodeIssues ?? [],
      });
    },
    exportMarkdown(analysis: ArticleAnalysis, options?: ExportOptions): string {
      live();
      return exportAnnotatedMarkdown(analysis, options);
    },
    dispose(): void {
      disposed = true;
    },
  });
}

/** Markdown for .md/.markdown/.mdx, plain text for everything else (.txt, .news). */
export function articleFormat(uri: string): ArticleFormat {
  return /\.(md|markdown|mdx)$/i.test(uri) ? 'markdown' : 'text';
}

// Cross-source index and hover cards (src/core/sources, src/core/hover).
export { createSourceIndex, contentHash, entityKey, figureMeasure, dateKey } from './sources';
export type * from './sources';
export type * from './hover/model';
export { DEFAULT_HOVER_OPTIONS } from './hover/model';
export { figureRelation } from './hover/relation';

// One entity under many names across sources, and the workspace lexicon that overrides it.
export { groupWorkspaceEntities } from './aliases/workspace';
export type { WorkspaceEntity, WorkspaceEntityMention, WorkspaceSource } from './aliases/workspace';
export {
  applyLexicon, parseLexicon, serializeLexicon, normalizeLexicon, EMPTY_LEXICON, LEXICON_PATH, LEXICON_VERSION,
} from './annotations/lexicon';
export type { Lexicon, LexiconEntity, LexiconSplit, LexiconParse } from './annotations/lexicon';

// Figures as facts: claims per source and their comparison across sources (src/core/facts).
export * from './facts';
