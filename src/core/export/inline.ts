// Turns runs of article text ("segments") into phrasing content with the mentions marked:
// figures and dates as strong text followed by a footnote reference, entities as links to their
// Entities row. A mention that crosses segments (a line break in a .txt article, emphasis in a
// Markdown one) is marked piece by piece; its footnote reference follows its last piece only.
// Annotations are not marks: each is a footnote reference at one point, right after the last
// character of its span (see annotation-notes.ts), so they never compete with mentions for a
// place and any number of them may overlap.

import type { FootnoteReference, PhrasingContent } from 'mdast';
import { isNoted, type Mark, type PlacedMark } from './marks';

/** A run of article text that is rendered as one piece of phrasing content. */
export interface Segment {
  readonly value: string;
  /** Offset in the article of `value[0]`. */
  readonly start: number;
  /**
   * Article offset of each character of `value`, then of its end; absent when `value` is the
   * article text from `start` on, unchanged. (Markdown text nodes differ from their source where
   * the source has escapes or character references.)
   */
  readonly offsets?: readonly number[];
}

/** Where each mark's last visible piece is: its footnote reference goes after that piece. */
export type LastPieces = ReadonlyMap<Mark, Segment>;

function segmentEnd(seg: Segment): number {
  return seg.offsets?.[seg.value.length] ?? seg.start + seg.value.length;
}

function firstIndexAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of `seg.value` that shows the article range [start, end). */
function valueRange(seg: Segment, start: number, end: number): [number, number] {
  const length = seg.value.length;
  if (seg.offsets === undefined) {
    const clamp = (n: number): number => Math.min(length, Math.max(0, n - seg.start));
    return [clamp(start), clamp(end)];
  }
  return [firstIndexAtOrAfter(seg.offsets, start), firstIndexAtOrAfter(seg.offsets, end)];
}

/** The placed marks (sorted, not overlapping) that touch the segment. */
function marksIn(placed: readonly PlacedMark[], seg: Segment): PlacedMark[] {
  const start = seg.start;
  const end = segmentEnd(seg);
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: PlacedMark[] = [];
  for (let i = lo; i < placed.length; i++) {
    const mark = placed[i];
    if (mark === undefined || mark.start >= end) break;
    found.push(mark);
  }
  return found;
}

/** For each mark, the last segment (in document order) in which it shows at least one character. */
export function locateLastPieces(segments: Iterable<Segment>, placed: readonly PlacedMark[]): Map<Mark, Segment> {
  const last = new Map<Mark, Segment>();
  for (const seg of segments) {
    for (const mark of marksIn(placed, seg)) {
      for (const m of [mark, ...mark.nested]) {
        const [from, to] = valueRange(seg, m.start, m.end);
        if (from < to) last.set(m, seg);
      }
    }
  }
  return last;
}

// GFM turns bare URLs and e-mail addresses in text into links ("www.x.com", "http://…",
// "a@b.co") even when their characters are escaped, because remark and GitHub find them after
// unescaping. Article text must never become a link, so any whitespace-delimited token that
// could start one is written as inline code: it reads the same and cannot link.
const LINK_LIKE = /www\.|:\/|mailto:|xmpp:|[A-Za-z0-9._+-]@[A-Za-z0-9_-]/i;

/** Article text as text nodes, with link-like tokens as inline code. */
export function articleText(value: string): PhrasingContent[] {
  if (value === '') return [];
  if (!LINK_LIKE.test(value)) return [{ type: 'text', value }];
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const token of value.matchAll(/\S+/g)) {
    if (!LINK_LIKE.test(token[0])) continue;
    if (token.index > cursor) nodes.push({ type: 'text', value: value.slice(cursor, token.index) });
    nodes.push({ type: 'inlineCode', value: token[0] });
    cursor = token.index + token[0].length;
  }
  if (cursor < value.length) nodes.push({ type: 'text', value: value.slice(cursor) });
  return nodes;
}

function footnoteReference(label: string): FootnoteReference {
  return { type: 'footnoteReference', identifier: label, label };
}

/** A footnote reference placed after the character at `end - 1` (an annotation's). */
export interface NotePoint {
  readonly end: number;
  /** The span the point closes; the point is rendered in the last segment showing any of it. */
  readonly start: number;
  readonly label: string;
}

/** A point as rendered in one segment: after `at` characters of its value. */
export interface SegmentPoint {
  readonly at: number;
  readonly label: string;
}

/**
 * The points each segment renders, sorted: a point goes to the last segment (in document
 * order) showing a character of its [start, end); ties keep the points' order.
 */
export function notePointsBySegment(segments: Iterable<Segment>, points: readonly NotePoint[]): Map<Segment, SegmentPoint[]> {
  const last = new Map<NotePoint, Segment>();
  if (points.length === 0) return new Map();
  for (const seg of segments) {
    const segStart = seg.start;
    const segEnd = segmentEnd(seg);
    for (const point of points) {
      if (point.start >= segEnd || point.end <= segStart) continue;
      const [from, to] = valueRange(seg, point.start, point.end);
      if (from < to) last.set(point, seg);
    }
  }
  const bySegment = new Map<Segment, (SegmentPoint & { order: number })[]>();
  points.forEach((point, order) => {
    const seg = last.get(point);
    if (seg === undefined) return;
    const list = bySegment.get(seg) ?? [];
    list.push({ at: valueRange(seg, point.end, point.end)[0], label: point.label, order });
    bySegment.set(seg, list);
  });
  const sorted = new Map<Segment, SegmentPoint[]>();
  for (const [seg, list] of bySegment) {
    sorted.set(seg, list.sort((a, b) => a.at - b.at || a.order - b.order).map(({ at, label }) => ({ at, label })));
  }
  return sorted;
}

export interface RenderedSegment {
  readonly nodes: PhrasingContent[];
  /**
   * Footnote references that could not be placed because the segment is inside one of the
   * article's own links (a footnote call inside a link is a link inside a link); the caller puts
   * them right after that link.
   */
  readonly deferred: FootnoteReference[];
}

/**
 * Renders one segment. Inside the article's own links (`insideLink`) entities are not linked
 * (links do not nest) and figures and dates are strong, their references deferred. `points`
 * (value index and label, sorted) are annotation references; a point inside a top-level mark
 * is written after the mark (callers move annotation ends out of marks beforehand).
 */
export function renderSegment(
  seg: Segment, placed: readonly PlacedMark[], last: LastPieces, insideLink: boolean,
  points: readonly SegmentPoint[] = [],
): RenderedSegment {
  const nodes: PhrasingContent[] = [];
  const deferred: FootnoteReference[] = [];
  let nextPoint = 0;
  const pointsUpTo = (index: number, into: PhrasingContent[]): void => {
    for (let p = points[nextPoint]; p !== undefined && p.at <= index; p = points[++nextPoint]) {
      if (insideLink) deferred.push(footnoteReference(p.label));
      else into.push(footnoteReference(p.label));
    }
  };
  // Article text from `from` to `to` with the annotation references that fall inside it.
  const plain = (from: number, to: number): void => {
    let cursor = from;
    for (let p = points[nextPoint]; p !== undefined && p.at <= to; p = points[nextPoint]) {
      const at = Math.max(cursor, p.at);
      nodes.push(...articleText(seg.value.slice(cursor, at)));
      pointsUpTo(at, nodes);
      cursor = at;
    }
    nodes.push(...articleText(seg.value.slice(cursor, to)));
  };
  const noteAfter = (mark: Mark, into: PhrasingContent[]): void => {
    if (last.get(mark) !== seg) return;
    if (insideLink) deferred.push(footnoteReference(mark.target));
    else into.push(footnoteReference(mark.target));
  };

  // The pieces of [from, to) with the marks nested in `outer` wrapped; references of nested
  // figures and dates are collected in `after` (they cannot go inside an entity link).
  const inner = (outer: PlacedMark, from: number, to: number, after: PhrasingContent[]): PhrasingContent[] => {
    const pieces: PhrasingContent[] = [];
    let cursor = from;
    for (const n of outer.nested) {
      let [nFrom, nTo] = valueRange(seg, n.start, n.end);
      nFrom = Math.max(nFrom, cursor);
      nTo = Math.min(nTo, to);
      if (nFrom >= nTo) continue;
      pieces.push(...articleText(seg.value.slice(cursor, nFrom)));
      const children = articleText(seg.value.slice(nFrom, nTo));
      if (isNoted(n)) {
        pieces.push({ type: 'strong', children });
        noteAfter(n, after);
      } else if (insideLink) {
        pieces.push(...children);
      } else {
        pieces.push({ type: 'link', url: `#${n.target}`, children });
      }
      cursor = nTo;
    }
    pieces.push(...articleText(seg.value.slice(cursor, to)));
    return pieces;
  };

  let cursor = 0;
  for (const mark of marksIn(placed, seg)) {
    const [from, to] = valueRange(seg, mark.start, mark.end);
    if (from >= to) continue;
    plain(cursor, from);
    const after: PhrasingContent[] = [];
    const children = inner(mark, from, to, after);
    if (isNoted(mark)) {
      nodes.push({ type: 'strong', children }, ...after);
      noteAfter(mark, nodes);
    } else if (insideLink) {
      nodes.push(...children, ...after);
    } else {
      nodes.push({ type: 'link', url: `#${mark.target}`, children }, ...after);
    }
    pointsUpTo(to, nodes);
    cursor = to;
  }
  plain(cursor, seg.value.length);
  pointsUpTo(Infinity, nodes);
  return { nodes, deferred };
}
