// Scores recognizeDates on TimeML corpora: `node --import tsx scripts/timeml/eval-dates.ts
// [--errors [--context=N]] [--json] NAME=DIR ...` (default: TBAQ's TimeBank and AQUAINT,
// TempEval-3 platinum under /work/shared/datasets). Prints a table, then one JSON object with
// every corpus's scores. --errors lists misses, false alarms and wrong values (to the terminal
// only: the corpora's text must not be copied into the repository); --context=N shows N
// characters either side of each, the expression in [[brackets]]. Tune on TBAQ only: list the
// errors of TimeBank and AQUAINT by naming them, never platinum's.
// Sentences come from the pipeline's own splitter, so the scores are those the CLI gets.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDates } from '../../src/core/recognize/dates/index';
import { splitSentences } from '../../src/core/text/sentences';
import { readTimeML } from './read-timeml';
import { countDocument, emptyCounts, scores, type Scores } from './score';

const DATASETS = process.env.NEWSLENS_DATASETS ?? join(__dirname, '..', '..', '..', 'shared', 'datasets');
const DEFAULT_CORPORA: ReadonlyArray<readonly [string, string]> = [
  ['TimeBank', join(DATASETS, 'tbaq-cleaned/TimeBank')],
  ['AQUAINT', join(DATASETS, 'tbaq-cleaned/AQUAINT')],
  ['TE3-platinum', join(DATASETS, 'tempeval3-platinum')],
];

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const jsonOnly = args.includes('--json');
const contextWidth = Number(args.find((a) => a.startsWith('--context='))?.slice('--context='.length) ?? 0);
const named = args.filter((a) => a.includes('=') && !a.startsWith('--'));
const corpora = named.length ? named.map((a) => a.split('=', 2) as [string, string]) : DEFAULT_CORPORA;

const results: Record<string, Scores> = {};
let milliseconds = 0;
let tokens = 0;
const tbaq = emptyCounts();
let tbaqDocs = 0;
for (const [name, dir] of corpora) {
  const counts = emptyCounts();
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  for (const file of files) {
    const doc = readTimeML(readFileSync(join(dir, file), 'utf8'), file);
    const input = { text: doc.text, maskedText: doc.text, sentences: splitSentences(doc.text), tokens: [] };
    const t0 = performance.now();
    const system = recognizeDates(input, doc.dct);
    milliseconds += performance.now() - t0;
    tokens += doc.text.split(/\s+/).filter(Boolean).length;
    const pairs = countDocument(counts, doc.timexes, system);
    if (name === 'TimeBank' || name === 'AQUAINT') { countDocument(tbaq, doc.timexes, system); tbaqDocs++; }
    if (!showErrors) continue;
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedSystem = new Set(pairs.map((p) => p.system));
    // --context=N widens what is shown around each error (default 30 characters before it).
    const context = (start: number, end = start): string => contextWidth
      ? JSON.stringify(`${doc.text.slice(Math.max(0, start - contextWidth), start)}[[${doc.text.slice(start, end)}]]${doc.text.slice(end, end + contextWidth)}`)
      : JSON.stringify(doc.text.slice(Math.max(0, start - 30), start));
    for (const g of doc.timexes) if (!matchedGold.has(g)) console.log(`MISS\t${name}\t${doc.dct}\t${g.type}\t${g.value}\t${JSON.stringify(g.text)}\t${context(g.start, g.end)}`);
    for (const s of system) if (!matchedSystem.has(s)) console.log(`FALSE\t${name}\t${doc.dct}\t${s.type}\t${s.value}\t${JSON.stringify(s.text)}\t${context(s.start, s.end)}`);
    for (const p of pairs) {
      if (p.gold.value !== p.system.value || p.gold.type !== p.system.type) {
        console.log(`VALUE\t${name}\t${doc.dct}\t${p.gold.type}/${p.system.type}\t${p.gold.value}/${p.system.value}\t${JSON.stringify(p.gold.text)}/${JSON.stringify(p.system.text)}\t${contextWidth ? context(p.gold.start, p.gold.end) : ''}`);
      }
    }
  }
  results[name] = scores(counts, files.length);
}
if (tbaqDocs && !named.length) results['TBAQ (both)'] = scores(tbaq, tbaqDocs);

const pct = (n: number): string => (100 * n).toFixed(1).padStart(6);
if (!jsonOnly) {
  console.log('corpus          docs  gold   sys | relaxed P     R    F1 | strict F1 | type acc | value P     R    F1');
  for (const [name, s] of Object.entries(results)) {
    console.log(`${name.padEnd(15)} ${String(s.documents).padStart(4)} ${String(s.gold).padStart(5)} ${String(s.system).padStart(5)} |${pct(s.relaxed.precision)}${pct(s.relaxed.recall)}${pct(s.relaxed.f1)} |    ${pct(s.strict.f1)} |   ${pct(s.typeAccuracy)} |${pct(s.value.precision)}${pct(s.value.recall)}${pct(s.value.f1)}`);
  }
}
// Includes first-call warm-up; scripts/timeml/bench-dates.ts measures steady-state throughput.
console.log(JSON.stringify({ ...results, throughput: { tokens, tokensPerSecond: Math.round(tokens / (milliseconds / 1000)) } }));
