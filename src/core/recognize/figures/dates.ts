// The date recogniser runs first; its mentions tell the figure recogniser which numbers are
// dates (skip them) and what date a figure is true as of.

import type { DateMention, Span } from '../../model';

/** Date spans merged into sorted, disjoint intervals, searched by bisection. */
export class DateCover {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(dates: readonly Span[]) {
    const sorted = dates.filter((d) => d.end > d.start).sort((a, b) => a.start - b.start);
    for (const d of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && d.start < (this.ends[last] ?? 0)) {
        this.ends[last] = Math.max(this.ends[last] ?? 0, d.end);
      } else {
        this.starts.push(d.start);
        this.ends.push(d.end);
      }
    }
  }

  /** The end of a date span overlapping [start, end), or -1. */
  overlapEnd(start: number, end: number): number {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && (this.starts[i] ?? Infinity) < end ? (this.ends[i] ?? -1) : -1;
  }

  /** The start of the first date span at or after `pos`, or Infinity. */
  nextStart(pos: number): number {
    const i = this.firstEndingAfter(pos);
    return i < this.starts.length ? Math.max(pos, this.starts[i] ?? Infinity) : Infinity;
  }

  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ends[mid] ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface AsOfDate extends Span {
  readonly iso: string;
}

const CONCRETE_RE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]*)?$/;

/**
 * A date that opens or closes a window ("83 deaths since early September", "from March") says
 * when counting started, not when the count was true, so it is no as-of date. The look-back
 * stops at a clause break: in "In May, since the ceasefire, ..." May is still an as-of date.
 */
const WINDOW_BOUNDARY = /\b(?:since|from|starting|beginning|began|between|after|before|until|till)\b[^,;:.!?]*$/i;
const WINDOW_LOOKBACK = 40;

/**
 * As-of dates: DATE mentions with a concrete calendar value (2025-11-12, 2025-11, 2025),
 * sorted by position. Relative or partial values (PRESENT_REF, XXXX-11-12, 2025-W46) say
 * nothing a reader could put on a timeline, so they are left out, and so are window bounds.
 */
export function asOfDates(dates: readonly DateMention[], text: string): AsOfDate[] {
  const out: AsOfDate[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE') continue;
    if (WINDOW_BOUNDARY.test(text.slice(Math.max(0, d.start - WINDOW_LOOKBACK), d.start))) continue;
    const m = CONCRETE_RE.exec(d.value);
    if (m?.[1] !== undefined) out.push({ start: d.start, end: d.end, iso: m[1] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The ISO value of the date nearest to `figure` inside `sentence`, or null. A date after the
 * article's own ("$1.3 trillion a year by 2035") is a target, not when the figure was true.
 */
export function nearestDate(dates: readonly AsOfDate[], sentence: Span, figure: Span, articleDate: string | null = null): string | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid]?.start ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let i = lo; i < dates.length; i++) {
    const d = dates[i];
    if (d === undefined || d.start >= sentence.end) break;
    if (d.end > sentence.end) continue;
    if (articleDate !== null && d.iso > articleDate) continue;
    const distance = d.end <= figure.start ? figure.start - d.end : d.start >= figure.end ? d.start - figure.end : 0;
    if (distance < bestDistance) { best = d.iso; bestDistance = distance; }
  }
  return best;
}
