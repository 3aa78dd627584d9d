// Test inputs for the figure recogniser, built without the text module so these tests depend
// only on figures/: sentences end at . ! ? followed by a space, or at a line break.

import type { DateMention, DateType, RecognitionInput, Span } from '../../../src/core/model';

const ABBREVIATION_RE = /(?:^|[^\p{L}])(?:No|Nos|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|vs|p\.m|a\.m|U\.S|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/u;

export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?]["”']?(?=\s)|\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (ABBREVIATION_RE.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function inputOf(text: string, maskedText = text): RecognitionInput {
  return { text, maskedText, sentences: sentencesOf(text), tokens: [] };
}

/** A date mention over the first occurrence of `written` in `text`. */
export function dateAt(text: string, written: string, value: string, type: DateType = 'DATE'): DateMention {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`"${written}" is not in "${text}"`);
  return { start, end: start + written.length, text: written, type, value };
}
