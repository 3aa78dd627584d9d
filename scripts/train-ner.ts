// Trains the name model (npm run train:ner): averaged perceptron on CoNLL-2003 train, the
// number of epochs chosen on valid, written to models/ner-en.bin, then scored through the
// core recogniser (quantised weights, as shipped) on valid and test.
//
//   node --import tsx scripts/train-ner.ts [--epochs N] [--patience N] [--bits B] [--seed S]
//     [--no-augment | --title N --caps N] [--prune X] [--no-write] [--no-test]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConll } from './ner/conll';
import { evaluateRecognizer } from './ner/evaluate';
import { PerceptronTrainer, prepareDocuments, seededRandom, shuffle } from './ner/trainer';
import { FEATURE_VERSION, LABELS } from '../src/core/recognize/names/features';
import { serializeNameModel } from '../src/core/recognize/names/model-file';
import { createPerceptronNameRecognizer } from '../src/core/recognize/names/perceptron';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', 'shared', 'datasets', 'conll2003');
const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'models', 'ner-en.bin');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const maxEpochs = option('epochs', 30);
const hashBits = option('bits', 22);
const seed = option('seed', 20251112);
const prune = option('prune', 0.05);
const patience = option('patience', 4);

const t0 = performance.now();
const train = readConll(join(DATA, 'train.txt'));
const valid = readConll(join(DATA, 'valid.txt'));
const random = seededRandom(seed);
const augment = flag('no-augment') ? null : { titleCopies: option('title', 2), capsCopies: option('caps', 1) };
const trainDocs = prepareDocuments(train, augment, random);
console.log(`prepared ${trainDocs.length} train documents in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

const trainer = new PerceptronTrainer(hashBits);
let best: { f1: number; epoch: number; weights: Float32Array } = { f1: -1, epoch: 0, weights: new Float32Array(0) };
for (let epoch = 1; epoch <= maxEpochs; epoch++) {
  const e0 = performance.now();
  const errors = trainer.epoch(shuffle([...trainDocs], random));
  const averaged = trainer.averaged();
  const recognizer = createPerceptronNameRecognizer(serializeNameModel(averaged, hashBits, LABELS, FEATURE_VERSION, 0));
  const f1 = evaluateRecognizer(recognizer, valid).scores().f1;
  console.log(`epoch ${epoch}: ${errors} token errors, valid F1 ${(f1 * 100).toFixed(2)} (${((performance.now() - e0) / 1000).toFixed(1)}s)`);
  if (f1 > best.f1) best = { f1, epoch, weights: averaged };
  else if (epoch - best.epoch >= patience) break;
}

const bytes = serializeNameModel(best.weights, hashBits, LABELS, FEATURE_VERSION, prune);
console.log(`best epoch ${best.epoch} (valid F1 ${(best.f1 * 100).toFixed(2)}); model ${(bytes.length / 1e6).toFixed(2)} MB`);
if (!flag('no-write')) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  console.log(`wrote ${OUT}`);
}
const shipped = createPerceptronNameRecognizer(bytes);
console.log(evaluateRecognizer(shipped, valid).report('valid (eng.testa), as shipped'));
if (!flag('no-test')) {
  const test = readConll(join(DATA, 'test.txt'));
  console.log(evaluateRecognizer(shipped, test).report('test (eng.testb), as shipped'));
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)}s`);
