// NewsLens for VS Code: a thin client. It starts the language server and owns what LSP cannot
// do — commands, the status bar, the tree views. Every registration is owned by the context.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerAnnotations } from './annotations';
import { registerCommands } from './commands';
import { registerReportCommand } from './report';
import { registerLexiconCommands } from './lexicon';
import { registerStatusBar } from './statusBar';
import { registerComparisonView } from './views/compare';
import { registerEntitiesView } from './views/entities';
import { registerSourcesView } from './views/sources';

let client: LanguageClient | undefined;

/** What activate() gives other extensions and the tests. */
export interface NewsLensApi {
  readonly client: LanguageClient;
  /** Milliseconds from the start of activate() until the language server was being started. */
  readonly activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('NewsLens', { log: true });
  client = createClient(context, log);

  const sources = registerSourcesView(client);
  const entities = registerEntitiesView(client);
  const comparison = registerComparisonView(client, context.extensionUri);
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshViews = (): void => {
    // Status arrives often while indexing: refresh the trees at most twice a second.
    if (refreshTimer !== undefined) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      sources.refresh();
      entities.refresh();
    }, 500);
  };
  context.subscriptions.push(
    log,
    sources.disposable,
    entities.disposable,
    comparison.disposable,
    registerCommands(client, log),
    registerReportCommand(client, log),
    registerLexiconCommands(client),
    registerAnnotations(context, log),
    registerStatusBar(client, (status) => {
      refreshViews();
      if (status.indexing === null) comparison.refresh();
    }),
    { dispose: () => refreshTimer !== undefined && clearTimeout(refreshTimer) },
  );
  const activationMs = Date.now() - started;
  log.info(`NewsLens activated in ${activationMs} ms; starting the language server.`);
  await client.start();
  log.info(`Language server ready ${Date.now() - started} ms after activation.`);
  return { client, activationMs };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
