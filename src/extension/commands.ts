// The palette and context-menu commands (category "NewsLens"), and the internal command the
// hover links use to open a place in another source.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ExportRequest, OPEN_LOCATION_COMMAND, ReindexRequest,
  type ExportParams, type ExportResult, type OpenLocationArgs,
} from '../server/protocol';
import { readClientConfig } from './config';
import { writeAtomically } from './files';

export function registerCommands(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newslens.exportMarkdown', (uri?: vscode.Uri) => exportMarkdown(client, log, uri)),
    vscode.commands.registerCommand('newslens.reindex', () => client.sendRequest(ReindexRequest)),
    vscode.commands.registerCommand('newslens.showLog', () => log.show()),
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, (target: OpenLocationArgs) => openLocation(target)),
  );
}

/** Export the article (the active editor's, or the one chosen in the explorer) and open it beside. */
async function exportMarkdown(client: LanguageClient, log: vscode.LogOutputChannel, chosen?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = chosen instanceof vscode.Uri ? chosen : vscode.window.activeTextEditor?.document.uri;
  if (uri === undefined) {
    void vscode.window.showWarningMessage('NewsLens: open an article (.txt, .md or .news) to export it.');
    return undefined;
  }
  if (chosen instanceof vscode.Uri) await vscode.workspace.openTextDocument(uri); // the server analyses open documents
  const target = exportTarget(uri);
  if (target === undefined) {
    void vscode.window.showErrorMessage('NewsLens: the export folder must be a folder inside the workspace (newslens.exportFolder).');
    return undefined;
  }
  const params: ExportParams = { uri: uri.toString() };
  const result = await client.sendRequest<ExportResult | null>(ExportRequest, params);
  if (result === null) {
    void vscode.window.showWarningMessage(`NewsLens: ${vscode.workspace.asRelativePath(uri)} is not an article NewsLens reads (.txt, .md, .news).`);
    return undefined;
  }
  await writeAtomically(target, result.markdown);
  log.info(`Exported ${vscode.workspace.asRelativePath(uri)} to ${vscode.workspace.asRelativePath(target)}`);
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return target;
}

/**
 * `<export folder>/<path of the article in its workspace folder>.annotated.md`; undefined when
 * the setting would leave the workspace folder. Articles outside any folder export beside themselves.
 */
export function exportTarget(article: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  const stem = (p: string): string => p.replace(/\.[^./\\]+$/, '') + '.annotated.md';
  if (folder === undefined) return article.with({ path: stem(article.path) });
  const exportFolder = readClientConfig(folder).exportFolder.replace(/\\/g, '/');
  const parts = exportFolder.split('/').filter((p) => p !== '' && p !== '.');
  if (exportFolder.startsWith('/') || /^[a-z]:/i.test(exportFolder) || parts.includes('..')) return undefined;
  const relative = vscode.workspace.asRelativePath(article, false);
  return vscode.Uri.joinPath(folder.uri, ...parts, stem(relative));
}

async function openLocation(target: OpenLocationArgs): Promise<void> {
  const range = new vscode.Range(target.line, target.character, target.endLine, target.endCharacter);
  await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: range, preview: true });
}
