// Reading the parts of an annotation that views, exports and reports show. The model keeps every
// piece as a TextualBody (W3C); these helpers give them back by purpose.

import type { AnnotationStatus, TextualBody, WebAnnotation } from './model';

/** One comment of a thread, as shown to a reader. */
export interface Note {
  readonly id: string;
  readonly text: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
}

/** The thread's comments in order (first note, then replies). */
export function notesOf(annotation: WebAnnotation): Note[] {
  return annotation.body
    .filter((b) => b.purpose === 'commenting')
    .map((b) => ({
      id: b.id ?? '',
      text: b.value,
      author: b.creator?.name ?? annotation.creator.name,
      created: b.created ?? annotation.created,
      modified: b.modified ?? b.created ?? annotation.modified,
    }));
}

/** The tags, without '#', sorted and without duplicates. */
export function tagsOf(annotation: WebAnnotation): string[] {
  return [...new Set(annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value))].sort();
}

/** The status; an annotation without one is 'open'. */
export function statusOf(annotation: WebAnnotation): AnnotationStatus {
  const status = annotation.body.find((b: TextualBody) => b.purpose === 'assessing');
  return (status?.value as AnnotationStatus | undefined) ?? 'open';
}

/** The quoted text of the annotated span (what it was made on). */
export function quoteOf(annotation: WebAnnotation): string {
  return annotation.target.selector[0].exact;
}

/** The stored span (may be stale until re-anchored against the current text). */
export function storedSpanOf(annotation: WebAnnotation): { start: number; end: number } {
  const { start, end } = annotation.target.selector[1];
  return { start, end };
}
