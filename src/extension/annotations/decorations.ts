// Annotated spans in the editor: a gutter icon and a background in the theme colour
// `newslens.annotationBackground` (contributed with dark, light and high-contrast defaults).
// One decoration type, created once; ranges follow the store, which follows every edit.

import * as vscode from 'vscode';
import type { AnnotationStore } from './store';

export function registerAnnotationDecorations(store: AnnotationStore, extensionUri: vscode.Uri): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('newslens.annotationBackground'),
    overviewRulerColor: new vscode.ThemeColor('newslens.annotationBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'annotation.svg'),
    gutterIconSize: '80%',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  const paint = (editor: vscode.TextEditor): void => {
    const entry = store.get(editor.document.uri);
    const ranges: vscode.Range[] = [];
    for (const placed of entry?.anchors.values() ?? []) {
      if (placed.state === 'anchored') ranges.push(new vscode.Range(editor.document.positionAt(placed.start), editor.document.positionAt(placed.end)));
    }
    editor.setDecorations(type, ranges);
  };
  const paintAll = (uri?: vscode.Uri): void => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri === undefined || editor.document.uri.toString() === uri.toString()) paint(editor);
    }
  };
  paintAll();
  return vscode.Disposable.from(
    type,
    store.onDidChange(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(() => paintAll()),
  );
}
