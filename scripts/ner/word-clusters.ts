// Word clusters from unlabelled text, for the name model: words that occur between the same
// neighbours fall into one cluster, so a name the labelled data never tagged can borrow what
// the model learnt about the words it keeps company with (Ratinov & Roth 2009 use Brown
// clusters; this is the cheap version: each word's left and right neighbours as a vector,
// spherical k-means, at two granularities). Text: CoNLL-2003 train and valid tokens (never
// test) and the TimeBank + AQUAINT articles. Seeded, so the clusters are reproducible.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ConllDocument } from './conll';
import { seededRandom } from '../lib/random';
import { lowerFormHash, normaliseToken } from '../../src/core/recognize/names/features';
import { WordClusters } from '../../src/core/recognize/names/word-clusters';

/** Sentences of lower-cased words. */
type Corpus = string[][];

function fromConll(docs: readonly ConllDocument[]): Corpus {
  return docs.flatMap((d) => d.sentences.map((s) => s.words.map((w) => normaliseToken(w).toLowerCase())));
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** The text of TimeML files (tags removed), one "sentence" per line. */
function fromTimeml(dir: string): Corpus {
  const corpus: Corpus = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const file of readdirSync(join(dir, sub.name))) {
      if (!file.endsWith('.tml')) continue;
      const xml = readFileSync(join(dir, sub.name, file), 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
      const text = body.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      for (const line of text.split(/\n+/)) {
        const words = (line.match(TOKEN) ?? []).map((w) => normaliseToken(w).toLowerCase());
        if (words.length > 0) corpus.push(words);
      }
    }
  }
  return corpus;
}

export interface ClusterOptions {
  readonly minCount: number;
  readonly contextWords: number;
  readonly fine: number;
  readonly coarse: number;
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 2, contextWords: 1000, fine: 256, coarse: 32, iterations: 15, seed: 7,
};

interface SparseVector {
  readonly dims: Int32Array;
  readonly values: Float32Array;
}

/** Spherical k-means (unit vectors, cosine); returns the cluster of each vector. */
function kMeans(vectors: readonly SparseVector[], dim: number, k: number, iterations: number, random: () => number): Int32Array {
  const n = vectors.length;
  const centroids = new Float32Array(k * dim);
  // Start from k distinct random vectors.
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((v, c) => {
    const { dims, values } = vectors[v]!;
    for (let j = 0; j < dims.length; j++) centroids[c * dim + dims[j]!] = values[j]!;
  });
  const assignment = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const { dims, values } = vectors[i]!;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dim;
        let score = 0;
        for (let j = 0; j < dims.length; j++) score += centroids[base + dims[j]!]! * values[j]!;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const { dims, values } = vectors[i]!;
      const base = assignment[i]! * dim;
      for (let j = 0; j < dims.length; j++) centroids[base + dims[j]!]! += values[j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centroids[c * dim + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty cluster restarts at a random word.
        const { dims, values } = vectors[Math.floor(random() * n)]!;
        for (let j = 0; j < dims.length; j++) centroids[c * dim + dims[j]!] = values[j]!;
        continue;
      }
      for (let d = 0; d < dim; d++) centroids[c * dim + d]! /= norm;
    }
    if (moved === 0) break;
  }
  return assignment;
}

/** Clusters the words of the unlabelled text. */
export function computeWordClusters(
  conll: readonly ConllDocument[],
  timemlDir: string | null,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): WordClusters {
  const corpus = [...fromConll(conll), ...(timemlDir === null ? [] : fromTimeml(timemlDir))];
  const counts = new Map<string, number>();
  for (const s of corpus) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const context = new Map(byCount.slice(0, options.contextWords).map(([w], i) => [w, i]));
  const vocabulary = byCount.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  // Per word: counts of its left (dims 0..C) and right (C..2C, +1 for the sentence boundary) neighbours.
  const C = options.contextWords + 1;
  const rows: Map<number, number>[] = vocabulary.map(() => new Map());
  for (const s of corpus) {
    for (let t = 0; t < s.length; t++) {
      const i = index.get(s[t]!);
      if (i === undefined) continue;
      const left = t > 0 ? (context.get(s[t - 1]!) ?? -1) : C - 1;
      const right = t + 1 < s.length ? (context.get(s[t + 1]!) ?? -1) : C - 1;
      const row = rows[i]!;
      if (left >= 0) row.set(left, (row.get(left) ?? 0) + 1);
      if (right >= 0) row.set(C + right, (row.get(C + right) ?? 0) + 1);
    }
  }
  const vectors: SparseVector[] = rows.map((row) => {
    const dims = Int32Array.from(row.keys());
    const values = Float32Array.from(row.values(), (c) => Math.log1p(c));
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < values.length; j++) values[j]! /= norm;
    return { dims, values };
  });
  const random = seededRandom(options.seed);
  const fine = kMeans(vectors, 2 * C, options.fine, options.iterations, random);
  const coarse = kMeans(vectors, 2 * C, options.coarse, options.iterations, random);
  const packed = new Map<number, number>();
  vocabulary.forEach((w, i) => packed.set(lowerFormHash(w), ((fine[i]! + 1) << 8) | (coarse[i]! + 1)));
  return new WordClusters(packed);
}
