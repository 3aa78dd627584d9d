// Annotations as comment threads inside a real VS Code: a note on a selection, a reply, a status,
// tags and an edited note, all read back from the annotation file on disk; typing in the article
// moves the stored position; a change made on disk by "another window" is picked up; a rename
// carries the annotation file along, and so does a move outside the editor; a broken annotation
// file is reported and left byte for byte as it was. The suite works on articles it writes into
// a folder of its own and removes them afterwards, so the other suites see the fixture untouched.
/* global require, describe, it, before, after, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor } = require('./support');

const FOLDER = 'annotation-suite';
const ARTICLE = [
  'Toll from boat strikes rises again',
  'Date: November 14, 2025',
  '',
  'Officials said at least 83 people were killed in the strikes since September.',
  'The ministry said 21 vessels had been hit, and Route 83 was closed on Tuesday.',
  '',
].join('\n');


// Changes made on disk arrive through the file watcher (or, for open articles, a poll every
// 2.5 s), and edits are stored after a pause; on a machine shared by many jobs the extension
// host can be slow to get to them. A wait ends as soon as its condition holds.
const WATCH_MS = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function root() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri.fsPath;
}

function annotationFile(rel) {
  return path.join(root(), '.newslens', 'annotations', ...rel.split('/')) + '.json';
}

function readStored(rel) {
  try {
    return JSON.parse(fs.readFileSync(annotationFile(rel), 'utf8'));
  } catch {
    return undefined;
  }
}

async function inspect(rel) {
  const all = await vscode.commands.executeCommand('newslens.annotations.inspect');
  return all.find((a) => a.rel === rel);
}

async function openArticle(rel, text) {
  const file = path.join(root(), ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (text !== undefined) fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor, uri: document.uri };
}

function select(editor, needle) {
  const at = editor.document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
  return at;
}

const bodies = (stored, purpose) => stored.annotations[0].body.filter((b) => b.purpose === purpose).map((b) => b.value);

describe('Annotations as comment threads', function () {
  this.timeout(60_000);
  const rel = `${FOLDER}/story.txt`;
  const renamed = `${FOLDER}/renamed/story-2025.txt`;
  let uri;
  let id;
  let start;

  before(async () => {
    const extension = vscode.extensions.getExtension('newslens.newslens');
    // Annotations do not need the language server: a server that fails to start must not hide
    // whether they work (that failure is the activation suite's to report).
    await extension.activate().catch((error) => console.log(`activation: ${error.message}`));
    await waitFor(async () => (await vscode.commands.getCommands(true)).includes('newslens.annotations.inspect'), 10_000, 'the annotation commands');
    await vscode.workspace.getConfiguration('newslens').update('author', 'Test Reporter', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('newslens').update('author', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(path.join(root(), FOLDER), { recursive: true, force: true });
    fs.rmSync(path.join(root(), '.newslens', 'annotations', FOLDER), { recursive: true, force: true });
  });

  it('adds a note on the selected text: a thread in the editor, a W3C annotation on disk', async () => {
    const opened = await openArticle(rel, ARTICLE);
    uri = opened.uri;
    start = select(opened.editor, 'at least 83 people');
    id = await vscode.commands.executeCommand('newslens.annotations.addNote', 'Check the toll against the Pentagon count #toll');
    assert.match(id, /^urn:uuid:[0-9a-f-]{36}$/);

    const stored = await waitFor(() => readStored(rel), WATCH_MS, 'the annotation file');
    assert.equal(stored.source, rel);
    assert.equal(stored.annotations.length, 1);
    const [annotation] = stored.annotations;
    assert.equal(annotation.type, 'Annotation');
    assert.equal(annotation.id, id);
    assert.deepEqual(annotation.creator, { type: 'Person', name: 'Test Reporter' });
    assert.deepEqual(annotation.target.selector[1], { type: 'TextPositionSelector', start, end: start + 18 });
    assert.equal(annotation.target.selector[0].exact, 'at least 83 people');
    assert.equal(annotation.target.selector[0].prefix, ARTICLE.slice(start - 32, start));
    assert.deepEqual(bodies(stored, 'commenting'), ['Check the toll against the Pentagon count #toll']);
    assert.deepEqual(bodies(stored, 'tagging'), ['toll']);
    assert.ok(fs.readFileSync(annotationFile(rel), 'utf8').endsWith('}\n'), 'pretty-printed with a final newline');

    const state = await waitFor(async () => (await inspect(rel))?.threads.length === 1 && inspect(rel), WATCH_MS, 'the comment thread');
    const [thread] = state.threads;
    const from = opened.document.positionAt(start);
    const to = opened.document.positionAt(start + 18);
    assert.deepEqual(thread.range, [from.line, from.character, to.line, to.character]);
    assert.equal(thread.label, 'Open · #toll');
    assert.equal(thread.contextValue, 'newslens.annotation.open');
    assert.deepEqual(thread.comments, [{ body: 'Check the toll against the Pentagon count #toll', author: 'Test Reporter' }]);
  });

  it('replies, sets a status, adds a tag and edits a note: all stored, the thread shows them', async () => {
    const ref = { uri: uri.toString(), annotationId: id };
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.reply', { ...ref, text: 'The Sentinel says 80. #sourcing' }), true);
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.markDisputed', ref), true);
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.addTag', ref, 'casualties'), true);
    const firstNote = readStored(rel).annotations[0].body.find((b) => b.purpose === 'commenting');
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.saveNote', { ...ref, commentId: firstNote.id, text: 'Check the toll against the Pentagon count (edited)' }), true);

    const stored = readStored(rel);
    assert.deepEqual(bodies(stored, 'commenting'), ['Check the toll against the Pentagon count (edited)', 'The Sentinel says 80. #sourcing']);
    assert.deepEqual(bodies(stored, 'tagging'), ['casualties', 'sourcing', 'toll']);
    assert.deepEqual(bodies(stored, 'assessing'), ['disputed']);
    const edited = stored.annotations[0].body.find((b) => b.id === firstNote.id);
    assert.notEqual(edited.modified, undefined);

    const state = await waitFor(async () => {
      const s = await inspect(rel);
      return s?.threads[0]?.comments.length === 2 && s;
    }, WATCH_MS, 'the thread to show the reply');
    assert.equal(state.threads[0].label, 'Disputed · #casualties #sourcing #toll');
    assert.equal(state.threads[0].contextValue, 'newslens.annotation.disputed');
    assert.equal(state.threads[0].comments[0].body, 'Check the toll against the Pentagon count (edited)');
  });

  it('typing in the article moves the stored position and quote exactly', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    assert.ok(editor);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE: '));
    // Inside the span: "at least 83 people" -> "at least 83 more people".
    const inside = editor.document.getText().indexOf('83 people') + 3;
    await editor.edit((b) => b.insert(editor.document.positionAt(inside), 'more '));
    const stored = await waitFor(() => {
      const s = readStored(rel);
      return s?.annotations[0].target.selector[1].start === start + 8 && s.annotations[0].target.selector[1].end === start + 8 + 23 && s;
    }, WATCH_MS, 'the stored position to move with both edits');
    assert.deepEqual(stored.annotations[0].target.selector[1], { type: 'TextPositionSelector', start: start + 8, end: start + 8 + 23 });
    assert.equal(stored.annotations[0].target.selector[0].exact, 'at least 83 more people');
    const state = await inspect(rel);
    const from = editor.document.positionAt(start + 8);
    assert.deepEqual(state.threads[0].range.slice(0, 2), [from.line, from.character]);
  });

  it('deleting the annotated text orphans the note (kept, with its quote); undo brings it back', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const at = editor.document.getText().indexOf('at least 83 more people');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at - 1), editor.document.positionAt(at + 24))));
    const orphaned = await waitFor(async () => {
      const s = await inspect(rel);
      return s?.annotations[0].anchor.state === 'orphan' && s;
    }, WATCH_MS, 'the annotation to become an orphan');
    assert.equal(orphaned.threads.length, 0, 'an orphan has no thread in the editor');
    assert.equal(readStored(rel).annotations.length, 1, 'an orphan is never deleted');
    assert.equal(readStored(rel).annotations[0].target.selector[0].exact, 'at least 83 more people', 'its quote is kept');

    await vscode.commands.executeCommand('undo');
    const back = await waitFor(async () => {
      const s = await inspect(rel);
      return s?.annotations[0].anchor.state === 'anchored' && s?.threads.length === 1 && s;
    }, WATCH_MS, 'undo to place the annotation again');
    assert.equal(editor.document.getText().slice(back.annotations[0].anchor.start, back.annotations[0].anchor.end), 'at least 83 more people');
    await editor.document.save();
  });

  it('picks up an annotation another window wrote to the file', async () => {
    const stored = readStored(rel);
    const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()).getText();
    const quoteAt = text.indexOf('21 vessels');
    const theirs = JSON.parse(JSON.stringify(stored.annotations[0]));
    theirs.id = 'urn:uuid:00000000-0000-4000-8000-000000000042';
    theirs.body = [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000043', type: 'TextualBody', purpose: 'commenting', value: 'From another window', format: 'text/plain', creator: { type: 'Person', name: 'Colleague' }, created: '2025-11-14T12:00:00.000Z', modified: '2025-11-14T12:00:00.000Z' }];
    theirs.target.selector = [
      { type: 'TextQuoteSelector', exact: '21 vessels', prefix: text.slice(quoteAt - 32, quoteAt), suffix: text.slice(quoteAt + 10, quoteAt + 42) },
      { type: 'TextPositionSelector', start: quoteAt, end: quoteAt + 10 },
    ];
    stored.annotations.push(theirs);
    fs.writeFileSync(annotationFile(rel), JSON.stringify(stored, null, 2) + '\n');
    const state = await waitFor(async () => {
      const s = await inspect(rel);
      return s?.threads.length === 2 && s;
    }, WATCH_MS, 'the watcher to pick up the new annotation');
    const thread = state.threads.find((t) => t.annotationId === theirs.id);
    assert.deepEqual(thread.comments, [{ body: 'From another window', author: 'Colleague' }]);
  });

  it('renaming the article in VS Code carries its annotation file along', async () => {
    const edit = new vscode.WorkspaceEdit();
    const target = vscode.Uri.file(path.join(root(), ...renamed.split('/')));
    fs.mkdirSync(path.dirname(target.fsPath), { recursive: true });
    edit.renameFile(uri, target);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const stored = await waitFor(() => readStored(renamed), 10_000, 'the annotation file at the new path');
    assert.equal(stored.source, renamed);
    assert.ok(stored.annotations.every((a) => a.target.source === renamed));
    assert.equal(stored.annotations.length, 2);
    await waitFor(() => !fs.existsSync(annotationFile(rel)), WATCH_MS, 'the old annotation file to go');
    uri = target;
  });

  it('a broken annotation file is reported, left untouched, and nothing is written over it until fixed', async () => {
    const good = fs.readFileSync(annotationFile(renamed), 'utf8');
    const broken = good.slice(0, Math.floor(good.length / 2)); // as if a merge or a crash cut it
    fs.writeFileSync(annotationFile(renamed), broken);
    const state = await waitFor(async () => {
      const s = await inspect(renamed);
      return s?.state === 'invalid' && s;
    }, WATCH_MS, 'the broken file to be noticed');
    assert.match(state.message, /not valid JSON/);
    assert.ok(state.message.includes(annotationFile(renamed)), 'the message names the file');

    const ref = { uri: uri.toString(), annotationId: id };
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.reply', { ...ref, text: 'must not be saved' }), false);
    const { editor } = await openArticle(renamed);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'MORE '));
    await sleep(1500); // longer than the pause after which places are saved
    assert.equal(fs.readFileSync(annotationFile(renamed), 'utf8'), broken, 'the broken file is byte for byte as it was');

    fs.writeFileSync(annotationFile(renamed), good);
    await waitFor(async () => (await inspect(renamed))?.state === 'ok', WATCH_MS, 'the fixed file to be read again');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('an orphan can be re-attached to a new selection', async () => {
    const { editor } = await openArticle(renamed);
    const theirs = 'urn:uuid:00000000-0000-4000-8000-000000000042';
    const at = editor.document.getText().indexOf('21 vessels');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 10)), 'two dozen boats'));
    await waitFor(async () => (await inspect(renamed))?.annotations.find((a) => a.id === theirs)?.anchor.state === 'orphan', WATCH_MS, 'the orphan');
    const start = select(editor, 'two dozen boats');
    assert.equal(await vscode.commands.executeCommand('newslens.annotations.reattach', { uri: uri.toString(), annotationId: theirs }), true);
    const stored = readStored(renamed).annotations.find((a) => a.id === theirs);
    assert.deepEqual(stored.target.selector[1], { type: 'TextPositionSelector', start, end: start + 15 });
    assert.equal(stored.target.selector[0].exact, 'two dozen boats');
    const state = await inspect(renamed);
    assert.equal(state.annotations.find((a) => a.id === theirs).anchor.state, 'anchored');
    assert.ok(state.threads.some((t) => t.annotationId === theirs));
    await editor.document.save();
  });

  it('an article moved outside VS Code is found again by its content', async () => {
    const other = `${FOLDER}/second.txt`;
    const { editor } = await openArticle(other, ARTICLE.replace('Toll from boat strikes rises again', 'A second article on the strikes'));
    select(editor, 'Route 83 was closed');
    const second = await vscode.commands.executeCommand('newslens.annotations.addNote', 'Which route? #geo');
    assert.ok(second);
    await waitFor(() => readStored(other), WATCH_MS, 'the second annotation file');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const moved = `${FOLDER}/archive/second-moved.txt`;
    fs.mkdirSync(path.join(root(), FOLDER, 'archive'), { recursive: true });
    fs.renameSync(path.join(root(), ...other.split('/')), path.join(root(), ...moved.split('/')));
    const stored = await waitFor(() => readStored(moved), 20_000, 'the annotations to follow the moved article');
    assert.equal(stored.annotations[0].id, second);
    assert.equal(stored.annotations[0].target.source, moved);
    assert.equal(fs.existsSync(annotationFile(other)), false);
  });

  it('renaming a folder in VS Code carries the annotation files of its articles along', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const from = vscode.Uri.file(path.join(root(), FOLDER, 'renamed'));
    const to = vscode.Uri.file(path.join(root(), FOLDER, 'filed'));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const moved = `${FOLDER}/filed/story-2025.txt`;
    const stored = await waitFor(() => readStored(moved), 10_000, 'the annotation file in the renamed folder');
    assert.equal(stored.annotations.length, 2);
    assert.ok(stored.annotations.every((a) => a.target.source === moved));
    assert.equal(fs.existsSync(annotationFile(renamed)), false);
  });

  it('annotation files removed outside the editor (a whole folder at once) are let go', async () => {
    fs.rmSync(path.join(root(), '.newslens', 'annotations', FOLDER), { recursive: true, force: true });
    await waitFor(async () => {
      const all = await vscode.commands.executeCommand('newslens.annotations.inspect');
      return !all.some((a) => a.rel.startsWith(`${FOLDER}/`));
    }, WATCH_MS, 'the removed annotations to leave the view');
  });
});
