// Who writes a note: the setting `newslens.author`, else git's user.name (asked once, without a
// shell), else the system user. The setting is read each time so a change applies at once.

import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { SECTION } from '../config';

let fromGit: Promise<string | undefined> | undefined;

function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000, windowsHide: true }, (error, stdout) => {
      const name = String(stdout ?? '').trim();
      resolve(error === null && name !== '' ? name : undefined);
    });
  });
}

function systemUser(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined; // no passwd entry (some containers)
  }
}

/** The name written into new notes. */
export async function currentAuthor(): Promise<string> {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('author', '').trim();
  if (configured !== '') return configured;
  fromGit ??= gitUserName(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  return (await fromGit) ?? systemUser() ?? 'unknown';
}
