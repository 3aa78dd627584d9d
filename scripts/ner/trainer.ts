// Averaged-perceptron training of the name model over CoNLL documents. Uses the decoder and
// features of the core (src/core/recognize/names/features.ts), so training and inference see
// exactly the same features. Previous labels come from the model's own predictions (as at run
// time); when a prediction makes the gold label impossible (I-X after O), the target becomes
// B-X, the best move from where the tagger actually is.

import type { ConllDocument } from './conll';
import {
  LABEL_COUNT, MAX_FEATURES, STATIC_FEATURES, decodeSentence, decodingOrder, documentStats, labelAllowed,
  normaliseToken, prepareSentence, staticFeatures, type LabelWeights, type PredictionHistory,
  type PreparedSentence, type WordResources, NO_RESOURCES,
} from '../../src/core/recognize/names/features';
import { WordClass, wordClassOf } from '../../src/core/recognize/names/gazetteer';


const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/** A sentence ready for training: prepared tokens, static features, gold labels. */
export interface TrainingSentence {
  readonly prepared: PreparedSentence;
  readonly statics: Int32Array;
  readonly gold: Uint8Array;
}

export interface TrainingDocument {
  readonly sentences: readonly TrainingSentence[];
}

export { seededRandom } from '../lib/random';

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function goldLabels(length: number, spans: ConllDocument['sentences'][number]['spans']): Uint8Array {
  const gold = new Uint8Array(length);
  for (const s of spans) {
    const type = TYPE_INDEX[s.type]!;
    gold[s.start] = 1 + type;
    for (let t = s.start + 1; t < s.end; t++) gold[t] = 5 + type;
  }
  return gold;
}

function titleCase(word: string, first: boolean): string {
  if (!/^\p{Ll}/u.test(word)) return word;
  if (!first && wordClassOf(word) === WordClass.Function) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface AugmentOptions {
  /** Per document, how many sentences get a Title Case copy placed before the document (a headline). */
  readonly titleCopies: number;
  /** Per document, how many sentences get an ALL CAPS copy. */
  readonly capsCopies: number;
}

/**
 * Turns CoNLL documents into training documents. Headline copies teach the Title Case and
 * CAPS modes on ordinary sentences (CoNLL's own capitalised lines are mostly sports tables).
 */
export function prepareDocuments(
  docs: readonly ConllDocument[],
  augment: AugmentOptions | null,
  random: () => number,
  resources: WordResources = NO_RESOURCES,
): TrainingDocument[] {
  return docs.map((doc) => {
    const raw = doc.sentences.map((s) => ({ words: s.words.map(normaliseToken), gold: goldLabels(s.words.length, s.spans) }));
    const headlines: typeof raw = [];
    if (augment !== null) {
      const candidates = raw.filter((s) => s.words.length >= 6 && s.words.length <= 30 && s.words.some((w) => /^\p{Ll}/u.test(w)));
      shuffle(candidates, random);
      let k = 0;
      for (let i = 0; i < augment.titleCopies && k < candidates.length; i++, k++) {
        const c = candidates[k]!;
        headlines.push({ words: c.words.map((w, j) => titleCase(w, j === 0)), gold: c.gold });
      }
      for (let i = 0; i < augment.capsCopies && k < candidates.length; i++, k++) {
        const c = candidates[k]!;
        headlines.push({ words: c.words.map((w) => w.toUpperCase()), gold: c.gold });
      }
    }
    const all = [...headlines, ...raw];
    const prepared = all.map((s) => prepareSentence(s.words, undefined, undefined, resources));
    const stats = documentStats(prepared);
    return {
      sentences: prepared.map((p, i) => {
        const statics = new Int32Array(p.length * STATIC_FEATURES);
        staticFeatures(p, stats, statics);
        return { prepared: p, statics, gold: all[i]!.gold };
      }),
    };
  });
}

/** Static features that name the word itself (features.ts: word, lower, bigrams, initialLower). */
const WORD_IDENTITY_FEATURES = [1, 2, 19, 20, 23];
/** What a hidden feature becomes (one bucket per template). */
const DROPPED = 0x5bd1e995;

/** Dense averaged perceptron over 2^hashBits feature buckets. */
export class PerceptronTrainer {
  readonly size: number;
  readonly weights: Float32Array;
  private readonly accumulated: Float64Array;
  private instances = 1;
  private readonly featureBuffer = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(LABEL_COUNT);
  private labels = new Uint8Array(256);

  constructor(readonly hashBits: number) {
    this.size = 1 << hashBits;
    this.weights = new Float32Array(this.size * LABEL_COUNT);
    this.accumulated = new Float64Array(this.size * LABEL_COUNT);
  }

  private get live(): LabelWeights {
    return { mask: this.size - 1, values: this.weights };
  }

  /**
   * One pass over the documents in the given order; returns the number of token errors. With
   * `dropout`, each token's word-identity features are hidden at that rate (a fresh draw per
   * epoch), so that the model also learns to tag a word from its shape, lists and context, as
   * it must for the names it has never seen.
   */
  epoch(docs: readonly TrainingDocument[], dropout?: { readonly rate: number; readonly random: () => number }): number {
    let errors = 0;
    const w = this.weights;
    const acc = this.accumulated;
    for (const doc of docs) {
      const history: PredictionHistory = new Map();
      for (const i of decodingOrder(doc.sentences.map((x) => x.prepared))) {
        const s = doc.sentences[i]!;
        if (this.labels.length < s.prepared.length) this.labels = new Uint8Array(s.prepared.length * 2);
        let statics = s.statics;
        if (dropout !== undefined && dropout.rate > 0) {
          statics = statics.slice();
          for (let t = 0; t < s.prepared.length; t++) {
            if (dropout.random() >= dropout.rate) continue;
            for (const k of WORD_IDENTITY_FEATURES) statics[t * STATIC_FEATURES + k] = DROPPED + k;
          }
        }
        const labels = this.labels;
        const gold = s.gold;
        const learner = (features: Int32Array, count: number, predicted: number, t: number): void => {
          const prev = t > 0 ? labels[t - 1]! : 0;
          let target = gold[t]!;
          if (!labelAllowed(prev, target)) target -= 4; // I-X after a wrong label: B-X
          const c = this.instances++;
          if (target === predicted) return;
          errors++;
          for (let k = 0; k < count; k++) {
            const base = features[k]! * LABEL_COUNT;
            w[base + target]! += 1;
            acc[base + target]! += c;
            w[base + predicted]! -= 1;
            acc[base + predicted]! -= c;
          }
        };
        decodeSentence(s.prepared, statics, this.live, history, labels, this.featureBuffer, this.scores, learner);
      }
    }
    return errors;
  }

  /** The averaged weights (w - accumulated / instances). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const c = this.instances;
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i]! - this.accumulated[i]! / c;
    return out;
  }
}
