// Name lists (gazetteers) for the name model: first names, surnames, countries, cities, regions,
// organisations, nationalities, famous people, compiled by scripts/ner/name-lists.ts from npm
// packages (sources and licences in models/README.md) into the model file. The model never
// trusts a list: membership is a feature whose weight training sets. A phrase is kept as a
// 32-bit key of its words' lower-case hashes (features.ts lowerFormHash), so a lookup builds no
// string.

/** Category bits of a list entry; an entry may be in several lists. */
export const ListCategory = {
  FirstName: 1,
  Surname: 2,
  Country: 4,
  City: 8,
  Region: 16,
  Organisation: 32,
  Nationality: 64,
  Person: 128,
} as const;

/** Longest phrase (in tokens) looked up. */
export const MAX_PHRASE_TOKENS = 4;

const PHRASE_SEED = 0x2545f491;

/** Extends a phrase key by one word's lower-case hash (order matters). */
export function extendPhraseKey(key: number, lowerHash: number): number {
  let h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ lowerHash;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/** The key of a phrase from its words' lower-case hashes. */
export function phraseKey(lowerHashes: readonly number[]): number {
  let key = PHRASE_SEED;
  for (const h of lowerHashes) key = extendPhraseKey(key, h);
  return key;
}

export const PHRASE_START = PHRASE_SEED;

/** Phrase key -> category mask. */
export class NameLists {
  static readonly empty = new NameLists(new Map());

  constructor(readonly entries: ReadonlyMap<number, number>) {}

  get size(): number {
    return this.entries.size;
  }

  /** The categories of the phrase with this key (0: in no list). */
  categories(key: number): number {
    return this.entries.get(key) ?? 0;
  }
}
