// What the LSP tests share: waiting for the server to get somewhere, and counting the articles
// a copied workspace holds (so a test waits for exactly that many sources to be indexed).

import { readdirSync } from 'node:fs';
import * as path from 'node:path';

/** Polls `check` every 50 ms until it gives a value (not undefined or false); fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined | false, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The .txt, .md and .news files under `dir`. */
export function countArticles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) =>
    n + (e.isDirectory() ? countArticles(path.join(dir, e.name)) : /\.(txt|md|news)$/.test(e.name) ? 1 : 0), 0);
}
