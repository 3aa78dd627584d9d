// Measures name recognition throughput (tokens/s, one core) on CoNLL valid articles, with the
// shipped model, or the model file given: node --import tsx scripts/ner/speed.ts [MODEL]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from './conll';
import { articleFromConll } from './evaluate';
import { loadNameRecognizer } from '../../src/host/models';
import { createPerceptronNameRecognizer } from '../../src/core/recognize/names/perceptron';
import { tokenize } from '../../src/core/text/tokens';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'datasets', 'conll2003');
const modelPath = process.argv[2];
const recognizer = modelPath === undefined ? loadNameRecognizer() : createPerceptronNameRecognizer(new Uint8Array(readFileSync(modelPath)));
const articles = readConll(join(DATA, 'valid.txt')).map((d) => articleFromConll(d).input);
const tokenCount = articles.reduce((n, a) => n + a.tokens.length, 0);

function measure(label: string, run: () => void): void {
  run(); // warm-up
  const rounds = 5;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) run();
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${label}: ${Math.round((tokenCount * rounds) / seconds).toLocaleString('en')} tokens/s`);
}

measure('recognize (tokens given)', () => {
  for (const a of articles) recognizer.recognize(a);
});
measure('tokenize', () => {
  for (const a of articles) tokenize(a.text);
});
