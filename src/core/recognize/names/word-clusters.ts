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
