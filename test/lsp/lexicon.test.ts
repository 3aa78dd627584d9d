// The workspace lexicon through the built language server (dist/server.js over stdio JSON-RPC):
// a malformed lexicon is reported and left alone; code actions on a mention write the user's
// decision to .newslens/lexicon.json, and hovers follow it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { spawnServer, waitFor } from './support';

const workspace = tempDir('newslens-lsp-lexicon-');
const lexiconPath = path.join(workspace, '.newslens/lexicon.json');
const lexiconUri = URI.file(lexiconPath).toString();
const BROKEN = '{\n  "version": 1,\n  "entities": [\n';

const ARTICLES: Record<string, string> = {
  'bogota-desk.txt': [
    'Colombia rejects US account of boat strikes',
    'Date: November 11, 2025',
    '',
    'BOGOTA - President Gustavo Petro said on Tuesday that the Drug Enforcement Administration had not shared its evidence with Colombia.',
    'Petro spoke after a meeting with his ministers.',
    '',
  ].join('\n'),
  'wire-brief.txt': [
    'Colombian leader criticises strikes',
    'Date: November 12, 2025',
    '',
    'President Petro said on Wednesday that the strikes were illegal. Petro asked for an inquiry.',
    '',
  ].join('\n'),
};

let server: ChildProcess;
let rpc: MessageConnection;
const statuses: { sources: number; indexing: unknown }[] = [];
const messages: { type: number; message: string }[] = [];
const diagnostics = new Map<string, { message: string }[]>();

function uriOf(rel: string): string {
  return URI.file(path.join(workspace, rel)).toString();
}

function positionOf(rel: string, needle: string, nth = 0): { line: number; character: number } {
  const text = ARTICLES[rel] ?? '';
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in ${rel}`);
  const lines = text.slice(0, at + 1).split('\n');
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

interface Action { title: string; command?: { command: string; arguments?: unknown[] } }

async function actionsAt(rel: string, needle: string, nth = 0): Promise<Action[]> {
  const position = positionOf(rel, needle, nth);
  return await rpc.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uriOf(rel) }, range: { start: position, end: position }, context: { diagnostics: [] },
  }) as Action[];
}

async function hoverAt(rel: string, needle: string, nth = 0): Promise<string> {
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(rel) }, position: positionOf(rel, needle, nth) }) as { contents: { value: string } } | null;
  return hover?.contents.value ?? '';
}

async function run(action: Action): Promise<{ ok: boolean; message?: string }> {
  assert.ok(action.command, action.title);
  return await rpc.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments }) as { ok: boolean; message?: string };
}

before(async () => {
  for (const [rel, text] of Object.entries(ARTICLES)) writeFileSync(path.join(workspace, rel), text);
  mkdirSync(path.dirname(lexiconPath));
  writeFileSync(lexiconPath, BROKEN);
  ({ server, rpc } = spawnServer());
  rpc.onNotification('newslens/status', (status: { sources: number; indexing: unknown }) => {
    statuses.push(status);
  });
  rpc.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
    messages.push(m);
    return null;
  });
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { message: string }[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  const init = await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(workspace).toString(),
    workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'lexicon' }],
    capabilities: {},
  }) as { capabilities: { codeActionProvider?: unknown; executeCommandProvider?: { commands: string[] } } };
  assert.ok(init.capabilities.codeActionProvider);
  assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['newslens.applyLexiconEdit']);
  await rpc.sendNotification('initialized', {});
  await waitFor(() => statuses.find((s) => s.indexing === null && s.sources === 2), '2 sources indexed');
});

after(async () => {
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  server.kill();
});

test('a malformed lexicon is reported (window message, diagnostic on the file) and never overwritten', async () => {
  const shown = await waitFor(() => messages.find((m) => /lexicon/.test(m.message)), 'a message about the lexicon');
  assert.match(shown.message, /not valid JSON/);
  const onFile = await waitFor(() => diagnostics.get(lexiconUri), 'a diagnostic on lexicon.json');
  assert.match(onFile[0]?.message ?? '', /ignored until fixed/);

  const actions = await actionsAt('wire-brief.txt', 'Petro');
  const split = actions.find((a) => a.title.startsWith('Split “Petro” from'));
  assert.ok(split, actions.map((a) => a.title).join(' | '));
  const result = await run(split);
  assert.equal(result.ok, false);
  assert.match(result.message ?? '', /not valid JSON/);
  assert.equal(readFileSync(lexiconPath, 'utf8'), BROKEN);
});

test('code actions on a mention write the lexicon, and the hover follows it', async () => {
  // The file is fixed outside the editor (a git pull); the watcher tells the server.
  writeFileSync(lexiconPath, '{"version": 1}\n');
  await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
  await waitFor(() => (diagnostics.get(lexiconUri)?.length === 0 ? true : undefined), 'the diagnostic cleared');

  // Across sources, the bare "Petro" of the wire brief is read as the one Gustavo Petro.
  assert.match(await hoverAt('wire-brief.txt', 'Petro'), /\*\*Gustavo Petro\*\*/);
  const actions = await actionsAt('wire-brief.txt', 'Petro');
  const titles = actions.map((a) => a.title);
  for (const expected of ['Merge “Petro” with…', 'Split “Petro” from “Gustavo Petro”', '“Petro” is not an entity', 'Mark “Petro” as ORG', 'Mark “Petro” as LOC', 'Mark “Petro” as MISC']) {
    assert.ok(titles.includes(expected), `${expected} in ${titles.join(' | ')}`);
  }
  assert.ok(!titles.includes('Mark “Petro” as PER'));
  assert.equal(actions.find((a) => a.title.startsWith('Merge'))?.command?.command, 'newslens.mergeEntity');

  const result = await run(actions.find((a) => a.title === 'Split “Petro” from “Gustavo Petro”')!);
  assert.deepEqual(result.ok, true, result.message);
  assert.deepEqual(JSON.parse(readFileSync(lexiconPath, 'utf8')), {
    version: 1, entities: [], split: [{ alias: 'Petro', from: 'Gustavo Petro' }], notEntities: [],
  });
  const split = await hoverAt('wire-brief.txt', 'Petro');
  assert.match(split, /\*\*Petro\*\*/);
  assert.doesNotMatch(split, /Gustavo/);
  // A split holds in every source: the bare "Petro" the desk grouped under the full name too,
  // while the full name itself stays.
  assert.match(await hoverAt('bogota-desk.txt', 'Petro', 1), /\*\*Petro\*\* · person[^]*in 2 sources/);
  assert.match(await hoverAt('bogota-desk.txt', 'Gustavo Petro'), /\*\*Gustavo Petro\*\*/);

  // "Merge with…" as the client runs it after the QuickPick: the bare name joins the full one again.
  const merged = await rpc.sendRequest('workspace/executeCommand', {
    command: 'newslens.applyLexiconEdit',
    arguments: [{ uri: uriOf('wire-brief.txt'), edit: { kind: 'merge', alias: 'Petro', into: { canonical: 'Gustavo Petro', type: 'PER' } } }],
  }) as { ok: boolean };
  assert.equal(merged.ok, true);
  const file = readFileSync(lexiconPath, 'utf8');
  assert.deepEqual(JSON.parse(file), {
    version: 1, entities: [{ canonical: 'Gustavo Petro', type: 'PER', aliases: ['Petro'] }], split: [], notEntities: [],
  });
  assert.ok(file.endsWith('}\n') && file.includes('\n  "entities": [\n'), 'pretty-printed with a final newline');
  assert.match(await hoverAt('wire-brief.txt', 'Petro'), /\*\*Gustavo Petro\*\*/);
});

test('a lexicon changed outside the editor (a git pull) changes the answers', async () => {
  writeFileSync(lexiconPath, `${JSON.stringify({ version: 1, notEntities: ['Gustavo Petro'] }, null, 2)}\n`);
  await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
  // The server reloads on the watcher's event; poll the hover until it follows (at most 10 s).
  let hover = '';
  for (let i = 0; i < 100; i++) {
    hover = await hoverAt('bogota-desk.txt', 'Gustavo Petro');
    if (!/Gustavo Petro/.test(hover)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.doesNotMatch(hover, /Gustavo Petro/);
  const actions = await actionsAt('bogota-desk.txt', 'Gustavo Petro');
  assert.deepEqual(actions, [], 'no entity there, so no entity actions');
});
