// NewsLens's language features inside a real VS Code, through the same commands other
// extensions and the editor use: hover, references, definition, symbols, and the export command.
// The workspace is a copy of test/fixtures/articles/boat-strikes (six outlets, one story).
/* global require, describe, it, before */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./support');

const MERIDIAN = '2025-11-12-meridian-wire.txt';
const HARBOR = '2025-11-10-harbor-ledger.txt';
/** The fixture's six articles (test/fixtures/articles/boat-strikes). */
const OUTLETS = [HARBOR, '2025-11-12-andean-observer.md', MERIDIAN, '2025-11-14-gulf-sentinel.news', '2025-11-17-beltway-monitor.md', '2025-11-18-orinoco-news.txt'];


async function article(name) {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  assert.ok(uri, `${name} is in the workspace`);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position `into` characters inside the `occurrence`-th `needle` of a document. */
function positionOf(document, needle, into = 1, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = document.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" in ${document.uri.path}`);
  return document.positionAt(at + into);
}

function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('NewsLens language features', function () {
  this.timeout(60_000);

  before(async () => {
    const { client } = await vscode.extensions.getExtension('newslens.newslens').activate();
    await article(MERIDIAN);
    // The server indexes the workspace in the background: wait until it holds all six outlets
    // (a card drawn from part of them would say less than the tests below expect).
    await waitFor(async () => {
      const sources = await client.sendRequest('newslens/sources');
      return OUTLETS.every((name) => sources.some((s) => s.uri.endsWith(`/${name}`)));
    }, 45_000, 'the six sources to be indexed');
  });

  it('hovers an entity with its type, aliases and what other outlets say', async () => {
    const doc = await article(MERIDIAN);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Petro', 2, 2));
      const md = hoverText(hovers);
      return /other source/.test(md) ? md : undefined;
    }, 20_000, 'a cross-source hover on Petro');
    assert.match(text, /\*\*Gustavo Petro\*\*/);
    assert.match(text, /person/);
    assert.match(text, /Orinoco News Service|Gulf Coast Sentinel|Harbor Ledger/);
    assert.match(text, /command:newslens\.openLocation/);
  });

  it('hovers a figure with the values other outlets give for the same measure', async () => {
    const doc = await article(MERIDIAN);
    const md = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, '80 people', 1));
      const text = hoverText(hovers);
      return /Other sources/.test(text) ? text : undefined;
    }, 20_000, 'a cross-source hover on 80 people');
    assert.match(md, /counts deaths/);
    assert.match(md, /Other sources on deaths/);
    assert.match(md, /\*\*(at least )?(76|79|83)\*\*/);
  });

  it('hovers a date with its ISO value and weekday', async () => {
    const doc = await article(MERIDIAN);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Tuesday', 2));
    assert.match(hoverText(hovers), /2025\\-11\\-11 \\\(Tuesday\\\)/);
  });

  it('finds all references of an entity across sources', async () => {
    const doc = await article(HARBOR);
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Hegseth', 2));
    const files = new Set(refs.map((r) => r.uri.toString()));
    assert.ok(files.size >= 3, `references in ${files.size} files`);
    for (const ref of refs) {
      const other = await vscode.workspace.openTextDocument(ref.uri);
      assert.match(other.getText(ref.range), /^(Pete Hegseth|Hegseth)$/i);
    }
  });

  it('goes to the first mention in the earliest source', async () => {
    const doc = await article(MERIDIAN);
    const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Hegseth', 2));
    assert.equal(defs.length, 1);
    const target = defs[0].uri ?? defs[0].targetUri;
    assert.match(target.path, /2025-11-10-harbor-ledger\.txt$/);
  });

  it('lists entities by type, figures and dates in the outline', async () => {
    const doc = await article(MERIDIAN);
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    const groups = symbols.map((s) => s.name);
    for (const group of ['People', 'Figures', 'Dates']) assert.ok(groups.includes(group), `${group} in ${groups.join(', ')}`);
    const people = symbols.find((s) => s.name === 'People').children.map((c) => c.name);
    assert.ok(people.includes('Gustavo Petro') && people.includes('Pete Hegseth'), people.join(', '));
  });

  it('finds entities across the workspace by name', async () => {
    const found = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'petro');
    const petro = found.find((s) => s.name === 'Gustavo Petro');
    assert.ok(petro, found.map((s) => s.name).join(', '));
    assert.match(petro.containerName, /PER · \d+ sources/);
  });

  it('exports the current article to the export folder and opens it beside', async () => {
    const doc = await article(MERIDIAN);
    await vscode.commands.executeCommand('newslens.exportMarkdown');
    const [exported] = await waitFor(() => vscode.workspace.findFiles('newslens-export/**/*.annotated.md'), 10_000, 'the export file');
    assert.match(exported.path, /newslens-export\/2025-11-12-meridian-wire\.annotated\.md$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exported));
    assert.match(text, /^---\ntitle: /);
    assert.match(text, /\n## Entities\n/);
    assert.match(text, /\[Gustavo Petro\]\(#entity-gustavo-petro\)/);
    const beside = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.ok(beside.includes(exported.toString()) && beside.includes(doc.uri.toString()), 'the export is open beside the article');
  });
});
