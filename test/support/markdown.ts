// Reading Markdown back to plain text, for tests that check an export still says what the
// article says. Independent of src/core/export on purpose: it parses with remark as any reader
// of the export would, and knows only the export's documented shape.

import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);

/** Parses GFM with YAML front matter, as the export is meant to be read. */
export function parseMarkdown(md: string): Root {
  return parser.parse(md);
}

const SECTION_TITLES = ['Entities', 'Figures', 'Dates'];

function isSectionHeading(node: RootContent | undefined, title: string | undefined): boolean {
  return node?.type === 'heading' && node.depth === 2 && toString(node) === title;
}

/**
 * Where the export's own sections start: the document must end with exactly "## Entities",
 * "## Figures", "## Dates", each followed by one table or paragraph. An article's own
 * "Entities" heading elsewhere is left alone. Returns children.length when there are none.
 */
function exportSectionsStart(children: readonly RootContent[]): number {
  const start = children.length - 2 * SECTION_TITLES.length;
  if (start < 0) return children.length;
  const tail = children.slice(start);
  const shaped = SECTION_TITLES.every((title, i) =>
    isSectionHeading(tail[2 * i], title) && ['table', 'paragraph'].includes(tail[2 * i + 1]?.type ?? ''),
  );
  return shaped ? start : children.length;
}

/**
 * Removes front matter, footnote definitions and references; a hard break becomes "\n", and a
 * line ending in a code span a space.
 */
function strip(node: Nodes): Nodes[] {
  switch (node.type) {
    case 'yaml':
    case 'footnoteDefinition':
    case 'footnoteReference':
      return [];
    case 'break':
      return [{ type: 'text', value: '\n' }];
    // A code span reads its line endings as spaces (CommonMark 6.1); remark keeps them as
    // written, and mdast-util-to-markdown writes one as a space where the next line could
    // open a block ("`\n[x]: y`").
    case 'inlineCode':
      return [{ ...node, value: node.value.replace(/\r\n|\r|\n/g, ' ') }];
    default:
      if ('children' in node) {
        (node as { children: Nodes[] }).children = node.children.flatMap((child) => strip(child));
      }
      return [node];
  }
}

/**
 * The plain text of a Markdown document or export: front matter, footnote definitions and
 * references, and the export's trailing Entities/Figures/Dates sections dropped; each
 * remaining top-level block reduced with mdast-util-to-string (a hard line break counts as
 * "\n", line endings at a block's end are dropped); blocks with no text (rules, dropped images)
 * left out; blocks joined with a blank line.
 */
export function markdownToPlainText(md: string): string {
  const tree = parseMarkdown(md);
  const blocks = tree.children.filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'yaml');
  return blocks
    .slice(0, exportSectionsStart(blocks))
    .flatMap((block) => strip(block))
    // remark keeps the line ending that closes a raw HTML block at the end of a file in its value.
    .map((block) => toString(block).replace(/[\r\n]+$/, ''))
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * The plain text of a .txt article as the export must reproduce it. Normalised, and nothing
 * else: a leading `---` … `---` front matter block is dropped; CRLF and lone CR become LF;
 * blank lines (spaces and tabs only) separate paragraphs, runs of them count as one and those
 * at the start and end are dropped.
 */
export function textArticlePlainText(text: string): string {
  const body = text.replace(/^---[ \t]*(?:\r\n|\n|\r)(?:[\s\S]*?(?:\r\n|\n|\r))?---[ \t]*(?:\r\n|\n|\r|$)/, '');
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of body.split(/\r\n|\n|\r/)) {
    if (/^[ \t]*$/.test(line)) {
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs.join('\n\n');
}
