// "Annotations by status" (every thread in full, under open, verified, disputed, resolved) and
// "Annotations by author" (per person, the threads they wrote in and what they wrote there).
// Orphans are listed like the others, with their stored quote and a word on why.

import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../annotations/model';
import { oneLine, threadBlocks } from '../export/annotation-thread';
import { heading, none, paragraph, quoted, sourceLink, table, text } from './blocks';
import { notesLine, placeOf } from './sources-section';
import type { PreparedSource, ReportAnnotation, ReportData } from './types';

const STATUS_TITLES: Record<AnnotationStatus, string> = { open: 'Open', verified: 'Verified', disputed: 'Disputed', resolved: 'Resolved' };

function all(data: ReportData): { a: ReportAnnotation; source: PreparedSource }[] {
  return data.sources.flatMap((source) => source.annotations.map((a) => ({ a, source })));
}

function item(a: ReportAnnotation, source: PreparedSource, data: ReportData): ListItem {
  const lead: PhrasingContent[] = [...oneLine(quoted(a.quote, 300)), text(' in '), sourceLink(data.linkOf(source.path), source.title)];
  const place = placeOf(a);
  if (place !== '') lead.push(text(` (${place})`));
  return { type: 'listItem', spread: true, children: [paragraph(lead), ...threadBlocks(a.annotation)] };
}

export function byStatusSection(data: ReportData): RootContent[] {
  const everything = all(data);
  const blocks: RootContent[] = [heading(2, 'Annotations by status')];
  for (const status of ANNOTATION_STATUSES) {
    const these = everything.filter(({ a }) => a.status === status);
    blocks.push(heading(3, `${STATUS_TITLES[status]} (${these.length})`));
    blocks.push(these.length === 0 ? none() : { type: 'list', ordered: false, spread: true, children: these.map(({ a, source }) => item(a, source, data)) });
  }
  return blocks;
}

export function byAuthorSection(data: ReportData): RootContent[] {
  const byAuthor = new Map<string, { a: ReportAnnotation; source: PreparedSource }[]>();
  for (const entry of all(data)) {
    for (const author of new Set(entry.a.notes.map((n) => n.author))) {
      const list = byAuthor.get(author) ?? [];
      list.push(entry);
      byAuthor.set(author, list);
    }
  }
  const authors = [...byAuthor.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const blocks: RootContent[] = [heading(2, 'Annotations by author')];
  if (authors.length === 0) return [...blocks, none()];
  for (const author of authors) {
    const entries = byAuthor.get(author) ?? [];
    blocks.push(heading(3, `${author} (${entries.length})`));
    blocks.push(table(['Quote', 'Status', 'Tags', 'Source', 'Note'], entries.map(({ a, source }) => [
      quoted(a.quote),
      a.anchor.state === 'orphan' ? `${a.status} (orphaned)` : a.status,
      a.tags.map((t) => `#${t}`).join(' '),
      [sourceLink(data.linkOf(source.path), source.path)],
      notesLine(a, author),
    ])));
  }
  return blocks;
}
