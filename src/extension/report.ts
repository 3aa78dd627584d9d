// NewsLens: Export Annotation Report — the team report over a workspace folder (or the folder
// chosen in the explorer), built by the server (`newslens/report`) with progress per source in
// a cancellable notification, written atomically into the export folder and opened. Cancelling
// stops the server's work and writes nothing.

import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, type ReportFormat, type ReportParams, type ReportResult } from '../server/reportProtocol';
import { readClientConfig } from './config';
import { writeAtomically } from './files';

export const EXPORT_REPORT_COMMAND = 'newslens.exportReport';

/** What a keybinding or another extension may pass instead of a folder from the explorer. */
export interface ExportReportArgs {
  readonly folder?: vscode.Uri;
  readonly format?: ReportFormat;
  /** Cancels the report like the notification's Cancel button does (for callers that start it from code). */
  readonly token?: vscode.CancellationToken;
}

export function registerReportCommand(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_REPORT_COMMAND, (arg?: vscode.Uri | ExportReportArgs) =>
    exportReport(client, log, arg instanceof vscode.Uri ? { folder: arg } : arg ?? {}));
}

async function chooseFolder(chosen: vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  if (chosen !== undefined) return vscode.workspace.getWorkspaceFolder(chosen);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder to report on' });
}

/** `<workspace folder>/<newslens.exportFolder>/newslens-report.<ext>`; undefined when the setting leaves the folder. */
export function reportTarget(folder: vscode.WorkspaceFolder, format: ReportFormat): vscode.Uri | undefined {
  const exportFolder = readClientConfig(folder).exportFolder.replace(/\\/g, '/');
  const parts = exportFolder.split('/').filter((p) => p !== '' && p !== '.');
  if (exportFolder.startsWith('/') || /^[a-z]:/i.test(exportFolder) || parts.includes('..')) return undefined;
  return vscode.Uri.joinPath(folder.uri, ...parts, `newslens-report.${format}`);
}

/** Build, write and open the report; resolves to the file written, or undefined (cancelled, nothing to report, an error shown). */
async function exportReport(client: LanguageClient, log: vscode.LogOutputChannel, args: ExportReportArgs): Promise<vscode.Uri | undefined> {
  const folder = await chooseFolder(args.folder);
  if (folder === undefined) {
    void vscode.window.showWarningMessage('NewsLens: open a folder of articles to export an annotation report.');
    return undefined;
  }
  const format = args.format ?? 'md';
  const target = reportTarget(folder, format);
  if (target === undefined) {
    void vscode.window.showErrorMessage('NewsLens: the export folder must be a folder inside the workspace (newslens.exportFolder).');
    return undefined;
  }
  const scope = args.folder !== undefined && args.folder.toString() !== folder.uri.toString() ? args.folder : undefined;

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'NewsLens: Export Annotation Report', cancellable: true },
    async (progress, cancelButton) => {
      // One token for the Cancel button and the caller's: either stops the server's work.
      const cancel = new vscode.CancellationTokenSource();
      const stops = [cancelButton.onCancellationRequested(() => cancel.cancel())];
      if (args.token !== undefined) stops.push(args.token.onCancellationRequested(() => cancel.cancel()));
      if (cancelButton.isCancellationRequested || args.token?.isCancellationRequested === true) cancel.cancel();
      const token = cancel.token;
      const workDoneToken = `newslens-report-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      let reported = 0;
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ ...(value.message === undefined ? {} : { message: value.message }), increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      const params: ReportParams = {
        folder: folder.uri.toString(), format, target: target.toString(), workDoneToken,
        ...(scope === undefined ? {} : { scope: scope.toString() }),
      };
      try {
        const answer = await client.sendRequest<ReportResult>(ReportRequest, params, token);
        if (token.isCancellationRequested) return undefined;
        await writeAtomically(target, answer.content);
        return answer;
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      } finally {
        listening.dispose();
        for (const stop of stops) stop.dispose();
        cancel.dispose();
      }
    },
  );
  if (result === undefined) {
    log.info('Annotation report cancelled; nothing was written.');
    return undefined;
  }
  log.info(`Annotation report over ${result.sources} sources and ${result.annotations} annotations written to ${vscode.workspace.asRelativePath(target)}`);
  for (const problem of result.problems) log.warn(problem);
  if (result.problems.length > 0) {
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; see NewsLens: Show Log)` : '';
    void vscode.window.showWarningMessage(`NewsLens: ${result.problems[0]}${more}`);
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

