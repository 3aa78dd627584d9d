// `newslens report --format json`: every annotation of the report as one W3C Web Annotation
// Collection (https://www.w3.org/TR/annotation-model/#annotation-collection) with a single
// embedded page. Items are written exactly as the annotation files store them (the same
// canonical key order, target.source relative to the workspace), sources by path and, within
// one source, the files' own order, so the same workspace always gives the same bytes.

import { ANNOTATION_CONTEXT } from '../annotations/model';
import { serializeAnnotationFile } from '../annotations/serialize';
import { contentHash } from '../sources/hash';
import type { ReportData } from './types';

export interface AnnotationCollection {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly partOf: string;
    readonly startIndex: 0;
    readonly items: readonly unknown[];
  };
  readonly last: string;
}

/** The report's annotations as an AnnotationCollection (plain JSON data). */
export function annotationCollection(data: ReportData): AnnotationCollection {
  // The annotation files' canonical form is the one place that fixes key order; reading it back
  // gives items identical to what is stored, not a second serialiser that could drift from it.
  const items = data.sources.flatMap((s) => {
    if (s.annotations.length === 0) return [];
    const stored = serializeAnnotationFile({ source: s.path, annotations: s.annotations.map((a) => a.annotation) });
    return (JSON.parse(stored) as { annotations: unknown[] }).annotations;
  });
  // The id names this content: the same annotations give the same id, changed ones a new one.
  const id = `urn:newslens:annotations:${contentHash(JSON.stringify(items))}`;
  const page = `${id}:page:1`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${data.title}: ${data.counts.annotations} annotations over ${data.counts.sources} sources`,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: page,
  };
}

/** The collection as pretty-printed JSON text with a trailing newline. */
export function annotationCollectionJson(data: ReportData): string {
  return `${JSON.stringify(annotationCollection(data), null, 2)}\n`;
}
