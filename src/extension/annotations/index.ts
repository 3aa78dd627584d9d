// Annotations in VS Code: comment threads on articles, kept on their text through edits, renames
// and changes made elsewhere; the Annotations view; decorations. One registration for main.ts.

import * as vscode from 'vscode';
import { statusOf, tagsOf, notesOf } from '../../core/annotations/read';
import { registerAnnotationCommands } from './commands';
import { AnnotationThreads } from './comments';
import { registerAnnotationDecorations } from './decorations';
import { registerAnnotationMoves } from './moves';
import { AnnotationStore } from './store';
import { registerTracking } from './tracking';
import { registerAnnotationsView } from './view';

export function registerAnnotations(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Disposable {
  const store = new AnnotationStore(log);
  const threads = new AnnotationThreads(store);
  const moves = registerAnnotationMoves(store, log);
  const disposable = vscode.Disposable.from(
    // Write places still waiting for a pause in typing before anything is torn down.
    { dispose: () => void store.flush() },
    store,
    threads,
    registerTracking(store, log),
    registerAnnotationCommands(store, threads),
    registerAnnotationsView(store),
    registerAnnotationDecorations(store, context.extensionUri),
    moves.disposable,
    // For tests and diagnostics: the annotations as the editor holds them, with their threads.
    vscode.commands.registerCommand('newslens.annotations.inspect', () => store.all().map((article) => ({
      uri: article.uri.toString(),
      rel: article.rel,
      state: article.state,
      message: article.message,
      articleMissing: article.articleMissing,
      annotations: article.annotations.map((a) => ({
        id: a.id,
        status: statusOf(a),
        tags: tagsOf(a),
        notes: notesOf(a).map((n) => ({ id: n.id, text: n.text, author: n.author })),
        anchor: article.anchors.get(a.id),
        stored: a.target.selector[1],
      })),
      threads: threads.describe(article.uri),
    }))),
  );
  void store.loadWorkspace().then(() => moves.relocate()).catch((error: unknown) => log.error(`Loading annotations: ${String(error)}`));
  return disposable;
}
