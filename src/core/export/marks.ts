// Which spans of the article get marked, and how marks that overlap are resolved.
//
// Markdown can nest a link inside strong text and strong text inside a link, but it cannot
// overlap them, and a footnote reference must not sit inside a link. So: the longest span wins a
// place at the top level; a mark that lies wholly inside a top-level mark of the other style
// (an entity inside a figure or date, a figure or date inside an entity) is nested in it; a
// mark that partly overlaps another is left unmarked in the text (it is still listed in its
// table). The order is fixed, so the same analysis always gives the same export.

import type { ArticleAnalysis } from '../model';

export type MarkKind = 'entity' | 'figure' | 'date';

export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** For an entity: the anchor id of its Entities row; for a figure or date: its footnote label. */
  readonly target: string;
}

export interface PlacedMark extends Mark {
  /** Marks of the other style wholly inside this one, sorted by start, not overlapping. */
  readonly nested: readonly Mark[];
}

/** True for the marks rendered as strong text with a footnote reference. */
export function isNoted(mark: Mark): boolean {
  return mark.kind !== 'entity';
}

const KIND_ORDER: Record<MarkKind, number> = { date: 0, figure: 1, entity: 2 };

/** Marks for every mention whose span lies inside the text, with their targets. */
export function collectMarks(
  analysis: Pick<ArticleAnalysis, 'text' | 'entities' | 'figures' | 'dates'>,
  anchorOf: (entityId: string) => string | undefined,
  figureLabels: readonly string[],
  dateLabels: readonly string[],
): Mark[] {
  const marks: Mark[] = [];
  const inText = (s: { start: number; end: number }): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= analysis.text.length;
  for (const e of analysis.entities) {
    const anchor = anchorOf(e.entityId);
    if (anchor !== undefined && inText(e)) marks.push({ kind: 'entity', start: e.start, end: e.end, target: anchor });
  }
  analysis.figures.forEach((f, i) => {
    const label = figureLabels[i];
    if (label !== undefined && label !== '' && inText(f)) marks.push({ kind: 'figure', start: f.start, end: f.end, target: label });
  });
  analysis.dates.forEach((d, i) => {
    const label = dateLabels[i];
    if (label !== undefined && label !== '' && inText(d)) marks.push({ kind: 'date', start: d.start, end: d.end, target: label });
  });
  return marks;
}

/** Top-level marks sorted by start (never overlapping), each with the marks nested inside it. */
export function placeMarks(marks: readonly Mark[]): PlacedMark[] {
  const byPriority = [...marks].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  // Top-level marks never overlap, so sorted by start they are sorted by end too, and the ones
  // a new mark touches are found by binary search instead of a scan (articles can hold
  // thousands of mentions).
  const top: { mark: Mark; nested: Mark[] }[] = [];
  const overlaps = (a: Mark, b: Mark): boolean => a.start < b.end && b.start < a.end;
  for (const mark of byPriority) {
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((top[mid]?.mark.end ?? 0) <= mark.start) lo = mid + 1;
      else hi = mid;
    }
    const hit: { mark: Mark; nested: Mark[] }[] = [];
    for (let i = lo; i < top.length; i++) {
      const t = top[i];
      if (t === undefined || t.mark.start >= mark.end) break;
      hit.push(t);
    }
    if (hit.length === 0) {
      top.splice(lo, 0, { mark, nested: [] });
      continue;
    }
    const [parent] = hit;
    if (
      hit.length === 1 && parent !== undefined &&
      isNoted(parent.mark) !== isNoted(mark) &&
      parent.mark.start <= mark.start && mark.end <= parent.mark.end &&
      !parent.nested.some((n) => overlaps(n, mark))
    ) {
      parent.nested.push(mark);
    }
  }
  return top
    .map(({ mark, nested }) => ({ ...mark, nested: nested.sort((a, b) => a.start - b.start) }));
}
