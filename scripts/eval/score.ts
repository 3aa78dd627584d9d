// The scorer behind `npm run eval`: everything is a character span in one document's text, and
// what the pipeline returns is compared with the gold spans of that document.
//
// Names: the CoNLL-2003 measure on character spans — a name counts only when its start, end and
// type all match a gold name; precision, recall and F1 per type and micro-averaged over
// PER, ORG, LOC and MISC.
//
// Dates: the TempEval-3 Task A measure for temporal expressions (UzZaman et al. 2013), with the
// definitions of scripts/timeml/score.ts: gold and system expressions are paired one to one by
// overlap (relaxed extent); strict extent counts the pairs with the same offsets; type and value
// are judged on the relaxed pairs, so value F1 = F1 over the pairs whose value is right.

export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface CharSpan {
  readonly start: number;
  readonly end: number;
}

export interface TypedSpan extends CharSpan {
  readonly type: string;
}

export interface TimexSpan extends TypedSpan {
  readonly value: string;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface NameCounts {
  tp: number;
  fp: number;
  fn: number;
}

export type NameScore = Prf & NameCounts;

function prf(correct: number, system: number, gold: number): Prf {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** What one document's names got wrong: the gold names missed and the system names not in gold. */
export interface NameErrors<S extends TypedSpan> {
  readonly missed: readonly S[];
  readonly spurious: readonly S[];
}

/** Exact-match name scoring over documents, per type and micro-averaged. */
export class NameScorer {
  private readonly counts = new Map<string, NameCounts>(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  /** Adds one document; returns its errors. A name of a type outside the four still counts against precision. */
  addDocument<S extends TypedSpan>(gold: readonly S[], system: readonly S[]): NameErrors<S> {
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const systemKeys = new Set(system.map(key));
    const missed: S[] = [];
    const spurious: S[] = [];
    for (const s of system) {
      const hit = goldKeys.has(key(s));
      this.of(s.type)[hit ? 'tp' : 'fp']++;
      if (!hit) spurious.push(s);
    }
    for (const g of gold) {
      if (systemKeys.has(key(g))) continue;
      this.of(g.type).fn++;
      missed.push(g);
    }
    return { missed, spurious };
  }

  private of(type: string): NameCounts {
    let c = this.counts.get(type);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  /** The score of one type, or micro-averaged over every type seen when `type` is omitted. */
  score(type?: string): NameScore {
    const total: NameCounts = { tp: 0, fp: 0, fn: 0 };
    for (const [t, c] of this.counts) {
      if (type !== undefined && t !== type) continue;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return { ...prf(total.tp, total.tp + total.fp, total.tp + total.fn), ...total };
  }
}

export interface TimexPair<G extends TimexSpan, S extends TimexSpan> {
  readonly gold: G;
  readonly system: S;
}

/**
 * Pairs gold and system expressions one to one by overlap: each gold expression, in order,
 * takes the unpaired system expression that overlaps it most (the earliest on a tie).
 */
export function pairByOverlap<G extends TimexSpan, S extends TimexSpan>(gold: readonly G[], system: readonly S[]): TimexPair<G, S>[] {
  const used = new Set<number>();
  const pairs: TimexPair<G, S>[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, system: system[best]! });
    }
  }
  return pairs;
}

export interface DateScore {
  readonly documents: number;
  readonly gold: number;
  readonly system: number;
  readonly relaxed: Prf;
  readonly strict: Prf;
  readonly value: Prf;
  /** Share of the relaxed pairs whose type is right. */
  readonly typeAccuracy: number;
  /** Share of the relaxed pairs whose value is right. */
  readonly valueAccuracy: number;
}

/** TempEval-3 scoring of temporal expressions over documents. */
export class DateScorer {
  private documents = 0;
  private gold = 0;
  private system = 0;
  private relaxed = 0;
  private strict = 0;
  private typeRight = 0;
  private valueRight = 0;

  /** Adds one document; returns its relaxed pairs (what was not paired was missed or spurious). */
  addDocument<G extends TimexSpan, S extends TimexSpan>(gold: readonly G[], system: readonly S[]): TimexPair<G, S>[] {
    const pairs = pairByOverlap(gold, system);
    this.documents++;
    this.gold += gold.length;
    this.system += system.length;
    this.relaxed += pairs.length;
    for (const { gold: g, system: s } of pairs) {
      if (g.start === s.start && g.end === s.end) this.strict++;
      if (g.type === s.type) this.typeRight++;
      if (g.value === s.value) this.valueRight++;
    }
    return pairs;
  }

  score(): DateScore {
    return {
      documents: this.documents,
      gold: this.gold,
      system: this.system,
      relaxed: prf(this.relaxed, this.system, this.gold),
      strict: prf(this.strict, this.system, this.gold),
      value: prf(this.valueRight, this.system, this.gold),
      typeAccuracy: this.relaxed === 0 ? 0 : this.typeRight / this.relaxed,
      valueAccuracy: this.relaxed === 0 ? 0 : this.valueRight / this.relaxed,
    };
  }
}
