// The article's annotations in its export: a footnote reference right after each annotated
// span, whose definition holds the thread (status, tags, every note with author and date), and
// a section listing the annotations that have no place in the text, with the quote each was
// made on: orphans (their text is gone) and those on text the export shows without marks (front
// matter, code). Nothing is dropped.
//
// A reference is a point, not a mark: annotations overlap each other and the mentions freely,
// and a footnote call must not land inside an entity link or between a figure and its own
// footnote, so an end that falls inside a marked mention moves to the end of that mention.

import type { FootnoteDefinition, ListItem, RootContent } from 'mdast';
import { anchor as anchorIn } from '../annotations/anchor';
import type { Anchor, WebAnnotation } from '../annotations/model';
import { quoteOf } from '../annotations/read';
import { compareAnnotations } from '../annotations/serialize';
import { oneLine, threadBlocks } from './annotation-thread';
import type { NotePoint } from './inline';
import type { PlacedMark } from './marks';

export interface ExportedAnnotation {
  readonly annotation: WebAnnotation;
  readonly anchor: Anchor;
  /** Its footnote label (only anchored annotations have one). */
  readonly label: string | null;
}

/** The annotations re-anchored in the current text, in reading order, anchored ones labelled `${prefix}n1`, `${prefix}n2`, … */
export function exportedAnnotations(text: string, annotations: readonly WebAnnotation[], labelPrefix = ''): ExportedAnnotation[] {
  const anchored = [...annotations].sort(compareAnnotations).map((annotation) => {
    const [quote, position] = annotation.target.selector;
    return { annotation, anchor: anchorIn(text, { quote, position }) };
  });
  const start = (a: Anchor): number => (a.state === 'anchored' ? a.start : Infinity);
  const end = (a: Anchor): number => (a.state === 'anchored' ? a.end : Infinity);
  anchored.sort((x, y) => start(x.anchor) - start(y.anchor) || end(x.anchor) - end(y.anchor));
  let n = 0;
  return anchored.map(({ annotation, anchor }) => ({
    annotation,
    anchor,
    label: anchor.state === 'anchored' ? `${labelPrefix}n${++n}` : null,
  }));
}

/** The offset a reference after `end` is written at: the end of a marked mention it falls inside. */
function pointAfter(end: number, placed: readonly PlacedMark[]): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid]?.end ?? 0) <= end) lo = mid + 1;
    else hi = mid;
  }
  const mark = placed[lo];
  return mark !== undefined && mark.start < end ? mark.end : end;
}

/** The reference points of the anchored annotations, for the body renderers. */
export function annotationPoints(exported: readonly ExportedAnnotation[], placed: readonly PlacedMark[]): NotePoint[] {
  return exported.flatMap(({ anchor, label }) => {
    if (anchor.state !== 'anchored' || label === null) return [];
    // An empty span is shown after the character before it.
    const start = anchor.start < anchor.end ? anchor.start : Math.max(0, anchor.start - 1);
    const end = Math.max(anchor.end, start + 1);
    return [{ start, end: pointAfter(end, placed), label }];
  });
}

/** Footnote definitions of the annotations whose reference made it into the text. */
export function annotationDefinitions(exported: readonly ExportedAnnotation[], referenced: ReadonlySet<string>): FootnoteDefinition[] {
  return exported.flatMap(({ annotation, label }) =>
    label !== null && referenced.has(label)
      ? [{ type: 'footnoteDefinition', identifier: label, label, children: threadBlocks(annotation) } satisfies FootnoteDefinition]
      : []);
}

export const UNPLACED_TITLE = 'Orphaned annotations';

/** The section of annotations without a reference in the text (empty when there are none). */
export function unplacedSection(exported: readonly ExportedAnnotation[], referenced: ReadonlySet<string>): RootContent[] {
  const items: ListItem[] = exported
    .filter(({ label }) => label === null || !referenced.has(label))
    .map(({ annotation, anchor }) => ({
      type: 'listItem',
      spread: true,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', value: anchor.state === 'orphan' ? 'Orphaned:' : 'Not shown in the text:' }] },
            { type: 'text', value: anchor.state === 'orphan' ? ` ${anchor.reason}` : ' it is on front matter, code or markup that the export shows without marks.' },
          ],
        },
        { type: 'blockquote', children: [{ type: 'paragraph', children: oneLine(quoteOf(annotation)) }] },
        ...threadBlocks(annotation),
      ],
    }));
  if (items.length === 0) return [];
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: UNPLACED_TITLE }] },
    { type: 'paragraph', children: [{ type: 'text', value: 'Annotations that could not be placed in this version of the article, each with the text it was made on. They are kept, never deleted.' }] },
    { type: 'list', ordered: false, spread: true, children: items },
  ];
}
