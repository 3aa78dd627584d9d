// `npm run eval`: scores the whole pipeline, as `newslens analyze --json` runs it, on the test
// sets: names on CoNLL-2003 test, dates on TempEval-3 platinum, with our own character-span
// scorer (scripts/eval/score.ts). Prints a table, then one JSON object on the last line
// (scores as fractions 0..1). Without the datasets it says so and exits 0.
//
//   node --import tsx scripts/eval.ts [--json] [--only names|dates] [--errors]
//
// --errors prints each document's misses and false alarms to the terminal (never into the
// repository: the corpora's text is not ours to copy).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from './ner/conll';
import { readTimeML } from './timeml/read-timeml';
import { conllArticle } from './eval/conll-text';
import { datasetsRoot, findEvalDatasets } from './eval/datasets';
import type { NewsLens } from '../src/core';
import { analyzeAsCli, createCliEngine } from './eval/pipeline';
import { DateScorer, NAME_TYPES, NameScorer, type DateScore, type NameScore } from './eval/score';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (values.only !== undefined && values.only !== 'names' && values.only !== 'dates') {
  console.error(`eval: --only takes 'names' or 'dates', got '${values.only}'`);
  process.exit(2);
}

const root = datasetsRoot();
const found = findEvalDatasets(root);
const missing: string[] = [];
if (found.conllTest === null) missing.push(`CoNLL-2003 test (${join(root, 'conll2003', 'test.txt')})`);
if (found.te3Platinum === null) missing.push(`TempEval-3 platinum (${join(root, 'tempeval3-platinum')}/*.tml)`);
for (const m of missing) console.log(`eval: ${m} not found; skipped. Set NEWSLENS_DATASETS to the folder that holds the datasets.`);

// Created on first use: with no datasets there is nothing to load the name model for.
let engine: NewsLens | undefined;
const cliEngine = (): NewsLens => (engine ??= createCliEngine());
const show = (line: string): void => {
  if (values.errors) console.log(line);
};
const quote = (text: string, start: number, end: number): string => JSON.stringify(text.slice(start, end));

interface NamesResult extends Record<string, unknown> { documents: number; tokens: number; seconds: number; micro: NameScore }
function evaluateNames(file: string): NamesResult {
  const docs = parseConll(readFileSync(file, 'utf8'));
  const scorer = new NameScorer();
  let tokens = 0;
  const t0 = performance.now();
  docs.forEach((doc, i) => {
    const article = conllArticle(doc);
    tokens += article.tokens;
    const name = `conll-test-${String(i + 1).padStart(3, '0')}.txt`;
    const analysis = analyzeAsCli(cliEngine(), name, article.text);
    const errors = scorer.addDocument(article.gold, analysis.entities);
    for (const g of errors.missed) show(`NAME MISS   ${name}\t${g.type}\t${quote(article.text, g.start, g.end)}`);
    for (const s of errors.spurious) show(`NAME FALSE  ${name}\t${s.type}\t${quote(article.text, s.start, s.end)}`);
  });
  const seconds = (performance.now() - t0) / 1000;
  const byType = Object.fromEntries(NAME_TYPES.map((t) => [t, scorer.score(t)]));
  return { documents: docs.length, tokens, seconds, ...byType, micro: scorer.score() };
}

interface DatesResult extends DateScore { seconds: number }
function evaluateDates(dir: string): DatesResult {
  const scorer = new DateScorer();
  const t0 = performance.now();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const doc = readTimeML(readFileSync(join(dir, file), 'utf8'), file);
    const name = file.replace(/\.tml$/, '.txt');
    const analysis = analyzeAsCli(cliEngine(), name, doc.text, doc.dct ?? undefined);
    const pairs = scorer.addDocument(doc.timexes, analysis.dates);
    if (!values.errors) continue;
    const paired = new Set<object>(pairs.flatMap((p) => [p.gold, p.system]));
    for (const g of doc.timexes) if (!paired.has(g)) show(`DATE MISS   ${name}\t${g.type}\t${g.value}\t${JSON.stringify(g.text)}`);
    for (const s of analysis.dates) if (!paired.has(s)) show(`DATE FALSE  ${name}\t${s.type}\t${s.value}\t${JSON.stringify(s.text)}`);
    for (const { gold: g, system: s } of pairs) {
      if (g.start !== s.start || g.end !== s.end || g.type !== s.type || g.value !== s.value) {
        show(`DATE DIFF   ${name}\t${g.type}/${s.type}\t${g.value}/${s.value}\t${JSON.stringify(g.text)}/${JSON.stringify(s.text)}`);
      }
    }
  }
  return { ...scorer.score(), seconds: (performance.now() - t0) / 1000 };
}

const names = found.conllTest !== null && values.only !== 'dates' ? evaluateNames(found.conllTest) : null;
const dates = found.te3Platinum !== null && values.only !== 'names' ? evaluateDates(found.te3Platinum) : null;

const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
if (!values.json && names !== null) {
  console.log(`\nNames, CoNLL-2003 test: ${names.documents} documents, ${names.tokens} tokens, exact character span and type (${names.seconds.toFixed(1)}s)`);
  console.log('  type          P       R      F1      tp     fp     fn');
  for (const t of [...NAME_TYPES, 'micro'] as const) {
    const s = names[t] as NameScore;
    console.log(`  ${t.padEnd(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}`);
  }
}
if (!values.json && dates !== null) {
  console.log(`\nDates, TempEval-3 platinum: ${dates.documents} documents, ${dates.gold} gold, ${dates.system} found (${dates.seconds.toFixed(1)}s)`);
  console.log('  measure               P       R      F1');
  const row = (label: string, s: { precision: number; recall: number; f1: number }): void =>
    console.log(`  ${label.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  row('extent relaxed', dates.relaxed);
  row('extent strict', dates.strict);
  row('value', dates.value);
  console.log(`  type accuracy    ${pct(dates.typeAccuracy)}   (value accuracy ${pct(dates.valueAccuracy).trim()}, of relaxed matches)`);
  console.log('');
}

const round = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v);
console.log(JSON.stringify({ conll2003Test: names, tempeval3Platinum: dates, missing }, round));
