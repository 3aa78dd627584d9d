// TempEval-3 Task A scoring for temporal expressions: extents matched relaxed (any overlap,
// one-to-one) and strict (same offsets); type and value judged on the relaxed matches, with
// value F1 counting only matches whose value is right (UzZaman et al. 2013).

import type { DateMention } from '../../src/core/model';
import type { GoldTimex } from './read-timeml';

export interface Counts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface Scores {
  readonly documents: number;
  readonly gold: number;
  readonly system: number;
  readonly relaxed: Prf;
  readonly strict: Prf;
  /** Share of relaxed matches with the right type. */
  readonly typeAccuracy: number;
  readonly type: Prf;
  readonly value: Prf;
}

export interface Prf { readonly precision: number; readonly recall: number; readonly f1: number }

export interface Pair { readonly gold: GoldTimex; readonly system: DateMention }

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, typeCorrect: 0, valueCorrect: 0 };
}

/** Pairs gold and system expressions one-to-one by overlap (the earliest overlapping unpaired system span). */
export function matchRelaxed(gold: readonly GoldTimex[], system: readonly DateMention[]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, system: system[best]! });
    }
  }
  return pairs;
}

export function countDocument(counts: Counts, gold: readonly GoldTimex[], system: readonly DateMention[]): Pair[] {
  const pairs = matchRelaxed(gold, system);
  counts.gold += gold.length;
  counts.system += system.length;
  counts.relaxed += pairs.length;
  for (const { gold: g, system: s } of pairs) {
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (g.type === s.type) counts.typeCorrect++;
    if (g.value === s.value) counts.valueCorrect++;
  }
  return pairs;
}

function prf(correct: number, system: number, gold: number): Prf {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scores(c: Counts, documents: number): Scores {
  return {
    documents, gold: c.gold, system: c.system,
    relaxed: prf(c.relaxed, c.system, c.gold),
    strict: prf(c.strict, c.system, c.gold),
    typeAccuracy: c.relaxed ? c.typeCorrect / c.relaxed : 0,
    type: prf(c.typeCorrect, c.system, c.gold),
    value: prf(c.valueCorrect, c.system, c.gold),
  };
}
