// Annotations follow their article. A rename or move in VS Code (explorer, refactoring) carries
// the annotation file along: pending places are written first, then the new file is written and
// the old one deleted (host moveAnnotationFile). An article moved outside VS Code (a shell, git,
// another tool) shows up as a deleted and a created file: the annotation file whose article is
// gone is matched by its quotes against the articles that have no annotations of their own.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findMovedArticle, type Candidate } from '../../core/annotations/relocate';
import { listAnnotationSources, moveAnnotationFile } from '../../host/annotations';
import { readArticle } from '../../host/files';
import { type AnnotationStore, isAnnotatable, locate } from './store';

const ARTICLE_GLOB = '**/*.{txt,md,news}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.newslens}/**';
/** Articles read when looking for a moved one; larger workspaces are searched in this many. */
const MAX_CANDIDATES = 5000;
const MAX_CANDIDATE_BYTES = 2 * 1024 * 1024;

export function registerAnnotationMoves(store: AnnotationStore, log: vscode.LogOutputChannel): { disposable: vscode.Disposable; relocate(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changedArticles = new Set<string>();
  const later = (uri: vscode.Uri): void => {
    changedArticles.add(uri.toString());
    if (timer !== undefined) clearTimeout(timer);
    // A move outside the editor is a delete and a create, in either order: wait for both.
    timer = setTimeout(() => {
      timer = undefined;
      const uris = [...changedArticles].map((u) => vscode.Uri.parse(u));
      changedArticles.clear();
      void (async () => {
        for (const uri of uris) if (store.get(uri) !== undefined) await store.reload(uri);
        await relocateMissing(store, log);
      })();
    }, 1000);
  };
  const articles = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB, false, true, false);
  const disposable = vscode.Disposable.from(
    vscode.workspace.onWillRenameFiles((event) => event.waitUntil(Promise.all(event.files.map((f) => store.flush(f.oldUri))))),
    vscode.workspace.onDidRenameFiles((event) => {
      void (async () => {
        for (const { oldUri, newUri } of event.files) await carryAlong(store, log, oldUri, newUri);
      })();
    }),
    articles,
    articles.onDidCreate((uri) => isAnnotatable(uri) && later(uri)),
    articles.onDidDelete((uri) => isAnnotatable(uri) && later(uri)),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
  );
  return { disposable, relocate: () => relocateMissing(store, log) };
}

/** Move the annotation file(s) of a renamed article or folder. */
async function carryAlong(store: AnnotationStore, log: vscode.LogOutputChannel, oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
  const from = locate(oldUri);
  const to = locate(newUri);
  if (from === undefined || to === undefined) return;
  if (from.root !== to.root) {
    log.warn(`${from.rel} moved to another workspace folder; its annotations stay in ${from.root} until it is found there by its content.`);
    return;
  }
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(newUri.fsPath)).isDirectory();
  } catch {
    return;
  }
  const moves: Array<[string, string]> = [];
  if (isFolder) {
    for (const rel of await listAnnotationSources(from.root)) {
      if (rel.startsWith(`${from.rel}/`)) moves.push([rel, `${to.rel}${rel.slice(from.rel.length)}`]);
    }
  } else {
    moves.push([from.rel, to.rel]);
  }
  for (const [oldRel, newRel] of moves) {
    const result = await moveAnnotationFile(from.root, oldRel, newRel);
    const oldArticle = vscode.Uri.file(path.join(from.root, ...oldRel.split('/')));
    const newArticle = vscode.Uri.file(path.join(from.root, ...newRel.split('/')));
    if (result.state === 'moved') {
      log.info(`Annotations of ${oldRel} moved with the article to ${newRel}.`);
      store.forget(oldArticle);
      await store.reload(newArticle);
    } else if (result.state === 'invalid' || result.state === 'exists') {
      log.warn(result.message);
      void vscode.window.showWarningMessage(`NewsLens: the annotations of ${oldRel} did not move with it. ${result.message}`);
    }
  }
}

/** Find articles moved outside the editor by the quotes of their annotations, and move the annotations to them. */
async function relocateMissing(store: AnnotationStore, log: vscode.LogOutputChannel): Promise<void> {
  const missing = store.all().filter((a) => a.articleMissing && a.state === 'ok' && a.annotations.length > 0);
  if (missing.length === 0) return;
  const annotated = new Set(store.all().map((a) => a.uri.toString()));
  const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_CANDIDATES);
  const candidates = new Map<string, Candidate[]>();
  for (const uri of files) {
    const where = locate(uri);
    if (where === undefined || annotated.has(uri.toString()) || !isAnnotatable(uri)) continue;
    const read = await readArticle(uri.fsPath, MAX_CANDIDATE_BYTES);
    if (!read.ok) continue;
    const list = candidates.get(where.root) ?? [];
    list.push({ source: where.rel, text: read.text });
    candidates.set(where.root, list);
  }
  for (const article of missing) {
    const found = findMovedArticle({ source: article.rel, annotations: article.annotations }, candidates.get(article.root) ?? []);
    if (found === undefined) continue;
    const result = await moveAnnotationFile(article.root, article.rel, found);
    if (result.state === 'invalid' || result.state === 'exists') log.warn(result.message);
    if (result.state !== 'moved') continue;
    log.info(`Found ${article.rel} again by its content at ${found}; its annotations moved there.`);
    void vscode.window.showInformationMessage(`NewsLens: ${article.rel} was moved to ${found}; its ${article.annotations.length} annotation(s) followed it.`);
    store.forget(article.uri);
    await store.reload(vscode.Uri.file(path.join(article.root, ...found.split('/'))));
    const list = candidates.get(article.root);
    if (list !== undefined) candidates.set(article.root, list.filter((c) => c.source !== found));
  }
}
