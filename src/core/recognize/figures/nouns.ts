// What a number counts: the noun phrase right after it. "11 suspected drug boats" counts boats
// (the first plural noun, with its modifiers before it); "the third such attack" counts attacks
// (a singular head after an ordinal or "one" is the last word of its phrase).

import {
  DEMONYM_PLURALS, IRREGULAR_PLURALS, isPluralWord, LEADING_SKIP, pluralise, STOP_WORDS, UNIT_ABBREVIATIONS,
} from './lexicon';

export interface Counted {
  /** Where the counted phrase starts and ends (leading "more"/"such" left out). */
  readonly start: number;
  readonly end: number;
  /** Normalised plural unit ("boats", "deaths"). */
  readonly unit: string;
}

const WORD_RE = /[ \t\u00a0]+((?:\p{Lu}\.){2,}|[\p{L}][\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*)(?![\p{L}\p{N}\p{M}])/uy;
const MAX_WORDS = 5;
const DEATH_WORDS: ReadonlyMap<string, string> = new Map([
  ['dead', 'deaths'], ['killed', 'deaths'], ['wounded', 'injuries'], ['injured', 'injuries'],
]);

// Word positions of the phrase being read; reused between calls so reading allocates no arrays.
const starts: number[] = [];
const ends: number[] = [];
const lowers: string[] = [];

/**
 * Reads the counted noun phrase after `pos` (not past `limit`). `singular` is for "one",
 * 1 and ordinals, whose noun is singular ("one boat", "the 21st strike").
 */
export function readCounted(text: string, pos: number, limit: number, singular: boolean): Counted | null {
  let n = 0;
  let at = pos;
  while (n < MAX_WORDS) {
    WORD_RE.lastIndex = at;
    const m = WORD_RE.exec(text);
    if (m === null || WORD_RE.lastIndex > limit) break;
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    // "US" is a country before a noun ("15,000 US troops"), "us" a pronoun.
    if (STOP_WORDS.has(lower) && word !== 'US') break;
    if (n === 0 && LEADING_SKIP.has(lower)) { at = WORD_RE.lastIndex; continue; }
    starts[n] = WORD_RE.lastIndex - word.length;
    ends[n] = WORD_RE.lastIndex;
    lowers[n] = lower;
    n++;
    at = WORD_RE.lastIndex;
  }
  if (n === 0) return null;
  const first = lowers[0] ?? '';
  const start = starts[0] ?? pos;
  const death = DEATH_WORDS.get(first);
  if (death !== undefined) return { start, end: ends[0] ?? pos, unit: death };
  // A measurement abbreviation is its own unit, after 1 as after 185 ("1 km", "185 mph").
  if (UNIT_ABBREVIATIONS.has(first)) return { start, end: ends[0] ?? pos, unit: first };
  if (!singular) {
    for (let i = 0; i < n; i++) {
      const lower = lowers[i] ?? '';
      // Demonyms count people: "1.5 million Jamaicans" is 1.5 million people.
      if (isPluralWord(lower)) {
        // "crew members", "police officers": a collective noun before an -s plural is its modifier.
        const next = lowers[i + 1];
        if (i + 1 < n && next !== undefined && IRREGULAR_PLURALS.has(lower) && next.endsWith('s') && isPluralWord(next)) {
          return { start, end: ends[i + 1] ?? pos, unit: next };
        }
        return { start, end: ends[i] ?? pos, unit: DEMONYM_PLURALS.has(lower) ? 'people' : lower };
      }
      // A verb-like word before any plural ends the search ("83 reported dead" is not "dead");
      // a hyphenated modifier does not ("15,000 US-trained troops").
      if (i > 0 && !lower.includes('-') && (lower.endsWith('ed') || lower.endsWith('ly'))) break;
    }
    return null;
  }
  // Singular head: the first word that is not a modifier ("the third drug boat" -> boat).
  let head = 0;
  while (head < n - 1 && head < 2 && isModifier(text, starts[head] ?? start, lowers[head] ?? '')) head++;
  const lower = lowers[head] ?? first;
  if (isCapitalised(text, starts[head] ?? start)) return null;
  return { start, end: ends[head] ?? pos, unit: pluralise(lower) };
}

const MODIFIERS: ReadonlySet<string> = new Set([
  'drug', 'migrant', 'air', 'military', 'naval', 'major', 'new', 'deadly',
  'separate', 'similar', 'same', 'fatal', 'consecutive', 'straight', 'fishing', 'cargo', 'oil',
  'large', 'small', 'big', 'known', 'such', 'recent', 'last', 'full', 'whole', 'single',
  'lethal', 'mass', 'terror',
  // Superlatives rank the noun after them ("the third warmest year" counts years).
  'most', 'least', 'best', 'worst', 'warmest', 'hottest', 'coldest', 'wettest', 'driest', 'largest',
  'biggest', 'smallest', 'deadliest', 'costliest', 'busiest', 'highest', 'lowest', 'longest',
  'strongest', 'heaviest', 'latest', 'earliest',
]);

function isModifier(text: string, at: number, lower: string): boolean {
  if (MODIFIERS.has(lower) || lower.includes('-')) return true;
  if (isCapitalised(text, at)) return true;
  return /(?:ed|al|ic|ive|ous|ful|ian|ese|ish|ary|ern|ing)$/.test(lower);
}

function isCapitalised(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  return ch !== ch.toLowerCase();
}
