// What the LSP tests share: starting the built server, waiting for it to get somewhere, and
// counting the articles a copied workspace holds (so a test waits for that many to be indexed).

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The repository, where dist/ and test/fixtures/ are. */
export const ROOT = path.resolve(__dirname, '../..');

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

/**
 * The built server (dist/server.js) on stdio and a JSON-RPC connection to it. The connection
 * is not listening yet: register the notifications a test watches, then call `rpc.listen()`.
 */
export function spawnServer(): { server: ChildProcess; rpc: MessageConnection } {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  return { server, rpc };
}
