// The Source Comparison view inside a real VS Code: the command opens a webview panel over the
// workspace copy of test/fixtures/articles/boat-strikes, its script draws a chart per compared
// figure with focusable points and rows, and what it drew matches the server's comparison.
/* global require, describe, it, before, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./support');


function within(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms))]);
}

function comparisonTabs() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && /newslens\.comparison/.test(t.input.viewType));
}

describe('Source Comparison view', function () {
  this.timeout(90_000);
  let client;
  let folder;

  before(async () => {
    const extension = vscode.extensions.getExtension('newslens.newslens');
    assert.ok(extension, 'the extension is installed');
    client = (await extension.activate()).client;
    folder = vscode.workspace.workspaceFolders[0].uri;
    // Indexing runs in the background: wait until the fixtures' death tolls are compared.
    await waitFor(async () => {
      const data = await client.sendRequest('newslens/comparison', {});
      return data.sources >= 6 && data.facts.some((f) => f.measure === 'deaths' && f.verdict === 'conflict');
    }, 60_000, 'the six sources to be indexed and compared');
  });

  it('is a command in the palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newslens.showComparison'));
  });

  it('opens for a folder and draws every compared figure, conflicts marked', async () => {
    const shown = await vscode.commands.executeCommand('newslens.showComparison', folder);
    assert.ok(shown && shown.panel, 'the command gives its panel');
    assert.match(shown.panel.title, /^Source Comparison: /);
    const rendered = await within(shown.rendered(), 30_000, 'the webview to draw');
    const data = await client.sendRequest('newslens/comparison', { folder: folder.toString() });
    console.log(`    drew ${rendered.facts} figures, ${rendered.points} points, ${rendered.rows} rows, ${rendered.conflicts} conflict marks`);
    assert.equal(rendered.facts, data.facts.length);
    assert.equal(rendered.events, data.events.length);
    assert.ok(data.sources >= 6, `all six outlets are compared (${data.sources})`);
    // One chart per figure with dated claims; a point per claim on the charts and the timeline.
    assert.ok(rendered.charts >= 2, `charts: ${rendered.charts}`);
    const claims = data.facts.reduce((n, f) => n + f.claims.length, 0);
    assert.ok(rendered.points >= claims, `points ${rendered.points} >= claims ${claims}`);
    assert.equal(rendered.rows, claims + data.events.reduce((n, e) => n + e.claims.length, 0));
    assert.ok(rendered.conflicts >= 2, 'both sides of the deaths conflict are marked');
    assert.equal(comparisonTabs().length, 1, 'one comparison tab');
  });

  it('gives the server\'s facts with the positions that open each quote', async () => {
    const data = await client.sendRequest('newslens/comparison', {});
    const deaths = data.facts.find((f) => f.measure === 'deaths' && f.verdict === 'conflict');
    assert.ok(deaths.conflicts.length > 0);
    const strikes = data.facts.find((f) => f.measure === 'strikes');
    assert.equal(strikes.verdict, 'evolving');
    const claim = deaths.claims[deaths.conflicts[0].a];
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(claim.uri));
    const range = new vscode.Range(claim.line, claim.character, claim.endLine, claim.endCharacter);
    assert.equal(document.getText(range), claim.text);
    assert.ok(data.timeline.length > 0 && data.timeline.every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.day)));
  });

  it('opens again in the same panel, for the whole workspace', async () => {
    const shown = await vscode.commands.executeCommand('newslens.showComparison', folder);
    await within(shown.rendered(), 30_000, 'the webview to draw again');
    assert.equal(comparisonTabs().length, 1, 'still one comparison tab');
    shown.panel.dispose();
    await waitFor(() => comparisonTabs().length === 0, 5000, 'the tab to close');
  });
});
