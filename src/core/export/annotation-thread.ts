// How one annotation thread reads in Markdown, for the per-article export's footnotes and the
// team report: a line with its status and tags, then every note in order (the first, then the
// replies) with its author and date. Everything people typed is text nodes, so remark escapes
// it; link-like words become inline code (articleText) so that a note never turns into a link.

import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';
import type { WebAnnotation } from '../annotations/model';
import { notesOf, statusOf, tagsOf, type Note } from '../annotations/read';
import { articleText } from './inline';

/** "2025-11-13" from an ISO date-time; anything else as written. */
export function dayOf(dateTime: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(dateTime)?.[0] ?? dateTime;
}

/** Text as phrasing content on one line: line breaks become spaces (for table cells and headings). */
export function oneLine(value: string): PhrasingContent[] {
  return articleText(value.replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ').trim());
}

/**
 * Text as it was typed, as paragraphs: blank lines separate paragraphs, other line breaks are
 * hard breaks. (A text node holding a line break would be written as a soft break, which
 * Markdown readers join into one line.)
 */
export function typedParagraphs(value: string, lead: PhrasingContent[] = []): Paragraph[] {
  const blocks = value.split(/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)\s*/).map((b) => b.trim()).filter((b) => b !== '');
  if (blocks.length === 0) return lead.length === 0 ? [] : [{ type: 'paragraph', children: lead }];
  return blocks.map((block, i) => {
    const children: PhrasingContent[] = i === 0 ? [...lead] : [];
    block.split(/\r\n|\n|\r/).forEach((line, j) => {
      if (j > 0) children.push({ type: 'break' });
      children.push(...articleText(line.trim()));
    });
    return { type: 'paragraph', children };
  });
}

/** "Status: disputed · Tags: casualties, sourcing" as phrasing content. */
export function statusLine(annotation: WebAnnotation): PhrasingContent[] {
  const tags = tagsOf(annotation);
  const line: PhrasingContent[] = [{ type: 'strong', children: [{ type: 'text', value: 'Status:' }] }, { type: 'text', value: ` ${statusOf(annotation)}` }];
  if (tags.length > 0) {
    line.push({ type: 'text', value: ' · ' }, { type: 'strong', children: [{ type: 'text', value: 'Tags:' }] }, { type: 'text', value: ' ' });
    line.push(...oneLine(tags.map((t) => `#${t}`).join(' ')));
  }
  return line;
}

/** "Ana Ruiz, 2025-11-13 (edited 2025-11-14): " before a note. */
export function noteByline(note: Note): PhrasingContent[] {
  const created = dayOf(note.created);
  const modified = dayOf(note.modified);
  const when = modified !== created ? `${created} (edited ${modified})` : created;
  return [{ type: 'strong', children: oneLine(note.author) }, { type: 'text', value: `, ${when}: ` }];
}

/** The thread as blocks: the status line, then each note with its byline. */
export function threadBlocks(annotation: WebAnnotation): BlockContent[] {
  const blocks: BlockContent[] = [{ type: 'paragraph', children: statusLine(annotation) }];
  for (const note of notesOf(annotation)) blocks.push(...typedParagraphs(note.text, noteByline(note)));
  return blocks;
}
