// Small mdast builders the report's sections share. Every piece of text from an article, a note
// or a file name goes in as a text node (or inline code for link-like words, via oneLine), so
// remark-stringify escapes it; the only links are the ones built here, to the articles' paths.

import type { Heading, Link, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { oneLine } from '../export/annotation-thread';

/** Our own words only: text from an article or a person goes through oneLine, which keeps URLs from becoming links. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function heading(depth: 1 | 2 | 3, children: PhrasingContent[] | string): Heading {
  return { type: 'heading', depth, children: typeof children === 'string' ? oneLine(children) : children };
}

/** A paragraph; a string is taken as text from an article or a person (link-like words as code). */
export function paragraph(children: PhrasingContent[] | string): Paragraph {
  return { type: 'paragraph', children: typeof children === 'string' ? oneLine(children) : children };
}

/** A table whose header and cells are phrasing content (or plain strings, written as text). */
export function table(header: readonly string[], rows: readonly (readonly (PhrasingContent[] | string)[])[]): Table {
  const row = (cells: readonly (PhrasingContent[] | string)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: typeof cell === 'string' ? oneLine(cell) : cell })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** A link to an article: its URL from the host's linkOf, its text escaped like any text. */
export function sourceLink(url: string, label: string): Link {
  return { type: 'link', url, children: oneLine(label) };
}

/** "None." under an empty section, so every section says something. */
export function none(what = 'None.'): RootContent {
  return paragraph(what);
}

/** “quote” on one line, shortened in the middle when long (tables and lists stay readable). */
export function quoted(quote: string, max = 160): string {
  // By code points, so an emoji is never cut in half.
  const flat = [...quote.replace(/\s+/g, ' ').trim()];
  const cut = flat.length <= max ? flat.join('') : `${flat.slice(0, max - 20).join('').trimEnd()} … ${flat.slice(-15).join('').trimStart()}`;
  return `“${cut}”`;
}
