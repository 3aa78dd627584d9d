// Exact-match span scoring (span and type must both match), per type and micro-averaged over
// PER, ORG, LOC and MISC: the CoNLL-2003 measure.

import type { NameType } from './conll';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly counts: Counts;
}

export interface Span3 {
  readonly start: number;
  readonly end: number;
  readonly type: NameType | string;
}

export const SCORED_TYPES: readonly NameType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Accumulates counts over many (gold, predicted) pairs of one unit (sentence or document). */
export class SpanScorer {
  readonly byType = new Map<string, Counts>(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(gold: readonly Span3[], predicted: readonly Span3[]): void {
    const key = (s: Span3): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predicted) this.counts(p.type)[goldKeys.has(key(p)) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predKeys.has(key(g))) this.counts(g.type).fn++;
  }

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  /** Scores of one type, or micro-averaged over all types when `type` is omitted. */
  scores(type?: string): Scores {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [t, c] of this.byType) {
      if (type !== undefined && t !== type) continue;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    const precision = total.tp + total.fp === 0 ? 0 : total.tp / (total.tp + total.fp);
    const recall = total.tp + total.fn === 0 ? 0 : total.tp / (total.tp + total.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, counts: total };
  }

  /** A small table: one line per type and one for all, P/R/F1 in percent. */
  report(title: string): string {
    const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
    const lines = [`${title}\n  type    P      R      F1     (tp/fp/fn)`];
    for (const t of [...SCORED_TYPES, undefined]) {
      const s = this.scores(t);
      lines.push(`  ${(t ?? 'ALL').padEnd(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${s.counts.tp}/${s.counts.fp}/${s.counts.fn})`);
    }
    return lines.join('\n');
  }
}
