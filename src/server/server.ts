// The NewsLens language server: a list of features over the core's cross-source index.
// Run by the VS Code client over IPC, or alone as `node dist/server.js --stdio`.

import {
  createConnection, DidChangeConfigurationNotification, FileChangeType, ProposedFeatures,
  TextDocuments, TextDocumentSyncKind, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNewsLens, createSourceIndex, type SourceRecord } from '../core';
import { loadNameRecognizer } from '../host/models';
import type { ServerContext } from './context';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { inlineAnalyzer, workerAnalyzer } from './analysisPool';
import { registerCodeActions } from './codeActions';
import { ServerLexicon } from './lexicon';
import { APPLY_LEXICON_EDIT_COMMAND } from './lexiconProtocol';
import { cacheFromOptions } from './cache';
import { registerComparison } from './comparison';
import { registerDiagnostics } from './diagnostics';
import { workerReader } from './fileReader';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerNavigation } from './navigation';
import { DEFAULT_SETTINGS, ReindexRequest, StatusNotification, type NewsLensSettings, type StatusParams } from './protocol';
import { registerReport } from './report';
import { registerRequests } from './requests';
import { LEGEND, registerSemanticTokens } from './semanticTokens';
import { needsReindex, readSettings } from './settings';
import { registerSymbols } from './symbols';
import { SourceWorkspace } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const engine = createNewsLens({ names: loadNameRecognizer(), today: () => new Date().toISOString().slice(0, 10) });
const index = createSourceIndex(engine);
let settings: NewsLensSettings = DEFAULT_SETTINGS;
const log = {
  info: (message: string) => connection.console.info(message),
  warn: (message: string) => connection.console.warn(message),
};
const workspace = new SourceWorkspace(
  index, settings, log,
  () => workerAnalyzer(path.join(__dirname, 'analysisWorker.js'), engine),
  inlineAnalyzer(engine),
  () => workerReader(path.join(__dirname, 'readerWorker.js')),
);
// The workspace lexicon (.newslens/lexicon.json): the user's decisions over the machine's names.
const lexicon = new ServerLexicon(connection, index, log, () => {
  connection.languages.semanticTokens.refresh().catch(() => undefined);
  connection.languages.inlayHint.refresh().catch(() => undefined);
  sendStatus();
});

// Edits are analysed after a short pause in typing; a request on that document analyses first.
const EDIT_DELAY_MS = 60;
const pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();

function flush(uri: string): void {
  const timer = pendingEdits.get(uri);
  if (timer === undefined) return;
  clearTimeout(timer);
  pendingEdits.delete(uri);
  const doc = documents.get(uri);
  if (doc !== undefined) workspace.documentChanged(uri, doc.getText());
}

const ctx: ServerContext = {
  connection,
  engine,
  index,
  settings: () => settings,
  record(uri: string): SourceRecord | undefined {
    flush(uri);
    return index.get(uri);
  },
};

let supportsConfiguration = false;
let supportsProgress = false;
let supportsFolderChanges = false;
let indexing: StatusParams['indexing'] = null;

connection.onInitialize((params): InitializeResult => {
  supportsConfiguration = params.capabilities.workspace?.configuration === true;
  supportsProgress = params.capabilities.window?.workDoneProgress === true;
  supportsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  lexicon.setFolders(folders);
  // Cached stores have the lexicon applied: another lexicon, another cache.
  workspace.setCache(cacheFromOptions(params.initializationOptions, log, () => JSON.stringify(lexicon.lexicon ?? null)));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      referencesProvider: true,
      definitionProvider: true,
      documentSymbolProvider: { label: 'NewsLens' },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      codeActionProvider: true,
      executeCommandProvider: { commands: [APPLY_LEXICON_EDIT_COMMAND] },
      semanticTokensProvider: { legend: LEGEND, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'NewsLens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (supportsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    settings = readSettings(await connection.workspace.getConfiguration('newslens'));
    workspace.setSettings(settings);
  }
  if (supportsFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = await connection.workspace.getWorkspaceFolders();
      workspace.setFolders(folders?.map((f) => f.uri) ?? []);
      lexicon.setFolders(folders?.map((f) => f.uri) ?? []);
      await lexicon.reload();
      void reindex();
    });
  }
  await lexicon.reload();
  void reindex();
});

connection.onDidChangeConfiguration(async (change) => {
  const next = supportsConfiguration
    ? readSettings(await connection.workspace.getConfiguration('newslens'))
    : readSettings((change.settings as { newslens?: unknown } | undefined)?.newslens);
  const reindexNeeded = needsReindex(settings, next);
  settings = next;
  workspace.setSettings(settings);
  connection.languages.inlayHint.refresh().catch(() => undefined);
  if (reindexNeeded) void reindex();
});

/** Find and index every source, with progress in VS Code's UI and in the status notification. */
async function reindex(): Promise<void> {
  const progress = supportsProgress ? await connection.window.createWorkDoneProgress() : null;
  progress?.begin('NewsLens: indexing sources', 0, 'finding articles…', false);
  try {
    await workspace.indexAll((done, total) => {
      indexing = { done, total };
      progress?.report(total === 0 ? 100 : Math.floor((done / total) * 100), `${done} of ${total} articles`);
      sendStatus();
    });
  } finally {
    indexing = null;
    progress?.done();
    sendStatus();
  }
  releaseMemory();
  // Writing the cache after a first indexing makes garbage of its own (packs of 10,000 sources).
  void workspace.cacheSaved.then(releaseMemory);
}

/**
 * After indexing, the garbage of reading, analysing and restoring thousands of articles is
 * collected at once and its pages returned (the client starts the server with --expose-gc);
 * left to itself V8 keeps the heap at its high-water mark while the server idles.
 */
function releaseMemory(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  // Not at once: a full collection takes a few hundred ms, and the messages just sent (the
  // "Indexed" log, the status) would wait for it.
  setTimeout(() => compactingGc(gc), 100).unref();
  // Again once the indexing threads have exited.
  setTimeout(() => compactingGc(gc), 2000).unref();
}

/**
 * A full collection that also compacts the old generation. V8 compacts only pages it judges
 * fragmented enough, so after indexing it kept ~55 MB of half-empty pages resident (old space
 * 186 MB for 128 MB live at 10,000 articles); compacting them all took the server from 408 to
 * 342 MB (bench/process.ts), for ~200 ms once. The flag is read by each collection, and only
 * these ones run with it.
 */
function compactingGc(gc: () => void): void {
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;
function sendStatus(): void {
  const status: StatusParams = { sources: index.size, indexing, skipped: workspace.skipped };
  if (indexing !== null) {
    void connection.sendNotification(StatusNotification, status);
    return;
  }
  // Outside indexing, changes come in bursts (a git checkout): tell the client once.
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    statusTimer = undefined;
    void connection.sendNotification(StatusNotification, { sources: index.size, indexing, skipped: workspace.skipped });
  }, 200);
}

connection.onRequest(ReindexRequest, () => reindex());

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    if (lexicon.isLexiconUri(change.uri)) {
      await lexicon.reload(); // a git pull or another window changed the decisions
      continue;
    }
    if (change.type === FileChangeType.Deleted) workspace.fileDeleted(change.uri);
    else await workspace.fileChanged(change.uri);
  }
  sendStatus();
});

documents.onDidChangeContent((event) => {
  const uri = event.document.uri;
  const timer = pendingEdits.get(uri);
  if (timer !== undefined) clearTimeout(timer);
  pendingEdits.set(uri, setTimeout(() => {
    flush(uri);
    sendStatus();
  }, index.has(uri) ? EDIT_DELAY_MS : 0));
});

documents.onDidClose(async (event) => {
  const uri = event.document.uri;
  const timer = pendingEdits.get(uri);
  if (timer !== undefined) clearTimeout(timer);
  pendingEdits.delete(uri);
  await workspace.documentClosed(uri);
  sendStatus();
});

registerHover(ctx);
registerSemanticTokens(ctx);
registerInlayHints(ctx);
registerSymbols(ctx);
registerNavigation(ctx);
registerRequests(ctx);
registerReport(ctx);
registerComparison(ctx);
registerCodeActions(ctx, lexicon);
registerDiagnostics(ctx, () => indexing !== null);

documents.listen(connection);
connection.listen();
