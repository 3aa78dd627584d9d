// Server budgets (DESIGN.md §4), measured on generated workspaces of 1,000 and 10,000 articles
// written to a temporary folder: index build time (finding, reading, analysing, indexing — the
// server's own code path), memory after indexing, and hover time inside the server (the core's
// card plus its Markdown rendering) at mentions picked at random.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNewsLens, createSourceIndex } from '../src/core';
import { loadNameRecognizer } from '../src/host/models';
import { inlineAnalyzer, workerAnalyzer } from '../src/server/analysisPool';
import { renderCard } from '../src/server/hover';
import { DEFAULT_SETTINGS } from '../src/server/protocol';
import { SourceWorkspace } from '../src/server/workspace';
import { generateArticle } from './corpus';

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
  hover: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
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
  const index = createSourceIndex(engine);
  // The server's own worker pool, from the build (npm run bench builds first).
  const workspace = new SourceWorkspace(
    index, DEFAULT_SETTINGS, { info: () => undefined, warn: () => undefined },
    () => workerAnalyzer(path.resolve(__dirname, '../dist/analysisWorker.js'), engine),
    inlineAnalyzer(engine),
  );
  workspace.setFolders([URI.file(dir).toString()]);
  const started = performance.now();
  await workspace.indexAll(() => undefined);
  const seconds = (performance.now() - started) / 1000;
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

  // Hover at 2,000 random mentions (seeded), after 200 warm-up hovers.
  let seed = 12345;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const targets = Array.from({ length: 2200 }, () => {
    const r = records[Math.floor(random() * records.length)]!;
    const spans = [...r.analysis.entities, ...r.analysis.figures, ...r.analysis.dates];
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
  rmSync(dir, { recursive: true, force: true });

  return {
    articles: index.size,
    tokens,
    indexBuildSeconds: round(seconds),
    tokensPerSecond: Math.round(tokens / seconds),
    heapUsedMB: round(memory.heapUsed / 2 ** 20, 1),
    rssMB: round(memory.rss / 2 ** 20, 1),
    hover: { samples: times.length, p50Ms: round(percentile(times, 50), 3), p99Ms: round(percentile(times, 99), 3), maxMs: round(times[times.length - 1] ?? 0, 3) },
  };
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  void benchServer(count).then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
