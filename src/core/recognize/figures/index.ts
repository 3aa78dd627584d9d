// Figures in an article: find -> parse -> normalise. A figure is a number with what it counts
// and how ("at least 83 individuals", "$4.5bn", "12%", "the 21st strike"); years, labels and
// codes are not figures. See find.ts, parse.ts and normalise.ts for each step.

import type { DateMention, Figure, RecognitionInput, Span } from '../../model';
import { asOfDates } from './dates';
import { findFigures } from './find';
import { toFigures } from './normalise';

/**
 * Recognises the figures in `input`, skipping numbers inside `dates` (the date recogniser's
 * mentions); each figure is as of the nearest concrete date in its sentence, else `articleDate`.
 */
export function recognizeFigures(
  input: RecognitionInput,
  dates: readonly DateMention[],
  articleDate: string | null,
): Figure[] {
  const { text } = input;
  const masked = input.maskedText.length === text.length ? input.maskedText : text;
  const sentences: readonly Span[] = input.sentences.length > 0 ? input.sentences : [{ start: 0, end: text.length }];
  const found = findFigures(masked, sentences, dates, input.memo?.figures);
  if (found.length === 0) return [];
  return toFigures(text, found, sentences, asOfDates(dates, text), articleDate);
}
