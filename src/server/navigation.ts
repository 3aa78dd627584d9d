// Find All References (an entity's mentions in every source) and Go to Definition (its first
// mention in the earliest source).

import type { Location } from 'vscode-languageserver/node';
import type { SourceLocation } from '../core';
import { toOffset, type ServerContext } from './context';

export function registerNavigation(ctx: ServerContext): void {
  ctx.connection.onReferences((params, token): Location[] => {
    const record = ctx.record(params.textDocument.uri);
    if (record === undefined) return [];
    return ctx.index.references(record.uri, toOffset(record.lines, params.position), token).map(toLocation);
  });
  ctx.connection.onDefinition((params, token): Location | null => {
    const record = ctx.record(params.textDocument.uri);
    if (record === undefined) return null;
    const found = ctx.index.definition(record.uri, toOffset(record.lines, params.position), token);
    return found === null ? null : toLocation(found);
  });
}

function toLocation(l: SourceLocation): Location {
  return { uri: l.uri, range: { start: { line: l.line, character: l.character }, end: { line: l.endLine, character: l.endCharacter } } };
}
