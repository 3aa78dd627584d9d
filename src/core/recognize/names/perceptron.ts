// The trained name recogniser: an averaged perceptron over hashed features (features.ts),
// decoded by Viterbi over BIO labels sentence by sentence, with the article as its document (how a
// word is written elsewhere, and what it was tagged earlier, are features). Trained by
// scripts/train-ner.ts on CoNLL-2003; the weights come in as bytes so the core stays free of I/O.

import type { EntityType, NameRecognizer, NameSpan, RecognitionInput, Token } from '../../model';
import {
  FEATURE_VERSION, LABEL_COUNT, LABELS, Lexicon, TYPE_NAMES, Tagger,
  decodingOrder, documentStats, labelType, normaliseToken, prepareSentence, replayPredictions,
  SentenceArena, taggingContext, type PredictionHistory, type PreparedSentence,
} from './features';
import { parseNameModel } from './model-file';

/** Creates a recogniser from the bytes of models/ner-en.bin (parsed once, here). */
export function createPerceptronNameRecognizer(model: Uint8Array): NameRecognizer {
  const parsed = parseNameModel(model);
  if (parsed.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `name model: trained with feature version ${parsed.featureVersion}, this build reads ${FEATURE_VERSION}; retrain with npm run train:ner`,
    );
  }
  if (parsed.labels.length !== LABEL_COUNT || parsed.labels.some((l, i) => l !== LABELS[i])) {
    throw new Error(`name model: unexpected labels ${parsed.labels.join(',')}`);
  }
  const tagger = new Tagger(parsed.weights);
  const lexicon = new Lexicon({ lists: parsed.lists, clusters: parsed.clusters, embeddings: parsed.embeddings });
  return {
    id: 'perceptron-ner-en',
    recognize: (input) => recognizeNames(input, tagger, lexicon),
  };
}

interface SentenceTokens {
  /** Index of the sentence's first token in the input's tokens. */
  readonly first: number;
  readonly prepared: PreparedSentence;
  /** The words, joined: with taggingContext, the key of the sentence's labels in a memo. */
  readonly words: string;
}

function recognizeNames(input: RecognitionInput, tagger: Tagger, lexicon: Lexicon): NameSpan[] {
  const { text, tokens, sentences, memo } = input;
  lexicon.trim();
  const prepared: SentenceTokens[] = [];
  // Tokens are in text order; each sentence takes the tokens that start inside it.
  const ranges: number[] = [];
  let total = 0;
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < sentence.end) k++;
    if (k === first) continue;
    ranges.push(first, k);
    total += k - first;
  }
  const arena = new SentenceArena(total, true);
  for (let r = 0; r < ranges.length; r += 2) {
    const first = ranges[r]!;
    const words = new Array<string>(ranges[r + 1]! - first);
    for (let t = 0; t < words.length; t++) words[t] = normaliseToken(text.slice(tokens[first + t]!.start, tokens[first + t]!.end));
    prepared.push({ first, prepared: prepareSentence(words, lexicon, arena), words: memo ? words.join('\u0000') : '' });
  }
  const doc = documentStats(prepared.map((s) => s.prepared));
  const history: PredictionHistory = new Map();
  let labels = new Uint8Array(64);
  const names: NameSpan[] = [];
  for (const i of decodingOrder(prepared.map((x) => x.prepared))) {
    const { first, prepared: s, words } = prepared[i]!;
    if (labels.length < s.length) labels = new Uint8Array(s.length * 2);
    // The memo's key holds all the tagger reads: the words and the document context.
    const key = memo ? `${words}\u0001${taggingContext(s, doc, history)}` : '';
    const known = memo?.names.get(key);
    if (known !== undefined) {
      labels.set(known);
      replayPredictions(s, known, history);
    } else {
      tagger.tag(s, doc, history, labels, lexicon);
      memo?.names.set(key, labels.slice(0, s.length));
    }
    collectSpans(tokens, first, labels, s.length, names);
  }
  // Headlines were tagged last; callers expect text order.
  return names.sort((a, b) => a.start - b.start);
}

/** Turns the BIO labels of tokens[first..first + n) into name spans (the decoder never emits I-X without B-X/I-X before it). */
function collectSpans(tokens: readonly Token[], first: number, labels: Uint8Array, n: number, out: NameSpan[]): void {
  let start = -1;
  let type = -1;
  for (let t = 0; t <= n; t++) {
    const label = t < n ? labels[t]! : 0;
    const lt = labelType(label);
    const continues = label >= 5 && lt === type;
    if (start >= 0 && !continues) {
      out.push({ start: tokens[first + start]!.start, end: tokens[first + t - 1]!.end, type: TYPE_NAMES[type] as EntityType });
      start = -1;
      type = -1;
    }
    if (label !== 0 && !continues) {
      start = t;
      type = lt;
    }
  }
}
