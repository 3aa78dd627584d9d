// The Source Comparison view: a webview over `newslens/comparison` for the workspace or one
// folder — a timeline of dated events across sources, and a chart per measure of its values by
// as-of date and outlet, conflicts marked. Choosing a point opens the quote in its source.
//
// The webview gets data, never markup: media/compare.js builds the DOM with textContent, under a
// CSP that allows only our own script (by nonce) and style. What it sends back is an index into
// the data this side sent, so a message can open nothing but a claim we listed.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ComparisonRequest, type ClaimEnd, type ComparisonParams, type ComparisonResult,
} from '../../server/protocol';

export const SHOW_COMPARISON_COMMAND = 'newslens.showComparison';
const VIEW_TYPE = 'newslens.comparison';

interface Scope {
  /** A folder; undefined for the whole workspace. */
  readonly folder: vscode.Uri | undefined;
  readonly label: string;
}

/** What the webview drew, as it reports it (counts only). */
export interface RenderedSummary {
  readonly facts: number;
  readonly events: number;
  readonly charts: number;
  readonly points: number;
  readonly rows: number;
  readonly conflicts: number;
}

type FromWebview =
  | { readonly type: 'ready' }
  | ({ readonly type: 'rendered' } & RenderedSummary)
  | { readonly type: 'refresh' }
  | { readonly type: 'open'; readonly kind: 'figure' | 'event'; readonly fact: number; readonly claim: number };

export interface ComparisonView {
  readonly disposable: vscode.Disposable;
  /** The index changed: a panel that is open asks again. */
  refresh(): void;
}

export function registerComparisonView(client: LanguageClient, extensionUri: vscode.Uri): ComparisonView {
  let panel: ComparisonPanel | undefined;
  const command = vscode.commands.registerCommand(SHOW_COMPARISON_COMMAND, async (chosen?: vscode.Uri) => {
    const scope = chosen instanceof vscode.Uri ? scopeOf(chosen) : await pickScope();
    if (scope === undefined) return undefined;
    if (panel === undefined) {
      panel = new ComparisonPanel(client, extensionUri, scope);
      panel.onDidDispose(() => (panel = undefined));
    } else panel.show(scope);
    await panel.update();
    // For callers and tests: the panel, and what its webview drew once it has.
    return { panel: panel.panel, rendered: panel.rendered.bind(panel) };
  });
  return {
    disposable: vscode.Disposable.from(command, { dispose: () => panel?.dispose() }),
    refresh: () => void panel?.update(),
  };
}

function scopeOf(folder: vscode.Uri): Scope {
  return { folder, label: vscode.workspace.asRelativePath(folder, true) };
}

/** The whole workspace, or a folder that holds articles (workspace folders first). */
async function pickScope(): Promise<Scope | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const items: (vscode.QuickPickItem & { scope: Scope })[] = [
    { label: '$(globe) All sources', description: 'the whole workspace', scope: { folder: undefined, label: 'all sources' } },
  ];
  const seen = new Set<string>();
  for (const f of folders) {
    seen.add(f.uri.toString());
    items.push({ label: `$(root-folder) ${f.name}`, description: 'workspace folder', scope: { folder: f.uri, label: f.name } });
  }
  const articles = await vscode.workspace.findFiles('**/*.{txt,md,news}', '**/{node_modules,.git,.newslens}/**', 5000);
  const parents = new Map<string, vscode.Uri>();
  for (const file of articles) {
    const parent = vscode.Uri.joinPath(file, '..');
    if (!seen.has(parent.toString())) parents.set(parent.toString(), parent);
  }
  for (const parent of [...parents.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const label = vscode.workspace.asRelativePath(parent, folders.length > 1);
    items.push({ label: `$(folder) ${label}`, scope: { folder: parent, label } });
  }
  if (items.length === 2) return items[0]?.scope; // one folder: it is the workspace
  const picked = await vscode.window.showQuickPick(items, { title: 'NewsLens: compare the sources of…', placeHolder: 'a folder, or all sources' });
  return picked?.scope;
}

class ComparisonPanel {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private data: ComparisonResult | undefined;
  private request = 0;
  private ready = false;
  private lastRendered: RenderedSummary | undefined;
  private readonly renderedWaiters: ((summary: RenderedSummary) => void)[] = [];

  constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, private scope: Scope) {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title(scope), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    this.panel.iconPath = vscode.Uri.joinPath(media, 'newslens.svg');
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible) void this.update();
      }),
    );
  }

  onDidDispose(listener: () => void): void {
    this.disposables.push(this.panel.onDidDispose(() => {
      listener();
      this.dispose();
    }));
  }

  show(scope: Scope): void {
    this.scope = scope;
    this.panel.title = title(scope);
    this.panel.reveal();
  }

  /** Asks the server again and sends the answer to the webview; a newer request wins. */
  async update(): Promise<void> {
    if (!this.panel.visible && this.data !== undefined) return;
    const request = ++this.request;
    const params: ComparisonParams = this.scope.folder === undefined ? {} : { folder: this.scope.folder.toString() };
    try {
      const data = await this.client.sendRequest<ComparisonResult>(ComparisonRequest, params);
      if (request !== this.request) return;
      this.data = data;
      this.post();
    } catch (error) {
      if (request !== this.request) return;
      void this.panel.webview.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The next (or last, if it came after the current data) summary of what the webview drew. */
  rendered(): Promise<RenderedSummary> {
    if (this.lastRendered !== undefined) return Promise.resolve(this.lastRendered);
    return new Promise((resolve) => this.renderedWaiters.push(resolve));
  }

  private post(): void {
    this.lastRendered = undefined;
    if (!this.ready || this.data === undefined) return;
    void this.panel.webview.postMessage({ type: 'data', scope: this.scope.label, data: this.data });
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'refresh':
        await this.update();
        return;
      case 'rendered': {
        const { facts, events, charts, points, rows, conflicts } = message;
        this.lastRendered = { facts, events, charts, points, rows, conflicts };
        for (const resolve of this.renderedWaiters.splice(0)) resolve(this.lastRendered);
        return;
      }
      case 'open': {
        const claim = this.claimOf(message);
        if (claim === undefined) return;
        const range = new vscode.Range(claim.line, claim.character, claim.endLine, claim.endCharacter);
        await vscode.window.showTextDocument(vscode.Uri.parse(claim.uri), { selection: range, preview: true, viewColumn: vscode.ViewColumn.Beside });
        return;
      }
      default:
    }
  }

  /** The claim a message points at, only if this side sent it. */
  private claimOf(message: { kind: unknown; fact: unknown; claim: unknown }): ({ uri: string; line: number; character: number } & ClaimEnd) | undefined {
    const data = this.data;
    if (data === undefined || !Number.isInteger(message.fact) || !Number.isInteger(message.claim)) return undefined;
    const list = message.kind === 'event' ? data.events : message.kind === 'figure' ? data.facts : undefined;
    return list?.[message.fact as number]?.claims[message.claim as number];
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css'));
    const nonce = makeNonce();
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Source Comparison</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">Comparing sources…</p></main>
<div id="tip" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function title(scope: Scope): string {
  return `Source Comparison: ${scope.label}`;
}

function makeNonce(): string {
  return randomBytes(18).toString('base64url');
}
