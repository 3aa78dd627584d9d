// Keeping annotations on their text: every edit in an open article moves them exactly (core
// edits.ts); opening an article re-anchors them (it may have changed elsewhere: git, another
// editor); closing it writes pending places; annotation files changed on disk (git pull,
// another window, our own writes) are read again through a watcher, and for open articles also
// by a light poll, since file watchers miss events on some systems (and did in our tests).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotationPath, sourceOfAnnotationPath, ANNOTATIONS_FOLDER } from '../../host/annotations';
import { type AnnotationStore, type ArticleAnnotations, isAnnotatable, locate } from './store';

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

  disposables.push(pollOpenArticles(store, log));

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
  // Everything under the folder, not only *.json: a folder deleted at once (git checkout, rm -r)
  // may be reported as one event for the folder.
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**`));
  const reload = (article: vscode.Uri, rel: string): void => {
    void store.reload(article).catch((error: unknown) => log.error(`Reading annotations of ${rel}: ${String(error)}`));
  };
  const onFile = (file: vscode.Uri): void => {
    if (path.basename(file.fsPath).startsWith('.')) return; // our own temporary files
    const rel = sourceOfAnnotationPath(folder.uri.fsPath, file.fsPath);
    if (rel === undefined) return;
    const article = vscode.Uri.file(path.join(folder.uri.fsPath, ...rel.split('/')));
    if (locate(article) !== undefined) reload(article, rel);
  };
  const onDelete = (file: vscode.Uri): void => {
    if (file.fsPath.endsWith('.json')) return onFile(file);
    for (const entry of store.all()) {
      if (entry.root === folder.uri.fsPath) reload(entry.uri, entry.rel);
    }
  };
  return vscode.Disposable.from(watcher, watcher.onDidCreate(onFile), watcher.onDidChange(onFile), watcher.onDidDelete(onDelete));
}

const POLL_MS = 2500;

/**
 * A folder of annotation files removed at once (rm -r, a branch switch) may reach the watcher as
 * one event, or late, or not at all under load: every annotation folder the store knows of is
 * looked at (one stat each, not one per file), and the annotations of a folder that is gone are
 * read again, which lets them go.
 */
async function dropRemovedFolders(store: AnnotationStore): Promise<void> {
  const byFolder = new Map<string, ArticleAnnotations[]>();
  for (const entry of store.all()) {
    const folder = path.dirname(annotationPath(entry.root, entry.rel));
    const list = byFolder.get(folder);
    if (list === undefined) byFolder.set(folder, [entry]);
    else list.push(entry);
  }
  for (const [folder, entries] of byFolder) {
    const gone = await fs.stat(folder).then(() => false, () => true);
    if (gone) for (const entry of entries) await store.reload(entry.uri);
  }
}

/**
 * Every few seconds, look at the annotation files of the open articles (one stat each) and read
 * again those whose size or time changed: a safety net under the watcher, for the files a user
 * is looking at.
 */
function pollOpenArticles(store: AnnotationStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const seen = new Map<string, string>();
  let running = false;
  const poll = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const open = new Set<string>();
      for (const document of vscode.workspace.textDocuments) {
        const where = locate(document.uri);
        if (where === undefined || document.isClosed || !isAnnotatable(document.uri)) continue;
        const key = document.uri.toString();
        open.add(key);
        let signature = 'missing';
        try {
          const stat = await fs.stat(annotationPath(where.root, where.rel));
          signature = `${stat.mtimeMs}:${stat.size}`;
        } catch {
          // no annotation file (yet)
        }
        const before = seen.get(key);
        seen.set(key, signature);
        if (before !== undefined && before !== signature) {
          const summary = (): string => {
            const entry = store.get(document.uri);
            return entry === undefined ? 'none' : `${entry.state}:${entry.annotations.map((a) => `${a.id}@${a.modified}`).join(',')}`;
          };
          const known = summary();
          await store.reload(document.uri);
          // Usually the watcher got there first; say so when it did not, to see how often.
          if (summary() !== known) log.info(`Annotation file of ${where.rel} changed on disk; read again (the file watcher had not reported it).`);
        }
      }
      for (const key of seen.keys()) if (!open.has(key)) seen.delete(key);
      await dropRemovedFolders(store);
    } catch (error) {
      log.error(`Checking annotation files: ${String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void poll(), POLL_MS);
  return new vscode.Disposable(() => clearInterval(timer));
}
