// The Entities view: entities across all sources grouped by type, with how many sources and
// mentions each has; expanding one lists its mentions, and choosing a mention opens it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EntitiesRequest, EntityLocationsRequest, OPEN_LOCATION_COMMAND,
  type EntityItem, type EntityLocation, type EntityLocationsParams,
} from '../../server/protocol';

type EntityType = EntityItem['type'];
type Node =
  | { readonly kind: 'group'; readonly type: EntityType; readonly entities: readonly EntityItem[] }
  | { readonly kind: 'entity'; readonly entity: EntityItem }
  | { readonly kind: 'mention'; readonly location: EntityLocation };

const GROUPS: readonly { type: EntityType; label: string; icon: string }[] = [
  { type: 'PER', label: 'People', icon: 'person' },
  { type: 'ORG', label: 'Organisations', icon: 'organization' },
  { type: 'LOC', label: 'Places', icon: 'location' },
  { type: 'MISC', label: 'Other names', icon: 'tag' },
];

class EntitiesProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node === undefined) {
      const entities = await this.client.sendRequest<EntityItem[]>(EntitiesRequest);
      return GROUPS.map((g) => ({ kind: 'group' as const, type: g.type, entities: entities.filter((e) => e.type === g.type) }))
        .filter((g) => g.entities.length > 0);
    }
    if (node.kind === 'group') return node.entities.map((entity) => ({ kind: 'entity' as const, entity }));
    if (node.kind === 'entity') {
      const params: EntityLocationsParams = { key: node.entity.key };
      const locations = await this.client.sendRequest<EntityLocation[]>(EntityLocationsRequest, params);
      return locations.map((location) => ({ kind: 'mention' as const, location }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const group = GROUPS.find((g) => g.type === node.type);
        const item = new vscode.TreeItem(group?.label ?? node.type, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(group?.icon ?? 'symbol-misc');
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${e.sources} ${e.sources === 1 ? 'source' : 'sources'} · ${e.mentions} ${e.mentions === 1 ? 'mention' : 'mentions'}`;
        item.contextValue = 'newslens.entity';
        return item;
      }
      case 'mention': {
        const l = node.location;
        const item = new vscode.TreeItem(l.quote, vscode.TreeItemCollapsibleState.None);
        item.description = [l.outlet, l.title].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(`${l.title ?? ''}\n${l.quote}`);
        item.command = { command: OPEN_LOCATION_COMMAND, title: 'Open mention', arguments: [l] };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerEntitiesView(client: LanguageClient): { disposable: vscode.Disposable; refresh(): void } {
  const provider = new EntitiesProvider(client);
  const view = vscode.window.createTreeView('newslens.entities', { treeDataProvider: provider, showCollapseAll: true });
  return { disposable: vscode.Disposable.from(view, provider), refresh: () => provider.refresh() };
}
