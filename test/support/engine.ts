// The engine as the hosts build it, with the committed model, for tests over whole articles.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createNewsLens, decodeArticle, type NewsLens } from '../../src/core';
import { loadNameRecognizer } from '../../src/host/models';

export const repoRoot = path.resolve(__dirname, '../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');

let shared: NewsLens | undefined;
/** One engine for the whole test process: loading the model once keeps the suite fast. */
export function engine(): NewsLens {
  shared ??= createNewsLens({ names: loadNameRecognizer() });
  return shared;
}

/** Read and decode a fixture; fails the test with the decoder's message when it cannot. */
export function readFixture(file: string): string {
  const decoded = decodeArticle(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  return decoded.text;
}

/** Every article under a folder (.txt, .md, .news), sorted, as paths relative to it. */
export function listArticles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listArticles(full, base));
    else if (/\.(txt|md|news)$/.test(entry.name)) out.push(path.relative(base, full));
  }
  return out;
}
