// Serialises an export tree. All escaping of article text happens here, in remark-stringify's
// `unsafe` handling; nothing upstream builds Markdown as strings.

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const serializer = unified()
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
  .use(remarkGfm)
  .use(remarkFrontmatter);

/** Markdown text of an mdast tree (GFM tables and footnotes, YAML front matter). */
export function mdastToMarkdown(tree: Root): string {
  return serializer.stringify(tree);
}
