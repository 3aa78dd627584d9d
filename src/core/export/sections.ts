// The sections after the article: Entities, Figures and Dates tables, and the footnote
// definitions the marks in the text refer to. Every cell is built from text nodes, so names and
// figures from the article are escaped like the article itself; the only raw HTML is the row
// anchor, whose id comes from slug.ts ([a-z0-9-] only).

import type { FootnoteDefinition, Heading, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import type { DateMention, EntityCluster, Figure } from '../model';
import { dateNote, dateValue, figureNote, figureQualifier, figureValue } from './describe';
import { articleText } from './inline';

export const SECTION_TITLES = ['Entities', 'Figures', 'Dates'] as const;

// Table cells hold one line; a mention that spans a line break is shown on one line.
function cellText(value: string): PhrasingContent[] {
  return articleText(value.replace(/\s*(?:\r\n|\n|\r)\s*/g, ' '));
}

function row(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) };
}

function table(header: readonly string[], rows: TableRow[]): Table {
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => [{ type: 'text', value: h }])), ...rows] };
}

function section(title: string, body: Table, isEmpty: boolean): RootContent[] {
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: title }] };
  const none: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'None recognised.' }] };
  return [heading, isEmpty ? none : body];
}

/** "Entities": one row per cluster, each with an `<a id>` anchor the mention links point at. */
export function entitiesSection(clusters: readonly EntityCluster[], anchors: ReadonlyMap<string, string>): RootContent[] {
  const rows = clusters.map((cluster) => {
    const anchor = anchors.get(cluster.id);
    const name: PhrasingContent[] = anchor === undefined ? [] : [{ type: 'html', value: `<a id="${anchor}"></a>` }];
    name.push(...cellText(cluster.canonical));
    return row([
      name,
      [{ type: 'text', value: cluster.type }],
      cellText(cluster.aliases.join(', ')),
      [{ type: 'text', value: String(cluster.mentions.length) }],
    ]);
  });
  return section(SECTION_TITLES[0], table(['Entity', 'Type', 'Aliases', 'Mentions'], rows), clusters.length === 0);
}

/** "Figures": text as written, normalised value, counted thing, qualifier, as-of date. */
export function figuresSection(figures: readonly Figure[]): RootContent[] {
  const rows = figures.map((f) =>
    row([cellText(f.text), cellText(figureValue(f)), cellText(f.counted ?? ''), cellText(figureQualifier(f)), cellText(f.asOf ?? '')]),
  );
  return section(SECTION_TITLES[1], table(['Figure', 'Value', 'Counted', 'Qualifier', 'As of'], rows), figures.length === 0);
}

/** "Dates": text as written, type, TimeML value with its modifier. */
export function datesSection(dates: readonly DateMention[]): RootContent[] {
  const rows = dates.map((d) => row([cellText(d.text), [{ type: 'text', value: d.type }], cellText(dateValue(d))]));
  return section(SECTION_TITLES[2], table(['Date', 'Type', 'Value'], rows), dates.length === 0);
}

function definition(label: string, line: string): FootnoteDefinition {
  return { type: 'footnoteDefinition', identifier: label, label, children: [{ type: 'paragraph', children: cellText(line) }] };
}

/** Footnote definitions for the figures and dates whose reference made it into the text. */
export function noteDefinitions(
  figures: readonly Figure[], figureLabels: readonly string[],
  dates: readonly DateMention[], dateLabels: readonly string[],
  referenced: ReadonlySet<string>,
): FootnoteDefinition[] {
  const notes: FootnoteDefinition[] = [];
  figures.forEach((f, i) => {
    const label = figureLabels[i];
    if (label !== undefined && referenced.has(label)) notes.push(definition(label, figureNote(f)));
  });
  dates.forEach((d, i) => {
    const label = dateLabels[i];
    if (label !== undefined && referenced.has(label)) notes.push(definition(label, dateNote(d)));
  });
  return notes;
}
