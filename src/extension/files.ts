// Writing the files NewsLens produces from the editor (exports, reports) through VS Code's file
// system, so remote and virtual workspaces work too.

import * as vscode from 'vscode';

/** Write a temporary file beside the target, then rename it over the target. */
export async function writeAtomically(target: vscode.Uri, content: string): Promise<void> {
  const folder = vscode.Uri.joinPath(target, '..');
  await vscode.workspace.fs.createDirectory(folder);
  const temp = vscode.Uri.joinPath(folder, `.${target.path.split('/').pop() ?? 'newslens'}.${Date.now()}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
