// The report's data from its prepared sources: the cross-source comparison of figures and event
// dates, the workspace's entities (aliases grouped as hovers and references group them), and the
// counts. Pure and deterministic: the same sources give the same report.

import { groupWorkspaceEntities } from '../aliases/workspace';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../annotations/model';
import { compareClaims } from '../facts/compare';
import type { PreparedSource, ReportCounts, ReportData, ReportOptions } from './types';

export const DEFAULT_TITLE = 'NewsLens annotation report';

/** A workspace-relative path as a relative URL: each segment percent-encoded, '/' kept. */
export function pathLink(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The report's data over the prepared sources (any order; the report lists them by path). */
export function assembleReport(prepared: readonly PreparedSource[], options: ReportOptions = {}): ReportData {
  const sources = [...prepared].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const comparison = compareClaims(sources.map((s) => s.claims));
  const entities = groupWorkspaceEntities(
    sources.flatMap((s) => (s.analysis === null ? [] : [{ uri: s.path, analysis: s.analysis }])),
    options.lexicon,
  );
  const annotations = sources.flatMap((s) => s.annotations);
  const byStatus = Object.fromEntries(ANNOTATION_STATUSES.map((status) => [status, 0])) as Record<AnnotationStatus, number>;
  for (const a of annotations) byStatus[a.status] += 1;
  const counts: ReportCounts = {
    sources: sources.filter((s) => s.present).length,
    entities: entities.length,
    facts: comparison.facts.length + comparison.events.length,
    conflicts: [...comparison.facts, ...comparison.events].reduce((n, f) => n + f.conflicts.length, 0),
    annotations: annotations.length,
    byStatus,
    orphans: annotations.filter((a) => a.anchor.state === 'orphan').length,
  };
  return { title: options.title ?? DEFAULT_TITLE, sources, comparison, entities, counts, linkOf: options.linkOf ?? pathLink };
}
