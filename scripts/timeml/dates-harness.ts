// Before/after checks for the date recogniser: `dump <file>` writes recognizeDates output over
// test/fixtures/articles and the first 200 bench articles; `time` prints tokens/s (best of 5)
// of recognizeDates alone on the bench corpus text and on the fixtures.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNewsLens, articleFormat } from '../../src/core';
import type { RecognitionInput } from '../../src/core/model';
import { maskArticle } from '../../src/core/text/markdown';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokens';
import { recognizeDates } from '../../src/core/recognize/dates/index';
import { generateCorpus } from '../../bench/corpus';

const engine = createNewsLens({ names: { id: 'none', recognize: () => [] } });

interface Item { name: string; input: RecognitionInput; ref: string | null }
function item(name: string, uri: string, text: string): Item {
  const ref = engine.analyze({ uri, text }).referenceDate;
  const masked = maskArticle(text, articleFormat(uri));
  const input: RecognitionInput = { text, maskedText: masked.maskedText, sentences: splitSentences(masked.maskedText), tokens: tokenize(masked.maskedText) };
  return { name, input, ref };
}

const root = 'test/fixtures/articles';
const fixtures: Item[] = [];
for (const dir of readdirSync(root).sort()) {
  for (const f of readdirSync(join(root, dir)).sort()) fixtures.push(item(`${dir}/${f}`, f, readFileSync(join(root, dir, f), 'utf8')));
}
const corpus = generateCorpus(1_000_000);
const bench = corpus.slice(0, 200).map((t, i) => item(`bench/${i}`, 'bench.txt', t));

const mode = process.argv[2];
if (mode === 'dump') {
  const out: string[] = [];
  for (const it of [...fixtures, ...bench]) {
    for (const d of recognizeDates(it.input, it.ref)) out.push(`${it.name}\t${d.start}\t${d.end}\t${d.type}\t${d.value}\t${d.mod ?? ''}\t${JSON.stringify(d.text)}`);
  }
  writeFileSync(process.argv[3]!, out.join('\n') + '\n');
  console.log(out.length, 'mentions');
} else {
  // `time [other/index.ts]`: with a second recognizeDates (an older copy), both are timed in turns.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const other = process.argv[3] ? (require(process.argv[3]) as { recognizeDates: typeof recognizeDates }).recognizeDates : null;
  const timeWith = (f: typeof recognizeDates, items: Item[], reps: number): number => {
    const tokens = items.reduce((n, it) => n + it.input.tokens.length, 0) * reps;
    for (const it of items.slice(0, 20)) f(it.input, it.ref);
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) for (const it of items) f(it.input, it.ref);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.round(tokens / (best / 1000));
  };
  if (other) {
    for (let round = 0; round < 2; round++) {
      console.log(JSON.stringify({ before: { bench: timeWith(other, bench, 1), fixtures: timeWith(other, fixtures, 20) }, after: { bench: timeWith(recognizeDates, bench, 1), fixtures: timeWith(recognizeDates, fixtures, 20) } }));
    }
  }
  const time = (items: Item[], reps: number): number => {
    const tokens = items.reduce((n, it) => n + it.input.tokens.length, 0) * reps;
    for (const it of items.slice(0, 20)) recognizeDates(it.input, it.ref);
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) for (const it of items) recognizeDates(it.input, it.ref);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.round(tokens / (best / 1000));
  };
  console.log(JSON.stringify({ benchTokensPerSecond: time(bench, 1), fixturesTokensPerSecond: time(fixtures, 20) }));
}
