// "Sources": one section per article, with its outlet, date and path, and its annotations.

import type { PhrasingContent, RootContent } from 'mdast';
import { oneLine } from '../export/annotation-thread';
import { heading, none, paragraph, quoted, sourceLink, table, text } from './blocks';
import type { PreparedSource, ReportAnnotation, ReportData } from './types';

/** "Ana Ruiz: first note; Ben Okafor: reply" on one line. */
export function notesLine(a: ReportAnnotation, author?: string): PhrasingContent[] {
  const notes = author === undefined ? a.notes : a.notes.filter((n) => n.author === author);
  return oneLine(notes.map((n) => (author === undefined ? `${n.author}: ${n.text}` : n.text)).join(' · '));
}

/** The annotation's place: "anchored" is the normal case and says nothing; orphans say so. */
export function placeOf(a: ReportAnnotation): string {
  return a.anchor.state === 'orphan' ? `orphaned: ${a.anchor.reason}` : '';
}

function sourceSection(source: PreparedSource, data: ReportData): RootContent[] {
  const about: PhrasingContent[] = [
    { type: 'strong', children: [text('Outlet:')] }, text(' '), ...oneLine(source.outlet ?? 'unknown'), text(' · '),
    { type: 'strong', children: [text('Date:')] }, text(' '), ...oneLine(source.date ?? 'undated'), text(' · '),
    { type: 'strong', children: [text('Path:')] }, text(' '), sourceLink(data.linkOf(source.path), source.path),
  ];
  if (!source.present) about.push(text(' · the article is not in the workspace any more; its annotations are kept'));
  const rows = source.annotations.map((a) => [
    quoted(a.quote),
    a.status,
    a.tags.map((t) => `#${t}`).join(' '),
    notesLine(a),
    placeOf(a),
  ]);
  return [
    heading(3, source.title),
    paragraph(about),
    rows.length === 0 ? none('No annotations.') : table(['Quote', 'Status', 'Tags', 'Notes', 'Place'], rows),
  ];
}

export function sourcesSection(data: ReportData): RootContent[] {
  return [heading(2, 'Sources'), ...(data.sources.length === 0 ? [none()] : data.sources.flatMap((s) => sourceSection(s, data)))];
}
