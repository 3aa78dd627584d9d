// Lists a model's errors on CoNLL valid (never test), names unseen in train first:
//   node --import tsx scripts/ner/errors.ts MODEL [--all]
// For error analysis while developing features.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type TokenSpan } from './conll';
import { articleFromConll, unseenNames } from './evaluate';
import { createPerceptronNameRecognizer } from '../../src/core/recognize/names/perceptron';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'datasets', 'conll2003');
const recognizer = createPerceptronNameRecognizer(new Uint8Array(readFileSync(process.argv[2]!)));
const unseen = unseenNames(readConll(join(DATA, 'train.txt')));
const all = process.argv.includes('--all');
const text = (words: readonly string[], s: TokenSpan): string => `${words.slice(s.start, s.end).join(' ')}/${s.type}`;

for (const doc of readConll(join(DATA, 'valid.txt'))) {
  const article = articleFromConll(doc);
  const found = recognizer.recognize(article.input);
  doc.sentences.forEach((sentence, i) => {
    const starts = article.tokenStarts[i]!;
    const ends = article.tokenEnds[i]!;
    const predicted: TokenSpan[] = [];
    for (const n of found) {
      const a = starts.indexOf(n.start);
      const b = ends.indexOf(n.end);
      if (a >= 0 && b >= 0) predicted.push({ start: a, end: b + 1, type: n.type });
    }
    const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(sentence.spans.map(key));
    const pred = new Set(predicted.map(key));
    const missed = sentence.spans.filter((s) => !pred.has(key(s)) && (all || unseen(sentence.words, s)));
    const wrong = predicted.filter((s) => !gold.has(key(s)) && (all || unseen(sentence.words, s)));
    if (missed.length + wrong.length === 0) return;
    console.log(`${sentence.words.join(' ')}\n  missed: ${missed.map((s) => text(sentence.words, s)).join(' | ')}\n  wrong:  ${wrong.map((s) => text(sentence.words, s)).join(' | ')}`);
  });
}
