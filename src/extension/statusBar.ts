// The status bar item: how many sources are indexed, and progress while indexing.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../server/protocol';

export function registerStatusBar(client: LanguageClient, onStatus: (status: StatusParams) => void): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'NewsLens';
  item.command = 'newslens.sources.focus';
  item.text = '$(sync~spin) NewsLens';
  item.tooltip = 'NewsLens is starting';
  item.show();
  const listener = client.onNotification(StatusNotification, (status: StatusParams) => {
    if (status.indexing) {
      item.text = `$(sync~spin) NewsLens ${status.indexing.done}/${status.indexing.total}`;
      item.tooltip = `Indexing sources: ${status.indexing.done} of ${status.indexing.total}`;
    } else {
      item.text = `$(book) ${status.sources} ${status.sources === 1 ? 'source' : 'sources'}`;
      item.tooltip = `NewsLens: ${status.sources} sources indexed` + (status.skipped > 0 ? `, ${status.skipped} skipped (see Show Log)` : '');
    }
    onStatus(status);
  });
  return vscode.Disposable.from(item, listener);
}
