// `npm run bench`: speed and memory of the engine, as one JSON object on stdout.
// Budgets (DESIGN.md §4): analysis >= 200,000 tokens/s on one core (reported for the whole
// analysis and for the name recogniser alone, which issue 4 budgets); re-analysis of a
// 2,000-word article <= 5 ms. Nothing here asserts: the numbers are reported, not tested.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnalysisMemo, createNewsLens } from '../src/core';
import { refineNames } from '../src/core/recognize/names/rules';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokens';
import { loadNameRecognizer } from '../src/host/models';
import { generateArticle, generateCorpus } from './corpus';

const recognizer = loadNameRecognizer();
const engine = createNewsLens({ names: recognizer });
const analyze = (text: string, uri = 'bench.txt') => engine.analyze({ uri, text });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** The same article as a web clipper would save it: front matter, headings, emphasis, a link. */
function toMarkdown(article: string): string {
  const [headline = '', , ...body] = article.split('\n');
  const paragraphs = body.join('\n').split('\n\n').filter(Boolean);
  const marked = paragraphs.map((p, i) => (i % 3 === 1 ? `## Section ${i}\n\n${p.replace(/ said /, ' *said* ')}` : p.replace(/ the /, ' [the](https://example.com/a) ')));
  return ['---', `title: "${headline}"`, 'source: https://example.com/news', 'published: 2025-11-14', '---', '', `# ${headline}`, '', ...marked.flatMap((p) => [p, ''])].join('\n');
}

// Analysis throughput over >= 1M tokens: three passes, the median reported (one pass on this
// 2-core VM varies by up to 25% from run to run).
const corpus = generateCorpus(1_000_000);
for (const article of corpus.slice(0, 200)) analyze(article); // warm up the JIT
let tokens = 0;
const passes: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  tokens = 0;
  const started = performance.now();
  for (const article of corpus) tokens += analyze(article).tokenCount;
  passes.push((performance.now() - started) / 1000);
}
const seconds = median(passes);

// The name recogniser alone (the trained model and the rule layer after it, as analyze runs
// them) over the same articles, tokenised beforehand: the speed issue 4 asks of the recogniser.
const recognitionInputs = corpus.map((text) => ({ text, maskedText: text, sentences: splitSentences(text), tokens: tokenize(text) }));
const namePasses: number[] = [];
let nameTokens = 0;
for (let pass = 0; pass < 3; pass++) {
  nameTokens = 0;
  const started = performance.now();
  for (const input of recognitionInputs) {
    refineNames(input, recognizer.recognize(input));
    nameTokens += input.tokens.length;
  }
  namePasses.push((performance.now() - started) / 1000);
}
recognitionInputs.length = 0;

// Markdown articles pay for a remark parse (to mask syntax, code and URLs): measured apart.
const markdownCorpus = corpus.slice(0, 250).map(toMarkdown);
for (const article of markdownCorpus.slice(0, 10)) analyze(article, 'bench.md');
let markdownTokens = 0;
const markdownStarted = performance.now();
for (const article of markdownCorpus) markdownTokens += analyze(article, 'bench.md').tokenCount;
const markdownSeconds = (performance.now() - markdownStarted) / 1000;

// A 2,000-word article: a whole analysis, export, and the keystroke path: the server keeps a
// memo per open document (core/memo.ts), so a keystroke re-analyses the sentence it changed and
// looks the others up. Each keystroke here types or deletes a letter in a sentence further on.
const long = generateArticle(42, 2000);
const analysisTimes: number[] = [];
const exportTimes: number[] = [];
let longTokens = 0;
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  const analysis = analyze(long);
  const t1 = performance.now();
  engine.exportMarkdown(analysis);
  const t2 = performance.now();
  analysisTimes.push(t1 - t0);
  exportTimes.push(t2 - t1);
  longTokens = analysis.tokenCount;
}
const keystrokeTimes: number[] = [];
{
  const memo = new AnalysisMemo();
  engine.analyze({ uri: 'bench.txt', text: long }, { memo });
  const spaces = [...long.matchAll(/ (?=[a-z])/g)].map((m) => m.index);
  let text = long;
  for (let i = 0; i < 60; i++) {
    // Type an "x" before a word, then delete it again: a different sentence each time.
    const at = spaces[(i >> 1) * 37 % spaces.length]! + 1;
    text = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : long;
    const t0 = performance.now();
    engine.analyze({ uri: 'bench.txt', text }, { memo });
    if (i >= 10) keystrokeTimes.push(performance.now() - t0);
  }
}
const memory = process.memoryUsage();

/**
 * The server budgets, each size in a fresh process so that its memory is its own.
 * NEWSLENS_BENCH_SIZES (e.g. "1000,10000") limits the sizes run; by default 1,000, 10,000 and
 * 50,000 (the 50,000 run alone takes several minutes on two cores).
 */
const SIZES = (process.env.NEWSLENS_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number).filter((n) => n > 0);
function serverBench(articles: number): unknown {
  if (!SIZES.includes(articles)) return { skipped: `not in NEWSLENS_BENCH_SIZES (${SIZES.join(',')})` };
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'server.ts'), String(articles)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (run.status !== 0) return { error: `bench/server.ts ${articles} failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}` };
  return { ...JSON.parse(run.stdout), benchSeconds: round((performance.now() - started) / 1000, 1) };
}

/**
 * Extension activation, measured by the extension itself inside a real VS Code (the harness
 * under test/vscode); null when the harness is not installed here.
 */
function activationBench(): unknown {
  const root = path.resolve(__dirname, '..');
  if (!existsSync(path.join(root, '.tools/code-server'))) return { activationMs: null, note: 'the VS Code harness is not installed (scripts/install-harness.sh)' };
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-activation-'));
  const out = path.join(dir, 'activation.json');
  try {
    spawnSync(process.execPath, [path.join(root, 'test/vscode/runTests.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, HARNESS_MOCHA_GREP: 'activation took', NEWSLENS_ACTIVATION_OUT: out },
      timeout: 180_000,
    });
    return existsSync(out) ? { ...JSON.parse(readFileSync(out, 'utf8')), budgetMs: 100 } : { activationMs: null, note: 'the harness run gave no result' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write(JSON.stringify({
  node: process.version,
  analysis: {
    tokensPerSecond: Math.round(tokens / seconds),
    tokensPerSecondPasses: passes.map((s) => Math.round(tokens / s)),
    tokens,
    articles: corpus.length,
    seconds: round(seconds),
    budgetTokensPerSecond: 200_000,
    markdownTokensPerSecond: Math.round(markdownTokens / markdownSeconds),
    markdownTokens,
  },
  nameRecognizer: {
    tokensPerSecond: Math.round(nameTokens / median(namePasses)),
    tokensPerSecondPasses: namePasses.map((s) => Math.round(nameTokens / s)),
    tokens: nameTokens,
    budgetTokensPerSecond: 200_000,
  },
  article2000Words: {
    words: long.split(/\s+/).length,
    tokens: longTokens,
    analyzeMsMedian: round(median(analysisTimes)),
    analyzeMsP95: round(percentile(analysisTimes, 95)),
    keystrokeMsMedian: round(median(keystrokeTimes)),
    keystrokeMsP95: round(percentile(keystrokeTimes, 95)),
    budgetKeystrokeMs: 5,
  },
  export: {
    msMedian2000Words: round(median(exportTimes)),
    msP95_2000Words: round(percentile(exportTimes, 95)),
  },
  memory: {
    rssMB: round(memory.rss / 2 ** 20, 1),
    heapUsedMB: round(memory.heapUsed / 2 ** 20, 1),
  },
  server: {
    budgets: { hoverP99MsAt10000: 2, indexBuildSecondsAt10000: 60, memoryMBAt10000: 400, reopenSecondsAt10000: 3 },
    articles1000: serverBench(1000),
    articles10000: serverBench(10_000),
    articles50000: serverBench(50_000),
  },
  extension: activationBench(),
}, null, 2) + '\n');
