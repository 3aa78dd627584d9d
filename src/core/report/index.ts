// The team report (issue 6): one document over many sources — counts, a section per source,
// figures compared across outlets with verdicts, conflicts, every annotation by status and by
// author, and an entity index — as Markdown (an mdast tree serialised by unified, like the
// per-article export) or as a W3C AnnotationCollection.
//
// Hosts: prepareSource() per article (progress, cancellation between sources), then
// assembleReport() once, then reportMarkdown() or annotationCollectionJson().

import type { Root } from 'mdast';
import { mdastToMarkdown } from '../export/to-markdown';
import { byAuthorSection, byStatusSection } from './annotations-section';
import { entitiesSection } from './entities-section';
import { conflictsSection, factsSection } from './facts-section';
import { sourcesSection } from './sources-section';
import { summarySection } from './summary';
import type { ReportData } from './types';

export { assembleReport, DEFAULT_TITLE, pathLink } from './assemble';
export { annotationCollection, annotationCollectionJson, type AnnotationCollection } from './collection';
export { prepareSource } from './prepare';
export type * from './types';

/** The report as an mdast tree, sections in a fixed order. */
export function reportToMdast(data: ReportData): Root {
  return {
    type: 'root',
    children: [
      ...summarySection(data),
      ...sourcesSection(data),
      ...factsSection(data),
      ...conflictsSection(data),
      ...byStatusSection(data),
      ...byAuthorSection(data),
      ...entitiesSection(data),
    ],
  };
}

/** The report as Markdown (GFM tables, not padded: a workspace's tables can be very long). */
export function reportMarkdown(data: ReportData): string {
  return mdastToMarkdown(reportToMdast(data), { alignTables: false });
}
