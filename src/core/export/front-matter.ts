// The export's YAML front matter: the article's metadata and what was exported, from the
// analysis only (no clock, so exports are reproducible). Fields the article does not have are
// left out rather than written as null.

import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import type { ArticleAnalysis } from '../model';

export interface ExportCounts {
  readonly entities: number;
  readonly mentions: number;
  readonly figures: number;
  readonly dates: number;
  /** Present when the export was given the article's annotations. */
  readonly annotations?: number;
}

/** The front matter node; `file` is the host's label for the article (its path), when given. */
export function frontMatter(analysis: ArticleAnalysis, counts: ExportCounts, file?: string): Yaml {
  const { meta } = analysis;
  const fields: Record<string, unknown> = {};
  const put = (key: string, value: string | null | undefined): void => {
    if (value !== null && value !== undefined && value !== '') fields[key] = value;
  };
  put('title', meta.title);
  put('source', meta.source);
  put('url', meta.url);
  put('author', meta.author);
  put('published', meta.published);
  put('referenceDate', analysis.referenceDate);
  put('file', file);
  if (meta.tags.length > 0) fields['tags'] = [...meta.tags];
  fields['exported'] = { ...counts };
  // lineWidth 0: never fold long titles, so the value reads as written.
  return { type: 'yaml', value: stringify(fields, { lineWidth: 0 }).replace(/\n$/, '') };
}
