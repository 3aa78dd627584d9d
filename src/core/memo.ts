// What one analysis of an article leaves for the next analysis of the same article: the
// keystroke path. A keystroke changes one sentence; the costly per-sentence stages (dates,
// name tagging, figures) look their results up here by everything they read, so the other
// sentences cost a lookup. A memo is an exact cache: a result is found only under the very
// inputs that made it, so an analysis with a memo equals one without (test/unit/pipeline).

import type { SentenceDates } from './recognize/dates';
import type { Draft } from './recognize/figures/parse';

/**
 * Results by key, kept across analyses of one article. Each analysis keeps what it used (or
 * made) and lets the rest go when it ends, so a memo holds about one article's worth.
 */
export class SentenceMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    const kept = this.current.get(key);
    if (kept !== undefined) return kept;
    const value = this.previous.get(key);
    if (value !== undefined) this.current.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** Ends an analysis: what it did not touch is dropped. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.previous.size + this.current.size;
  }
}

/** The memos of one article, one per stage. */
export class AnalysisMemo {
  /** Per sentence: the dates it holds, found without the rest of the article (dates/index.ts). */
  readonly dates = new SentenceMemo<SentenceDates>();
  /** Per sentence and document context: the name tagger's labels (names/perceptron.ts). */
  readonly names = new SentenceMemo<Uint8Array>();
  /** Per sentence and the dates in it: the figures found there (figures/find.ts). */
  readonly figures = new SentenceMemo<readonly Draft[]>();

  settle(): void {
    this.dates.settle();
    this.names.settle();
    this.figures.settle();
  }
}
