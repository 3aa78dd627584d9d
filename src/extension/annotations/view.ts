// The Annotations view: every annotation of the workspace, grouped by article or by status (a
// toggle in the view's title), orphans included with their quote and the reason they could not be
// placed. Choosing an annotation opens its span (or, for an orphan, its article).

import * as vscode from 'vscode';
import type { Anchor, AnnotationStatus, WebAnnotation } from '../../core/annotations/model';
import { ANNOTATION_STATUSES } from '../../core/annotations/model';
import { notesOf, quoteOf, statusOf, tagsOf } from '../../core/annotations/read';
import { STATUS_LABELS } from './comments';
import type { AnnotationStore, ArticleAnnotations } from './store';

export const VIEW_ID = 'newslens.annotations';
const GROUP_CONTEXT = 'newslens.annotations.groupBy';
export const OPEN_ANNOTATION_COMMAND = 'newslens.annotations.open';

type Grouping = 'article' | 'status';

type Node =
  | { readonly kind: 'article'; readonly article: ArticleAnnotations }
  | { readonly kind: 'status'; readonly status: AnnotationStatus | 'orphan'; readonly items: readonly AnnotationNode[] }
  | AnnotationNode;

interface AnnotationNode {
  readonly kind: 'annotation';
  readonly article: ArticleAnnotations;
  readonly annotation: WebAnnotation;
  readonly anchor: Anchor | undefined;
  readonly showArticle: boolean;
}

const STATUS_ICONS: Record<AnnotationStatus | 'orphan', [string, string]> = {
  open: ['comment', 'charts.blue'],
  verified: ['pass', 'charts.green'],
  disputed: ['warning', 'charts.orange'],
  resolved: ['check-all', 'disabledForeground'],
  orphan: ['debug-disconnect', 'problemsWarningIcon.foreground'],
};

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function isOrphan(node: AnnotationNode): boolean {
  return node.anchor?.state !== 'anchored';
}

class AnnotationsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: Grouping = 'article';

  constructor(private readonly store: AnnotationStore) {}

  refresh(): void {
    this.changed.fire();
  }

  private annotationNodes(article: ArticleAnnotations, showArticle: boolean): AnnotationNode[] {
    return article.annotations.map((annotation) => ({ kind: 'annotation' as const, article, annotation, anchor: article.anchors.get(annotation.id), showArticle }));
  }

  getChildren(element?: Node): Node[] {
    if (element === undefined) {
      const articles = this.store.all();
      if (this.grouping === 'article') return articles.map((article) => ({ kind: 'article' as const, article }));
      const all = articles.flatMap((a) => this.annotationNodes(a, true));
      const groups: Node[] = ANNOTATION_STATUSES.map((status) => ({ kind: 'status' as const, status, items: all.filter((n) => !isOrphan(n) && statusOf(n.annotation) === status) }));
      groups.push({ kind: 'status', status: 'orphan', items: all.filter(isOrphan) });
      return groups.filter((g) => g.kind === 'status' && g.items.length > 0);
    }
    if (element.kind === 'article') {
      // Placed annotations in reading order, orphans after them.
      const nodes = this.annotationNodes(element.article, false);
      const at = (n: AnnotationNode): number => (n.anchor?.state === 'anchored' ? n.anchor.start : Number.MAX_SAFE_INTEGER);
      return nodes.sort((a, b) => at(a) - at(b));
    }
    if (element.kind === 'status') return [...element.items];
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'article') {
      const { article } = node;
      const orphans = article.annotations.filter((a) => article.anchors.get(a.id)?.state !== 'anchored').length;
      const item = new vscode.TreeItem(article.rel, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `article:${article.uri.toString()}`;
      item.resourceUri = article.uri;
      const counts = [`${article.annotations.length} note${article.annotations.length === 1 ? '' : 's'}`];
      if (orphans > 0) counts.push(`${orphans} orphaned`);
      if (article.articleMissing) counts.push('article missing');
      item.description = counts.join(' · ');
      if (article.state === 'invalid') {
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.description = 'annotation file cannot be read';
        item.tooltip = new vscode.MarkdownString().appendText(article.message ?? '');
      } else {
        item.iconPath = vscode.ThemeIcon.File;
      }
      item.contextValue = 'newslens.annotatedArticle';
      return item;
    }
    if (node.kind === 'status') {
      const item = new vscode.TreeItem(node.status === 'orphan' ? 'Orphaned' : STATUS_LABELS[node.status], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `status:${node.status}`;
      item.description = String(node.items.length);
      const [icon, color] = STATUS_ICONS[node.status];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      return item;
    }
    const { annotation, article, anchor } = node;
    const status = statusOf(annotation);
    const orphan = isOrphan(node);
    const notes = notesOf(annotation);
    const item = new vscode.TreeItem(`“${excerpt(quoteOf(annotation), 48)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${article.uri.toString()}:${annotation.id}`;
    const tags = tagsOf(annotation).map((t) => `#${t}`).join(' ');
    item.description = [orphan ? 'orphan' : STATUS_LABELS[status], notes[0] === undefined ? '' : excerpt(notes[0].text, 40), tags, node.showArticle ? article.rel : '']
      .filter((s) => s !== '').join(' · ');
    const [icon, color] = STATUS_ICONS[orphan ? 'orphan' : status];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`“${quoteOf(annotation)}”\n${article.rel} · ${STATUS_LABELS[status]}${tags === '' ? '' : ` · ${tags}`}\n`);
    if (orphan) tooltip.appendText(`Orphan: ${anchor?.state === 'orphan' ? anchor.reason : 'not placed yet'}. Its notes are kept.\n`);
    for (const n of notes) tooltip.appendText(`\n${n.author}, ${n.created.slice(0, 10)}: ${n.text}`);
    item.tooltip = tooltip;
    item.contextValue = orphan ? 'newslens.annotation.orphan' : `newslens.annotation.${status}`;
    item.command = { command: OPEN_ANNOTATION_COMMAND, title: 'Open', arguments: [{ uri: article.uri.toString(), annotationId: annotation.id }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerAnnotationsView(store: AnnotationStore): vscode.Disposable {
  const provider = new AnnotationsProvider(store);
  const view = vscode.window.createTreeView<Node>(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    // Typing moves anchors on every keystroke; the tree need not follow faster than this.
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      provider.refresh();
      const total = store.all().reduce((n, a) => n + a.annotations.length, 0);
      view.badge = total > 0 ? { value: total, tooltip: `${total} annotation${total === 1 ? '' : 's'}` } : undefined;
    }, 300);
  };
  const group = (grouping: Grouping): void => {
    provider.grouping = grouping;
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, grouping);
    provider.refresh();
  };
  void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, 'article');
  refresh();
  return vscode.Disposable.from(
    view,
    provider,
    store.onDidChange(refresh),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
    vscode.commands.registerCommand('newslens.annotations.groupByStatus', () => group('status')),
    vscode.commands.registerCommand('newslens.annotations.groupByArticle', () => group('article')),
    vscode.commands.registerCommand(OPEN_ANNOTATION_COMMAND, (ref: { uri: string; annotationId: string }) => openAnnotation(store, ref)),
  );
}

/** Open the article at the annotation's span; for an orphan, open the article and say why it has no place. */
async function openAnnotation(store: AnnotationStore, ref: { uri: string; annotationId: string }): Promise<void> {
  const uri = vscode.Uri.parse(ref.uri);
  const entry = store.get(uri);
  const annotation = entry?.annotations.find((a) => a.id === ref.annotationId);
  if (entry === undefined || annotation === undefined) return;
  if (entry.articleMissing) {
    void vscode.window.showWarningMessage(`NewsLens: ${entry.rel} is not on disk. Its annotations are kept in .newslens/annotations/${entry.rel}.json and follow the article when it is found again.`);
    return;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const placed = store.get(uri)?.anchors.get(annotation.id);
  if (placed?.state === 'anchored') {
    const range = new vscode.Range(document.positionAt(placed.start), document.positionAt(placed.end));
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
    return;
  }
  await vscode.window.showTextDocument(document, { preview: true });
  void vscode.window.showInformationMessage(`NewsLens: this annotation is an orphan (${placed?.state === 'orphan' ? placed.reason : 'not placed'}). It was on “${excerpt(quoteOf(annotation), 80)}”.`);
}
