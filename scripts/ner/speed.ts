// Measures name recognition throughput (tokens/s, one core) on CoNLL valid articles, with the
// shipped model: node --import tsx scripts/ner/speed.ts

import { join } from 'node:path';
import { readConll } from './conll';
import { articleFromConll } from './evaluate';
import { loadNameRecognizer } from '../../src/host/models';
import { tokenize } from '../../src/core/text/tokens';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'datasets', 'conll2003');
const recognizer = loadNameRecognizer();
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
