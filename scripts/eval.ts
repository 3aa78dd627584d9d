// `npm run eval`: scores the whole pipeline, as `newslens analyze --json` runs it, on the test
// sets: names on CoNLL-2003 test, dates on TempEval-3 platinum, and both on the project's own
// hand-annotated recent news (test/fixtures/gold/news), with our own character-span scorer
// (scripts/eval/score.ts). Prints a table, then one JSON object on the last line (scores as
// fractions 0..1). Without the datasets it says so, scores the news articles, and exits 0.
//
//   node --import tsx scripts/eval.ts [--json] [--only names|dates|news] [--errors]
//
// --errors prints each document's misses and false alarms to the terminal (never into the
// repository: the corpora's text is not ours to copy).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConll } from './ner/conll';
import { readTimeML } from './timeml/read-timeml';
import { readGoldArticles } from './eval/news-gold';
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
if (values.only !== undefined && !['names', 'dates', 'news'].includes(values.only)) {
  console.error(`eval: --only takes 'names', 'dates' or 'news', got '${values.only}'`);
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

interface NewsResult extends Record<string, unknown> { articles: number; names: Record<string, NameScore>; dates: DateScore }
function evaluateNews(dir: string): NewsResult {
  const nameScorer = new NameScorer();
  const dateScorer = new DateScorer();
  const articles = readGoldArticles(dir);
  for (const article of articles) {
    const analysis = analyzeAsCli(cliEngine(), article.file, article.text);
    const errors = nameScorer.addDocument(article.names, analysis.entities);
    for (const g of errors.missed) show(`NEWS NAME MISS   ${article.file}\t${g.type}\t${quote(article.text, g.start, g.end)}`);
    for (const s of errors.spurious) show(`NEWS NAME FALSE  ${article.file}\t${s.type}\t${quote(article.text, s.start, s.end)}`);
    const pairs = dateScorer.addDocument(article.dates, analysis.dates);
    const paired = new Set<object>(pairs.flatMap((p) => [p.gold, p.system]));
    for (const g of article.dates) if (!paired.has(g)) show(`NEWS DATE MISS   ${article.file}\t${g.type}\t${g.value}\t${quote(article.text, g.start, g.end)}`);
    for (const s of analysis.dates) if (!paired.has(s)) show(`NEWS DATE FALSE  ${article.file}\t${s.type}\t${s.value}\t${quote(article.text, s.start, s.end)}`);
    for (const { gold: g, system: s } of pairs) {
      if (g.start !== s.start || g.end !== s.end || g.type !== s.type || g.value !== s.value) {
        show(`NEWS DATE DIFF   ${article.file}\t${g.type}/${s.type}\t${g.value}/${s.value}\t${quote(article.text, g.start, g.end)}/${quote(article.text, s.start, s.end)}`);
      }
    }
  }
  const names = Object.fromEntries([...NAME_TYPES, 'micro'].map((t) => [t, nameScorer.score(t === 'micro' ? undefined : t)]));
  return { articles: articles.length, names, dates: dateScorer.score() };
}

const NEWS_GOLD = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/gold/news');
const names = found.conllTest !== null && (values.only === undefined || values.only === 'names') ? evaluateNames(found.conllTest) : null;
const dates = found.te3Platinum !== null && (values.only === undefined || values.only === 'dates') ? evaluateDates(found.te3Platinum) : null;
const news = values.only === undefined || values.only === 'news' ? evaluateNews(NEWS_GOLD) : null;

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

if (!values.json && news !== null) {
  console.log(`\nRecent news written and annotated for NewsLens (test/fixtures/gold/news): ${news.articles} articles`);
  console.log('  names         P       R      F1      tp     fp     fn');
  for (const t of [...NAME_TYPES, 'micro']) {
    const s = news.names[t]!;
    console.log(`  ${t.padEnd(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}`);
  }
  console.log(`  dates (${news.dates.gold} gold, ${news.dates.system} found): relaxed extent F1 ${pct(news.dates.relaxed.f1).trim()}, strict ${pct(news.dates.strict.f1).trim()}, value ${pct(news.dates.value.f1).trim()}`);
  console.log('');
}

const round = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v);
console.log(JSON.stringify({ conll2003Test: names, tempeval3Platinum: dates, news, missing }, round));
