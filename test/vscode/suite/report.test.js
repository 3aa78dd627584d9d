// NewsLens: Export Annotation Report inside a real VS Code. The ferry-report fixture workspace
// (test/fixtures/workspaces/ferry-report: three outlets, hand-written W3C annotation files) is
// copied into the open workspace as the folder `ferry-report/`, its annotation files moved to
// where the editor keeps them (`.newslens/annotations/ferry-report/...`, sources renamed to
// match), and the command is run on that folder as the explorer's context menu runs it.
/* global require, describe, it, before, after */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor } = require('./support');

const EXTENSION_ID = 'newslens.newslens';
const SUB = 'ferry-report';
const ARTICLES = ['2025-11-03-bay-times.txt', '2025-11-03-coastal-courier.txt', '2025-11-04-island-herald.md'];


async function exists(uri) {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

describe('NewsLens: Export Annotation Report', function () {
  this.timeout(90_000);
  const root = vscode.workspace.workspaceFolders[0].uri;
  const folder = vscode.Uri.joinPath(root, SUB);
  const target = vscode.Uri.joinPath(root, 'newslens-export', 'newslens-report.md');
  const targetJson = vscode.Uri.joinPath(root, 'newslens-export', 'newslens-report.json');
  const annotationFolder = vscode.Uri.joinPath(root, '.newslens', 'annotations', SUB);

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const api = await extension.activate();
    const fixture = vscode.Uri.file(path.join(extension.extensionPath, 'test/fixtures/workspaces', SUB));
    for (const name of ARTICLES) {
      const rel = `articles/${name}`;
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(fixture, rel), vscode.Uri.joinPath(folder, rel), { overwrite: true });
      // In this workspace the article is `ferry-report/articles/...`: its annotations say so.
      const stored = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(fixture, '.newslens/annotations', `${rel}.json`))));
      stored.source = `${SUB}/${rel}`;
      for (const annotation of stored.annotations) annotation.target.source = stored.source;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(annotationFolder, `${rel}.json`), encoder.encode(`${JSON.stringify(stored, null, 2)}\n`));
    }
    await waitFor(async () => {
      const sources = await api.client.sendRequest('newslens/sources');
      return sources.filter((s) => s.uri.includes(`/${SUB}/articles/`)).length === ARTICLES.length;
    }, 60_000, 'the copied articles to be indexed');
  });

  after(async () => {
    for (const uri of [folder, annotationFolder, target, targetJson]) {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('is a command of the palette and of the explorer\'s folder menu', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newslens.exportReport'));
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const contributed = manifest.contributes.commands.find((c) => c.command === 'newslens.exportReport');
    assert.equal(`${contributed.category}: ${contributed.title}`, 'NewsLens: Export Annotation Report');
    assert.ok(manifest.contributes.menus['explorer/context'].some((m) => m.command === 'newslens.exportReport' && /explorerResourceIsFolder/.test(m.when)));
  });

  it('cancelled, it stops and writes nothing', async () => {
    const cancel = new vscode.CancellationTokenSource();
    cancel.cancel();
    const written = await vscode.commands.executeCommand('newslens.exportReport', { folder, token: cancel.token });
    assert.equal(written, undefined);
    assert.equal(await exists(target), false, 'no report file');
  });

  it('writes the report into the export folder and opens it', async () => {
    const written = await vscode.commands.executeCommand('newslens.exportReport', folder);
    assert.ok(written, 'the command returns the file it wrote');
    assert.equal(written.toString(), target.toString());
    const md = decoder.decode(await vscode.workspace.fs.readFile(target));
    console.log(`report: ${md.length} characters; first lines:\n${md.split('\n').slice(0, 16).join('\n')}`);

    assert.match(md, /^# NewsLens annotation report\n/);
    assert.match(md, /\| Sources +\| 3 +\|/);
    assert.match(md, /\| Annotations +\| 6 +\|/);
    assert.match(md, /\| Annotations open +\| 3 +\|/);
    assert.match(md, /\| Annotations orphaned +\| 1 +\|/);
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(sections, ['Sources', 'Figures compared across outlets', 'Conflicts', 'Annotations by status', 'Annotations by author', 'Entities']);
    assert.match(md, /^### Deaths: conflict$/m);
    assert.match(md, /^### Open \(3\)$/m);
    assert.match(md, /^### Ana Ruiz \(3\)$/m);
    // Links lead from the export folder to the articles.
    assert.match(md, /\[ferry-report\/articles\/2025-11-03-bay-times\.txt\]\(\.\.\/ferry-report\/articles\/2025-11-03-bay-times\.txt\)/);
    assert.match(md, /Fourteen crew members were still missing late on Monday.*orphaned: /);
    assert.doesNotMatch(md, /Hegseth|Meridian Wire|Harbor Ledger/, 'only the chosen folder is reported');

    const shown = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()), 10_000, 'the report to be opened');
    assert.equal(shown.document.getText(), md);
  });

  it('Export Annotated Markdown puts an article\'s annotations in as footnotes', async () => {
    const article = vscode.Uri.joinPath(folder, 'articles', '2025-11-03-coastal-courier.txt');
    const written = await vscode.commands.executeCommand('newslens.exportMarkdown', article);
    assert.ok(written, 'the export command returns the file it wrote');
    const md = decoder.decode(await vscode.workspace.fs.readFile(written));
    const definitions = [...md.matchAll(/^\[\^(n\d+)\]:/gm)].map((m) => m[1]);
    assert.deepEqual(definitions, ['n1', 'n2', 'n3']);
    for (const label of definitions) assert.ok(md.includes(`[^${label}]`) && md.indexOf(`[^${label}]`) < md.indexOf(`[^${label}]:`), `[^${label}] is referenced in the text`);
    assert.match(md, /\[\^n1\]: \*\*Status:\*\* disputed · \*\*Tags:\*\* #casualties #sourcing/);
    assert.match(md, /\*\*Ben Okafor\*\*, 2025-11-05: Asked the harbour office; no answer yet\./);
    await vscode.workspace.fs.delete(written, { useTrash: false });
  });

  it('--format json: the annotations as a W3C AnnotationCollection', async () => {
    const written = await vscode.commands.executeCommand('newslens.exportReport', { folder, format: 'json' });
    assert.equal(written.toString(), targetJson.toString());
    const collection = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(targetJson)));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 6);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.items.length, 6);
    for (const item of collection.first.items) assert.match(item.target.source, /^ferry-report\/articles\//);
  });
});
