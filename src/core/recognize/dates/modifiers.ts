// Words before an expression that TimeML keeps in the extent as a `mod`: "mid-November",
// "early September", "the end of October", "late 2024", "more than a year", "around Nov 12".

import type { DateMod } from '../../model';
import { QUALIFIERS } from './lexicon';
import type { Candidate } from './resolve';

const POSITION: ReadonlyArray<readonly [RegExp, DateMod]> = [
  [/\b(?:the\s+)?(?:very\s+)?(?:early|earlier)(?:\s+|-)(?:in\s+)?$/i, 'START'],
  [/\b(?:the\s+)?(?:very\s+)?(?:late|later)(?:\s+|-)(?:in\s+)?$/i, 'END'],
  [/\b(?:the\s+)?(?:mid|middle)(?:\s*-\s*|\s+)$/i, 'MID'],
  [/\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i, 'END'],
  [/\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?$/i, 'START'],
  [/\b(?:the\s+)?middle\s+of\s+(?:the\s+)?$/i, 'MID'],
];

const REFERENCE_POINTS = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;

/**
 * Any of the POSITION or QUALIFIERS patterns, in one regex: most mentions have no modifier, and
 * one scan of the text before them spares the fourteen (the lists still decide which applies).
 */
const ANY_MODIFIER = new RegExp([...POSITION, ...QUALIFIERS].map(([re]) => `(?:${re.source})`).join('|'), 'i');

/**
 * Extends `c` leftwards over a modifier in `text` (the article's masked text), never past
 * `floor` (the end of the previous mention or the sentence start).
 */
export function applyModifiers(c: Candidate, text: string, floor: number): void {
  if (c.mod !== undefined || REFERENCE_POINTS.test(c.value)) return;
  if (!ANY_MODIFIER.test(text.slice(Math.max(floor, c.start - 30), c.start))) return;
  if (c.type === 'DATE' || c.type === 'TIME') {
    const before = text.slice(Math.max(floor, c.start - 30), c.start);
    for (const [re, mod] of POSITION) {
      const m = re.exec(before);
      if (!m) continue;
      c.start -= m[0].length;
      c.mod = mod;
      break;
    }
  }
  // "over the past week" is a stretch of time, not more than one.
  if (c.type === 'SET' || /^the\s/i.test(text.slice(c.start, c.start + 4))) return;
  const before = text.slice(Math.max(floor, c.start - 30), c.start);
  for (const [re, mod, inExtent] of QUALIFIERS) {
    const m = re.exec(before);
    if (!m) continue;
    // "over Easter weekend", "over 2024": across a date, not more than it.
    if (mod === 'MORE_THAN' && !inExtent && c.type !== 'DURATION') break;
    if (inExtent) c.start -= m[0].length;
    c.mod ??= mod;
    break;
  }
}
