// Conflicts between sources in the Problems panel, through the built server (dist/server.js)
// over stdio with real JSON-RPC: both sides of a conflict get a diagnostic that quotes the
// other source and links to it; sources that agree get none; the severity setting applies;
// editing one side updates both.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { spawnServer, waitFor } from './support';

const root = path.resolve(__dirname, '../..');
const workspace = tempDir('newslens-diagnostics-');
cpSync(path.join(root, 'test/fixtures/stories/harlow-bridge'), path.join(workspace, 'bridge'), { recursive: true });
mkdirSync(path.join(workspace, 'floods'));
// Two sources that agree: 21 deaths, and "at least 20" the same day.
writeFileSync(path.join(workspace, 'floods/a.txt'), 'Flood toll rises\nDate: May 4, 2026\n\nThe death toll from the floods has risen to 21, officials said.\n');
writeFileSync(path.join(workspace, 'floods/b.txt'), 'Floods\nDate: May 4, 2026\n\nSo far at least 20 people have been killed in the floods, the agency said.\n');
const ARTICLES = 5;

const HERALD = 'bridge/2026-03-04-lindenport-herald.txt';
const COURIER = 'bridge/2026-03-04-river-courier.md';
const VALLEY = 'bridge/2026-03-06-valley-times.txt';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface Diagnostic {
  range: Range;
  severity: number;
  source: string;
  code: string;
  message: string;
  relatedInformation: { location: { uri: string; range: Range }; message: string }[];
}

let server: ChildProcess;
let rpc: MessageConnection;
const statuses: { sources: number; indexing: unknown }[] = [];
/** The latest diagnostics published per uri, and how many times each was published. */
const diagnostics = new Map<string, Diagnostic[]>();
const publications = new Map<string, number>();

function uriOf(rel: string): string {
  return URI.file(path.join(workspace, rel)).toString();
}

/** Range of the n-th (1-based) occurrence of `needle` in a workspace file. */
function rangeOf(rel: string, needle: string, occurrence = 1): Range {
  const text = readFileSync(path.join(workspace, rel), 'utf8').replace(/^\uFEFF/, '');
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in ${rel}`);
  const pos = (offset: number) => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
  };
  return { start: pos(at), end: pos(at + needle.length) };
}

function onRange(list: readonly Diagnostic[] | undefined, range: Range, code: string): Diagnostic | undefined {
  return list?.find((d) => d.code === code && JSON.stringify(d.range) === JSON.stringify(range));
}

before(async () => {
  ({ server, rpc } = spawnServer());
  rpc.onNotification('newslens/status', (status: { sources: number; indexing: unknown }) => {
    statuses.push(status);
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    publications.set(params.uri, (publications.get(params.uri) ?? 0) + 1);
  });
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(workspace).toString(),
    workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'stories' }],
    capabilities: {},
  });
  await rpc.sendNotification('initialized', {});
  await waitFor(() => statuses.find((s) => s.indexing === null && s.sources === ARTICLES), `${ARTICLES} sources indexed`);
});

after(async () => {
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  server.kill();
});

test('both sides of a figure conflict get a warning quoting the other source, with related information linking to it', async () => {
  const herald = rangeOf(HERALD, '40 people');
  const courier = rangeOf(COURIER, '55 people');
  const here = await waitFor(() => onRange(diagnostics.get(uriOf(HERALD)), herald, 'figure-conflict'), 'the Herald\'s conflict');
  const there = await waitFor(() => onRange(diagnostics.get(uriOf(COURIER)), courier, 'figure-conflict'), 'the Courier\'s conflict');
  for (const d of [here, there]) {
    assert.equal(d.severity, 2, 'warning by default');
    assert.equal(d.source, 'NewsLens');
  }
  assert.match(here.message, /“40 people” here, as of 2026-03-04 vs “55 people” in The River Courier \(2026-03-04\), as of 2026-03-04/);
  assert.match(here.message, /So far 55 people have been injured/, 'quotes the other source');
  assert.match(there.message, /“55 people” here, as of 2026-03-04 vs “40 people” in The Lindenport Herald \(2026-03-04\)/);
  assert.deepEqual(here.relatedInformation.map((r) => r.location), [{ uri: uriOf(COURIER), range: courier }]);
  assert.deepEqual(there.relatedInformation.map((r) => r.location), [{ uri: uriOf(HERALD), range: herald }]);
  assert.match(here.relatedInformation[0]?.message ?? '', /The River Courier \(2026-03-04\) says “55 people”/);
});

test('two dates for one event conflict on both sides; the agreeing event raises nothing', async () => {
  const herald = rangeOf(HERALD, 'Tuesday', 2);
  const courier = rangeOf(COURIER, 'March 2');
  const here = await waitFor(() => onRange(diagnostics.get(uriOf(HERALD)), herald, 'date-conflict'), 'the Herald\'s date conflict');
  const there = await waitFor(() => onRange(diagnostics.get(uriOf(COURIER)), courier, 'date-conflict'), 'the Courier\'s date conflict');
  assert.match(here.message, /Conflicting dates for “Jonas Reiter ordered an independent inquiry”: “Tuesday” \(2026-03-03\) here vs “March 2” \(2026-03-02\) in The River Courier/);
  assert.deepEqual(there.relatedInformation.map((r) => r.location), [{ uri: uriOf(HERALD), range: herald }]);
  // The port closure: Tuesday and March 3 are one day.
  assert.equal(onRange(diagnostics.get(uriOf(HERALD)), rangeOf(HERALD, 'Tuesday', 1), 'date-conflict'), undefined);
  assert.equal(onRange(diagnostics.get(uriOf(COURIER)), rangeOf(COURIER, 'March 3'), 'date-conflict'), undefined);
});

test('sources that agree or evolve raise nothing', async () => {
  await waitFor(() => diagnostics.has(uriOf(COURIER)), 'diagnostics published');
  for (const rel of ['floods/a.txt', 'floods/b.txt', VALLEY]) assert.deepEqual(diagnostics.get(uriOf(rel)) ?? [], [], rel);
  // Exactly the two conflicts on each side of the story.
  assert.deepEqual(diagnostics.get(uriOf(HERALD))?.map((d) => d.code).sort(), ['date-conflict', 'figure-conflict']);
});

test('the severity setting applies, and off clears the conflicts', async () => {
  await rpc.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: { conflicts: { severity: 'error' } } } });
  await waitFor(() => diagnostics.get(uriOf(HERALD))?.every((d) => d.severity === 1) && diagnostics.get(uriOf(HERALD))?.length === 2, 'errors');
  await rpc.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: { conflicts: { severity: 'off' } } } });
  await waitFor(() => diagnostics.get(uriOf(HERALD))?.length === 0 && diagnostics.get(uriOf(COURIER))?.length === 0, 'no diagnostics');
  await rpc.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: {} } });
  await waitFor(() => diagnostics.get(uriOf(HERALD))?.length === 2, 'warnings again');
});

test('editing one side updates the diagnostics of both', async () => {
  const uri = uriOf(COURIER);
  const text = readFileSync(path.join(workspace, COURIER), 'utf8');
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const fixed = text.replace('So far 55 people', 'So far 40 people');
  assert.notEqual(fixed, text);
  await rpc.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: fixed }],
  });
  await waitFor(() => diagnostics.get(uriOf(HERALD))?.every((d) => d.code !== 'figure-conflict'), 'the Herald\'s figure conflict gone');
  await waitFor(() => diagnostics.get(uri)?.every((d) => d.code !== 'figure-conflict'), 'the Courier\'s figure conflict gone');
  assert.deepEqual(diagnostics.get(uri)?.map((d) => d.code), ['date-conflict'], 'the date conflict stays');
});
