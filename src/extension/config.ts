// The `newslens.*` settings in one typed place. The server reads the same section through the
// language client; the client itself only needs the export folder.

import * as vscode from 'vscode';

export const SECTION = 'newslens';

export interface ClientConfig {
  readonly exportFolder: string;
}

export function readClientConfig(scope?: vscode.ConfigurationScope): ClientConfig {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return { exportFolder: config.get<string>('exportFolder', 'newslens-export') };
}

/** Fires when any `newslens.*` setting changes. */
export function onConfigChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) listener();
  });
}
