// The language client: starts dist/server.js in its own process (analysis of thousands of
// articles must never stall the extension host) and trusts exactly NewsLens's own commands
// in the Markdown the server sends.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, serverEnv } from '../server/launch';
import { OPEN_LOCATION_COMMAND } from '../server/protocol';
import { SECTION } from './config';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'news' },
  { scheme: 'untitled', language: 'news' },
];

export function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: serverEnv(process.env) } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: serverEnv(process.env) } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: log,
    synchronize: {
      configurationSection: SECTION,
      // Articles, and the workspace lexicon (a git pull changes the decisions).
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,news}'),
        vscode.workspace.createFileSystemWatcher('**/.newslens/lexicon.json'),
      ],
    },
    markdown: { isTrusted: { enabledCommands: [OPEN_LOCATION_COMMAND] }, supportHtml: false },
    // Analyses cached by content hash, so that a reopened window is ready in seconds (src/server/cache.ts).
    initializationOptions: { cacheDir: vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'analysis-cache').fsPath },
  };
  return new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
}
