// Features of the name model, shared by training (scripts/train-ner.ts) and inference
// (perceptron.ts) so the two cannot drift apart. Every feature is an integer: a template id
// mixed with hashes of the token's parts, masked into a fixed-size table (feature hashing).
// Strings are built once per token (its lower-case form), never per feature: that is what keeps
// inference well above 200,000 tokens/s.

import { WordClass, wordClassOf } from './gazetteer';
import { ListCategory, MAX_PHRASE_TOKENS, NameLists, PHRASE_START, extendPhraseKey } from './name-lists';
import { EmbeddingClusters, EMBEDDING_FINE_SPLIT, EMBEDDING_MID_SPLIT, WordClusters } from './word-clusters';

/** What the model knows about words beyond its weights: name lists and word clusters. */
export interface WordResources {
  readonly lists: NameLists;
  readonly clusters: WordClusters;
  /** Clusters of word embeddings (word-clusters.ts EmbeddingClusters); empty when absent. */
  readonly embeddings?: EmbeddingClusters;
}

export const NO_RESOURCES: WordResources = { lists: NameLists.empty, clusters: WordClusters.empty, embeddings: EmbeddingClusters.empty };

/** Bumped whenever a feature changes meaning: a model file records the version it was trained with. */
export const FEATURE_VERSION = 8;

// ---------------------------------------------------------------------------------------------
// Labels: BIO over the four types. 0 = O, 1..4 = B-PER..B-MISC, 5..8 = I-PER..I-MISC.

export const LABELS: readonly string[] = [
  'O', 'B-PER', 'B-ORG', 'B-LOC', 'B-MISC', 'I-PER', 'I-ORG', 'I-LOC', 'I-MISC',
];
export const LABEL_COUNT = 9;
export const TYPE_NAMES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The entity type (0..3) of a label, -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** True if `label` may follow `prev`: I-X only continues B-X or I-X. */
export function labelAllowed(prev: number, label: number): boolean {
  return label < 5 || labelType(prev) === label - 5;
}

// ---------------------------------------------------------------------------------------------
// Hashing

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mixes two 32-bit values into one well-spread 32-bit value (murmur3's finaliser on a combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

// Template ids. Their values only need to be distinct.
const enumerate = (names: string): Record<string, number> =>
  Object.fromEntries(names.split(' ').map((name, i) => [name, 0x100 + i * 7919]));
const T = enumerate(
  'bias word lower shape short p1 p2 p3 p4 s1 s2 s3 s4 lowerM1 lowerP1 lowerM2 lowerP2 shortM1 ' +
  'shortP1 bigramM1 bigramP1 shortTri initialShort initialLower cls clsM1 clsP1 clsM1Short wordM1 ' +
  'run doc length clsP1Short prev prev2 prevLower prevShort hist histMask gazWord gazM1 gazP1 gazPhrase clusterFine clusterCoarse clusterM1 clusterP1 runHead runHeadCluster docEvidence runFirst embFine embMid embCoarse embM1 embP1',
) as Record<
  'bias' | 'word' | 'lower' | 'shape' | 'short' | 'p1' | 'p2' | 'p3' | 'p4' | 's1' | 's2' | 's3' |
  's4' | 'lowerM1' | 'lowerP1' | 'lowerM2' | 'lowerP2' | 'shortM1' | 'shortP1' | 'bigramM1' |
  'bigramP1' | 'shortTri' | 'initialShort' | 'initialLower' | 'cls' | 'clsM1' | 'clsP1' |
  'clsM1Short' | 'wordM1' | 'run' | 'doc' | 'length' | 'clsP1Short' | 'prev' | 'prev2' |
  'prevLower' | 'prevShort' | 'hist' | 'histMask' | 'gazWord' | 'gazM1' | 'gazP1' | 'gazPhrase' |
  'clusterFine' | 'clusterCoarse' | 'clusterM1' | 'clusterP1' | 'runHead' | 'runHeadCluster' | 'docEvidence' | 'runFirst' |
  'embFine' | 'embMid' | 'embCoarse' | 'embM1' | 'embP1',
  number
>;

export const STATIC_FEATURES = 51;
export const DYNAMIC_FEATURES = 6;
export const MAX_FEATURES = STATIC_FEATURES + DYNAMIC_FEATURES;

// ---------------------------------------------------------------------------------------------
// Token analysis

/** Sentence modes: headlines in CAPS or Title Case get their own shape weights. */
export const MODE_NORMAL = 0;
export const MODE_TITLE = 1;
export const MODE_CAPS = 2;

const F_LETTER = 1; // has a letter
const F_UPPER_START = 2; // first letter is upper-case
const F_ALL_CAPS = 4; // has letters, none lower-case
const F_LOWER_START = 8;
const F_DIGIT = 16;

const BOUNDARY = fnv('<s>');
const BOUNDARY_END = fnv('</s>');

/** Normalises typography so that run-time text looks like the training text. */
export function normaliseToken(raw: string): string {
  let out = raw;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2014 || c === 0x2013) {
      out = raw
        .replace(/[\u2019\u2018\u02bc]/g, "'")
        .replace(/[\u201c\u201d\u201e]/g, '"')
        .replace(/[\u2013\u2014]/g, '-');
      break;
    }
  }
  return out;
}

/** The hash of a lower-case word with digits folded to 0 (WordTable.lowerHash; name-list keys). */
export function lowerFormHash(lw: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < lw.length; i++) {
    let ch = lw.charCodeAt(i);
    if (ch >= 0x30 && ch <= 0x39) ch = 0x30;
    h = Math.imul(h ^ ch, FNV_PRIME);
  }
  return h;
}

/** Per-token hashes and flags of one sentence, computed once and read by every feature. */
export interface PreparedSentence extends WordTable {
  readonly length: number;
  readonly mode: number;
  readonly initial: Uint8Array;
  /** Capitalised-run code per token: run length (1..4) * 4 + position (0 first, 1 inside, 2 last, 3 alone). */
  readonly run: Uint8Array;
  /** Per token in a capitalised run of two or more, the index of the run's last token (its head: Committee, Open, Club); else -1. */
  readonly head: Int32Array;
  /** Per token in a capitalised run of two or more, the index of the run's first token; else -1. */
  readonly first: Int32Array;
  /** Lexicon id per token when prepared with a Lexicon (else empty). */
  readonly ids: Int32Array;
  /** Per token, the name-list phrase it is part of: categories << 2 | position (1 first, 2 inside, 3 last); 0 if none. */
  readonly phrase: Int32Array;
}

function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return isUpper(c) || isLower(c) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0x600 && c <= 0x6ff) || (c >= 0x5d0 && c <= 0x5ea);
}

/** Per-word fields of PreparedSentence, at index i of a sentence or of a Lexicon. */
interface WordTable {
  readonly lower: string[];
  readonly word: Int32Array;
  readonly lowerHash: Int32Array;
  readonly shape: Int32Array;
  readonly short: Int32Array;
  /** 8 per word: prefixes 1..4 then suffixes 1..4 of the lower-case form. */
  readonly affix: Int32Array;
  readonly cls: Uint8Array;
  readonly flags: Uint8Array;
  /** Name-list categories of the word alone (name-lists.ts ListCategory bits). */
  readonly gaz: Uint8Array;
  /** Word clusters of the word (word-clusters.ts, packed). */
  readonly cluster: Int32Array;
  /** Embedding-cluster leaf + 1 of the word (word-clusters.ts EmbeddingClusters; 0 if none). */
  readonly embed: Int32Array;
}

/** Analyses one word (already normalised) into row i of `out`: everything that depends on the word alone. */
function analyseWord(w: string, out: WordTable, i0: number, resources: WordResources): void {
  const { affix } = out;
  const lw = w.toLowerCase();
  out.lower[i0] = lw;
  out.word[i0] = fnv(w);
  out.cls[i0] = wordClassOf(lw);
  // Lower-case form with digits folded to 0, its prefixes on the way.
  let h = FNV_OFFSET;
  const base = i0 * 8;
  for (let i = 0; i < lw.length; i++) {
    let ch = lw.charCodeAt(i);
    if (ch >= 0x30 && ch <= 0x39) ch = 0x30;
    h = Math.imul(h ^ ch, FNV_PRIME);
    if (i < 4) affix[base + i] = h;
  }
  out.lowerHash[i0] = h;
  out.gaz[i0] = resources.lists.categories(extendPhraseKey(PHRASE_START, h));
  out.cluster[i0] = resources.clusters.of(h);
  out.embed[i0] = resources.embeddings?.of(h) ?? 0;
  for (let i = lw.length; i < 4; i++) affix[base + i] = 0;
  let s = 0x3bd39e10;
  for (let k = 0; k < 4; k++) {
    const i = lw.length - 1 - k;
    if (i < 0) {
      affix[base + 4 + k] = 0;
      continue;
    }
    s = Math.imul(s ^ lw.charCodeAt(i), FNV_PRIME);
    affix[base + 4 + k] = s;
  }
  // Shapes: "Xxxx" (runs capped at 4) and "Xx" (runs collapsed).
  let sh = FNV_OFFSET;
  let ss = FNV_OFFSET;
  let last = -1;
  let runLen = 0;
  let f = 0;
  let firstLetter = true;
  let hasLower = false;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    let k: number;
    if (ch >= 0x30 && ch <= 0x39) {
      k = 0x64; // d
      f |= F_DIGIT;
    } else if (isLetter(ch)) {
      const up = isUpper(ch);
      k = up ? 0x58 : 0x78; // X x
      if (!up) hasLower = true;
      if (firstLetter) {
        f |= F_LETTER | (up ? F_UPPER_START : isLower(ch) ? F_LOWER_START : 0);
        firstLetter = false;
      }
    } else {
      k = ch;
    }
    if (k === last) {
      runLen++;
    } else {
      runLen = 1;
      ss = Math.imul(ss ^ k, FNV_PRIME);
    }
    if (runLen <= 4) sh = Math.imul(sh ^ k, FNV_PRIME);
    last = k;
  }
  if ((f & F_LETTER) !== 0 && !hasLower) f |= F_ALL_CAPS;
  out.shape[i0] = sh;
  out.short[i0] = ss;
  out.flags[i0] = f;
}

/**
 * Words already analysed, at run time: analyseWord's results by word (what prepareSentence
 * would compute again for every occurrence), and, filled in by Tagger, the sums of the
 * word-only features per sentence mode. Bounded: starts afresh past LEXICON_LIMIT words.
 */
export class Lexicon implements WordTable {
  readonly ids = new Map<string, number>();
  lower: string[] = [];
  word = new Int32Array(1024);
  lowerHash = new Int32Array(1024);
  shape = new Int32Array(1024);
  short = new Int32Array(1024);
  affix = new Int32Array(1024 * 8);
  cls = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  gaz = new Uint8Array(1024);
  cluster = new Int32Array(1024);
  embed = new Int32Array(1024);
  /** Per word, mode (3) and initial flag (2): LABEL_COUNT sums of the word features' weights (Tagger). */
  sums = new Float64Array(1024 * 6 * LABEL_COUNT);
  /**
   * Per word, 8 rows of LABEL_COUNT sums (Tagger) of its features as a neighbour: as the
   * previous word (rows 0..2, by mode), the next word (3..5, by mode), two before (6), two after (7).
   */
  roleSums = new Float64Array(1024 * 8 * LABEL_COUNT);
  /** Per word, bit r set if roleSums row r is filled in. */
  roles = new Uint8Array(1024);
  /** Per word, LABEL_COUNT sums (Tagger) of its prevLower and prevShort features after O. */
  afterO = new Float64Array(1024 * LABEL_COUNT);
  /** Per word, bit mode * 2 + initial set if those sums are filled in; AFTER_O_SUMMED if afterO is. */
  summed = new Uint8Array(1024);

  constructor(readonly resources: WordResources = NO_RESOURCES) {}

  /** The id of a word (normalised), analysing it if new. */
  idOf(w: string): number {
    let id = this.ids.get(w);
    if (id !== undefined) return id;
    id = this.ids.size;
    if (id >= this.word.length) this.grow();
    analyseWord(w, this, id, this.resources);
    this.summed[id] = 0;
    this.roles[id] = 0;
    this.ids.set(w, id);
    return id;
  }

  /** Called between documents (ids stay valid within one): forgets all words past LEXICON_LIMIT. */
  trim(): void {
    if (this.ids.size < LEXICON_LIMIT) return;
    this.ids.clear();
    this.lower = [];
  }

  private grow(): void {
    const n = this.word.length * 2;
    const more = <A extends Int32Array | Uint8Array | Float64Array>(a: A, per: number): A => {
      const b = new (a.constructor as new (n: number) => A)(n * per);
      b.set(a);
      return b;
    };
    this.word = more(this.word, 1);
    this.lowerHash = more(this.lowerHash, 1);
    this.shape = more(this.shape, 1);
    this.short = more(this.short, 1);
    this.affix = more(this.affix, 8);
    this.cls = more(this.cls, 1);
    this.flags = more(this.flags, 1);
    this.gaz = more(this.gaz, 1);
    this.cluster = more(this.cluster, 1);
    this.embed = more(this.embed, 1);
    this.sums = more(this.sums, 6 * LABEL_COUNT);
    this.summed = more(this.summed, 1);
    this.afterO = more(this.afterO, LABEL_COUNT);
    this.roleSums = more(this.roleSums, 8 * LABEL_COUNT);
    this.roles = more(this.roles, 1);
  }
}

const LEXICON_LIMIT = 1 << 15;
/** Lexicon.summed bit: the word's afterO sums are filled in. */
const AFTER_O_SUMMED = 64;

/**
 * Zeroed memory for the typed arrays of prepared sentences: one buffer for a whole document's
 * sentences instead of a dozen small buffers per sentence (each its own allocation for the
 * garbage collector to track and free). Holds `tokens` tokens' worth of prepareSentence arrays
 * (fewer with a lexicon: see prepareSentence).
 */
export class SentenceArena {
  private readonly i32: Int32Array;
  private readonly u8: Uint8Array;
  private i32At = 0;
  private u8At = 0;

  constructor(tokens: number, withLexicon = false) {
    this.i32 = new Int32Array(tokens * (withLexicon ? 7 : 17));
    this.u8 = new Uint8Array(tokens * 5);
  }

  int32(n: number): Int32Array {
    if (this.i32At + n > this.i32.length) throw new Error('SentenceArena: out of room');
    const a = this.i32.subarray(this.i32At, this.i32At + n);
    this.i32At += n;
    return a;
  }

  uint8(n: number): Uint8Array {
    if (this.u8At + n > this.u8.length) throw new Error('SentenceArena: out of room');
    const a = this.u8.subarray(this.u8At, this.u8At + n);
    this.u8At += n;
    return a;
  }
}

/**
 * Prepares the tokens (already normalised) of one sentence; with a lexicon, words come from
 * (and new words go into) it, and `ids` holds each token's lexicon id. With a lexicon, `word`,
 * `shape`, `affix` and `embed` are left empty: the Tagger reads them from the lexicon by id.
 */
export function prepareSentence(
  words: readonly string[],
  lexicon?: Lexicon,
  arena?: SentenceArena,
  wordResources?: WordResources,
): PreparedSentence {
  const resources = lexicon?.resources ?? wordResources ?? NO_RESOURCES;
  const n = words.length;
  const lower: string[] = new Array<string>(n);
  const a = arena ?? new SentenceArena(n, lexicon !== undefined);
  const own = lexicon === undefined ? n : 0;
  const word = a.int32(own);
  const lowerHash = a.int32(n);
  const shape = a.int32(own);
  const short = a.int32(n);
  const affix = a.int32(own * 8);
  const cls = a.uint8(n);
  const flags = a.uint8(n);
  const gaz = a.uint8(n);
  const initial = a.uint8(n);
  const run = a.uint8(n);
  const ids = a.int32(lexicon === undefined ? 0 : n);
  const phrase = a.int32(n);
  const cluster = a.int32(n);
  const embed = a.int32(own);
  const head = a.int32(n).fill(-1);
  const first = a.int32(n).fill(-1);
  const table: WordTable = { lower, word, lowerHash, shape, short, affix, cls, flags, gaz, cluster, embed };
  let letterTokens = 0;
  let capsTokens = 0;
  let lowerContent = 0;
  let seenWord = false;
  for (let t = 0; t < n; t++) {
    const w = words[t]!;
    if (lexicon === undefined) {
      analyseWord(w, table, t, resources);
    } else {
      const id = lexicon.idOf(w);
      ids[t] = id;
      lower[t] = lexicon.lower[id]!;
      lowerHash[t] = lexicon.lowerHash[id]!;
      short[t] = lexicon.short[id]!;
      cls[t] = lexicon.cls[id]!;
      flags[t] = lexicon.flags[id]!;
      gaz[t] = lexicon.gaz[id]!;
      cluster[t] = lexicon.cluster[id]!;
    }
    const f = flags[t]!;
    if ((f & F_LETTER) !== 0) {
      letterTokens++;
      if ((f & F_ALL_CAPS) !== 0 && w.length > 1) capsTokens++;
      if ((f & F_LOWER_START) !== 0 && cls[t] !== WordClass.Function) lowerContent++;
      if (!seenWord) {
        initial[t] = 1;
        seenWord = true;
      }
    } else if ((f & F_DIGIT) !== 0) {
      seenWord = true;
    }
  }
  let mode = MODE_NORMAL;
  if (capsTokens >= 2 && capsTokens * 10 >= letterTokens * 6) mode = MODE_CAPS;
  else if (letterTokens >= 4 && lowerContent === 0) mode = MODE_TITLE;
  // Runs of capitalised tokens (function words like "of" inside a run do not break it when
  // the run continues after them: "Bank of America").
  for (let t = 0; t < n; ) {
    if ((flags[t]! & F_UPPER_START) === 0) {
      t++;
      continue;
    }
    let e = t + 1;
    for (;;) {
      if (e < n && (flags[e]! & F_UPPER_START) !== 0) e++;
      else if (e + 1 < n && cls[e] === WordClass.Function && (flags[e + 1]! & F_UPPER_START) !== 0) e += 2;
      else break;
    }
    const len = Math.min(e - t, 4);
    for (let k = t; k < e; k++) {
      const pos = e - t === 1 ? 3 : k === t ? 0 : k === e - 1 ? 2 : 1;
      run[k] = len * 4 + pos;
      if (e - t > 1) {
        head[k] = e - 1;
        first[k] = t;
      }
    }
    t = e;
  }
  if (resources.lists.size > 0) markPhrases(lowerHash, flags, n, resources.lists, phrase);
  return { length: n, mode, lower, word, lowerHash, shape, short, affix, cls, flags, gaz, cluster, embed, initial, run, head, first, ids, phrase };
}

/**
 * Marks the name-list phrases of two or more words in a sentence: left to right, the longest
 * phrase that starts at a capitalised word, its words coded by the phrase's categories and
 * their position in it.
 */
function markPhrases(lowerHash: Int32Array, flags: Uint8Array, n: number, lists: NameLists, phrase: Int32Array): void {
  for (let t = 0; t < n - 1; ) {
    if ((flags[t]! & F_UPPER_START) === 0) {
      t++;
      continue;
    }
    let key = extendPhraseKey(PHRASE_START, lowerHash[t]!);
    let bestEnd = -1;
    let bestCategories = 0;
    const last = Math.min(n, t + MAX_PHRASE_TOKENS);
    for (let e = t + 1; e < last; e++) {
      key = extendPhraseKey(key, lowerHash[e]!);
      const c = lists.categories(key);
      if (c !== 0) {
        bestEnd = e;
        bestCategories = c;
      }
    }
    if (bestEnd < 0) {
      t++;
      continue;
    }
    for (let k = t; k <= bestEnd; k++) phrase[k] = (bestCategories << 2) | (k === t ? 1 : k === bestEnd ? 3 : 2);
    t = bestEnd + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Document statistics: how a word is written elsewhere in the same article. A capitalised word
// at the start of a sentence or in a headline is a name if the article also writes it
// capitalised mid-sentence, and an ordinary word if the article also writes it in lower case.

export interface DocumentStats {
  /**
   * lower-case form of a word capitalised somewhere in the document -> count of lower-case uses
   * (anywhere) * 1 + capitalised mid-sentence uses * 65536
   */
  readonly uses: Map<string, number>;
  /**
   * lower-case form of a capitalised word -> what its neighbours say about it anywhere in the
   * document (EVIDENCE_* bits): "Pirelli" is a company everywhere if one mention says
   * "Pirelli SpA", and a person everywhere if one says "Mr Pirelli".
   */
  readonly evidence: Map<string, number>;
}

const EVIDENCE_ORG_HEAD = 1; // followed by Corp, Inc, Bank... or heads a run that ends in one
const EVIDENCE_TITLE = 2; // after a title: President, Mr
const EVIDENCE_PLACE_CUE = 4; // after in, from, near
const EVIDENCE_IN_RUN = 8; // in a capitalised run of two or more
const EVIDENCE_ALONE = 16; // capitalised alone, mid-sentence, in running text
const EVIDENCE_FIRST_NAME = 32; // after a capitalised first name
/** evidenceCode of a token that is not capitalised. */
const EVIDENCE_NONE = 64;
const EVIDENCE_VALUES = 65;

function isOrgWord(cls: number): boolean {
  return cls === WordClass.OrgSuffix || cls === WordClass.OrgHead;
}

/** The EVIDENCE_* bits of one capitalised token. */
function evidenceOf(s: PreparedSentence, t: number): number {
  let bits = 0;
  const h = s.head[t]!;
  if ((t + 1 < s.length && isOrgWord(s.cls[t + 1]!)) || (h > t && isOrgWord(s.cls[h]!))) bits |= EVIDENCE_ORG_HEAD;
  if (t > 0) {
    const before = s.cls[t - 1]!;
    if (before === WordClass.Title) bits |= EVIDENCE_TITLE;
    else if (before === WordClass.PlaceCue) bits |= EVIDENCE_PLACE_CUE;
    if ((s.gaz[t - 1]! & ListCategory.FirstName) !== 0 && (s.flags[t - 1]! & F_UPPER_START) !== 0) bits |= EVIDENCE_FIRST_NAME;
  }
  if (h >= 0) bits |= EVIDENCE_IN_RUN;
  else if (s.mode === MODE_NORMAL && s.initial[t] === 0) bits |= EVIDENCE_ALONE;
  return bits;
}

const CAP_UNIT = 65536;

function useOf(s: PreparedSentence, t: number): number {
  const f = s.flags[t]!;
  if ((f & F_LETTER) === 0) return 0;
  if ((f & F_LOWER_START) !== 0) return 1;
  if (s.mode === MODE_NORMAL && s.initial[t] === 0 && (f & F_UPPER_START) !== 0 && (f & F_ALL_CAPS) === 0) return CAP_UNIT;
  return 0;
}

/** Counts how each word is written across a document's sentences. */
export function documentStats(sentences: readonly PreparedSentence[]): DocumentStats {
  const uses = new Map<string, number>();
  const evidence = new Map<string, number>();
  // Uses are only read for capitalised words (docCode): count only the words the document
  // capitalises somewhere (their keys are exactly evidence's).
  for (const s of sentences) {
    for (let t = 0; t < s.length; t++) {
      if ((s.flags[t]! & F_UPPER_START) !== 0) {
        const key = s.lower[t]!;
        evidence.set(key, (evidence.get(key) ?? 0) | evidenceOf(s, t));
      }
    }
  }
  for (const s of sentences) {
    for (let t = 0; t < s.length; t++) {
      if ((s.flags[t]! & F_LETTER) === 0) continue;
      const key = s.lower[t]!;
      if (!evidence.has(key)) continue;
      const u = useOf(s, t);
      if (u !== 0) uses.set(key, (uses.get(key) ?? 0) + u);
    }
  }
  return { uses, evidence };
}

/** The document's evidence about token t (EVIDENCE_NONE if it is not capitalised). */
function evidenceCode(s: PreparedSentence, t: number, doc: DocumentStats): number {
  if ((s.flags[t]! & F_UPPER_START) === 0) return EVIDENCE_NONE;
  return doc.evidence.get(s.lower[t]!) ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Features

/** Template ids conjoined with the sentence mode, per mode: in a headline capitals say less. */
interface ModeTemplates {
  readonly shape: number;
  readonly short: number;
  readonly shortM1: number;
  readonly shortP1: number;
  readonly shortTri: number;
  readonly run: number;
  readonly initialShort: number;
  readonly length: number;
}

const MODE_TEMPLATES: readonly ModeTemplates[] = [MODE_NORMAL, MODE_TITLE, MODE_CAPS].map((mode) => ({
  shape: mix(T.shape, mode),
  short: mix(T.short, mode),
  shortM1: mix(T.shortM1, mode),
  shortP1: mix(T.shortP1, mode),
  shortTri: mix(T.shortTri, mode),
  run: mix(T.run, mode),
  initialShort: mix(T.initialShort, mode),
  length: mix(T.length, mode),
}));

// The static features in groups by what they depend on, so that the run-time tagger can keep
// the sums of the first groups (the order of the additions does not change the sums: see Tagger).

/** Writes the features of the word alone (and the sentence mode): 0..12, 24, 31, 34, 38, 39, 46..48. */
function wordFeatures(w: WordTable, i: number, m: ModeTemplates, out: Int32Array, o: number): void {
  const a = i * 8;
  out[o] = T.bias;
  out[o + 1] = mix(T.word, w.word[i]!);
  out[o + 2] = mix(T.lower, w.lowerHash[i]!);
  out[o + 3] = mix(m.shape, w.shape[i]!);
  out[o + 4] = mix(m.short, w.short[i]!);
  out[o + 5] = mix(T.p1, w.affix[a]!);
  out[o + 6] = mix(T.p2, w.affix[a + 1]!);
  out[o + 7] = mix(T.p3, w.affix[a + 2]!);
  out[o + 8] = mix(T.p4, w.affix[a + 3]!);
  out[o + 9] = mix(T.s1, w.affix[a + 4]!);
  out[o + 10] = mix(T.s2, w.affix[a + 5]!);
  out[o + 11] = mix(T.s3, w.affix[a + 6]!);
  out[o + 12] = mix(T.s4, w.affix[a + 7]!);
  out[o + 24] = mix(mix(T.cls, w.cls[i]!), w.flags[i]! & (F_UPPER_START | F_ALL_CAPS));
  out[o + 31] = mix(m.length, Math.min(w.lower[i]!.length, 12));
  out[o + 34] = mix(mix(T.gazWord, w.gaz[i]!), w.flags[i]! & (F_UPPER_START | F_ALL_CAPS));
  out[o + 38] = mix(T.clusterFine, w.cluster[i]! >>> 8);
  out[o + 39] = mix(mix(T.clusterCoarse, w.cluster[i]! & 0xff), w.flags[i]! & (F_UPPER_START | F_ALL_CAPS));
  const e = w.embed[i]!;
  const caps = w.flags[i]! & (F_UPPER_START | F_ALL_CAPS);
  out[o + 46] = mix(mix(T.embFine, e), caps);
  out[o + 47] = mix(mix(T.embMid, embedMid(e)), caps);
  out[o + 48] = mix(mix(T.embCoarse, embedCoarse(e)), caps);
}

/** The mid and coarse clusters (+ 1; 0 for none) of an embedding leaf + 1 (EmbeddingClusters). */
function embedMid(e: number): number {
  return e === 0 ? 0 : Math.floor((e - 1) / EMBEDDING_FINE_SPLIT) + 1;
}
function embedCoarse(e: number): number {
  return e === 0 ? 0 : Math.floor((e - 1) / (EMBEDDING_FINE_SPLIT * EMBEDDING_MID_SPLIT)) + 1;
}

/** Writes the features of the word and whether it is the sentence's first word: 22, 23. */
function initialFeatures(w: WordTable, i: number, initial: number, m: ModeTemplates, out: Int32Array, o: number): void {
  const sh = w.short[i]!;
  out[o + 22] = mix(mix(m.initialShort, initial), sh);
  out[o + 23] = initial === 1 ? mix(T.initialLower, w.lowerHash[i]!) : mix(T.initialLower, 0);
}

/** Word features and initial features: 0..12, 22, 23, 24, 31, 34, 38, 39, 46..48. */
export const WORD_FEATURE_INDICES: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 22, 23, 24, 31, 34, 38, 39, 46, 47, 48];

// Features of few values (25, 29, 30, 33), one function each.
const clsM1Feature = (cm1: number, c: number): number => mix(mix(T.clsM1, cm1), c);
const runFeature = (m: ModeTemplates, run: number): number => mix(m.run, run);
const docFeature = (code: number): number => mix(T.doc, code);
const evidenceFeature = (code: number): number => mix(T.docEvidence, code);
const run2Feature = (run: number, initialCaps: number): number => mix(mix(T.run, run), initialCaps);
/** cls values are below CLS_VALUES (15 stands for no word); run codes below 20; doc codes below 25. */
const CLS_VALUES = 16;
const RUN_VALUES = 20;
const DOC_VALUES = 25;

/** Writes the features of the previous word alone: 13, 17, 28, 35, 40, 49. */
function leftFeatures(lm1: number, sm1: number, wm1: number, gm1: number, km1: number, em1: number, m: ModeTemplates, out: Int32Array, o: number): void {
  out[o + 49] = mix(T.embM1, embedMid(em1));
  out[o + 35] = mix(T.gazM1, gm1);
  out[o + 40] = mix(T.clusterM1, km1);
  out[o + 13] = mix(T.lowerM1, lm1);
  out[o + 17] = mix(m.shortM1, sm1);
  out[o + 28] = mix(T.wordM1, wm1);
}

/** Writes the features of the next word alone: 14, 18, 26, 36, 41, 50. */
function rightFeatures(lp1: number, sp1: number, cp1: number, gp1: number, kp1: number, ep1: number, m: ModeTemplates, out: Int32Array, o: number): void {
  out[o + 50] = mix(T.embP1, embedMid(ep1));
  out[o + 36] = mix(T.gazP1, gp1);
  out[o + 41] = mix(T.clusterP1, kp1);
  out[o + 14] = mix(T.lowerP1, lp1);
  out[o + 18] = mix(m.shortP1, sp1);
  out[o + 26] = mix(T.clsP1, cp1);
}

/** Writes the features of the word two before (15) and two after (16). */
const left2Feature = (lm2: number, out: Int32Array, o: number): number => (out[o + 15] = mix(T.lowerM2, lm2));
const right2Feature = (lp2: number, out: Int32Array, o: number): number => (out[o + 16] = mix(T.lowerP2, lp2));

const LEFT_FEATURE_INDICES: readonly number[] = [13, 17, 28, 35, 40, 49];
const RIGHT_FEATURE_INDICES: readonly number[] = [14, 18, 26, 36, 41, 50];
/** The embedding leaf of no word (the sentence boundary as a neighbour): past every real leaf. */
const EMBED_BOUNDARY = 0x10000;
/** The fine cluster of no word (the sentence boundary as a neighbour). */
const CLUSTER_BOUNDARY = 0x10000;
/** The name-list categories of no word (the sentence boundary as a neighbour). */
const GAZ_BOUNDARY = 256;
const LEFT2_FEATURE_INDICES: readonly number[] = [15];
const RIGHT2_FEATURE_INDICES: readonly number[] = [16];

/** Writes the features of the word with its neighbours (and its name-list phrase and run): 19, 20, 21, 27, 32, 37, 42, 43, 45. */
function pairFeatures(s: PreparedSentence, t: number, m: ModeTemplates, out: Int32Array, o: number): void {
  ownPairFeatures(s, t, m, out, o);
  out[o + 37] = s.phrase[t] === 0 ? PLAIN_PHRASE : mix(T.gazPhrase, s.phrase[t]!);
  // The head of the capitalised run the word is in, and the word's place in the run: a name's
  // last word (Committee, Championship, Club, Open) tells its type from its first word on.
  const h = s.head[t]!;
  const place = s.run[t]! & 3;
  out[o + 42] = h < 0 ? PLAIN_RUN_HEAD : mix(mix(T.runHead, s.lowerHash[h]!), place);
  out[o + 43] = h < 0 ? PLAIN_RUN_HEAD_CLUSTER : mix(mix(T.runHeadCluster, s.cluster[h]! >>> 8), place);
  // And the run's first word, for the words after it (President, Federal, World).
  const f = s.first[t]!;
  out[o + 45] = f < 0 || f === t ? PLAIN_RUN_FIRST : mix(mix(T.runFirst, s.lowerHash[f]!), place);
}

/** Writes the pair features every token has its own values of: 19, 20, 21, 27, 32 (a plain token's others are PLAIN_PAIR_FEATURES). */
function ownPairFeatures(s: PreparedSentence, t: number, m: ModeTemplates, out: Int32Array, o: number): void {
  const n = s.length;
  const lw = s.lowerHash[t]!;
  const sh = s.short[t]!;
  const lm1 = t > 0 ? s.lowerHash[t - 1]! : BOUNDARY;
  const lp1 = t + 1 < n ? s.lowerHash[t + 1]! : BOUNDARY_END;
  const sm1 = t > 0 ? s.short[t - 1]! : BOUNDARY;
  const sp1 = t + 1 < n ? s.short[t + 1]! : BOUNDARY_END;
  const cm1 = t > 0 ? s.cls[t - 1]! : 15;
  const cp1 = t + 1 < n ? s.cls[t + 1]! : 15;
  out[o + 19] = mix(mix(T.bigramM1, lm1), lw);
  out[o + 20] = mix(mix(T.bigramP1, lw), lp1);
  out[o + 21] = mix(mix(mix(m.shortTri, sm1), sh), sp1);
  out[o + 27] = mix(mix(T.clsM1Short, cm1), sh);
  out[o + 32] = mix(mix(T.clsP1Short, cp1), sh);
}

// The pair features of a plain token (no name-list phrase, in no capitalised run: most tokens),
// the same for every such token: the Tagger adds their rows from one precomputed sum.
const PLAIN_PHRASE = mix(T.gazPhrase, 0);
const PLAIN_RUN_HEAD = mix(T.runHead, 0);
const PLAIN_RUN_HEAD_CLUSTER = mix(T.runHeadCluster, 0);
const PLAIN_RUN_FIRST = mix(T.runFirst, 0);
const PLAIN_PAIR_FEATURES: readonly number[] = [PLAIN_PHRASE, PLAIN_RUN_HEAD, PLAIN_RUN_HEAD_CLUSTER, PLAIN_RUN_FIRST];

/** True if token t's pair features 37, 42, 43 and 45 are PLAIN_PAIR_FEATURES. */
function plainToken(s: PreparedSentence, t: number): boolean {
  return s.phrase[t] === 0 && s.head[t]! < 0;
}

/** Pair features 19, 20, 21, 27, 32 (every token's own), then 37, 42, 43, 45 (constant for a plain token). */
const PAIR_FEATURE_INDICES: readonly number[] = [19, 20, 21, 27, 32, 37, 42, 43, 45];
const OWN_PAIR_FEATURES = 5;

/** Writes the features that depend on the neighbouring words: 13..21, 26, 27, 28, 32. */
function contextFeatures(s: PreparedSentence, t: number, m: ModeTemplates, out: Int32Array, o: number): void {
  const n = s.length;
  if (t > 0) leftFeatures(s.lowerHash[t - 1]!, s.short[t - 1]!, s.word[t - 1]!, s.gaz[t - 1]!, s.cluster[t - 1]! >>> 8, s.embed[t - 1]!, m, out, o);
  else leftFeatures(BOUNDARY, BOUNDARY, BOUNDARY, GAZ_BOUNDARY, CLUSTER_BOUNDARY, EMBED_BOUNDARY, m, out, o);
  if (t + 1 < n) rightFeatures(s.lowerHash[t + 1]!, s.short[t + 1]!, s.cls[t + 1]!, s.gaz[t + 1]!, s.cluster[t + 1]! >>> 8, s.embed[t + 1]!, m, out, o);
  else rightFeatures(BOUNDARY_END, BOUNDARY_END, 15, GAZ_BOUNDARY, CLUSTER_BOUNDARY, EMBED_BOUNDARY, m, out, o);
  left2Feature(t > 1 ? s.lowerHash[t - 2]! : BOUNDARY, out, o);
  right2Feature(t + 2 < n ? s.lowerHash[t + 2]! : BOUNDARY_END, out, o);
  pairFeatures(s, t, m, out, o);
}

/** The arguments of the few-valued features 25, 29, 30, 33 of token t, packed (see smallFeatures). */
function smallCodes(s: PreparedSentence, t: number, doc: DocumentStats): number {
  const cm1 = t > 0 ? s.cls[t - 1]! : 15;
  const initialCaps = s.initial[t]! * 2 + (s.flags[t]! & F_ALL_CAPS ? 1 : 0);
  return cm1 | (s.cls[t]! << 4) | (s.run[t]! << 8) | (initialCaps << 13) | (docCode(s, t, doc) << 16);
}

/** Writes the few-valued features (25, 29, 30, 33) from smallCodes. */
function smallFeatures(codes: number, m: ModeTemplates, out: Int32Array, o: number): void {
  const run = (codes >>> 8) & 31;
  out[o + 25] = clsM1Feature(codes & 15, (codes >>> 4) & 15);
  out[o + 29] = runFeature(m, run);
  out[o + 30] = docFeature(codes >>> 16);
  out[o + 33] = run2Feature(run, (codes >>> 13) & 3);
}

/**
 * Writes the static features (those that do not depend on predicted labels) of every token of
 * `s` into `out` (STATIC_FEATURES per token), as unmasked 32-bit hashes.
 */
export function staticFeatures(s: PreparedSentence, doc: DocumentStats, out: Int32Array): void {
  const m = MODE_TEMPLATES[s.mode]!;
  for (let t = 0; t < s.length; t++) {
    const o = t * STATIC_FEATURES;
    wordFeatures(s, t, m, out, o);
    initialFeatures(s, t, s.initial[t]!, m, out, o);
    contextFeatures(s, t, m, out, o);
    smallFeatures(smallCodes(s, t, doc), m, out, o);
    out[o + 44] = evidenceFeature(evidenceCode(s, t, doc));
  }
}

/** How the word is written elsewhere in the document, with the token's own position. */
function docCode(s: PreparedSentence, t: number, doc: DocumentStats): number {
  const f = s.flags[t]!;
  if ((f & F_UPPER_START) === 0) return 0;
  let uses = doc.uses.get(s.lower[t]!) ?? 0;
  uses -= useOf(s, t);
  const lowerElsewhere = (uses & (CAP_UNIT - 1)) > 0 ? 1 : 0;
  const capElsewhere = uses >= CAP_UNIT ? 1 : 0;
  const position = s.initial[t]! | (s.mode << 1);
  return 1 + lowerElsewhere + capElsewhere * 2 + position * 4;
}

/** What the tagger predicted so far in the document for each capitalised word (counts per type). */
export type PredictionHistory = Map<string, Int32Array>;

// The dynamic features, one function each: the training decoder writes them per token, the
// run-time tagger precomputes the rows of those with few possible values.
const prevFeature = (prev: number): number => mix(T.prev, prev);
const prev2Feature = (prev2: number, prev: number): number => mix(mix(T.prev2, prev2), prev);
const prevLowerFeature = (prev: number, lowerHash: number): number => mix(mix(T.prevLower, prev), lowerHash);
const prevShortFeature = (prev: number, short: number): number => mix(mix(T.prevShort, prev), short);
const histFeature = (code: number): number => mix(T.hist, code);
const histMaskFeature = (mask: number): number => mix(T.histMask, mask);

/**
 * The history code of a capitalised token (0: never seen before in the document, 5: seen only
 * outside names, else 1 + the majority type) and its type mask (-1 when never seen: no mask
 * feature then).
 */
function historyCode(counts: Int32Array | undefined): number {
  if (counts === undefined) return 0;
  let best = 0;
  let mask = 0;
  for (let k = 0; k < 4; k++) {
    if (counts[k]! > 0) mask |= 1 << k;
    if (counts[k]! > counts[best]!) best = k;
  }
  return (mask === 0 ? 5 : best + 1) | (mask << 8);
}

/** Writes the features that depend on the labels predicted so far; returns how many. */
export function dynamicFeatures(
  s: PreparedSentence,
  t: number,
  prev: number,
  prev2: number,
  history: PredictionHistory,
  out: Int32Array,
  o: number,
): number {
  out[o] = prevFeature(prev);
  out[o + 1] = prev2Feature(prev2, prev);
  out[o + 2] = prevLowerFeature(prev, s.lowerHash[t]!);
  out[o + 3] = prevShortFeature(prev, s.short[t]!);
  if ((s.flags[t]! & F_UPPER_START) === 0) return 4;
  const counts = history.get(s.lower[t]!);
  const code = historyCode(counts);
  out[o + 4] = histFeature(code & 0xff);
  if (counts === undefined) return 5;
  out[o + 5] = histMaskFeature(code >>> 8);
  return 6;
}

/** Records the label given to token t in the document's prediction history. */
export function recordPrediction(s: PreparedSentence, t: number, label: number, history: PredictionHistory): void {
  if ((s.flags[t]! & F_UPPER_START) === 0) return;
  // Headlines are tagged least reliably; only running text teaches the rest of the document.
  if (s.mode !== MODE_NORMAL) return;
  const key = s.lower[t]!;
  let counts = history.get(key);
  if (counts === undefined) {
    counts = new Int32Array(5);
    history.set(key, counts);
  }
  const type = labelType(label);
  counts[type < 0 ? 4 : type]!++;
}

/**
 * Everything Tagger.tag reads from outside its sentence, as a string: for each capitalised token,
 * how the document writes the word (docCode), what its neighbours say of it (evidenceCode) and
 * what was predicted for it so far (historyCode); other tokens read nothing outside. With the
 * sentence's words this keys a memo of the tagger's labels (perceptron.ts).
 */
export function taggingContext(s: PreparedSentence, doc: DocumentStats, history: PredictionHistory): string {
  let key = '';
  for (let t = 0; t < s.length; t++) {
    if ((s.flags[t]! & F_UPPER_START) === 0) continue;
    key += `${docCode(s, t, doc)}.${evidenceCode(s, t, doc)}.${historyCode(history.get(s.lower[t]!))} `;
  }
  return key;
}

/** Records labels found earlier for `s` in the history, as tagging it again would have. */
export function replayPredictions(s: PreparedSentence, labels: Uint8Array, history: PredictionHistory): void {
  for (let t = 0; t < s.length; t++) recordPrediction(s, t, labels[t]!, history);
}

// ---------------------------------------------------------------------------------------------
// Decoding

/**
 * The order to tag a document's sentences in: running text first, in order, then headlines
 * (Title Case, CAPS), so that a headline is read with what the article body said.
 */
export function decodingOrder(sentences: readonly PreparedSentence[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < sentences.length; i++) if (sentences[i]!.mode === MODE_NORMAL) order.push(i);
  for (let i = 0; i < sentences.length; i++) if (sentences[i]!.mode !== MODE_NORMAL) order.push(i);
  return order;
}

/** Dense weights, as trained: bucket b's LABEL_COUNT weights at values[b * LABEL_COUNT]. */
export interface LabelWeights {
  readonly mask: number;
  readonly values: Float32Array;
}

/**
 * Weights at run time: only the buckets that have weights, in 2.6 MB for the shipped model.
 * Inference is bound by random reads of this (one per feature), so the lookup is small and
 * branch-free, which lets the processor overlap the reads of many features. `index` holds two
 * int32 per 32 buckets: a bit per bucket (set if it has weights) and 1 + the number of buckets
 * with weights before those 32; a bucket's row is one read and a popcount away. Row r (from 1;
 * row 0 is all zeros, the row of every bucket without weights: adding zeros leaves a sum as it
 * was) holds rows[r * LABEL_COUNT + l], each worth Math.fround(q * scale): exactly the float32
 * the dense weights held.
 */
export interface RuntimeWeights {
  readonly mask: number;
  readonly index: Int32Array;
  readonly rows: Int16Array;
  readonly scale: number;
}

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Where the row of bucket b starts in RuntimeWeights.rows (0, the zero row, if it has none). */
function rowStart(index: Int32Array, b: number): number {
  const i = (b >>> 5) << 1;
  const bits = index[i]!;
  const at = b & 31;
  return Math.imul(index[i + 1]! + popcount(bits & ((1 << at) - 1)), (bits >>> at) & 1) * LABEL_COUNT;
}

/** Called by the decoder at each token while training; returns nothing, may update weights. */
export type Learner = (features: Int32Array, count: number, predicted: number, token: number) => void;

/** The best label given the scores: O and B-X are always allowed; I-X only after B-X or I-X. */
function chooseLabel(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = scores[0]!;
  for (let l = 1; l < 5; l++) {
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  if (prev !== 0) {
    const cont = 5 + ((prev - 1) & 3);
    if (scores[cont]! > bestScore) best = cont;
  }
  return best;
}

/**
 * Greedy left-to-right BIO decoding of one sentence with previous-label and document-history
 * features, over dense weights that `learner` may update as it goes (training). Writes labels to
 * `labels`. `featureBuffer` holds MAX_FEATURES ints; `statics` are the sentence's static features.
 * Tagger below is the same decoder for fixed run-time weights.
 */
export function decodeSentence(
  s: PreparedSentence,
  statics: Int32Array,
  weights: LabelWeights,
  history: PredictionHistory,
  labels: Uint8Array,
  featureBuffer: Int32Array,
  scores: Float64Array,
  learner?: Learner,
): void {
  const { mask, values } = weights;
  let prev = 0;
  let prev2 = 0;
  for (let t = 0; t < s.length; t++) {
    const o = t * STATIC_FEATURES;
    for (let k = 0; k < STATIC_FEATURES; k++) featureBuffer[k] = statics[o + k]!;
    const count = STATIC_FEATURES + dynamicFeatures(s, t, prev, prev2, history, featureBuffer, STATIC_FEATURES);
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = 0; k < count; k++) {
      const b = featureBuffer[k]! & mask;
      featureBuffer[k] = b;
      const base = b * LABEL_COUNT;
      s0 += values[base]!;
      s1 += values[base + 1]!;
      s2 += values[base + 2]!;
      s3 += values[base + 3]!;
      s4 += values[base + 4]!;
      s5 += values[base + 5]!;
      s6 += values[base + 6]!;
      s7 += values[base + 7]!;
      s8 += values[base + 8]!;
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    const best = chooseLabel(scores, prev);
    if (learner !== undefined) learner(featureBuffer, count, best, t);
    labels[t] = best;
    recordPrediction(s, t, best, history);
    prev2 = prev;
    prev = best;
  }
}

/**
 * How far (in score) a path may fall behind the best before Viterbi decoding drops it. Chosen on
 * CoNLL-2003 valid: with 50 the decoder finds the exact best path but for a handful of sentences
 * (valid F1 93.65 and 93.28 for two models, exact 93.65 and 93.30; 20: 93.45 and 93.13), and
 * keeps about 1.05 previous labels alive per token.
 */
export const DECODE_MARGIN = 50;

/**
 * Viterbi decoding of one sentence over dense weights, the reference for Tagger (the tests hold
 * them to the same labels): the best sequence of labels, where a token's score depends on the two
 * labels before it (prev, prev2, prevLower, prevShort) and on what the document said before the
 * sentence (the history, as it was when the sentence began). Records the labels in the history
 * afterwards; paths DECODE_MARGIN behind the best are dropped.
 *
 * Training decodes greedily (decodeSentence): the perceptron learns to rank the labels of a token
 * given the labels before it, never to compare one context with another, and the contexts after
 * a name score lower than those after O (they were seen less). A path's score therefore takes,
 * at each token, its labels' scores minus half the best score in that context: with the whole
 * score (plain Viterbi) the decoder shies from names (valid F1 of three models 93.52 / 93.30 /
 * 93.04, recall below greedy's), with none it is greedy again (92.81 / 92.92 / 92.57), with half
 * it is best (93.65 / 93.49 / 93.28; a quarter 93.55 / 93.34 / 93.24, three quarters 93.38 /
 * 93.30 / 92.97). A structured perceptron trained by Viterbi itself did worse (91.2).
 */
export function decodeViterbi(
  s: PreparedSentence,
  statics: Int32Array,
  weights: LabelWeights,
  history: PredictionHistory,
  labels: Uint8Array,
): void {
  const L = LABEL_COUNT;
  const { mask, values } = weights;
  const features = new Int32Array(MAX_FEATURES);
  const local = new Float64Array(L);
  // delta[v * L + u]: the best score of a path whose last two labels are v, u.
  let delta = new Float64Array(L * L).fill(-Infinity);
  delta[0] = 0;
  const back: Int8Array[] = [];
  for (let t = 0; t < s.length; t++) {
    const next = new Float64Array(L * L).fill(-Infinity);
    const bp = new Int8Array(L * L);
    let top = -Infinity;
    for (let u = 0; u < L; u++) {
      for (let v = 0; v < L; v++) {
        const d = delta[v * L + u]!;
        if (d === -Infinity) continue;
        for (let k = 0; k < STATIC_FEATURES; k++) features[k] = statics[t * STATIC_FEATURES + k]!;
        const count = STATIC_FEATURES + dynamicFeatures(s, t, u, v, history, features, STATIC_FEATURES);
        let m = -Infinity;
        for (let l = 0; l < L; l++) {
          local[l] = -Infinity;
          if (!labelAllowed(u, l)) continue;
          let x = 0;
          for (let k = 0; k < count; k++) x += values[(features[k]! & mask) * L + l]!;
          local[l] = x;
          if (x > m) m = x;
        }
        // Half the best score in this context comes off every label's (see above).
        const base = d - m / 2;
        for (let l = 0; l < L; l++) {
          if (local[l] === -Infinity) continue;
          const x = base + local[l]!;
          if (x > next[u * L + l]!) {
            next[u * L + l] = x;
            bp[u * L + l] = v;
          }
          if (x > top) top = x;
        }
      }
    }
    for (let k = 0; k < L * L; k++) if (next[k]! < top - DECODE_MARGIN) next[k] = -Infinity;
    delta = next;
    back.push(bp);
  }
  let bestL = 0;
  let bestU = 0;
  for (let l = 0; l < L; l++) {
    for (let u = 0; u < L; u++) if (delta[u * L + l]! > delta[bestU * L + bestL]!) [bestL, bestU] = [l, u];
  }
  let l = bestL;
  let u = bestU;
  for (let t = s.length - 1; t >= 0; t--) {
    labels[t] = l;
    const v = back[t]![u * L + l]!;
    l = u;
    u = v;
  }
  for (let t = 0; t < s.length; t++) recordPrediction(s, t, labels[t]!, history);
}

/**
 * The run-time decoder: decodeViterbi's features and choices over RuntimeWeights, with the same
 * scores, so the same labels. The scores may be added up in any order and partly in advance
 * because every addition is exact: each weight is a float32 fround(q * scale) with 1 <= |q| <=
 * 32767, so a multiple of u = the float32 ulp of scale and below 2^39 u in magnitude; a token's
 * at most MAX_FEATURES (57) weights sum to below 2^46 u, and every partial sum is a multiple of u
 * below 2^53 u, which a double holds exactly. (A bucket without weights adds zeros.) A path's
 * score adds up its tokens' scores less half the best of each (multiples of u / 2): exact too
 * for sentences of up to 64 tokens, beyond which two paths might rarely tie differently. So:
 * - a word's word features (word, affixes, shapes, ...) are summed once per word, mode and
 *   initial flag, and its features as a neighbour (previous word, next word, two before, two
 *   after) once per word and mode, in the Lexicon;
 * - the features of few values (class pair, run, document code, document evidence) and the
 *   previous-label and history features come from tables made here;
 * - only the features of a word with its neighbours (bigrams, shape trigram, class with shape,
 *   name-list phrase, run head and first word) and prevLower / prevShort are read from the
 *   weights per token; for a plain token (no list phrase, no capitalised run) the phrase and
 *   run features have one value each, so their rows come as one precomputed sum.
 */
export class Tagger {
  private sums = new Float64Array(64 * LABEL_COUNT);
  private features = new Int32Array(64 * STATIC_FEATURES);
  private readonly word = new Int32Array(STATIC_FEATURES);
  private readonly all = new Int32Array(STATIC_FEATURES);
  private readonly clsM1Rows: Float64Array;
  private readonly runRows: Float64Array;
  private readonly docRows: Float64Array;
  private readonly evidenceRows: Float64Array;
  private readonly run2Rows: Float64Array;
  private readonly boundaries: Float64Array;
  /** Rows 0 (zeros) and 1 (the sum of PLAIN_PAIR_FEATURES' rows), by plainToken. */
  private readonly plainRows: Float64Array;
  private offsets = new Int32Array(65);
  /** Where rowStarts leaves what it read, so that the reads are not optimised away. */
  touched = 0;
  private readonly zero = new Float64Array(LABEL_COUNT);
  private readonly pair = new Int32Array(2);
  private readonly prevRows: Float64Array;
  private readonly prev2Rows: Float64Array;
  private readonly histRows: Float64Array;
  private readonly histMaskRows: Float64Array;

  constructor(private readonly w: RuntimeWeights) {
    this.prevRows = new Float64Array(LABEL_COUNT * LABEL_COUNT);
    this.prev2Rows = new Float64Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
    this.histRows = new Float64Array(6 * LABEL_COUNT);
    this.histMaskRows = new Float64Array(16 * LABEL_COUNT);
    for (let p = 0; p < LABEL_COUNT; p++) {
      this.addRow(prevFeature(p), this.prevRows, p * LABEL_COUNT);
      for (let p2 = 0; p2 < LABEL_COUNT; p2++) this.addRow(prev2Feature(p2, p), this.prev2Rows, (p2 * LABEL_COUNT + p) * LABEL_COUNT);
    }
    for (let c = 0; c < 6; c++) this.addRow(histFeature(c), this.histRows, c * LABEL_COUNT);
    for (let l = 0; l < LABEL_COUNT; l++) this.startRow[l] = this.prevRows[l]! + this.prev2Rows[l]!;
    for (let m = 0; m < 16; m++) this.addRow(histMaskFeature(m), this.histMaskRows, m * LABEL_COUNT);
    this.clsM1Rows = new Float64Array(CLS_VALUES * CLS_VALUES * LABEL_COUNT);
    this.runRows = new Float64Array(MODE_TEMPLATES.length * RUN_VALUES * LABEL_COUNT);
    this.docRows = new Float64Array(DOC_VALUES * LABEL_COUNT);
    this.evidenceRows = new Float64Array(EVIDENCE_VALUES * LABEL_COUNT);
    for (let code = 0; code < EVIDENCE_VALUES; code++) this.addRow(evidenceFeature(code), this.evidenceRows, code * LABEL_COUNT);
    this.run2Rows = new Float64Array(RUN_VALUES * 4 * LABEL_COUNT);
    for (let cm1 = 0; cm1 < CLS_VALUES; cm1++) {
      for (let c = 0; c < CLS_VALUES; c++) this.addRow(clsM1Feature(cm1, c), this.clsM1Rows, (c * CLS_VALUES + cm1) * LABEL_COUNT);
    }
    for (let run = 0; run < RUN_VALUES; run++) {
      MODE_TEMPLATES.forEach((m, mode) => this.addRow(runFeature(m, run), this.runRows, (mode * RUN_VALUES + run) * LABEL_COUNT));
      for (let x = 0; x < 4; x++) this.addRow(run2Feature(run, x), this.run2Rows, (run * 4 + x) * LABEL_COUNT);
    }
    for (let code = 0; code < DOC_VALUES; code++) this.addRow(docFeature(code), this.docRows, code * LABEL_COUNT);
    this.plainRows = new Float64Array(2 * LABEL_COUNT);
    for (const f of PLAIN_PAIR_FEATURES) this.addRow(f, this.plainRows, LABEL_COUNT);
    // The sentence boundary as a neighbour, laid out like a word's Lexicon.roleSums.
    this.boundaries = new Float64Array(8 * LABEL_COUNT);
    MODE_TEMPLATES.forEach((m, mode) => {
      leftFeatures(BOUNDARY, BOUNDARY, BOUNDARY, GAZ_BOUNDARY, CLUSTER_BOUNDARY, EMBED_BOUNDARY, m, this.all, 0);
      this.sumFeatures(LEFT_FEATURE_INDICES, this.boundaries, mode * LABEL_COUNT);
      rightFeatures(BOUNDARY_END, BOUNDARY_END, 15, GAZ_BOUNDARY, CLUSTER_BOUNDARY, EMBED_BOUNDARY, m, this.all, 0);
      this.sumFeatures(RIGHT_FEATURE_INDICES, this.boundaries, (3 + mode) * LABEL_COUNT);
    });
    left2Feature(BOUNDARY, this.all, 0);
    this.sumFeatures(LEFT2_FEATURE_INDICES, this.boundaries, 6 * LABEL_COUNT);
    right2Feature(BOUNDARY_END, this.all, 0);
    this.sumFeatures(RIGHT2_FEATURE_INDICES, this.boundaries, 7 * LABEL_COUNT);
  }

  /** Sums the rows of the features all[indices] into dest[at..at + LABEL_COUNT). */
  private sumFeatures(indices: readonly number[], dest: Float64Array, at: number): void {
    const word = this.word;
    for (let k = 0; k < indices.length; k++) word[k] = this.all[indices[k]!]!;
    this.rowStarts(word, indices.length);
    this.sumRows(word, 0, indices.length, this.zero, 0, dest, at);
  }

  /** Adds the row of `feature` to out[o..o + LABEL_COUNT). */
  private addRow(feature: number, out: Float64Array, o: number): void {
    const { mask, index, rows, scale } = this.w;
    const q = rowStart(index, feature & mask);
    for (let l = 0; l < LABEL_COUNT; l++) out[o + l]! += Math.fround(rows[q + l]! * scale);
  }

  /** Sums the rows starting at starts[from..to) into sums[a..a + LABEL_COUNT), starting from init[i..]. */
  private sumRows(starts: Int32Array, from: number, to: number, init: Float64Array, i: number, sums: Float64Array, a: number): void {
    const { rows, scale } = this.w;
    let s0 = init[i]!, s1 = init[i + 1]!, s2 = init[i + 2]!, s3 = init[i + 3]!, s4 = init[i + 4]!;
    let s5 = init[i + 5]!, s6 = init[i + 6]!, s7 = init[i + 7]!, s8 = init[i + 8]!;
    for (let k = from; k < to; k++) {
      const q = starts[k]!;
      s0 += Math.fround(rows[q]! * scale);
      s1 += Math.fround(rows[q + 1]! * scale);
      s2 += Math.fround(rows[q + 2]! * scale);
      s3 += Math.fround(rows[q + 3]! * scale);
      s4 += Math.fround(rows[q + 4]! * scale);
      s5 += Math.fround(rows[q + 5]! * scale);
      s6 += Math.fround(rows[q + 6]! * scale);
      s7 += Math.fround(rows[q + 7]! * scale);
      s8 += Math.fround(rows[q + 8]! * scale);
    }
    sums[a] = s0;
    sums[a + 1] = s1;
    sums[a + 2] = s2;
    sums[a + 3] = s3;
    sums[a + 4] = s4;
    sums[a + 5] = s5;
    sums[a + 6] = s6;
    sums[a + 7] = s7;
    sums[a + 8] = s8;
  }

  /** Turns features[0..count) into row starts, in place; then reads each row once (see tag). */
  private rowStarts(features: Int32Array, count: number): void {
    const { mask, index, rows } = this.w;
    for (let k = 0; k < count; k++) features[k] = rowStart(index, features[k]! & mask);
    let touched = 0;
    for (let k = 0; k < count; k++) touched += rows[features[k]!]!;
    this.touched = touched;
  }

  /**
   * Tags one sentence, prepared with `lexicon`, writing its labels to `labels`. Per token: the
   * sum of its word and initial features, kept in the lexicon per word, mode and initial flag;
   * the rows of the few-valued features, from tables; the rows of the context features, read
   * from the weights. Inference waits mostly on memory (a random read of the index and of a
   * row per feature), so those reads are made in small loops that do nothing else, which lets
   * the processor run many at once: the context features of the whole sentence become row
   * starts, each row is touched once, and only then are the rows summed.
   */
  tag(s: PreparedSentence, doc: DocumentStats, history: PredictionHistory, labels: Uint8Array, lexicon: Lexicon): void {
    const n = s.length;
    const C = PAIR_FEATURE_INDICES.length;
    if (this.sums.length < n * LABEL_COUNT) this.sums = new Float64Array(n * 2 * LABEL_COUNT);
    if (this.features.length < n * C) this.features = new Int32Array(n * 2 * C);
    const sums = this.sums;
    const features = this.features;
    const mode = s.mode;
    const m = MODE_TEMPLATES[mode]!;
    const all = this.all;
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(n * 2 + 1);
    const offsets = this.offsets;
    let o = 0;
    offsets[0] = 0;
    for (let t = 0; t < n; t++) {
      const id = s.ids[t]!;
      const variant = mode * 2 + s.initial[t]!;
      if ((lexicon.summed[id]! & (1 << variant)) === 0) {
        wordFeatures(lexicon, id, m, all, 0);
        initialFeatures(lexicon, id, s.initial[t]!, m, all, 0);
        this.sumFeatures(WORD_FEATURE_INDICES, lexicon.sums, (id * 6 + variant) * LABEL_COUNT);
        lexicon.summed[id]! |= 1 << variant;
      }
      if ((lexicon.summed[id]! & AFTER_O_SUMMED) === 0) {
        // prevLower and prevShort after O (the usual previous label) depend on the word alone.
        const pair = this.pair;
        pair[0] = prevLowerFeature(0, lexicon.lowerHash[id]!);
        pair[1] = prevShortFeature(0, lexicon.short[id]!);
        this.rowStarts(pair, 2);
        this.sumRows(pair, 0, 2, this.zero, 0, lexicon.afterO, id * LABEL_COUNT);
        lexicon.summed[id]! |= AFTER_O_SUMMED;
      }
      const roles = lexicon.roles[id]!;
      const need = (1 << mode) | (8 << mode) | 0xc0;
      if ((roles & need) !== need) {
        const at = id * 8 * LABEL_COUNT;
        leftFeatures(lexicon.lowerHash[id]!, lexicon.short[id]!, lexicon.word[id]!, lexicon.gaz[id]!, lexicon.cluster[id]! >>> 8, lexicon.embed[id]!, m, all, 0);
        this.sumFeatures(LEFT_FEATURE_INDICES, lexicon.roleSums, at + mode * LABEL_COUNT);
        rightFeatures(lexicon.lowerHash[id]!, lexicon.short[id]!, lexicon.cls[id]!, lexicon.gaz[id]!, lexicon.cluster[id]! >>> 8, lexicon.embed[id]!, m, all, 0);
        this.sumFeatures(RIGHT_FEATURE_INDICES, lexicon.roleSums, at + (3 + mode) * LABEL_COUNT);
        left2Feature(lexicon.lowerHash[id]!, all, 0);
        this.sumFeatures(LEFT2_FEATURE_INDICES, lexicon.roleSums, at + 6 * LABEL_COUNT);
        right2Feature(lexicon.lowerHash[id]!, all, 0);
        this.sumFeatures(RIGHT2_FEATURE_INDICES, lexicon.roleSums, at + 7 * LABEL_COUNT);
        lexicon.roles[id] = roles | need;
      }
      const plain = plainToken(s, t);
      if (plain) ownPairFeatures(s, t, m, all, 0);
      else pairFeatures(s, t, m, all, 0);
      const count = plain ? OWN_PAIR_FEATURES : C;
      for (let k = 0; k < count; k++) features[o + k] = all[PAIR_FEATURE_INDICES[k]!]!;
      o += count;
      offsets[t + 1] = o;
    }
    this.rowStarts(features, o);
    const { clsM1Rows, runRows, docRows, run2Rows, evidenceRows, boundaries, plainRows } = this;
    const roleSums = lexicon.roleSums;
    const runBase = mode * RUN_VALUES;
    // Rows of the neighbours' features: from the lexicon, or the sentence boundary's.
    const left = boundaries;
    const bl1 = mode * LABEL_COUNT;
    const br1 = (3 + mode) * LABEL_COUNT;
    const bl2 = 6 * LABEL_COUNT;
    const br2 = 7 * LABEL_COUNT;
    for (let t = 0; t < n; t++) {
      const a = t * LABEL_COUNT;
      this.sumRows(features, offsets[t]!, offsets[t + 1]!, lexicon.sums, (s.ids[t]! * 6 + mode * 2 + s.initial[t]!) * LABEL_COUNT, sums, a);
      const r0 = plainToken(s, t) ? LABEL_COUNT : 0;
      const codes = smallCodes(s, t, doc);
      const run = (codes >>> 8) & 31;
      const r1 = (codes & 0xff) * LABEL_COUNT;
      const r2 = (runBase + run) * LABEL_COUNT;
      const r3 = (codes >>> 16) * LABEL_COUNT;
      const r4 = (run * 4 + ((codes >>> 13) & 3)) * LABEL_COUNT;
      const r5 = evidenceCode(s, t, doc) * LABEL_COUNT;
      const l1 = t > 0 ? roleSums : left;
      const q1 = t > 0 ? s.ids[t - 1]! * 8 * LABEL_COUNT + bl1 : bl1;
      const l2 = t > 1 ? roleSums : left;
      const q2 = t > 1 ? s.ids[t - 2]! * 8 * LABEL_COUNT + bl2 : bl2;
      const p1 = t + 1 < n ? roleSums : left;
      const q3 = t + 1 < n ? s.ids[t + 1]! * 8 * LABEL_COUNT + br1 : br1;
      const p2 = t + 2 < n ? roleSums : left;
      const q4 = t + 2 < n ? s.ids[t + 2]! * 8 * LABEL_COUNT + br2 : br2;
      for (let l = 0; l < LABEL_COUNT; l++) {
        sums[a + l] = sums[a + l]! + clsM1Rows[r1 + l]! + runRows[r2 + l]! + docRows[r3 + l]! + run2Rows[r4 + l]!
          + evidenceRows[r5 + l]! + l1[q1 + l]! + l2[q2 + l]! + p1[q3 + l]! + p2[q4 + l]! + plainRows[r0 + l]!;
      }
    }
    this.decode(s, sums, history, labels, lexicon);
  }

  /**
   * The labels of the sentence's best path (decodeViterbi, over the sums of the static features
   * in `sums`), found with as little work as greedy decoding for most tokens: while the one path
   * kept ends in O, O, only O and B-X are scored, and a path is dropped as soon as it falls
   * DECODE_MARGIN behind the best. (With one path, taking half the best score off every label
   * changes no choice, so the plain case skips it.)
   */
  private decode(s: PreparedSentence, sums: Float64Array, history: PredictionHistory, labels: Uint8Array, lexicon: Lexicon): void {
    const L = LABEL_COUNT;
    const n = s.length;
    const { prevRows, prev2Rows, histRows, histMaskRows } = this;
    if (this.back.length < n * L * L) this.back = new Int8Array(n * 2 * L * L);
    const back = this.back;
    // Paths by their last label u: count[u] paths, each with the label before (v) and a score.
    let count = this.countA;
    let before = this.beforeA;
    let score = this.scoreA;
    let nextCount = this.countB;
    let nextBefore = this.beforeB;
    let nextScore = this.scoreB;
    const dyn = this.dyn;
    const margin = DECODE_MARGIN;
    count.fill(0);
    count[0] = 1; // before the sentence: O, O
    before[0] = 0;
    score[0] = 0;
    const afterO = lexicon.afterO;
    let plain = true;
    for (let t = 0; t < n; t++) {
      const a = t * L;
      let hr3 = -1;
      let hr4 = -1;
      if ((s.flags[t]! & F_UPPER_START) !== 0) {
        const counts = history.get(s.lower[t]!);
        const code = historyCode(counts);
        hr3 = (code & 0xff) * L;
        if (counts !== undefined) hr4 = (code >>> 8) * L;
      }
      if (plain) {
        // The one path so far ends in O, O (most tokens): greedy's scores, and the labels
        // whose score comes within the margin of the best start the paths to follow.
        const q = s.ids[t]! * L;
        const startRow = this.startRow;
        let top = -Infinity;
        for (let l = 0; l < 5; l++) {
          let x = sums[a + l]! + startRow[l]! + afterO[q + l]!;
          if (hr3 >= 0) x += histRows[hr3 + l]!;
          if (hr4 >= 0) x += histMaskRows[hr4 + l]!;
          dyn[l] = x;
          if (x > top) top = x;
        }
        const floor = top - margin;
        back[a * L] = 0;
        if (dyn[0] === top && dyn[1]! < floor && dyn[2]! < floor && dyn[3]! < floor && dyn[4]! < floor) continue;
        count.fill(0);
        for (let l = 0; l < 5; l++) {
          back[a * L + l] = 0;
          if (dyn[l]! < floor) continue;
          count[l] = 1;
          before[l * L] = 0;
          score[l * L] = dyn[l]! - top;
        }
        plain = false;
        continue;
      }
      nextCount.fill(0);
      let top = -Infinity;
      for (let u = 0; u < L; u++) {
        const k = count[u]!;
        if (k === 0) continue;
        const o = u * L;
        for (let l = 0; l < L; l++) dyn[l] = sums[a + l]! + prevRows[o + l]!;
        if (hr3 >= 0) for (let l = 0; l < L; l++) dyn[l]! += histRows[hr3 + l]!;
        if (hr4 >= 0) for (let l = 0; l < L; l++) dyn[l]! += histMaskRows[hr4 + l]!;
        if (u === 0) {
          const q = s.ids[t]! * L;
          for (let l = 0; l < L; l++) dyn[l]! += afterO[q + l]!;
        } else {
          this.addRow(prevLowerFeature(u, s.lowerHash[t]!), dyn, 0);
          this.addRow(prevShortFeature(u, s.short[t]!), dyn, 0);
        }
        // O and B-X after anything; I-X only after B-X or I-X.
        const cont = u === 0 ? 0 : 5 + ((u - 1) & 3);
        const base = this.base;
        for (let j = 0; j < k; j++) {
          const r = (before[o + j]! * L + u) * L;
          let m = -Infinity;
          for (let l = 0; l < 5; l++) if (dyn[l]! + prev2Rows[r + l]! > m) m = dyn[l]! + prev2Rows[r + l]!;
          if (cont > 0 && dyn[cont]! + prev2Rows[r + cont]! > m) m = dyn[cont]! + prev2Rows[r + cont]!;
          base[j] = score[o + j]! - m / 2;
        }
        for (let l = 0; l < L; l++) {
          if (l >= 5 && l !== cont) continue;
          let best = -Infinity;
          let arg = 0;
          for (let j = 0; j < k; j++) {
            const v = before[o + j]!;
            const x = base[j]! + prev2Rows[(v * L + u) * L + l]!;
            if (x > best) {
              best = x;
              arg = v;
            }
          }
          const x = best + dyn[l]!;
          const at = l * L + nextCount[l]!++;
          nextBefore[at] = u;
          nextScore[at] = x;
          back[(a + u) * L + l] = arg;
          if (x > top) top = x;
        }
      }
      // Paths far behind the best are dropped: most tokens then keep only paths through O.
      const floor = top - margin;
      for (let l = 0; l < L; l++) {
        const k = nextCount[l]!;
        if (k === 0) continue;
        const o = l * L;
        let m = 0;
        for (let j = 0; j < k; j++) {
          if (nextScore[o + j]! < floor) continue;
          nextBefore[o + m] = nextBefore[o + j]!;
          nextScore[o + m] = nextScore[o + j]!;
          m++;
        }
        nextCount[l] = m;
      }
      plain = nextCount[0] === 1 && nextBefore[0] === 0;
      for (let l = 1; plain && l < L; l++) if (nextCount[l] !== 0) plain = false;
      const c = count;
      count = nextCount;
      nextCount = c;
      const b = before;
      before = nextBefore;
      nextBefore = b;
      const x = score;
      score = nextScore;
      nextScore = x;
    }
    let bestL = 0;
    let bestU = 0;
    let bestScore = -Infinity;
    for (let l = 0; !plain && l < L; l++) {
      for (let j = 0; j < count[l]!; j++) {
        if (score[l * L + j]! > bestScore) {
          bestScore = score[l * L + j]!;
          bestL = l;
          bestU = before[l * L + j]!;
        }
      }
    }
    let l = bestL;
    let u = bestU;
    for (let t = n - 1; t >= 0; t--) {
      labels[t] = l;
      const v = back[(t * L + u) * L + l]!;
      l = u;
      u = v;
    }
    for (let t = 0; t < n; t++) recordPrediction(s, t, labels[t]!, history);
  }
  private back = new Int8Array(64 * LABEL_COUNT * LABEL_COUNT);
  private readonly countA = new Int32Array(LABEL_COUNT);
  private readonly countB = new Int32Array(LABEL_COUNT);
  private readonly beforeA = new Int8Array(LABEL_COUNT * LABEL_COUNT);
  private readonly beforeB = new Int8Array(LABEL_COUNT * LABEL_COUNT);
  private readonly scoreA = new Float64Array(LABEL_COUNT * LABEL_COUNT);
  private readonly scoreB = new Float64Array(LABEL_COUNT * LABEL_COUNT);
  private readonly dyn = new Float64Array(LABEL_COUNT);
  private readonly base = new Float64Array(LABEL_COUNT);
  /** The rows of prev = O and prev2 = O, summed. */
  private readonly startRow = new Float64Array(LABEL_COUNT);
}


