// Sentence splitting for news prose, by rules, in one pass of char codes (no regex in the loop:
// a million tokens must split in a fraction of a second). A sentence ends at
//   - . ! ? … (with closing quotes/brackets) + whitespace + something that can start a sentence
//     (a capital, a caseless letter as in Arabic or Chinese, a digit, an opening quote), unless
//     the period ends an abbreviation ("Mr.", "Jan.", "U.S.", "J.");
//   - a CJK full stop, with or without whitespace after it;
//   - a blank line (which includes a line that masking blanked: a code block, a table rule);
//   - a line that reads like a headline or list item: no closing punctuation, next line capital.
// Splits only ever happen at whitespace or right after a BMP punctuation mark, so a surrogate
// pair (emoji) is never cut.

import type { Span } from '../model';

/** A sentence without any break this long is cut at whitespace, so nothing downstream gets megabytes. */
const MAX_SENTENCE = 5000;

// Abbreviations that are (nearly) never the last word of a sentence: titles before a name,
// month names before a day, Latin and list abbreviations.
const NEVER_ENDS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'gen', 'gens', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs',
  'lt', 'col', 'sgt', 'capt', 'cpl', 'maj', 'adm', 'cmdr', 'prof', 'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'fr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'fig', 'nos', 'vol', 'pp', 'ed', 'eds',
]);

// Abbreviations that often do end a sentence ("... shares of Acme Inc. The company ..."): a
// break only when the next word is one that typically opens a sentence.
const MAY_END = new Set([
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'a.m', 'p.m',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'ph.d',
]);

const STARTERS = new Set([
  'A', 'An', 'The', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our',
  'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As',
  'After', 'Before', 'When', 'While', 'If', 'Since', 'Although', 'However', 'Meanwhile', 'Still', 'Also',
  'Officials', 'According', 'Some', 'Many', 'Most', 'One', 'Two', 'No', 'Not', 'What', 'Why', 'How',
]);

// A line ending in one of these continues on the next line, however that line starts.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'nor', 'by', 'from',
  'as', 'that', 'which', 'who', 'whom', 'whose', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'said', 'says', 'told', 'than', 'into', 'over', 'after',
  'before', 'about', 'against', 'between', 'during', 'under', 'its', 'his', 'her', 'their', 'our', 'this',
  'these', 'those', 'not', 'no', 'if', 'when', 'while', 'because', 'per', 'via', 'amid', 'near', 'de',
]);

const LF = 10;
const CR = 13;
const DOT = 46;

/** Split masked article text into trimmed, non-empty, ordered sentence spans. */
export function splitSentences(maskedText: string): Span[] {
  const text = maskedText;
  const n = text.length;
  const spans: Span[] = [];
  let segStart = 0;
  let lineStart = 0;

  const cut = (end: number, next: number): void => {
    let s = segStart;
    let e = end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    segStart = next;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      const lineEnd = i;
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      let j = i;
      while (j < n && isHorizontalSpace(text.charCodeAt(j))) j++;
      const d = j < n ? text.charCodeAt(j) : LF;
      if (d === LF || d === CR || endsLikeHeadline(text, lineStart, lineEnd, j)) cut(lineEnd, j);
      lineStart = i;
      i = j;
      continue;
    }
    if (isTerminator(c)) {
      let k = i + 1;
      while (k < n && isTerminator(text.charCodeAt(k))) k++;
      const single = c === DOT && k === i + 1;
      if (single && listNumberBefore(text, i, lineStart)) {
        i = k; // "2. Paddy Lad 16-1": a ranked list's number, not a sentence
        continue;
      }
      const cjk = isCjkStop(c) || isCjkStop(text.charCodeAt(k - 1));
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      if (cjk) {
        cut(k, k);
      } else if (k < n && isWhitespace(text.charCodeAt(k))) {
        let m = k + 1;
        while (m < n && isWhitespace(text.charCodeAt(m))) m++;
        if (m < n && startsSentence(text, m) && !(single && abbreviationHolds(text, i, m))) cut(k, k);
      }
      i = k; // never past a line break: the branch above still sees it
      continue;
    }
    if (i - segStart > MAX_SENTENCE && isWhitespace(c)) cut(i, i);
    i++;
  }
  cut(n, n);
  return spans;
}

/** Whether the period at `dot` ends an abbreviation that keeps the sentence going at `next`. */
function abbreviationHolds(text: string, dot: number, next: number): boolean {
  let b = dot;
  while (b > 0 && (isAsciiLetter(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === DOT)) b--;
  if (b === dot) return false; // "in 2025." or ")." : no word before the period
  if (b > 0 && /\p{L}/u.test(text[b - 1]!)) return false; // end of "Bogotá." -> "" is not a word
  const word = text.slice(b, dot);
  if (word.length === 1) {
    // An initial ("J. K. Rowling"), unless a word that opens sentences follows: "the Model S. In February".
    return isUpper(word.charCodeAt(0)) && !(wordAt(text, next).length > 1 && STARTERS.has(wordAt(text, next)));
  }
  const lower = word.toLowerCase();
  if (NEVER_ENDS.has(lower)) return true;
  if (lower === 'no' || lower === 'nos') return isDigit(text.charCodeAt(next)); // "No. 10", not "said no."
  if (MAY_END.has(lower) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) {
    if (!isAsciiLetter(text.charCodeAt(next))) return !isOpener(text.charCodeAt(next));
    return !STARTERS.has(wordAt(text, next));
  }
  return false;
}

/** The ASCII letters from `at` on. */
function wordAt(text: string, at: number): string {
  let e = at;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  return text.slice(at, e);
}

/**
 * A single line break ends a sentence when the line before reads as complete without closing
 * punctuation (a headline, a list item, a table row) and the next line starts like a sentence.
 * Hard-wrapped prose ending "…met President" + "Maduro…" is split wrongly; the function-word
 * check keeps the commoner "…met with the" + "President…" together.
 */
function endsLikeHeadline(text: string, lineStart: number, lineEnd: number, next: number): boolean {
  let e = lineEnd;
  while (e > lineStart && isWhitespace(text.charCodeAt(e - 1))) e--;
  if (e === lineStart || !startsSentence(text, next)) return false;
  const last = text.charCodeAt(e - 1);
  // A bracket closes a line as a word does: "Lancashire 197-8 (W. Hegg 54)", a table row.
  if (last === 41 || last === 93) return !isTerminator(text.charCodeAt(e - 2));
  if (isTerminator(last) || isCloser(last) || isContinuation(last)) return false;
  let b = e;
  while (b > lineStart && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return !FUNCTION_WORDS.has(text.slice(b, e));
}

/** Whether the period at `dot` follows a number of one or two digits that starts its line. */
function listNumberBefore(text: string, dot: number, lineStart: number): boolean {
  let b = dot;
  while (b > lineStart && isDigit(text.charCodeAt(b - 1))) b--;
  if (b === dot || dot - b > 2) return false;
  while (b > lineStart && isHorizontalSpace(text.charCodeAt(b - 1))) b--;
  return b === lineStart;
}

function startsSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 65 && c <= 90) || isDigit(c) || isOpener(c);
  if (isOpener(c)) return true;
  // Capitals, and letters of scripts without case (Arabic, Hebrew, CJK): any letter not lower-case.
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/u.test(ch);
}

function isTerminator(c: number): boolean {
  return c === DOT || c === 33 || c === 63 // . ! ?
    || c === 0x2026 || c === 0x061f || c === 0x06d4 // … ؟ ۔
    || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049 // ‼ ⁇ ⁈ ⁉
    || isCjkStop(c);
}

function isCjkStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61; // 。 ！ ？ ｡
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 // " ' ) ] }
    || c === 0x201d || c === 0x2019 || c === 0x00bb || c === 0x203a // ” ’ » ›
    || c === 0x300d || c === 0x300f || c === 0xff09; // 」 』 ）
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 // " ' ( [
    || c === 0x201c || c === 0x2018 || c === 0x00ab || c === 0x2039 || c === 0x201e // “ ‘ « ‹ „
    || c === 0x00bf || c === 0x00a1 || c === 0x300c || c === 0x300e; // ¿ ¡ 「 『
}

function isContinuation(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 40 || c === 47 || c === 38 || c === 43 || c === 61 // , ; : - ( / & + =
    || c === 0x2013 || c === 0x2014 || c === 0x060c; // – — ،
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85;
}

function isWhitespace(c: number): boolean {
  return c === LF || c === CR || c === 0x2028 || c === 0x2029 || isHorizontalSpace(c);
}
