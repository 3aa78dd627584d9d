// Lists what the rule layer and alias grouping change on CoNLL valid (never test): for each
// document, the names that the model alone (on the engine's own tokens) got right and the
// whole pipeline got wrong, and the reverse.
//   node --import tsx scripts/ner/pipeline-errors.ts MODEL

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from './conll';
import { conllArticle } from '../eval/conll-text';
import { createNewsLens, decodeArticle } from '../../src/core';
import { createPerceptronNameRecognizer } from '../../src/core/recognize/names/perceptron';
import { tokenize } from '../../src/core/text/tokens';
import { splitSentences } from '../../src/core/text/sentences';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'datasets', 'conll2003');
const names = createPerceptronNameRecognizer(new Uint8Array(readFileSync(process.argv[2]!)));
const engine = createNewsLens({ names, today: () => '2025-11-14' });
const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
const counts = { ruleBroke: 0, ruleFixed: 0, bothWrongMissed: 0, bothWrongSpurious: 0 };
for (const [i, doc] of parseConll(readFileSync(join(DATA, 'valid.txt'), 'utf8')).entries()) {
  const article = conllArticle(doc);
  const decoded = decodeArticle(new TextEncoder().encode(article.text));
  if (!decoded.ok) throw new Error(decoded.message);
  const text = decoded.text;
  const model = names.recognize({ text, maskedText: text, tokens: tokenize(text), sentences: splitSentences(text) });
  const pipeline = engine.analyze({ uri: `conll-valid-${i + 1}.txt`, text }).entities.filter((e) => ['PER', 'ORG', 'LOC', 'MISC'].includes(e.type));
  const gold = new Set(article.gold.map(key));
  const m = new Set(model.map(key));
  const p = new Set(pipeline.map(key));
  const show = (s: { start: number; end: number; type: string }): string => `${text.slice(s.start, s.end)}/${s.type}`;
  const out: string[] = [];
  for (const g of article.gold) {
    if (m.has(key(g)) && !p.has(key(g))) { counts.ruleBroke++; out.push(`  RULE LOST   ${show(g)}`); }
    if (!m.has(key(g)) && p.has(key(g))) { counts.ruleFixed++; out.push(`  RULE FIXED  ${show(g)}`); }
  }
  for (const s of pipeline) {
    if (!gold.has(key(s)) && !m.has(key(s))) out.push(`  RULE ADDED WRONG ${show(s)}`);
  }
  for (const s of model) {
    if (!gold.has(key(s)) && !p.has(key(s))) out.push(`  RULE REMOVED WRONG ${show(s)}`);
  }
  if (out.length > 0) console.log(`doc ${i + 1}: ${text.slice(0, 60).replace(/\n/g, ' | ')}\n${out.join('\n')}`);
}
console.log(counts);
