// Keeping annotations on their text: every edit in an open article moves them exactly (core
// edits.ts); opening an article re-anchors them (it may have changed elsewhere: git, another
// editor); closing it writes pending places; annotation files changed on disk (git pull,
// another window, our own writes) are read again through a watcher.

import * as vscode from 'vscode';
import { sourceOfAnnotationPath, ANNOTATIONS_FOLDER } from '../../host/annotations';
import * as path from 'node:path';
import { type AnnotationStore, isAnnotatable, locate } from './store';

export function registerTracking(store: AnnotationStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const disposables: vscode.Disposable[] = [
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || store.get(event.document.uri) === undefined) return;
      store.applyEdits(event.document, event.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })));
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isAnnotatable(document.uri)) void reanchorOnOpen(store, document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (store.get(document.uri) === undefined) return;
      // Places were saved for the editor's text; if it closes unsaved, the file on disk is what
      // counts again.
      void store.flush(document.uri).then(() => (document.isDirty ? store.reload(document.uri) : undefined));
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (store.get(document.uri) !== undefined) void store.flush(document.uri);
    }),
  ];

  for (const folder of vscode.workspace.workspaceFolders ?? []) disposables.push(watchFolder(folder, store, log));
  disposables.push(vscode.workspace.onDidChangeWorkspaceFolders((event) => {
    for (const folder of event.added) disposables.push(watchFolder(folder, store, log));
    void store.loadWorkspace();
  }));

  // Articles already open when NewsLens starts.
  for (const document of vscode.workspace.textDocuments) if (isAnnotatable(document.uri)) void reanchorOnOpen(store, document);
  return vscode.Disposable.from(...disposables);
}

async function reanchorOnOpen(store: AnnotationStore, document: vscode.TextDocument): Promise<void> {
  const entry = store.get(document.uri) ?? (await store.reload(document.uri));
  if (entry !== undefined && !document.isClosed) store.reanchor(document);
}

function watchFolder(folder: vscode.WorkspaceFolder, store: AnnotationStore, log: vscode.LogOutputChannel): vscode.Disposable {
  if (folder.uri.scheme !== 'file') return new vscode.Disposable(() => undefined);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**/*.json`));
  const onFile = (file: vscode.Uri): void => {
    const rel = sourceOfAnnotationPath(folder.uri.fsPath, file.fsPath);
    if (rel === undefined || path.basename(file.fsPath).startsWith('.')) return; // our own temporary files
    const article = vscode.Uri.file(path.join(folder.uri.fsPath, ...rel.split('/')));
    if (locate(article) === undefined) return;
    void store.reload(article).catch((error: unknown) => log.error(`Reading annotations of ${rel}: ${String(error)}`));
  };
  return vscode.Disposable.from(watcher, watcher.onDidCreate(onFile), watcher.onDidChange(onFile), watcher.onDidDelete(onFile));
}
