// Scores the whole pipeline (model and rule layer, as `npm run eval` runs it) on CoNLL-2003
// valid (eng.testa), for choices made on valid: give it a model trained on train only
// (npm run train:ner -- --train-only --out FILE). Test is for reporting only (npm run eval).
//   node --import tsx scripts/ner/eval-valid.ts MODEL [--model-only]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, readConll } from './conll';
import { conllArticle } from '../eval/conll-text';
import { NAME_TYPES, NameScorer } from '../eval/score';
import { createNewsLens, decodeArticle } from '../../src/core';
import { createPerceptronNameRecognizer } from '../../src/core/recognize/names/perceptron';
import { evaluateRecognizer } from './evaluate';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'datasets', 'conll2003');
const modelPath = process.argv[2];
if (modelPath === undefined) throw new Error('usage: eval-valid.ts MODEL [--model-only]');
const names = createPerceptronNameRecognizer(new Uint8Array(readFileSync(modelPath)));
console.log(evaluateRecognizer(names, readConll(join(DATA, 'valid.txt'))).report('valid, model alone'));
if (!process.argv.includes('--model-only')) {
  const engine = createNewsLens({ names, today: () => '2025-11-14' });
  const scorer = new NameScorer();
  for (const [i, doc] of parseConll(readFileSync(join(DATA, 'valid.txt'), 'utf8')).entries()) {
    const article = conllArticle(doc);
    const decoded = decodeArticle(new TextEncoder().encode(article.text));
    if (!decoded.ok) throw new Error(decoded.message);
    const analysis = engine.analyze({ uri: `conll-valid-${i + 1}.txt`, text: decoded.text });
    scorer.addDocument(article.gold, analysis.entities);
  }
  const pct = (x: number): string => (x * 100).toFixed(2);
  console.log('valid, whole pipeline');
  for (const t of [...NAME_TYPES, undefined]) {
    const s = scorer.score(t);
    console.log(`  ${(t ?? 'ALL').padEnd(5)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  }
}
