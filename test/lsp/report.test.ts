// `newslens/report` and the annotations in `newslens/export`, asked of the built server
// (dist/server.js) over stdio with real JSON-RPC, on a copy of the ferry-report workspace:
// the report is the CLI's (same golden file), progress comes per source on the work-done
// token, and a cancelled request stops with RequestCancelled and returns nothing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import {
  CancellationTokenSource, ResponseError, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { parseMarkdown } from '../support/markdown';
import { spawnServer, waitFor } from './support';

const root = path.resolve(__dirname, '../..');
const workspace = path.join(tempDir('newslens-lsp-report-'), 'ferry-report');
cpSync(path.join(root, 'test/fixtures/workspaces/ferry-report'), workspace, { recursive: true });

let server: ChildProcess;
let rpc: MessageConnection;
const progress: { token: string; value: { kind: string; message?: string; percentage?: number } }[] = [];

const uriOf = (rel: string): string => URI.file(path.join(workspace, rel)).toString();

before(async () => {
  ({ server, rpc } = spawnServer());
  const statuses: { sources: number; indexing: unknown }[] = [];
  rpc.onNotification('newslens/status', (status: { sources: number; indexing: unknown }) => {
    statuses.push(status);
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.onNotification('$/progress', (p: unknown) => {
    progress.push(p as (typeof progress)[number]);
  });
  rpc.onRequest('window/workDoneProgress/create', (_params: unknown) => null);
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(workspace).toString(),
    workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'ferry-report' }],
    capabilities: { window: { workDoneProgress: true } },
  });
  await rpc.sendNotification('initialized', {});
  await waitFor(() => statuses.find((s) => s.indexing === null && s.sources === 3), '3 sources indexed');
});

after(async () => {
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  server.kill();
});

test('the report is the CLI\'s report (same golden file), with progress per source on the work-done token', async () => {
  const result = await rpc.sendRequest('newslens/report', {
    folder: URI.file(workspace).toString(), format: 'md', target: uriOf('report.md'), workDoneToken: 'report-1',
  }) as { content: string; sources: number; annotations: number; problems: string[] };
  assert.deepEqual([result.sources, result.annotations, result.problems], [3, 6, []]);
  assert.equal(result.content, readFileSync(path.join(root, 'test/golden/report/report.md'), 'utf8'));
  const mine = progress.filter((p) => p.token === 'report-1').map((p) => p.value);
  assert.equal(mine[0]?.kind, 'begin');
  assert.equal(mine.at(-1)?.kind, 'end');
  const perSource = mine.filter((v) => v.kind === 'report' && /^\d of 3: articles\//.test(v.message ?? ''));
  assert.equal(perSource.length, 3, 'one step per source');
});

test('JSON: the AnnotationCollection the CLI writes', async () => {
  const result = await rpc.sendRequest('newslens/report', {
    folder: URI.file(workspace).toString(), format: 'json', target: uriOf('report.json'),
  }) as { content: string };
  assert.equal(result.content, readFileSync(path.join(root, 'test/golden/report/report.json'), 'utf8'));
});

test('a cancelled report stops with RequestCancelled', async () => {
  const source = new CancellationTokenSource();
  const pending = rpc.sendRequest('newslens/report', {
    folder: URI.file(workspace).toString(), format: 'md', target: uriOf('report.md'),
  }, source.token);
  source.cancel();
  await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === -32800);
});

test('newslens/export puts the article\'s annotations in as footnotes', async () => {
  const result = await rpc.sendRequest('newslens/export', { uri: uriOf('articles/2025-11-03-coastal-courier.txt') }) as { markdown: string };
  const definitions: string[] = [];
  const walk = (node: { type: string; identifier?: string; children?: unknown[] }): void => {
    if (node.type === 'footnoteDefinition' && node.identifier !== undefined) definitions.push(node.identifier);
    for (const child of (node.children ?? []) as typeof node[]) walk(child);
  };
  walk(parseMarkdown(result.markdown));
  assert.deepEqual(definitions.filter((id) => /^n\d$/.test(id)), ['n1', 'n2', 'n3']);
  assert.match(result.markdown, /\*\*Status:\*\* disputed · \*\*Tags:\*\* #casualties #sourcing/);
});
