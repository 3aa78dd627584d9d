// Token splitting in the style of the Penn Treebank / CoNLL-2003, so that the tokens the name
// model sees at run time look like the ones it was trained on: "U.S." and "Jan." keep their
// period, "Petro's" is "Petro" + "'s", "don't" is "do" + "n't", "al-Assad" and "F-35" stay one
// token, "1,200" and "4.5" are one number. A char-code scanner (no regex in the hot loop)
// because the whole analysis budget is 200,000 tokens/s and the tokenizer must take a small
// share of it.

import type { Token } from '../model';

// Character classes. ASCII is a fixed table; other BMP characters are classified once with a
// Unicode property regex and cached, astral characters (emoji) are looked up per code point.
const SPACE = 1;
const WORD = 2; // letters, marks, digits
const PUNCT = 3;
const SYMBOL = 4;
const JOINER = 5; // soft hyphen, ZWJ, ZWNJ, variation selectors: glue, never a token alone

const classCache = new Uint8Array(0x10000);

const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const PUNCT_RE = /^\p{P}$/u;
const SPACE_RE = /^[\s\p{Z}\uFEFF]$/u;

function classifyCodePoint(cp: number): number {
  if (cp === 0xad || cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return JOINER;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return JOINER; // skin-tone modifiers join the emoji before
  if (cp >= 0xe0020 && cp <= 0xe007f) return JOINER; // tag characters (flag sub-regions)
  if (cp === 0x20e3) return JOINER; // combining keycap
  const ch = String.fromCodePoint(cp);
  if (SPACE_RE.test(ch)) return SPACE;
  if (WORD_RE.test(ch)) return WORD;
  if (PUNCT_RE.test(ch)) return PUNCT;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x2060) return SPACE;
  return SYMBOL;
}

function classOf(code: number): number {
  let c = classCache[code]!;
  if (c === 0) {
    c = classifyCodePoint(code);
    classCache[code] = c;
  }
  return c;
}

const astralCache = new Map<number, number>();
function classOfAstral(cp: number): number {
  let c = astralCache.get(cp);
  if (c === undefined) {
    c = classifyCodePoint(cp);
    astralCache.set(cp, c);
  }
  return c;
}

// Abbreviations that keep their period (case-sensitive: "Sen." yes, "sen." no). Single capital
// letters ("F." in "John F. Kennedy") and dotted initialisms ("U.S.", "a.m.") are handled by
// shape, not by this list. State names that are also words ("Miss.", "Wash.") are left out.
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Pres', 'Gen',
  'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Rev', 'Hon', 'Fr', 'Sr',
  'Jr', 'St', 'Mt', 'Ft', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Sec', 'Lieut', 'Gens',
  'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Cos', 'Dept', 'Assn', 'Univ', 'Plc', 'Pty',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan',
  'Kans', 'Ky', 'La', 'Md', 'Mich', 'Minn', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Tex', 'Va', 'Vt', 'Wis', 'Wyo',
  'Ave', 'Blvd', 'Rd', 'Hwy', 'No', 'Nos', 'Vol', 'vol', 'vs', 'etc', 'approx', 'est',
  'cf', 'pp', 'ft', 'oz', 'lb', 'lbs', 'mln', 'bln', 'pct', 'Fig', 'fig',
]);

// Abbreviations of a headline or dateline in capitals ("ST. LOUIS", "SMITH CO."): the
// unambiguous ones only ("NO." may end a sentence).
const CAPS_ABBREVIATIONS = new Set([
  'MR', 'MRS', 'DR', 'ST', 'MT', 'FT', 'JR', 'SR', 'GEN', 'SEN', 'GOV', 'LT', 'COL', 'CAPT', 'REV',
  'INC', 'CORP', 'CO', 'LTD', 'BROS', 'PLC',
]);

const APOS = 0x27;
const RSQUO = 0x2019; // ’ is written for the apostrophe by most publishing systems
const MODIFIER_APOS = 0x2bc;

function isApostrophe(code: number): boolean {
  return code === APOS || code === RSQUO || code === MODIFIER_APOS;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/** True if text[i] starts a word character (letter, mark or digit, any script). */
function isWordAt(text: string, i: number, n: number): boolean {
  if (i >= n) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && classOfAstral(cp) === WORD;
  }
  return classOf(code) === WORD;
}

/** Length of the clitic starting with the apostrophe at i ("'s", "'re", "'ll"...), 0 if none. */
function cliticLength(text: string, i: number, n: number): number {
  const a = i + 1 < n ? lower(text.charCodeAt(i + 1)) : 0;
  if (a === 0x73 || a === 0x6d || a === 0x64) {
    // 's 'm 'd
    return isWordAt(text, i + 2, n) ? 0 : 2;
  }
  const b = i + 2 < n ? lower(text.charCodeAt(i + 2)) : 0;
  if ((a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c)) {
    // 're 've 'll
    return isWordAt(text, i + 3, n) ? 0 : 3;
  }
  return 0;
}

/**
 * Scans one word-like token from `start` (a word character). Returns its end and whether it
 * is a plain number.
 */
function scanWord(text: string, start: number, n: number): { end: number; numeric: boolean } {
  let i = start;
  let numeric = true;
  let letters = 0;
  /** Where the part after the last hyphen starts ("U" in "Korea-U.S."). */
  let part = start;
  for (;;) {
    // A run of word characters.
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (isDigit(code)) {
          i++;
          continue;
        }
        if (isAsciiLetter(code)) {
          numeric = false;
          letters++;
          i++;
          continue;
        }
        break;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const cp = text.codePointAt(i)!;
        const c = cp > 0xffff ? classOfAstral(cp) : SYMBOL;
        if (c !== WORD) break;
        numeric = false;
        letters++;
        i += 2;
        continue;
      }
      const c = classOf(code);
      if (c === WORD) {
        numeric = false;
        letters++;
        i++;
        continue;
      }
      if (c === JOINER && isWordAt(text, i + 1, n)) {
        i++;
        continue;
      }
      break;
    }
    if (i >= n) return { end: i, numeric };
    const code = text.charCodeAt(i);
    const prev = text.charCodeAt(i - 1);
    // "n't": split before the n ("do" + "n't", "ca" + "n't").
    if (
      isApostrophe(code) && i + 1 < n && lower(text.charCodeAt(i + 1)) === 0x74 &&
      lower(prev) === 0x6e && !isWordAt(text, i + 2, n) && i - 1 > start
    ) {
      return { end: i - 1, numeric: false };
    }
    // Hyphenated words and dates: "al-Assad", "F-35", "2025-11-12", "U.S.-led".
    if (isHyphen(code) && isWordAt(text, i + 1, n)) {
      part = ++i;
      continue;
    }
    if (isDigit(prev) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      // "4.5", "14:30", "1/2".
      if (code === 0x2e || code === 0x3a || code === 0x2f) {
        i++;
        continue;
      }
      // "1,200" but not "1,2" (a list): a thousands group is exactly three digits.
      if (
        code === 0x2c && i + 3 < n && isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) && !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))
      ) {
        i++;
        continue;
      }
    }
    // "S&P", "AT&T", "P&O": an ampersand between capitals with no space is inside the name.
    if (code === 0x26 && letters === i - start && letters <= 3 && isUpper(prev) && isUpper(text.charCodeAt(i + 1)) && capitalsUpTo(text, i + 1, n, 3)) {
      i++;
      continue;
    }
    // "O'Brien", "D’Alessandro": an apostrophe between letters that is not a clitic.
    if (isApostrophe(code) && letters > 0 && isWordAt(text, i + 1, n) && cliticLength(text, i, n) === 0) {
      i++;
      continue;
    }
    // Periods: dotted initialisms ("U.S.", "a.m.", "U.N."), initials ("F."), abbreviations.
    if (code === 0x2e) {
      const len = i - start;
      // "Korea-U.S.", "China-U.S. talks": an initialism after a hyphen ends the word.
      if (part > start && i - part === 1 && isUpper(text.charCodeAt(part)) && isUpper(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x2e) {
        return { end: i + 3, numeric: false };
      }
      if (len === 1 && letters === 1) {
        // "U." then maybe "S." ...: consume letter-period pairs.
        let j = i + 1;
        while (j + 1 < n && isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x2e) j += 2;
        // "U.S" with its last period split off, as pre-tokenised text ("the U.S .") writes it.
        if (isUpper(text.charCodeAt(start)) && j < n && isUpper(text.charCodeAt(j)) && (j + 1 === n || text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 10)) j++;
        if (j > i + 1) {
          i = j;
          if (i < n && isHyphen(text.charCodeAt(i)) && isWordAt(text, i + 1, n)) {
            i++;
            continue;
          }
          return { end: i, numeric: false };
        }
        // A single capital initial: "F." in "John F. Kennedy".
        const c0 = text.charCodeAt(start);
        if (c0 >= 0x41 && c0 <= 0x5a) return { end: i + 1, numeric: false };
        return { end: i, numeric };
      }
      if (len <= 7 && letters === len && (ABBREVIATIONS.has(text.slice(start, i)) || CAPS_ABBREVIATIONS.has(text.slice(start, i)))) {
        return { end: i + 1, numeric: false };
      }
    }
    // "C$", "US$", "HK$": a dollar with its country's letters is one token, as in CoNLL-2003.
    if (code === 0x24 && letters === i - start && letters <= 3 && isUpper(text.charCodeAt(start)) && isUpper(prev)) {
      // "A$AP Rocky": a dollar with letters after it is inside a name.
      if (isAsciiLetter(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      return { end: i + 1, numeric: false };
    }
    return { end: i, numeric };
  }
}

/** Labels news agencies glue to a headline with a hyphen: "EXCLUSIVE-Nvidia to invest…". */
const WIRE_LABELS = new Set(['EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'INSIGHT', 'WRAPUP', 'REFILE', 'CORRECTED', 'RPT', 'PREVIEW',
  'INTERVIEW', 'EXPLAINER', 'BREAKINGVIEWS', 'COLUMN', 'FEATURE', 'UPDATE', 'TIMELINE', 'GRAPHIC', 'BRIEF', 'URGENT', 'BREAKING']);
const WIRE_SLUG = /^(?:[A-Z]{3,13}|\d{1,2})-(?=\p{Lu})/u;

/**
 * Where the label of a wire headline ends, in a word [start, end) that begins with one
 * ("EXCLUSIVE-Nvidia", or "2-Israel" after "UPDATE "), or -1.
 */
function wireSlugEnd(text: string, start: number, end: number): number {
  let hyphen = start + 1;
  const last = Math.min(end, start + 14);
  while (hyphen < last && text.charCodeAt(hyphen) !== 0x2d) hyphen++;
  if (hyphen >= last) return -1;
  const m = WIRE_SLUG.exec(text.slice(start, end));
  if (m === null) return -1;
  const label = text.slice(start, hyphen);
  if (isDigit(label.charCodeAt(0))) return /(?:UPDATE|WRAPUP) $/.test(text.slice(Math.max(0, start - 7), start)) ? hyphen : -1;
  return WIRE_LABELS.has(label) ? hyphen : -1;
}

/**
 * Splits masked text into word, number, punctuation and symbol tokens (spans into the text).
 * Masked regions are spaces, so nothing masked becomes a token.
 */
export function tokenize(maskedText: string): Token[] {
  const text = maskedText;
  const n = text.length;
  const tokens: Token[] = [];
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let c: number;
    let width = 1;
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x7f) {
        i++;
        continue;
      }
      c = isAsciiLetter(code) || isDigit(code) ? WORD : ASCII_PUNCT[code] === 1 ? PUNCT : SYMBOL;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      c = classOfAstral(text.codePointAt(i)!);
      width = 2;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      c = SYMBOL; // a lone surrogate: one symbol token, never half of a pair
    } else {
      c = classOf(code);
    }
    if (c === SPACE || c === JOINER) {
      i += width;
      continue;
    }
    if (c === WORD) {
      const r = scanWord(text, i, n);
      const slug = r.end - i > 3 && (isDigit(code) || code >= 0x41 && code <= 0x5a) ? wireSlugEnd(text, i, r.end) : -1;
      if (slug > 0) {
        // "EXCLUSIVE-Nvidia to invest…", "UPDATE 2-Israel strikes…": the agency's label, then the headline.
        tokens.push({ start: i, end: slug, kind: isDigit(code) ? 'number' : 'word' }, { start: slug, end: slug + 1, kind: 'punct' });
        i = slug + 1;
        continue;
      }
      // A ranked list's number at the start of a line keeps its period: "2. Paddy Lad 16-1".
      if (r.numeric && r.end - i <= 2 && text.charCodeAt(r.end) === 0x2e && text.charCodeAt(r.end + 1) === 0x20 && atLineStart(text, i)) {
        tokens.push({ start: i, end: r.end + 1, kind: 'number' });
        i = r.end + 1;
        continue;
      }
      // "do n't" in pre-tokenised text.
      if (r.end - i === 1 && (code === 0x6e || code === 0x4e) && isApostrophe(text.charCodeAt(r.end)) &&
        lower(text.charCodeAt(r.end + 1)) === 0x74 && !isWordAt(text, r.end + 2, n)) {
        tokens.push({ start: i, end: r.end + 2, kind: 'word' });
        i = r.end + 2;
        continue;
      }
      tokens.push({ start: i, end: r.end, kind: r.numeric ? 'number' : 'word' });
      i = r.end;
      // Clitics attached to the word just scanned: "'s", "'re", "n't".
      if (i < n) {
        const next = text.charCodeAt(i);
        if (isApostrophe(next)) {
          const len = cliticLength(text, i, n);
          if (len > 0) {
            tokens.push({ start: i, end: i + len, kind: 'word' });
            i += len;
          }
        } else if (
          (next === 0x6e || next === 0x4e) && i + 2 < n && isApostrophe(text.charCodeAt(i + 1)) &&
          lower(text.charCodeAt(i + 2)) === 0x74
        ) {
          tokens.push({ start: i, end: i + 3, kind: 'word' });
          i += 3;
        }
      }
      continue;
    }
    if (c === PUNCT) {
      // A clitic standing alone, as pre-tokenised text writes it ("Lord 's", "do n't" below).
      if (isApostrophe(code) && i > 0 && text.charCodeAt(i - 1) === 0x20) {
        const len = cliticLength(text, i, n);
        if (len > 0) {
          tokens.push({ start: i, end: i + len, kind: 'word' });
          i += len;
          continue;
        }
      }
      // Runs of periods or hyphens are one token ("...", "--"); other punctuation is one char.
      let end = i + width;
      if (code === 0x2e || code === 0x2d) {
        while (end < n && text.charCodeAt(end) === code) end++;
      }
      tokens.push({ start: i, end, kind: 'punct' });
      i = end;
      continue;
    }
    // A symbol, with whatever joins it: variation selectors, skin tones, ZWJ sequences, keycaps.
    let end = i + width;
    while (end < n) {
      const cc = text.charCodeAt(end);
      let cls: number;
      let w = 1;
      if (cc >= 0xd800 && cc <= 0xdbff && end + 1 < n && isLowSurrogate(text.charCodeAt(end + 1))) {
        cls = classOfAstral(text.codePointAt(end)!);
        w = 2;
      } else if (cc < 0x80) {
        break;
      } else {
        cls = classOf(cc);
      }
      if (cls !== JOINER) break;
      end += w;
      // After a zero-width joiner the next emoji belongs to the same sequence.
      if (cc === 0x200d && end < n) {
        const nc = text.charCodeAt(end);
        if (nc >= 0xd800 && nc <= 0xdbff && end + 1 < n && isLowSurrogate(text.charCodeAt(end + 1))) {
          end += 2;
        } else if (nc >= 0x80 && classOf(nc) === SYMBOL) {
          end += 1;
        }
      }
    }
    tokens.push({ start: i, end, kind: 'symbol' });
    i = end;
  }
  return tokens;
}

/** True if 1 to `max` capital letters start at `i` and no word character follows them. */
function capitalsUpTo(text: string, i: number, n: number, max: number): boolean {
  let k = i;
  while (k < n && k - i <= max && isUpper(text.charCodeAt(k))) k++;
  return k > i && k - i <= max && !isWordAt(text, k, n);
}

/** True if only spaces or tabs stand between the line's start and `i`. */
function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// ASCII punctuation in Unicode's sense (category P): what is not here is a symbol ($ + < = > ^ ` | ~).
const ASCII_PUNCT = new Uint8Array(128);
for (const ch of '!"#%&\'()*,-./:;?@[\\]_{}') ASCII_PUNCT[ch.charCodeAt(0)] = 1;
