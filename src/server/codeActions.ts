// Code actions on an entity mention: the user corrects the machine, and the decision goes to the
// workspace lexicon. "Merge with…" needs a choice, so it runs the client's command (a QuickPick of
// the workspace's entities); the others run the server's APPLY_LEXICON_EDIT_COMMAND directly.

import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { ENTITY_TYPES, type EntityMention } from '../core/model';
import { nameKey } from '../core/recognize/names/aliases';
import { asLexiconEdit } from '../core/annotations/lexiconEdits';
import type { ServerContext } from './context';
import type { ServerLexicon } from './lexicon';
import {
  APPLY_LEXICON_EDIT_COMMAND, MERGE_ENTITY_COMMAND,
  type ApplyLexiconEditArgs, type ApplyLexiconEditResult, type LexiconEditParams, type MergeEntityArgs,
} from './lexiconProtocol';

const KIND = `${CodeActionKind.RefactorRewrite}.newslens`;

function applyAction(title: string, uri: string, edit: LexiconEditParams): CodeAction {
  const args: ApplyLexiconEditArgs = { uri, edit };
  return { title, kind: KIND, command: { title, command: APPLY_LEXICON_EDIT_COMMAND, arguments: [args] } };
}

/** The actions for one mention; `workspaceName` is what the workspace reads it as. */
export function mentionActions(uri: string, mention: EntityMention, workspace: { key: string; canonical: string }): CodeAction[] {
  const out: CodeAction[] = [];
  const merge: MergeEntityArgs = { uri, canonical: mention.canonical, key: workspace.key, type: mention.type };
  const mergeTitle = `Merge “${mention.canonical}” with…`;
  out.push({ title: mergeTitle, kind: KIND, command: { title: mergeTitle, command: MERGE_ENTITY_COMMAND, arguments: [merge] } });
  // Split from the name this mention is grouped under: in its article, or across sources.
  const from = nameKey(mention.text) !== nameKey(mention.canonical) ? mention.canonical
    : nameKey(workspace.canonical) !== nameKey(mention.text) ? workspace.canonical : null;
  if (from !== null) out.push(applyAction(`Split “${mention.text}” from “${from}”`, uri, { kind: 'split', alias: mention.text, from }));
  out.push(applyAction(`“${mention.canonical}” is not an entity`, uri, { kind: 'notEntity', name: mention.canonical }));
  for (const type of ENTITY_TYPES) {
    if (type !== mention.type) out.push(applyAction(`Mark “${mention.canonical}” as ${type}`, uri, { kind: 'type', canonical: mention.canonical, type }));
  }
  return out;
}

export function registerCodeActions(ctx: ServerContext, lexicon: ServerLexicon): void {
  ctx.connection.onCodeAction((params) => {
    const { uri } = params.textDocument;
    const record = ctx.record(uri);
    if (record === undefined) return [];
    const offset = record.lines.offsetAt(params.range.start);
    const at = ctx.index.mentionAt(uri, offset);
    if (at?.kind !== 'entity') return [];
    // What the workspace reads the mention as ("Petro" -> "Gustavo Petro" from another source).
    const card = ctx.index.hoverCard(uri, offset, { maxSources: 0, quoteChars: 0 });
    const entity = card?.kind === 'entity' ? card : null;
    return mentionActions(uri, at.mention, {
      key: entity?.key ?? `${at.mention.type}:${nameKey(at.mention.canonical)}`,
      canonical: entity?.canonical ?? at.mention.canonical,
    });
  });

  ctx.connection.onExecuteCommand(async (params): Promise<ApplyLexiconEditResult | null> => {
    if (params.command !== APPLY_LEXICON_EDIT_COMMAND) return null;
    const args = params.arguments?.[0] as Partial<ApplyLexiconEditArgs> | undefined;
    const edit = asLexiconEdit(args?.edit);
    if (typeof args?.uri !== 'string' || edit === null) return { ok: false, message: 'Not a lexicon decision.' };
    return lexicon.apply(args.uri, edit);
  });
}
