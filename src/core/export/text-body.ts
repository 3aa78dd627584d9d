// The body of a plain-text article as Markdown blocks: blank-line separated paragraphs, each
// line kept as a line (hard breaks between lines), every character as written — the Markdown
// serialiser escapes what would otherwise be syntax.

import type { Paragraph, PhrasingContent } from 'mdast';
import { locateLastPieces, notePointsBySegment, renderSegment, type NotePoint, type Segment } from './inline';
import type { PlacedMark } from './marks';

// Web clippers write YAML front matter into .txt files too; it is metadata, not body text.
const TEXT_FRONT_MATTER = /^---[ \t]*(?:\r\n|\n|\r)(?:[\s\S]*?(?:\r\n|\n|\r))?---[ \t]*(?:\r\n|\n|\r|$)/;

/** Offset where the body of a plain-text article starts: after a leading `---` … `---` block, if any. */
export function textBodyStart(text: string): number {
  return TEXT_FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

/** The lines of the body grouped into paragraphs, each line a segment without its line ending. */
export function textParagraphs(text: string): Segment[][] {
  const paragraphs: Segment[][] = [];
  let current: Segment[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = textBodyStart(text);
  lineBreak.lastIndex = start;
  for (;;) {
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const value = text.slice(start, end);
    // A blank line in Markdown is spaces and tabs only; it is also what ends a paragraph here.
    if (/^[ \t]*$/.test(value)) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push({ value, start });
    }
    if (!found) break;
    start = found.index + found[0].length;
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** The body of a plain-text article as paragraphs with the placed marks and annotation references rendered. */
export function textBody(text: string, placed: readonly PlacedMark[], notes: readonly NotePoint[] = []): Paragraph[] {
  const paragraphs = textParagraphs(text);
  const last = locateLastPieces(paragraphs.flat(), placed);
  const points = notePointsBySegment(paragraphs.flat(), notes);
  return paragraphs.map((lines) => {
    const children: PhrasingContent[] = [];
    lines.forEach((line, i) => {
      if (i > 0) children.push({ type: 'break' });
      children.push(...renderSegment(line, placed, last, false, points.get(line)).nodes);
    });
    return { type: 'paragraph', children };
  });
}
