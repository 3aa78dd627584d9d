// The Sources view: every indexed article with its outlet, date and counts; choosing one opens it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SourcesRequest, type SourceItem } from '../../server/protocol';

class SourcesProvider implements vscode.TreeDataProvider<SourceItem> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(element?: SourceItem): Promise<SourceItem[]> {
    if (element !== undefined) return [];
    const items = await this.client.sendRequest<SourceItem[]>(SourcesRequest);
    return [...items].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.title ?? '').localeCompare(b.title ?? ''));
  }

  getTreeItem(source: SourceItem): vscode.TreeItem {
    const uri = vscode.Uri.parse(source.uri);
    const item = new vscode.TreeItem(source.title ?? vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
    item.description = [source.outlet, source.date].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText(
      `${vscode.workspace.asRelativePath(uri)}\n${source.entities} entities, ${source.figures} figures, ${source.dates} dates`,
    );
    item.resourceUri = uri;
    item.contextValue = 'newslens.source';
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerSourcesView(client: LanguageClient): { disposable: vscode.Disposable; refresh(): void } {
  const provider = new SourcesProvider(client);
  const view = vscode.window.createTreeView('newslens.sources', { treeDataProvider: provider, showCollapseAll: false });
  return { disposable: vscode.Disposable.from(view, provider), refresh: () => provider.refresh() };
}
