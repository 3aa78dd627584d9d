// `npm run bench`: speed and memory of the engine, as one JSON object on stdout.
// Budgets (DESIGN.md §4): analysis >= 200,000 tokens/s on one core; re-analysis of a
// 2,000-word article <= 5 ms. Nothing here asserts: the numbers are reported, not tested.

import { createNewsLens } from '../src/core';
import { loadNameRecognizer } from '../src/host/models';
import { generateArticle, generateCorpus } from './corpus';

const engine = createNewsLens({ names: loadNameRecognizer() });
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

// Analysis throughput over >= 1M tokens.
const corpus = generateCorpus(1_000_000);
for (const article of corpus.slice(0, 20)) analyze(article); // warm up the JIT
let tokens = 0;
const started = performance.now();
for (const article of corpus) tokens += analyze(article).tokenCount;
const seconds = (performance.now() - started) / 1000;

// Markdown articles pay for a remark parse (to mask syntax, code and URLs): measured apart.
const markdownCorpus = corpus.slice(0, 250).map(toMarkdown);
for (const article of markdownCorpus.slice(0, 10)) analyze(article, 'bench.md');
let markdownTokens = 0;
const markdownStarted = performance.now();
for (const article of markdownCorpus) markdownTokens += analyze(article, 'bench.md').tokenCount;
const markdownSeconds = (performance.now() - markdownStarted) / 1000;

// A 2,000-word article: analysis (the keystroke path) and export.
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
const memory = process.memoryUsage();

process.stdout.write(JSON.stringify({
  node: process.version,
  analysis: {
    tokensPerSecond: Math.round(tokens / seconds),
    tokens,
    articles: corpus.length,
    seconds: round(seconds),
    budgetTokensPerSecond: 200_000,
    markdownTokensPerSecond: Math.round(markdownTokens / markdownSeconds),
    markdownTokens,
  },
  article2000Words: {
    words: long.split(/\s+/).length,
    tokens: longTokens,
    analyzeMsMedian: round(median(analysisTimes)),
    analyzeMsP95: round(percentile(analysisTimes, 95)),
    budgetAnalyzeMs: 5,
  },
  export: {
    msMedian2000Words: round(median(exportTimes)),
    msP95_2000Words: round(percentile(exportTimes, 95)),
  },
  memory: {
    rssMB: round(memory.rss / 2 ** 20, 1),
    heapUsedMB: round(memory.heapUsed / 2 ** 20, 1),
  },
}, null, 2) + '\n');
