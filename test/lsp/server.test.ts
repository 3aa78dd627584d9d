// The built language server (dist/server.js, built by `npm test` first) driven over stdio with
// real JSON-RPC, as any LSP client would: no editor, no mocks.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { parseMarkdown } from '../support/markdown';
import { countArticles, spawnServer, waitFor } from './support';

const root = path.resolve(__dirname, '../..');
const workspace = tempDir('newslens-lsp-');
cpSync(path.join(root, 'test/fixtures/articles'), workspace, { recursive: true });
const articleCount = countArticles(workspace);

let server: ChildProcess;
let rpc: MessageConnection;
const statuses: { sources: number; indexing: unknown }[] = [];

function uriOf(rel: string): string {
  return URI.file(path.join(workspace, rel)).toString();
}

/** Line/character of the n-th occurrence of `needle` in a fixture, plus `into` characters. */
function positionOf(rel: string, needle: string, into = 1, occurrence = 1): { line: number; character: number } {
  const text = readFileSync(path.join(workspace, rel), 'utf8').replace(/^\uFEFF/, '');
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in ${rel}`);
  const before = text.slice(0, at + into);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

const HARBOR = 'boat-strikes/2025-11-10-harbor-ledger.txt';
const MERIDIAN = 'boat-strikes/2025-11-12-meridian-wire.txt';

before(async () => {
  ({ server, rpc } = spawnServer());
  rpc.onNotification('newslens/status', (status: { sources: number; indexing: unknown }) => {
    statuses.push(status);
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  const init = await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(workspace).toString(),
    workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'articles' }],
    capabilities: {},
  }) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities['hoverProvider']);
  await rpc.sendNotification('initialized', {});
  await waitFor(() => statuses.find((s) => s.indexing === null && s.sources === articleCount), `${articleCount} sources indexed`);
});

after(async () => {
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  server.kill();
});

test('indexes every article of the workspace and reports it', () => {
  const last = statuses[statuses.length - 1];
  assert.equal(last?.sources, articleCount);
});

test('hover on an entity shows its type and what other sources say, with links into them', async () => {
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(MERIDIAN) }, position: positionOf(MERIDIAN, 'Petro', 2, 1) }) as { contents: { kind: string; value: string } };
  const md = hover.contents.value;
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(md, /\*\*Gustavo Petro\*\*/);
  assert.match(md, /person \\\(PER\\\)/); // parentheses come escaped: article text is never Markdown
  assert.match(md, /other sources?\*\*/);
  assert.match(md, /command:newslens\.openLocation\?/);
  // The link opens another source, not this one.
  const links = [...md.matchAll(/command:newslens\.openLocation\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1]!))[0] as { uri: string });
  assert.ok(links.length > 0 && links.every((l) => l.uri !== uriOf(MERIDIAN)));
});

test('hover on a figure lists other sources\' values for the same measure', async () => {
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(MERIDIAN) }, position: positionOf(MERIDIAN, '80 people', 1) }) as { contents: { value: string } };
  const md = hover.contents.value;
  assert.match(md, /counts deaths/);
  assert.match(md, /Other sources on deaths/);
  assert.match(md, /\*\*(at least )?(76|79|83)\*\*/);
});

test('hover on a date shows its ISO value and weekday', async () => {
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(MERIDIAN) }, position: positionOf(MERIDIAN, 'Tuesday', 2) }) as { contents: { value: string } };
  assert.match(hover.contents.value, /2025\\-11\\-11 \\\(Tuesday\\\)/);
});

test('find all references on an entity lists its mentions in several sources', async () => {
  const refs = await rpc.sendRequest('textDocument/references', {
    textDocument: { uri: uriOf(HARBOR) }, position: positionOf(HARBOR, 'Hegseth', 2), context: { includeDeclaration: true },
  }) as { uri: string; range: { start: { line: number; character: number } } }[];
  const files = new Set(refs.map((r) => r.uri));
  assert.ok(files.size >= 3, `mentions in ${files.size} sources`);
  for (const ref of refs) {
    const text = readFileSync(URI.parse(ref.uri).fsPath, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[ref.range.start.line] ?? '';
    assert.match(text.slice(ref.range.start.character), /^(Pete Hegseth|Hegseth)/i);
  }
});

test('document symbols list entities by type, figures and dates', async () => {
  const symbols = await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(MERIDIAN) } }) as { name: string; children: { name: string }[] }[];
  const groups = symbols.map((s) => s.name);
  assert.ok(groups.includes('People') && groups.includes('Figures') && groups.includes('Dates'), groups.join(', '));
  const people = symbols.find((s) => s.name === 'People')!.children.map((c) => c.name);
  assert.ok(people.includes('Gustavo Petro'));
});

test('workspace symbols find entities across sources', async () => {
  const found = await rpc.sendRequest('workspace/symbol', { query: 'hegseth' }) as { name: string; location: { uri: string } }[];
  assert.ok(found.some((s) => s.name === 'Pete Hegseth'));
});

test('semantic tokens cover the recognised mentions', async () => {
  const tokens = await rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(MERIDIAN) } }) as { data: number[] };
  assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
});

test('an open document is analysed from the editor text on every change', async () => {
  const uri = uriOf('boat-strikes/draft.txt');
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Draft\n\nNothing here yet.\n' } });
  await rpc.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: 'Draft\nDate: November 14, 2025\n\nGustavo Petro said 83 people died on Tuesday.\n' }],
  });
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } }) as { contents: { value: string } } | null;
  assert.ok(hover !== null);
  assert.match(hover.contents.value, /Gustavo Petro/);
  assert.match(hover.contents.value, /other sources?\*\*/);
  await rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('newslens/export returns annotated Markdown that remark parses', async () => {
  const result = await rpc.sendRequest('newslens/export', { uri: uriOf(MERIDIAN) }) as { markdown: string };
  const tree = parseMarkdown(result.markdown);
  assert.equal(tree.children[0]?.type, 'yaml');
  assert.ok(tree.children.some((n) => n.type === 'table'));
});

test('the Sources and Entities requests describe the workspace', async () => {
  const sources = await rpc.sendRequest('newslens/sources') as { title: string; outlet: string | null }[];
  assert.equal(sources.length, articleCount);
  const entities = await rpc.sendRequest('newslens/entities') as { key: string; canonical: string; sources: number }[];
  const petro = entities.find((e) => e.canonical === 'Gustavo Petro');
  assert.ok(petro && petro.sources >= 3);
  const locations = await rpc.sendRequest('newslens/entityLocations', { key: petro.key }) as { quote: string }[];
  assert.ok(locations.length >= petro.sources && locations.every((l) => /Petro/.test(l.quote)));
});

test('an open document over the size limit is not analysed, and other documents are still served', async () => {
  const uri = uriOf('boat-strikes/huge.txt');
  const line = 'Gustavo Petro said on Tuesday that at least 83 people had died in 21 strikes.\n';
  const text = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)); // over the 2,048 KB default
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.equal(hover, null);
  const other = await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(MERIDIAN) }, position: positionOf(MERIDIAN, 'Tuesday', 2) }) as { contents: { value: string } };
  assert.match(other.contents.value, /Tuesday/);
  await rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
});
