// Server budgets (DESIGN.md §4), measured on generated workspaces of 1,000, 10,000 and 50,000
// articles written to a temporary folder: index build time (finding, reading, analysing, indexing
// — the server's own code path, writing the disk cache after), memory after indexing, hover time
// inside the server (the core's card plus its Markdown rendering) at mentions picked at random,
// the cross-source comparison (SourceIndex.comparison, as the Source Comparison view asks), and
// a reopened window: a new index over the same folder with the disk cache, ready when it has
// restored every source (nothing analysed). Then the built server itself (dist/server.js) in a
// process of its own over the same folder, started twice: its memory is what users see.

import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNewsLens, createSourceIndex } from '../src/core';
import { loadNameRecognizer } from '../src/host/models';
import { inlineAnalyzer, workerAnalyzer } from '../src/server/analysisPool';
import { SourceCache } from '../src/server/cache';
import { workerReader } from '../src/server/fileReader';
import { renderCard } from '../src/server/hover';
import { DEFAULT_SETTINGS } from '../src/server/protocol';
import { SourceWorkspace } from '../src/server/workspace';
import { generateArticle } from './corpus';
import { runServerProcess, type ProcessRun } from './process';

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface ServerBenchResult {
  articles: number;
  tokens: number;
  indexBuildSeconds: number;
  tokensPerSecond: number;
  heapUsedMB: number;
  rssMB: number;
  hover: { kinds: string; samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  compare: { folderMs: number; folderFacts: number; whole: { ms: number; againMs: number; facts: number; claims: number; conflicts: number } | { skipped: string } };
  cache: { writeSeconds: number; packs: number; packMB: number };
  reopen: { seconds: number; analysed: number; restored: number; folderCompareMs: number; heapUsedMB: number; rssMB: number; budgetSeconds: number };
  /** The built server in its own process (bench/process.ts): first start, then a reopened window. */
  process: { index: ProcessRun; reopen: ProcessRun; budgetMB: number } | { skipped: string };
}

/** Index `count` generated articles from disk and hover at random mentions. */
export async function benchServer(count: number, wordsPerArticle = 650): Promise<ServerBenchResult> {
  const dir = path.join(tmpdir(), `newslens-bench-${count}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `outlet-${i % 20}`);
    if (i < 20) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `article-${i}.txt`), generateArticle(7_000_000 + i, wordsPerArticle));
  }

  gc();
  const engine = createNewsLens({ names: loadNameRecognizer() });
  const cacheDir = `${dir}-cache`;
  rmSync(cacheDir, { recursive: true, force: true });
  const quiet = { info: () => undefined, warn: () => undefined };
  const open = (): { index: ReturnType<typeof createSourceIndex>; workspace: SourceWorkspace } => {
    const index = createSourceIndex(engine);
    // The server's own worker pool, from the build (npm run bench builds first).
    const workspace = new SourceWorkspace(
      index, DEFAULT_SETTINGS, quiet,
      () => workerAnalyzer(path.resolve(__dirname, '../dist/analysisWorker.js'), engine),
      inlineAnalyzer(engine),
      () => workerReader(path.resolve(__dirname, '../dist/readerWorker.js')),
    );
    workspace.setFolders([URI.file(dir).toString()]);
    workspace.setCache(new SourceCache(cacheDir, 'bench', quiet));
    return { index, workspace };
  };
  const { index, workspace } = open();
  const started = performance.now();
  await workspace.indexAll(() => undefined);
  const seconds = (performance.now() - started) / 1000;
  const cacheStarted = performance.now();
  await workspace.saveCache();
  const cacheSeconds = (performance.now() - cacheStarted) / 1000;
  // Let the terminated workers' memory go before measuring.
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  gc();
  const memory = process.memoryUsage();

  let tokens = 0;
  const records = [...index.records()];
  for (const r of records) tokens += r.analysis.tokenCount;

  // The comparison first, as the Source Comparison view asks it: over one outlet's folder (1/20
  // of the sources), then over the whole workspace. Every generated article reports the same
  // few measures (one story), so each fact holds claims from all sources; pairs are only looked
  // at within one as-of date and up to a cap, yet the whole comparison grows faster than the
  // workspace: it is timed up to NEWSLENS_BENCH_COMPARE_MAX articles (default 10,000).
  const compareMax = Number(process.env.NEWSLENS_BENCH_COMPARE_MAX ?? 10_000);
  const folderUri = URI.file(path.join(dir, 'outlet-0')).toString() + '/';
  const folderStarted = performance.now();
  const inFolder = index.comparison((uri) => uri.startsWith(folderUri));
  const folderMs = performance.now() - folderStarted;
  let whole: { ms: number; againMs: number; facts: number; claims: number; conflicts: number } | { skipped: string };
  if (index.size <= compareMax) {
    const compareStarted = performance.now();
    const comparison = index.comparison();
    const compareMs = performance.now() - compareStarted;
    const againStarted = performance.now();
    index.comparison();
    whole = {
      ms: round(compareMs, 1), againMs: round(performance.now() - againStarted, 2), facts: comparison.facts.length,
      claims: comparison.facts.reduce((n, f) => n + f.claims.length, 0),
      conflicts: comparison.facts.filter((f) => f.verdict === 'conflict').length,
    };
  } else {
    whole = { skipped: `over ${compareMax} articles (NEWSLENS_BENCH_COMPARE_MAX)` };
  }

  // Hover at random mentions (seeded), after 10% warm-up hovers. A figure's card compares it with
  // every source on its measure (cheap once the whole comparison above is cached, not otherwise):
  // when the whole comparison was skipped, figures are left out and the card kinds say so.
  let seed = 12345;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const withFigures = !('skipped' in whole);
  const targets = Array.from({ length: 2200 }, () => {
    const r = records[Math.floor(random() * records.length)]!;
    const spans = [...r.analysis.entities, ...(withFigures ? r.analysis.figures : []), ...r.analysis.dates];
    const span = spans[Math.floor(random() * spans.length)];
    return { uri: r.uri, offset: span ? span.start + 1 : 0 };
  });
  const times: number[] = [];
  targets.forEach((t, i) => {
    const t0 = performance.now();
    const card = index.hoverCard(t.uri, t.offset, { maxSources: DEFAULT_SETTINGS.hover.maxSources });
    if (card) renderCard(card, DEFAULT_SETTINGS);
    if (i >= 200) times.push(performance.now() - t0);
  });
  times.sort((a, b) => a - b);

  const packFiles = readdirSync(cacheDir).filter((n) => n.endsWith('.nlpack'));
  const packBytes = packFiles.reduce((n, f) => n + statSync(path.join(cacheDir, f)).size, 0);
  const built = {
    articles: index.size, records: records.length,
    compare: { folderMs: round(folderMs, 1), folderFacts: inFolder.facts.length, whole },
  };
  for (const r of [...index.records()]) index.delete(r.uri); // let the first window go
  records.length = 0;
  targets.length = 0;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // A reopened window: the same folder, the disk cache written above.
  const again = open();
  const reopenStarted = performance.now();
  await again.workspace.indexAll(() => undefined);
  const reopenSeconds = (performance.now() - reopenStarted) / 1000;
  const reopenCompareStarted = performance.now();
  again.index.comparison((uri) => uri.startsWith(folderUri));
  const reopenCompareMs = performance.now() - reopenCompareStarted;
  gc();
  const reopenMemory = process.memoryUsage();
  again.workspace.setCache(undefined);
  for (const r of [...again.index.records()]) again.index.delete(r.uri);

  // The server as users run it, on the same folder with a cache of its own.
  const processMax = Number(process.env.NEWSLENS_BENCH_PROCESS_MAX ?? 10_000);
  let serverProcess: ServerBenchResult['process'] = { skipped: `over ${processMax} articles (NEWSLENS_BENCH_PROCESS_MAX)` };
  if (count <= processMax) {
    const processCache = `${dir}-process-cache`;
    rmSync(processCache, { recursive: true, force: true });
    const first = await runServerProcess(dir, processCache);
    serverProcess = { index: first, reopen: await runServerProcess(dir, processCache), budgetMB: 400 };
    rmSync(processCache, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });

  return {
    articles: built.articles,
    tokens,
    indexBuildSeconds: round(seconds),
    tokensPerSecond: Math.round(tokens / seconds),
    heapUsedMB: round(memory.heapUsed / 2 ** 20, 1),
    rssMB: round(memory.rss / 2 ** 20, 1),
    hover: { kinds: withFigures ? 'entities, figures, dates' : 'entities, dates', samples: times.length, p50Ms: round(percentile(times, 50), 3), p99Ms: round(percentile(times, 99), 3), maxMs: round(times[times.length - 1] ?? 0, 3) },
    compare: built.compare,
    cache: { writeSeconds: round(cacheSeconds), packs: packFiles.length, packMB: round(packBytes / 2 ** 20, 1) },
    reopen: {
      seconds: round(reopenSeconds), ...again.workspace.counts, folderCompareMs: round(reopenCompareMs, 1),
      heapUsedMB: round(reopenMemory.heapUsed / 2 ** 20, 1), rssMB: round(reopenMemory.rss / 2 ** 20, 1), budgetSeconds: 3,
    },
    process: serverProcess,
  };
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  void benchServer(count).then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
