// Reading one number at a position: digits ("1,200", "4.5"), spelled out ("eighty-three",
// "a hundred", "two million"), vague plurals ("dozens", "tens of thousands") and ordinals
// ("21st", "third"), with a scale after it ("1.2 million", "$4.5bn"). All regexes are sticky and
// compiled once; a reader sets lastIndex and reads, so nothing is sliced to find a number.

import {
  CARDINALS, CARDINAL_ALT, MULTIPLIERS, MULTIPLIER_ALT, ORDINALS, ORDINAL_ALT, VAGUE_ALT,
  VAGUE_PLURALS,
} from './lexicon';

export type NumberForm = 'digits' | 'words' | 'vague' | 'ordinal';

export interface ReadNumber {
  readonly end: number;
  readonly value: number;
  readonly form: NumberForm;
  /** For digits: the digits had no comma, no decimal point and 4 digits (a possible year). */
  readonly yearShaped: boolean;
  /** Decimal digits as written without commas, for exact scaling ("2.3" x 1e6 = 2300000). */
  readonly literal: string;
  /** The number is the single word "one" (a pronoun as often as a count). */
  readonly isOne: boolean;
}

const DIGITS_RE = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const ORDINAL_SUFFIX_RE = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/iuy;
const WORD_TERM = `(?:${CARDINAL_ALT}|${MULTIPLIER_ALT})`;
// "and" joins only after a multiplier ("one hundred and twenty").
const WORDS_RE = new RegExp(
  `(?:an?\\s+(?=(?:${MULTIPLIER_ALT})\\b))?${WORD_TERM}` +
    `(?:(?:(?<=hundred|thousand|million|billion)\\s+and\\s+|-|\\s+)${WORD_TERM}){0,12}(?![\\p{L}\\p{N}])`,
  'iuy',
);
const WORD_PIECES_RE = /[a-z]+/gi;
const VAGUE_RE = new RegExp(
  `(${VAGUE_ALT})(?:\\s+of\\s+(thousands|millions|billions))?(?![\\p{L}\\p{N}])`,
  'iuy',
);
const ORDINAL_WORD_RE = new RegExp(`(${ORDINAL_ALT})(?![\\p{L}\\p{N}])`, 'iuy');
/** Spelled-out scale, or a short one (bn, mn); the one-letter m/k/b only after a currency. */
const SCALE_RE = /(?:\s*(million|billion|trillion|thousand)|\s?(bn|bln|mn|mln|tn|trn)|(m|k|b))(?![\p{L}\p{N}])/iuy;

const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12], ['bn', 9], ['bln', 9],
  ['mn', 6], ['mln', 6], ['tn', 12], ['trn', 12], ['m', 6], ['k', 3], ['b', 9],
]);

/** Reads a number starting exactly at `pos`, or returns null. */
export function readNumber(text: string, pos: number): ReadNumber | null {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) {
    DIGITS_RE.lastIndex = pos;
    const m = DIGITS_RE.exec(text);
    if (m === null) return null;
    const raw = m[0];
    const end = pos + raw.length;
    ORDINAL_SUFFIX_RE.lastIndex = end;
    if (!raw.includes('.') && !raw.includes(',') && ORDINAL_SUFFIX_RE.test(text)) {
      return { end: ORDINAL_SUFFIX_RE.lastIndex, value: Number(raw), form: 'ordinal', yearShaped: false, literal: raw, isOne: false };
    }
    const literal = raw.includes(',') ? raw.replace(/,/g, '') : raw;
    const yearShaped = raw.length === 4 && literal === raw;
    return { end, value: Number(literal), form: 'digits', yearShaped, literal, isOne: false };
  }
  VAGUE_RE.lastIndex = pos;
  const vague = VAGUE_RE.exec(text);
  if (vague !== null) {
    const first = VAGUE_PLURALS.get((vague[1] ?? '').toLowerCase()) ?? 0;
    const second = vague[2] === undefined ? 1 : (VAGUE_PLURALS.get(vague[2].toLowerCase()) ?? 1);
    const value = 2 * first * second;
    return { end: VAGUE_RE.lastIndex, value, form: 'vague', yearShaped: false, literal: String(value), isOne: false };
  }
  ORDINAL_WORD_RE.lastIndex = pos;
  const ord = ORDINAL_WORD_RE.exec(text);
  if (ord !== null) {
    const value = ordinalWordValue(ord[1] ?? '');
    if (value !== null) {
      return { end: ORDINAL_WORD_RE.lastIndex, value, form: 'ordinal', yearShaped: false, literal: String(value), isOne: false };
    }
  }
  WORDS_RE.lastIndex = pos;
  const words = WORDS_RE.exec(text);
  if (words === null) return null;
  return parseWords(words[0], pos);
}

function ordinalWordValue(written: string): number | null {
  const lower = written.toLowerCase();
  const dash = lower.indexOf('-');
  if (dash < 0) return ORDINALS.get(lower) ?? null;
  const tens = CARDINALS.get(lower.slice(0, dash));
  const unit = ORDINALS.get(lower.slice(dash + 1));
  return tens === undefined || unit === undefined || unit >= 10 ? null : tens + unit;
}

type WordClass = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/**
 * Spelled-out numbers, read left to right; a word that cannot follow the previous one ("two
 * three") ends the number there, so "twenty one" is 21 but "one two" is just 1.
 */
function parseWords(written: string, pos: number): ReadNumber | null {
  let total = 0;
  let current = 0;
  let prev: WordClass = 'start';
  let end = pos;
  let count = 0;
  let sawA = false;
  WORD_PIECES_RE.lastIndex = 0;
  for (let m = WORD_PIECES_RE.exec(written); m !== null; m = WORD_PIECES_RE.exec(written)) {
    const word = m[0].toLowerCase();
    if (word === 'and') continue;
    if ((word === 'a' || word === 'an') && prev === 'start') { sawA = true; continue; }
    const card = CARDINALS.get(word);
    const mult = MULTIPLIERS.get(word);
    let cls: WordClass;
    if (card !== undefined) cls = card < 10 ? 'unit' : card < 20 ? 'teen' : 'tens';
    else if (mult !== undefined) cls = mult <= 100 ? 'hundred' : 'scale';
    else break;
    if (!follows(prev, cls, sawA)) break;
    if (card !== undefined) current += card;
    else if (mult !== undefined && mult <= 100) current = (current === 0 ? 1 : current) * mult;
    else if (mult !== undefined) { total += (current === 0 ? 1 : current) * mult; current = 0; }
    prev = cls;
    count++;
    end = pos + m.index + m[0].length;
  }
  if (count === 0) return null;
  const value = total + current;
  const isOne = count === 1 && value === 1 && !sawA;
  return { end, value, form: 'words', yearShaped: false, literal: String(value), isOne };
}

function follows(prev: WordClass, next: WordClass, sawA: boolean): boolean {
  switch (prev) {
    case 'start': return sawA ? next === 'hundred' || next === 'scale' : next !== 'scale' && next !== 'hundred';
    case 'unit': case 'teen': return next === 'hundred' || next === 'scale';
    case 'tens': return next === 'unit' || next === 'hundred' || next === 'scale';
    case 'hundred': return next !== 'hundred';
    case 'scale': return next === 'unit' || next === 'teen' || next === 'tens';
  }
}

export interface ReadScale {
  readonly end: number;
  readonly exponent: number;
  /** One-letter scales (m, k, b) are only read after a currency ("€300m" but not "300m" run). */
  readonly short: boolean;
}

/** Reads a scale right after a number ("million", " bn", "m"), or returns null. */
export function readScale(text: string, pos: number, allowShort: boolean): ReadScale | null {
  SCALE_RE.lastIndex = pos;
  const m = SCALE_RE.exec(text);
  if (m === null) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const short = m[3] !== undefined;
  if (short && !allowShort) return null;
  const exponent = SCALES.get(word);
  return exponent === undefined ? null : { end: SCALE_RE.lastIndex, exponent, short };
}

/** `literal` x 10^exponent without binary rounding ("2.3" and 6 give 2300000, not 2299999.99...). */
export function scaled(literal: string, exponent: number): number {
  return exponent === 0 ? Number(literal) : Number(`${literal}e${exponent}`);
}
