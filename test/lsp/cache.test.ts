// The disk cache, through the built server (dist/server.js) over stdio: a server given a cache
// folder writes its analyses there; the next server over the same workspace restores every
// source from it and analyses nothing, with the same answers; a changed article is the only one
// analysed again; a damaged pack is reported, ignored and replaced.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { countArticles, spawnServer, waitFor } from './support';

const root = path.resolve(__dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'newslens-cache-'));
const workspace = path.join(scratch, 'articles');
const cacheDir = path.join(scratch, 'cache');
cpSync(path.join(root, 'test/fixtures/articles'), workspace, { recursive: true });
const articleCount = countArticles(workspace);
const MERIDIAN = 'boat-strikes/2025-11-12-meridian-wire.txt';

after(() => rmSync(scratch, { recursive: true, force: true }));

function packs(): string[] {
  try {
    return readdirSync(cacheDir).filter((n) => n.endsWith('.nlpack')).sort();
  } catch {
    return [];
  }
}

interface Run {
  /** "Indexed N sources in T ms: A analysed, R from the cache, S skipped." */
  indexed: { analysed: number; restored: number };
  logs: string[];
  answers: unknown;
}

/** One server over the workspace with the cache: index, ask, wait for the cache to be written, shut down. */
async function serve(): Promise<Run> {
  const before = new Set(packs().map((n) => `${n}:${statSync(path.join(cacheDir, n)).mtimeMs}`));
  const { server, rpc } = spawnServer();
  const logs: string[] = [];
  const statuses: { sources: number; indexing: unknown }[] = [];
  rpc.onNotification('window/logMessage', (m: { message: string }) => {
    logs.push(m.message);
  });
  rpc.onNotification('newslens/status', (s: { sources: number; indexing: unknown }) => {
    statuses.push(s);
  });
  rpc.listen();
  try {
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(workspace).toString(),
      workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'articles' }],
      capabilities: {},
      initializationOptions: { cacheDir },
    });
    await rpc.sendNotification('initialized', {});
    const line = await waitFor(() => logs.find((l) => /^Indexed \d+ sources/.test(l)), 'the indexing log line');
    const m = /(\d+) analysed, (\d+) from the cache/.exec(line);
    assert.ok(m, line);
    await waitFor(() => statuses.find((s) => s.indexing === null && s.sources === articleCount), `${articleCount} sources indexed`);
    const uri = URI.file(path.join(workspace, MERIDIAN)).toString();
    const answers = {
      comparison: await rpc.sendRequest('newslens/comparison', {}),
      sources: await rpc.sendRequest('newslens/sources', {}),
      entities: await rpc.sendRequest('newslens/entities', {}),
      symbols: await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
      hover: await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } }),
      tokens: await rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
    };
    const indexed = { analysed: Number(m[1]), restored: Number(m[2]) };
    // A run that analysed something writes the cache after indexing: wait for a new pack.
    if (indexed.analysed > 0) {
      await waitFor(() => packs().some((n) => !before.has(`${n}:${statSync(path.join(cacheDir, n)).mtimeMs}`)) || undefined, 'a new pack');
      await waitFor(() => (readdirSync(cacheDir).some((n) => n.endsWith('.tmp')) ? undefined : true), 'the pack to be renamed in place');
    }
    return { indexed, logs, answers };
  } finally {
    await rpc.sendRequest('shutdown').catch(() => undefined);
    await rpc.sendNotification('exit').catch(() => undefined);
    rpc.dispose();
    server.kill();
  }
}

let first: Run;

test('a first start analyses every article and writes the cache in a few pack files', async () => {
  first = await serve();
  assert.equal(first.indexed.analysed, articleCount);
  assert.equal(first.indexed.restored, 0);
  const files = packs();
  assert.ok(files.length >= 1 && files.length <= 2, `packs: ${files.join(', ')}`);
  const comparison = first.answers as { comparison: { facts: unknown[]; sources: number } };
  assert.equal(comparison.comparison.sources, articleCount);
  assert.ok(comparison.comparison.facts.length > 0, 'the fixtures give facts to compare');
});

test('a restart restores every article from the cache, analyses none, and answers the same', async () => {
  const second = await serve();
  assert.deepEqual(second.indexed, { analysed: 0, restored: articleCount });
  assert.deepStrictEqual(second.answers, first.answers);
});

test('only a changed article is analysed again', async () => {
  appendFileSync(path.join(workspace, MERIDIAN), '\nThe ministry said on Friday that 12 more boats were inspected.\n');
  const third = await serve();
  assert.deepEqual(third.indexed, { analysed: 1, restored: articleCount - 1 });
});

test('a damaged pack is reported, ignored, and replaced with a good one', async () => {
  for (const name of packs()) {
    const file = path.join(cacheDir, name);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2))); // a torn write
  }
  const fourth = await serve();
  assert.ok(fourth.logs.some((l) => /is damaged and is ignored/.test(l)), fourth.logs.join('\n'));
  assert.equal(fourth.indexed.restored, 0);
  assert.equal(fourth.indexed.analysed, articleCount);
  const fifth = await serve();
  assert.deepEqual(fifth.indexed, { analysed: 0, restored: articleCount });
  assert.deepStrictEqual(fifth.answers, fourth.answers);
});
