// Normalise: offsets become text spans, and each figure gets the date it is true as of.

import type { Figure, Span } from '../../model';
import { nearestDate, type asOfDates } from './dates';
import type { FoundDraft } from './find';

/** Turns drafts into figures with their text and as-of date. */
export function toFigures(
  text: string,
  found: readonly FoundDraft[],
  sentences: readonly Span[],
  dates: ReturnType<typeof asOfDates>,
  articleDate: string | null,
): Figure[] {
  const out: Figure[] = [];
  for (const { draft: d, sentence } of found) {
    const span = sentences[sentence];
    const asOf = (span === undefined ? null : nearestDate(dates, span, d, articleDate)) ?? articleDate;
    const figure: {
      -readonly [K in keyof Figure]: Figure[K];
    } = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      value: d.value,
      unit: d.unit,
      qualifier: d.qualifier,
      asOf,
    };
    if (d.valueMax !== null) figure.valueMax = d.valueMax;
    if (d.countedStart >= 0 && d.countedEnd > d.countedStart) figure.counted = text.slice(d.countedStart, d.countedEnd);
    if (d.currency !== null) figure.currency = d.currency;
    if (d.qualifier !== null && d.qualifierStart >= 0) figure.qualifierText = text.slice(d.qualifierStart, d.qualifierEnd);
    out.push(figure);
  }
  return out;
}
