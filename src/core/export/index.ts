// Annotated-Markdown export: analysis -> mdast (to-mdast.ts) -> Markdown (to-markdown.ts).

import type { ArticleAnalysis } from '../model';
import { analysisToMdast, type ExportOptions } from './to-mdast';
import { mdastToMarkdown } from './to-markdown';

export { analysisToMdast, type ExportOptions } from './to-mdast';
export { mdastToMarkdown } from './to-markdown';
export { entityAnchors, slugOf } from './slug';

/** The analysed article as annotated Markdown: front matter, marked text, tables, footnotes. */
export function exportAnnotatedMarkdown(analysis: ArticleAnalysis, options: ExportOptions = {}): string {
  return mdastToMarkdown(analysisToMdast(analysis, options));
}
