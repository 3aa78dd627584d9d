// Document symbols (the outline: entities by type, figures, dates) and workspace symbols
// (entities across every source).

import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver/node';
import type { DocumentSymbol as CoreSymbol, EntityType } from '../core';
import type { ServerContext } from './context';

const ENTITY_KIND: Record<EntityType, SymbolKind> = {
  PER: SymbolKind.Object, ORG: SymbolKind.Class, LOC: SymbolKind.Namespace, MISC: SymbolKind.Enum,
};

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const record = ctx.record(params.textDocument.uri);
    return record === undefined ? [] : ctx.index.documentSymbols(record.uri).map(toLsp);
  });
  ctx.connection.onWorkspaceSymbol((params, token): WorkspaceSymbol[] =>
    ctx.index.workspaceSymbols(params.query, 200, token).map((s) => ({
      name: s.canonical,
      kind: ENTITY_KIND[s.type],
      containerName: `${s.type} · ${s.sources} ${s.sources === 1 ? 'source' : 'sources'}`,
      location: {
        uri: s.location.uri,
        range: { start: { line: s.location.line, character: s.location.character }, end: { line: s.location.endLine, character: s.location.endCharacter } },
      },
    })),
  );
}

function toLsp(s: CoreSymbol): DocumentSymbol {
  const range = { start: { line: s.line, character: s.character }, end: { line: s.endLine, character: s.endCharacter } };
  const kind = s.kind === 'group' ? SymbolKind.Module
    : s.kind === 'figure' ? SymbolKind.Number
      : s.kind === 'date' ? SymbolKind.Event
        : ENTITY_KIND[s.entityType ?? 'MISC'];
  return { name: s.name || '(unnamed)', detail: s.detail, kind, range, selectionRange: range, children: s.children.map(toLsp) };
}
