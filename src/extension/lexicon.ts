// The client's part of the workspace lexicon: "Merge with…" (a code action) asks which entity to
// merge with, then lets the server write the decision; "Open Lexicon" shows the file.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  APPLY_LEXICON_EDIT_COMMAND, EntitiesRequest, MERGE_ENTITY_COMMAND,
  type ApplyLexiconEditArgs, type ApplyLexiconEditResult, type EntityItem, type MergeEntityArgs,
} from '../server/protocol';

export const OPEN_LEXICON_COMMAND = 'newslens.openLexicon';

interface EntityPick extends vscode.QuickPickItem {
  readonly entity: EntityItem;
}

export function registerLexiconCommands(client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(MERGE_ENTITY_COMMAND, (args?: MergeEntityArgs) => mergeEntity(client, args)),
    vscode.commands.registerCommand(OPEN_LEXICON_COMMAND, () => openLexicon()),
  );
}

async function mergeEntity(client: LanguageClient, args: MergeEntityArgs | undefined): Promise<void> {
  if (args === undefined) {
    void vscode.window.showInformationMessage('NewsLens: put the cursor on a name and choose "Merge with…" from its code actions (Ctrl+.).');
    return;
  }
  const entities = await client.sendRequest<EntityItem[]>(EntitiesRequest, {});
  const items: EntityPick[] = entities
    .filter((e) => e.type === args.type && e.key !== args.key)
    .map((e) => ({
      label: e.canonical,
      description: `${e.sources} source${e.sources === 1 ? '' : 's'}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`,
      entity: e,
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`NewsLens: no other ${args.type} entity in the workspace to merge “${args.canonical}” with.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Merge “${args.canonical}” with…`,
    placeHolder: `The ${args.type} entity that “${args.canonical}” is another name for`,
    matchOnDescription: true,
  });
  if (picked === undefined) return;
  const apply: ApplyLexiconEditArgs = {
    uri: args.uri,
    edit: { kind: 'merge', alias: args.canonical, into: { canonical: picked.entity.canonical, type: picked.entity.type } },
  };
  const result = await vscode.commands.executeCommand<ApplyLexiconEditResult | null>(APPLY_LEXICON_EDIT_COMMAND, apply);
  if (result?.ok === true) {
    void vscode.window.showInformationMessage(`NewsLens: “${args.canonical}” is now “${picked.entity.canonical}” everywhere (saved in .newslens/lexicon.json).`);
  }
}

async function openLexicon(): Promise<void> {
  const folder = vscode.window.activeTextEditor === undefined ? undefined : vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
  const root = folder ?? vscode.workspace.workspaceFolders?.[0];
  if (root === undefined) {
    void vscode.window.showWarningMessage('NewsLens: open a folder first; its lexicon is .newslens/lexicon.json.');
    return;
  }
  const file = vscode.Uri.joinPath(root.uri, '.newslens', 'lexicon.json');
  try {
    await vscode.workspace.fs.stat(file);
  } catch {
    void vscode.window.showInformationMessage('NewsLens: this folder has no lexicon yet. It is created when you merge, split, retype or dismiss a name (code actions on a name, Ctrl+.).');
    return;
  }
  await vscode.window.showTextDocument(file);
}
