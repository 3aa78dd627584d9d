// NewsLens is loaded into a real VS Code and wakes up for a plain-text article: the ground the
// feature suites stand on. These tests use no NewsLens feature, so they fail only when loading
// or activation is broken.
/* global require, describe, it */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor } = require('./support');

const EXTENSION_ID = 'newslens.newslens';

/** Polls `condition` every 50 ms until it holds or `timeoutMs` passes. */

/** "1.139.1" -> [1, 139, 1]; "^1.91.0" -> [1, 91, 0]. */
function versionParts(version) {
  return (/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
}

function atLeast(actual, minimum) {
  for (let i = 0; i < 3; i++) {
    if (actual[i] !== minimum[i]) return actual[i] > minimum[i];
  }
  return true;
}

describe('NewsLens in VS Code', () => {
  it(`is installed as ${EXTENSION_ID}`, () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among ${vscode.extensions.all.length} extensions`);
  });

  it('runs in a VS Code at least as new as the engine it declares', () => {
    const declared = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.engines.vscode;
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.ok(declared, 'package.json declares engines.vscode');
    assert.ok(atLeast(versionParts(vscode.version), versionParts(declared)), `VS Code ${vscode.version} is older than ${declared}`);
  });

  it('activates when a .txt article from the workspace is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist/extension.js')), 'dist/extension.js is built (npm run build)');
    assert.ok(extension.packageJSON.activationEvents.includes('onLanguage:plaintext'), 'activates on plain text');
    const [article] = await vscode.workspace.findFiles('**/*.txt', undefined, 1);
    assert.ok(article, 'the workspace has a .txt article');
    // Another activation event (a .news file in the workspace, an earlier suite) may have come first.
    const wasActive = extension.isActive;
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    await waitFor(() => extension.isActive, 15_000, `${EXTENSION_ID} to activate`);
    if (wasActive) console.log('      (it was already active before the article opened)');
  });

  it('reports how long activation took before the language server started', async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(api.activationMs >= 0);
    assert.ok(api.client.isRunning(), 'the language client is running');
    console.log(`      activation took ${api.activationMs} ms`);
    // `npm run bench` asks for the number through this file (a budget, so reported, not asserted).
    if (process.env.NEWSLENS_ACTIVATION_OUT) {
      fs.writeFileSync(process.env.NEWSLENS_ACTIVATION_OUT, JSON.stringify({ activationMs: api.activationMs, vscode: vscode.version }));
    }
  });
});
