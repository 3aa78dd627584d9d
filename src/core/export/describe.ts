// How normalised values read in the export: the figure and date footnotes and table cells.
// Formatting is locale-independent so that the same analysis gives byte-identical output.

import type { DateMention, Figure } from '../model';

/** 4500000000 -> "4,500,000,000"; 1.25 -> "1.25"; the grouping does not depend on the locale. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = /e/i.test(whole) ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** "83", "20–25 deaths", "4,500,000,000 USD", "12%", "21st (strikes)". */
export function figureValue(figure: Figure): string {
  if (figure.kind === 'ordinal') {
    const nth = ordinal(figure.value);
    return figure.unit === null ? nth : `${nth} (${figure.unit})`;
  }
  const range = formatNumber(figure.value) + (figure.valueMax === undefined ? '' : `–${formatNumber(figure.valueMax)}`);
  if (figure.unit === null) return range;
  return figure.unit === '%' ? `${range}%` : `${range} ${figure.unit}`;
}

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatNumber(n)}${suffix}`;
}

/** The qualifier as normalised, with the words as written when they differ: "more than (“over”)". */
export function figureQualifier(figure: Figure): string {
  if (figure.qualifier === null) return '';
  const written = figure.qualifierText?.trim();
  return written && written.toLowerCase() !== figure.qualifier ? `${figure.qualifier} (“${written}”)` : figure.qualifier;
}

/** One line describing a figure: "Figure: 83 deaths; counted: “individuals”; at least; as of 2025-11-12." */
export function figureNote(figure: Figure): string {
  const parts = [`Figure (${figure.kind}): ${figureValue(figure)}`];
  if (figure.counted !== undefined && figure.counted !== '') parts.push(`counted: “${figure.counted}”`);
  if (figure.qualifier !== null) parts.push(`qualifier: ${figureQualifier(figure)}`);
  if (figure.asOf !== null) parts.push(`as of ${figure.asOf}`);
  return `${parts.join('; ')}.`;
}

/** The TimeML value with its modifier: "2025-11 (MID)". */
export function dateValue(date: DateMention): string {
  return date.mod === undefined ? date.value : `${date.value} (${date.mod})`;
}

/** One line describing a date: "Date (DATE): 2025-11-12 (MID)." */
export function dateNote(date: DateMention): string {
  return `Date (${date.type}): ${dateValue(date)}.`;
}
