// Serialises an export tree. All escaping of article text happens here, in remark-stringify's
// `unsafe` handling; nothing upstream builds Markdown as strings.

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

function serializer(alignTables: boolean) {
  return unified()
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      fence: '`',
      fences: true,
      rule: '-',
      listItemIndent: 'one',
      // `resourceLink`: entity links stay `[text](#id)`, never `<#id>` autolinks.
      resourceLink: true,
    })
    .use(remarkGfm, { tablePipeAlign: alignTables })
    .use(remarkFrontmatter);
}

const aligned = serializer(true);
// Aligned tables pad every row to the widest cell of its column: readable for an article's
// tables, but a workspace report's tables (thousands of entities) would grow by megabytes.
const compact = serializer(false);

export interface MarkdownOptions {
  /** Pad table columns to one width (default true). */
  readonly alignTables?: boolean;
}

/** Markdown text of an mdast tree (GFM tables and footnotes, YAML front matter). */
export function mdastToMarkdown(tree: Root, options: MarkdownOptions = {}): string {
  return (options.alignTables === false ? compact : aligned).stringify(tree);
}
