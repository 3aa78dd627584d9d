// The top of the report: its title, one sentence on what it covers, and the counts.

import type { RootContent } from 'mdast';
import { ANNOTATION_STATUSES } from '../annotations/model';
import { heading, paragraph, table } from './blocks';
import type { ReportData } from './types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function summarySection(data: ReportData): RootContent[] {
  const c = data.counts;
  const rows: [string, string][] = [
    ['Sources', String(c.sources)],
    ['Entities', String(c.entities)],
    ['Facts compared across sources', String(c.facts)],
    ['Conflicts', String(c.conflicts)],
    ['Annotations', String(c.annotations)],
    ...ANNOTATION_STATUSES.map((status): [string, string] => [`Annotations ${status}`, String(c.byStatus[status])]),
    ['Annotations orphaned', String(c.orphans)],
  ];
  return [
    heading(1, data.title),
    paragraph(
      `${plural(c.sources, 'source')}, ${plural(c.facts, 'fact')} compared across outlets ` +
      `(${plural(c.conflicts, 'conflict')}), ${plural(c.annotations, 'annotation')}.`,
    ),
    table(['What', 'Count'], rows),
  ];
}
