// The trained name recogniser on sentences written for this project about recent news, with
// the things it must not call names listed as carefully as the names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityType, NameRecognizer, RecognitionInput, Span } from '../../../src/core/model';
import { tokenize } from '../../../src/core/text/tokens';
import { createPerceptronNameRecognizer } from '../../../src/core/recognize/names/perceptron';
import {
  FEATURE_VERSION, LABEL_COUNT, LABELS, Lexicon, STATIC_FEATURES, Tagger, decodeViterbi, decodingOrder,
  documentStats, lowerFormHash, normaliseToken, prepareSentence, staticFeatures, type PredictionHistory,
} from '../../../src/core/recognize/names/features';
import { ListCategory, NameLists, phraseKey } from '../../../src/core/recognize/names/name-lists';
import { EmbeddingClusters, WordClusters } from '../../../src/core/recognize/names/word-clusters';
import { parseNameModel, serializeNameModel } from '../../../src/core/recognize/names/model-file';
import { seededRandom } from '../../../scripts/ner/trainer';
import { loadNameRecognizer } from '../../../src/host/models';

const recognizer: NameRecognizer = loadNameRecognizer();

/** An article from sentences (joined by one space), each sentence its own span. */
function article(...sentences: string[]): RecognitionInput {
  const spans: Span[] = [];
  let text = '';
  for (const s of sentences) {
    if (text !== '') text += s.startsWith('\n') ? '' : ' ';
    spans.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, maskedText: text, sentences: spans, tokens: tokenize(text) };
}

function names(input: RecognitionInput): string[] {
  return recognizer.recognize(input).map((n) => `${input.text.slice(n.start, n.end)}/${n.type}`);
}

// [sentence(s), names that must be found with exactly this span and type]
const HITS: ReadonlyArray<readonly [readonly string[], ReadonlyArray<readonly [string, EntityType]>]> = [
  [['Colombian President Gustavo Petro accused Washington of murder after a strike on a fishing boat.'],
    [['Gustavo Petro', 'PER'], ['Washington', 'LOC'], ['Colombian', 'MISC']]],
  [['Defense Secretary Pete Hegseth said the strikes in the Caribbean would continue.'],
    [['Pete Hegseth', 'PER']]],
  [['The Federal Emergency Management Agency sent teams to Jamaica after the hurricane.'],
    [['Federal Emergency Management Agency', 'ORG'], ['Jamaica', 'LOC']]],
  [['The U.S. military has carried out more than 20 strikes on boats near Venezuela since September.'],
    [['U.S.', 'LOC'], ['Venezuela', 'LOC']]],
  [['Venezuelan leader Nicolás Maduro called the naval deployment a threat to the region.'],
    [['Nicolás Maduro', 'PER'], ['Venezuelan', 'MISC']]],
  [['Sen. Lindsey Graham and Gov. Gavin Newsom spoke at the White House on Monday.'],
    [['Lindsey Graham', 'PER'], ['Gavin Newsom', 'PER']]],
  [['Microsoft Corp. and the European Commission reached an agreement in Brussels.'],
    [['Microsoft Corp.', 'ORG'], ['European Commission', 'ORG'], ['Brussels', 'LOC']]],
  [['The Department of Homeland Security said the Coast Guard had stopped the vessel.'],
    [['Department of Homeland Security', 'ORG'], ['Coast Guard', 'ORG']]],
  // The article as context: the possessive mention is the person named earlier.
  [['Colombian President Gustavo Petro condemned the attack.', "Petro's office said the crew were fishermen."],
    [['Gustavo Petro', 'PER'], ['Petro', 'PER']]],
  // An ALL CAPS headline read with its article.
  [['PETRO CONDEMNS U.S. STRIKES OFF VENEZUELA\n', 'Colombian President Gustavo Petro condemned U.S. strikes off Venezuela on Wednesday.'],
    [['PETRO', 'PER'], ['VENEZUELA', 'LOC'], ['Gustavo Petro', 'PER'], ['Venezuela', 'LOC']]],
];

// Capitalised words that are not names, at the start of a sentence, in a headline, or as titles.
const FALSE_POSITIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Officials said the boat was carrying drugs.', ['Officials']],
  ['Tuesday was the deadline set by the ministry.', ['Tuesday']],
  ['The strikes began in September and continued through November.', ['The', 'September', 'November']],
  ['March brought more protests, and April brought more arrests.', ['March', 'April']],
  ['Analysts expect the talks to fail, Reuters reported.', ['Analysts']],
  ['Defense Secretary Pete Hegseth said the strikes would continue.', ['Defense Secretary', 'Secretary', 'Defense Secretary Pete Hegseth']],
  ['President Gustavo Petro spoke on Sunday.', ['President', 'President Gustavo Petro', 'Sunday']],
  ['However, the agency declined to comment.', ['However']],
];

test('finds people, organisations and places in recent-news sentences with exact spans', () => {
  for (const [sentences, expected] of HITS) {
    const input = article(...sentences);
    const found = names(input);
    for (const [name, type] of expected) {
      assert.ok(found.includes(`${name}/${type}`), `${name}/${type} in ${JSON.stringify(sentences)}; found ${found.join(', ')}`);
    }
  }
});

test('ordinary capitalised words are not names', () => {
  for (const [sentence, notNames] of FALSE_POSITIVES) {
    const found = names(article(sentence)).map((n) => n.slice(0, n.lastIndexOf('/')));
    for (const word of notNames) assert.ok(!found.includes(word), `"${word}" is not a name in "${sentence}"; found ${found.join(', ')}`);
  }
});

test('span offsets point into the original text, also where the text has curly apostrophes', () => {
  const input = article('Colombian President Gustavo Petro’s government recalled its ambassador from Washington.');
  const spans = recognizer.recognize(input);
  const petro = spans.find((s) => input.text.slice(s.start, s.end) === 'Gustavo Petro');
  assert.deepEqual(petro, { start: 20, end: 33, type: 'PER' });
});

test('tokens outside every sentence are not read; names come back in text order', () => {
  const text = 'Petro spoke. Hegseth replied. Maduro waited.';
  const tokens = tokenize(text);
  const input: RecognitionInput = { text, maskedText: text, sentences: [{ start: 13, end: 29 }], tokens };
  const found = recognizer.recognize(input);
  assert.ok(found.every((n) => n.start >= 13 && n.end <= 29), JSON.stringify(found));
  const two = article('Maduro waited in Caracas.', 'Hegseth flew to Puerto Rico.');
  const starts = recognizer.recognize(two).map((n) => n.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('a corrupt or foreign model file is refused with a clear error', () => {
  assert.throws(() => createPerceptronNameRecognizer(new Uint8Array(10)), /too short/);
  assert.throws(() => createPerceptronNameRecognizer(new TextEncoder().encode('PK\u0003\u0004 not a model at all')), /bad magic/);
});

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.constantFrom('Petro', 'U.S.', 'The', 'SAID', '’s', "'s", 'Bank', 'of', ',', '.', '\n', ' ', '👍', 'Ñ'), { maxLength: 40 }).map((a) => a.join(' ')),
);

test('never throws on arbitrary Unicode; spans are inside the text, non-empty and non-overlapping', () => {
  fc.assert(
    fc.property(anyText, fc.integer({ min: 1, max: 5 }), (text, pieces) => {
      // Split the text into a few arbitrary sentences.
      const sentences: Span[] = [];
      const step = Math.ceil(text.length / pieces) || 1;
      for (let s = 0; s < text.length; s += step) sentences.push({ start: s, end: Math.min(text.length, s + step) });
      const spans = recognizer.recognize({ text, maskedText: text, sentences, tokens: tokenize(text) });
      let last = 0;
      for (const n of spans) {
        assert.ok(n.start >= last && n.end > n.start && n.end <= text.length, JSON.stringify(n));
        assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(n.type));
        last = n.end;
      }
    }),
    { numRuns: 300 },
  );
});

// Weights of two sizes: small ones keep every path within DECODE_MARGIN of the best, large ones
// make the tagger drop paths, as the shipped model's do.
for (const size of [6, 60]) test(`the run-time tagger labels exactly as the reference Viterbi decoder does on the same weights (weights up to ${size / 2})`, () => {
  // A small random model, quantised as shipped; the dense weights are what the file holds.
  const bits = 12;
  const random = seededRandom(11);
  const trained = new Float32Array((1 << bits) * LABEL_COUNT).map(() => (random() < 0.4 ? (random() - 0.5) * size : 0));
  // Name lists and clusters, so that their features are compared too (a list phrase of two words).
  const key = (...words: string[]): number => phraseKey(words.map(lowerFormHash));
  const lists = new NameLists(new Map([
    [key('petro'), ListCategory.Surname], [key('caracas'), ListCategory.City | ListCategory.Surname],
    [key('bank', 'of', 'caracas'), ListCategory.Organisation], [key('colombian', 'president'), ListCategory.Person],
  ]));
  const clusters = new WordClusters(new Map([[lowerFormHash('petro'), (3 << 8) | 2], [lowerFormHash('said'), (9 << 8) | 1], [lowerFormHash('the'), (1 << 8) | 1]]));
  const embeddings = EmbeddingClusters.fromPairs([[lowerFormHash('petro'), 900], [lowerFormHash('caracas'), 131], [lowerFormHash('monday'), 2], [lowerFormHash('bank'), 130]]);
  const model = parseNameModel(serializeNameModel(trained, bits, LABELS, FEATURE_VERSION, 0.01, lists, clusters, embeddings));
  assert.equal(model.lists.size, 4);
  assert.equal(model.clusters.of(lowerFormHash('said')), (9 << 8) | 1);
  assert.equal(model.embeddings.of(lowerFormHash('caracas')), 132);
  assert.equal(model.embeddings.of(lowerFormHash('said')), 0);
  const resources = { lists: model.lists, clusters: model.clusters, embeddings: model.embeddings };
  const { index, rows, scale } = model.weights;
  const dense = new Float32Array(trained.length);
  for (let b = 0, r = 0; b < 1 << bits; b++) {
    if (((index[(b >>> 5) << 1]! >>> (b & 31)) & 1) === 0) continue;
    r++;
    for (let l = 0; l < LABEL_COUNT; l++) dense[b * LABEL_COUNT + l] = rows[r * LABEL_COUNT + l]! * scale;
  }
  const vocabulary = ['Petro', 'PETRO', 'petro', 'the', 'The', 'of', 'Bank', 'U.S.', 'said', 'in', 'Caracas', ',', '.', '20', 'Monday', 'Colombian', 'President', 'Ñandú', '’s'];
  const tagger = new Tagger(model.weights);
  const lexicon = new Lexicon(resources);
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 6 }), (doc) => {
      const words = doc.map((s) => s.map(normaliseToken));
      const viaLexicon = words.map((w) => prepareSentence(w, lexicon));
      const plain = words.map((w) => prepareSentence(w, undefined, undefined, resources));
      const stats = documentStats(plain);
      const fast: PredictionHistory = new Map();
      const slow: PredictionHistory = new Map();
      for (const i of decodingOrder(plain)) {
        const n = plain[i]!.length;
        const a = new Uint8Array(n);
        const b = new Uint8Array(n);
        tagger.tag(viaLexicon[i]!, documentStats(viaLexicon), fast, a, lexicon);
        const statics = new Int32Array(n * STATIC_FEATURES);
        staticFeatures(plain[i]!, stats, statics);
        decodeViterbi(plain[i]!, statics, { mask: (1 << bits) - 1, values: dense }, slow, b);
        assert.deepEqual([...a], [...b], JSON.stringify(words[i]));
      }
    }),
    { numRuns: 200 },
  );
});

test('name-list phrases are marked longest first, from a capitalised word, with their position', () => {
  const key = (...words: string[]): number => phraseKey(words.map(lowerFormHash));
  const lists = new NameLists(new Map([
    [key('bank', 'of', 'caracas'), ListCategory.Organisation], [key('caracas'), ListCategory.City], [key('new', 'york'), ListCategory.City],
  ]));
  const resources = { lists, clusters: WordClusters.empty };
  const s = prepareSentence(['The', 'Bank', 'of', 'Caracas', 'and', 'new', 'york', 'CARACAS'], undefined, undefined, resources);
  const org = ListCategory.Organisation << 2;
  assert.deepEqual([...s.phrase], [0, org | 1, org | 2, org | 3, 0, 0, 0, 0]);
  assert.deepEqual([...s.gaz], [0, 0, 0, ListCategory.City, 0, 0, 0, ListCategory.City]);
});

test('a model file cut inside its name lists or clusters is refused', () => {
  const lists = new NameLists(new Map([[phraseKey([lowerFormHash('petro')]), ListCategory.Surname]]));
  const clusters = new WordClusters(new Map([[lowerFormHash('said'), (9 << 8) | 1]]));
  const embeddings = EmbeddingClusters.fromPairs([[lowerFormHash('said'), 7], [lowerFormHash('petro'), 300]]);
  const bytes = serializeNameModel(new Float32Array((1 << 8) * LABEL_COUNT), 8, LABELS, FEATURE_VERSION, 0, lists, clusters, embeddings);
  assert.equal(parseNameModel(bytes).clusters.size, 1);
  assert.equal(parseNameModel(bytes).embeddings.of(lowerFormHash('petro')), 301);
  assert.throws(() => parseNameModel(bytes.subarray(0, bytes.length - 3)), /embedding clusters/);
  assert.throws(() => parseNameModel(bytes.subarray(0, bytes.length - 14)), /word clusters/);
  assert.throws(() => parseNameModel(bytes.subarray(0, bytes.length - 26)), /name lists|word clusters/);
});

test('a model file of an older format is refused with a clear message', () => {
  const bytes = serializeNameModel(new Float32Array((1 << 8) * LABEL_COUNT), 8, LABELS, FEATURE_VERSION, 0);
  const old = bytes.slice();
  new DataView(old.buffer).setUint16(4, 2, true);
  assert.throws(() => parseNameModel(old), /format version 2 is not supported .*retrain/);
});
