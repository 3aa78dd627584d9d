// Word clusters for the name model, computed from unlabelled text by scripts/ner/word-clusters.ts
// and kept in the model file: per word (its lower-case hash, features.ts lowerFormHash), a fine
// and a coarse cluster. A word the clusters do not know has cluster 0.

export class WordClusters {
  static readonly empty = new WordClusters(new Map());

  /** lower-case hash -> (fine cluster + 1) << 8 | (coarse cluster + 1). */
  constructor(readonly entries: ReadonlyMap<number, number>) {}

  get size(): number {
    return this.entries.size;
  }

  /** The packed clusters of a word (0 if unknown). */
  of(lowerHash: number): number {
    return this.entries.get(lowerHash) ?? 0;
  }
}

/** Clusters of the embedding tree at the top level, and how each is split below (see EmbeddingClusters). */
export const EMBEDDING_COARSE = 32;
export const EMBEDDING_MID_SPLIT = 8;
export const EMBEDDING_FINE_SPLIT = 4;

/**
 * Word clusters from word embeddings (scripts/ner/glove-clusters.ts): per word (its lower-case
 * hash), its leaf in a cluster tree of EMBEDDING_COARSE * EMBEDDING_MID_SPLIT *
 * EMBEDDING_FINE_SPLIT leaves, numbered so that a leaf's parents are prefixes of its number.
 * Kept as sorted arrays (looked up by binary search, once per new word of the Lexicon), so that
 * a model with a few hundred thousand words loads at once.
 */
export class EmbeddingClusters {
  static readonly empty = new EmbeddingClusters(new Uint32Array(0), new Uint16Array(0));

  /** keys: lower-case hashes (unsigned) in increasing order; leaves: leaf + 1 of each. */
  constructor(readonly keys: Uint32Array, readonly leaves: Uint16Array) {
    if (keys.length !== leaves.length) throw new Error('embedding clusters: keys and leaves differ in length');
  }

  static fromPairs(pairs: readonly (readonly [number, number])[]): EmbeddingClusters {
    const sorted = pairs.map(([h, leaf]) => [h >>> 0, leaf] as const).sort((a, b) => a[0] - b[0]);
    return new EmbeddingClusters(Uint32Array.from(sorted, (p) => p[0]), Uint16Array.from(sorted, (p) => p[1] + 1));
  }

  get size(): number {
    return this.keys.length;
  }

  /** leaf + 1 of a word's lower-case hash, 0 if the word has no vector. */
  of(lowerHash: number): number {
    const key = lowerHash >>> 0;
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return this.leaves[mid]!;
    }
    return 0;
  }
}
