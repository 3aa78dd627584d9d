// Features of the name model, shared by training (scripts/train-ner.ts) and inference
// (perceptron.ts) so the two cannot drift apart. Every feature is an integer: a template id
// mixed with hashes of the token's parts, masked into a fixed-size table (feature hashing).
// Strings are built once per token (its lower-case form), never per feature: that is what keeps
// inference well above 200,000 tokens/s.

import { WordClass, wordClassOf } from './gazetteer';

/** Bumped whenever a feature changes meaning: a model file records the version it was trained with. */
export const FEATURE_VERSION = 3;

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
  'run doc length clsP1Short prev prev2 prevLower prevShort hist histMask',
) as Record<
  'bias' | 'word' | 'lower' | 'shape' | 'short' | 'p1' | 'p2' | 'p3' | 'p4' | 's1' | 's2' | 's3' |
  's4' | 'lowerM1' | 'lowerP1' | 'lowerM2' | 'lowerP2' | 'shortM1' | 'shortP1' | 'bigramM1' |
  'bigramP1' | 'shortTri' | 'initialShort' | 'initialLower' | 'cls' | 'clsM1' | 'clsP1' |
  'clsM1Short' | 'wordM1' | 'run' | 'doc' | 'length' | 'clsP1Short' | 'prev' | 'prev2' |
  'prevLower' | 'prevShort' | 'hist' | 'histMask',
  number
>;

export const STATIC_FEATURES = 34;
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

/** Per-token hashes and flags of one sentence, computed once and read by every feature. */
export interface PreparedSentence {
  readonly length: number;
  readonly mode: number;
  readonly lower: string[];
  readonly word: Int32Array;
  readonly lowerHash: Int32Array;
  readonly shape: Int32Array;
  readonly short: Int32Array;
  /** 8 per token: prefixes 1..4 then suffixes 1..4 of the lower-case form. */
  readonly affix: Int32Array;
  readonly cls: Uint8Array;
  readonly flags: Uint8Array;
  readonly initial: Uint8Array;
  /** Capitalised-run code per token: run length (1..4) * 4 + position (0 first, 1 inside, 2 last, 3 alone). */
  readonly run: Uint8Array;
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

/** Prepares the tokens (already normalised) of one sentence. */
export function prepareSentence(words: readonly string[]): PreparedSentence {
  const n = words.length;
  const lower: string[] = new Array<string>(n);
  const word = new Int32Array(n);
  const lowerHash = new Int32Array(n);
  const shape = new Int32Array(n);
  const short = new Int32Array(n);
  const affix = new Int32Array(n * 8);
  const cls = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const run = new Uint8Array(n);
  let letterTokens = 0;
  let capsTokens = 0;
  let lowerContent = 0;
  let seenWord = false;
  for (let t = 0; t < n; t++) {
    const w = words[t]!;
    const lw = w.toLowerCase();
    lower[t] = lw;
    word[t] = fnv(w);
    const c = wordClassOf(lw);
    cls[t] = c;
    // Lower-case form with digits folded to 0, its prefixes on the way.
    let h = FNV_OFFSET;
    const base = t * 8;
    for (let i = 0; i < lw.length; i++) {
      let ch = lw.charCodeAt(i);
      if (ch >= 0x30 && ch <= 0x39) ch = 0x30;
      h = Math.imul(h ^ ch, FNV_PRIME);
      if (i < 4) affix[base + i] = h;
    }
    lowerHash[t] = h;
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
    shape[t] = sh;
    short[t] = ss;
    flags[t] = f;
    if ((f & F_LETTER) !== 0) {
      letterTokens++;
      if ((f & F_ALL_CAPS) !== 0 && w.length > 1) capsTokens++;
      if ((f & F_LOWER_START) !== 0 && c !== WordClass.Function) lowerContent++;
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
    }
    t = e;
  }
  return { length: n, mode, lower, word, lowerHash, shape, short, affix, cls, flags, initial, run };
}

// ---------------------------------------------------------------------------------------------
// Document statistics: how a word is written elsewhere in the same article. A capitalised word
// at the start of a sentence or in a headline is a name if the article also writes it
// capitalised mid-sentence, and an ordinary word if the article also writes it in lower case.

export interface DocumentStats {
  /** lower-case form -> count of lower-case uses (anywhere) * 1 + capitalised mid-sentence uses * 65536 */
  readonly uses: Map<string, number>;
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
  for (const s of sentences) {
    for (let t = 0; t < s.length; t++) {
      const u = useOf(s, t);
      if (u !== 0) {
        const key = s.lower[t]!;
        uses.set(key, (uses.get(key) ?? 0) + u);
      }
    }
  }
  return { uses };
}

// ---------------------------------------------------------------------------------------------
// Features

/**
 * Writes the static features (those that do not depend on predicted labels) of every token of
 * `s` into `out` (STATIC_FEATURES per token), as unmasked 32-bit hashes.
 */
export function staticFeatures(s: PreparedSentence, doc: DocumentStats, out: Int32Array): void {
  const n = s.length;
  const mode = s.mode;
  // Shape features are conjoined with the sentence mode: in a headline capitals say less.
  const mShape = mix(T.shape, mode);
  const mShort = mix(T.short, mode);
  const mShortM1 = mix(T.shortM1, mode);
  const mShortP1 = mix(T.shortP1, mode);
  const mShortTri = mix(T.shortTri, mode);
  const mRun = mix(T.run, mode);
  const mInitialShort = mix(T.initialShort, mode);
  const mLength = mix(T.length, mode);
  for (let t = 0; t < n; t++) {
    const o = t * STATIC_FEATURES;
    const lw = s.lowerHash[t]!;
    const sh = s.short[t]!;
    const lm1 = t > 0 ? s.lowerHash[t - 1]! : BOUNDARY;
    const lm2 = t > 1 ? s.lowerHash[t - 2]! : BOUNDARY;
    const lp1 = t + 1 < n ? s.lowerHash[t + 1]! : BOUNDARY_END;
    const lp2 = t + 2 < n ? s.lowerHash[t + 2]! : BOUNDARY_END;
    const sm1 = t > 0 ? s.short[t - 1]! : BOUNDARY;
    const sp1 = t + 1 < n ? s.short[t + 1]! : BOUNDARY_END;
    const c = s.cls[t]!;
    const cm1 = t > 0 ? s.cls[t - 1]! : 15;
    const cp1 = t + 1 < n ? s.cls[t + 1]! : 15;
    const a = t * 8;
    out[o] = T.bias;
    out[o + 1] = mix(T.word, s.word[t]!);
    out[o + 2] = mix(T.lower, lw);
    out[o + 3] = mix(mShape, s.shape[t]!);
    out[o + 4] = mix(mShort, sh);
    out[o + 5] = mix(T.p1, s.affix[a]!);
    out[o + 6] = mix(T.p2, s.affix[a + 1]!);
    out[o + 7] = mix(T.p3, s.affix[a + 2]!);
    out[o + 8] = mix(T.p4, s.affix[a + 3]!);
    out[o + 9] = mix(T.s1, s.affix[a + 4]!);
    out[o + 10] = mix(T.s2, s.affix[a + 5]!);
    out[o + 11] = mix(T.s3, s.affix[a + 6]!);
    out[o + 12] = mix(T.s4, s.affix[a + 7]!);
    out[o + 13] = mix(T.lowerM1, lm1);
    out[o + 14] = mix(T.lowerP1, lp1);
    out[o + 15] = mix(T.lowerM2, lm2);
    out[o + 16] = mix(T.lowerP2, lp2);
    out[o + 17] = mix(mShortM1, sm1);
    out[o + 18] = mix(mShortP1, sp1);
    out[o + 19] = mix(mix(T.bigramM1, lm1), lw);
    out[o + 20] = mix(mix(T.bigramP1, lw), lp1);
    out[o + 21] = mix(mix(mix(mShortTri, sm1), sh), sp1);
    out[o + 22] = mix(mix(mInitialShort, s.initial[t]!), sh);
    out[o + 23] = s.initial[t] === 1 ? mix(T.initialLower, lw) : mix(T.initialLower, 0);
    out[o + 24] = mix(mix(T.cls, c), s.flags[t]! & (F_UPPER_START | F_ALL_CAPS));
    out[o + 25] = mix(mix(T.clsM1, cm1), c);
    out[o + 26] = mix(T.clsP1, cp1);
    out[o + 27] = mix(mix(T.clsM1Short, cm1), sh);
    out[o + 28] = mix(T.wordM1, t > 0 ? s.word[t - 1]! : BOUNDARY);
    out[o + 29] = mix(mRun, s.run[t]!);
    out[o + 30] = mix(T.doc, docCode(s, t, doc));
    out[o + 31] = mix(mLength, Math.min(s.lower[t]!.length, 12));
    out[o + 32] = mix(mix(T.clsP1Short, cp1), sh);
    out[o + 33] = mix(mix(T.run, s.run[t]!), s.initial[t]! * 2 + (s.flags[t]! & F_ALL_CAPS ? 1 : 0));
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
  out[o] = mix(T.prev, prev);
  out[o + 1] = mix(mix(T.prev2, prev2), prev);
  out[o + 2] = mix(mix(T.prevLower, prev), s.lowerHash[t]!);
  out[o + 3] = mix(mix(T.prevShort, prev), s.short[t]!);
  if ((s.flags[t]! & F_UPPER_START) === 0) return 4;
  const counts = history.get(s.lower[t]!);
  if (counts === undefined) {
    out[o + 4] = mix(T.hist, 0);
    return 5;
  }
  let best = 0;
  let mask = 0;
  for (let k = 0; k < 4; k++) {
    if (counts[k]! > 0) mask |= 1 << k;
    if (counts[k]! > counts[best]!) best = k;
  }
  // 0: never seen before in the document, 5: seen only outside names, else the majority type.
  out[o + 4] = mix(T.hist, mask === 0 ? 5 : best + 1);
  out[o + 5] = mix(T.histMask, mask);
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

/**
 * Weights by feature bucket. Dense while training (`keys` null: bucket b's weights at b * 9);
 * at run time an open-addressing table holds only the buckets that have weights (`keys[slot]`
 * is the bucket or -1, `offsets[slot]` where its row starts in `values`), so a 2^22 feature
 * space costs memory only for what the model learned.
 */
export interface LabelWeights {
  readonly mask: number;
  readonly keys: Int32Array | null;
  readonly offsets: Int32Array;
  readonly values: Float32Array;
}

/** Called by the decoder at each token while training; returns nothing, may update weights. */
export type Learner = (features: Int32Array, count: number, predicted: number, token: number) => void;

/**
 * Greedy left-to-right BIO decoding of one sentence with previous-label and document-history
 * features. Writes labels to `labels`. `featureBuffer` holds MAX_FEATURES ints; `statics` are
 * the sentence's static features.
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
  const { mask, keys, offsets, values } = weights;
  const slotMask = keys === null ? 0 : keys.length - 1;
  let prev = 0;
  let prev2 = 0;
  for (let t = 0; t < s.length; t++) {
    const o = t * STATIC_FEATURES;
    for (let k = 0; k < STATIC_FEATURES; k++) featureBuffer[k] = statics[o + k]!;
    const count = STATIC_FEATURES + dynamicFeatures(s, t, prev, prev2, history, featureBuffer, STATIC_FEATURES);
    // Nine label scores in locals: the hot loop of inference (one row read per feature).
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = 0; k < count; k++) {
      const b = featureBuffer[k]! & mask;
      featureBuffer[k] = b;
      let base: number;
      if (keys === null) {
        base = b * LABEL_COUNT;
      } else {
        // Buckets are hashes already: their low bits are a good slot.
        let slot = b & slotMask;
        for (;;) {
          const key = keys[slot]!;
          if (key === b) break;
          if (key === -1) break;
          slot = (slot + 1) & slotMask;
        }
        if (keys[slot] !== b) continue;
        base = offsets[slot]!;
      }
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
    // O and B-X are always allowed; I-X only after B-X or I-X.
    let best = 0;
    let bestScore = s0;
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
    if (learner !== undefined) learner(featureBuffer, count, best, t);
    labels[t] = best;
    recordPrediction(s, t, best, history);
    prev2 = prev;
    prev = best;
  }
}
