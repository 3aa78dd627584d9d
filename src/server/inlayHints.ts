// Inlay hints: the normalised value after each date ("Tuesday" → 2025-11-11), if enabled.

import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import { toOffset, type ServerContext } from './context';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on((params): InlayHint[] => {
    if (!ctx.settings().inlayHints.dates) return [];
    const record = ctx.record(params.textDocument.uri);
    if (record === undefined) return [];
    const from = toOffset(record.lines, params.range.start);
    const to = toOffset(record.lines, params.range.end);
    return record.analysis.dates
      // PRESENT_REF after "now" says nothing the reader does not know.
      .filter((d) => d.end >= from && d.end <= to && d.value !== d.text && !d.value.endsWith('_REF'))
      .map((d) => ({
        position: record.lines.positionAt(d.end),
        label: `= ${d.value}${d.mod ? ` ${d.mod.toLowerCase()}` : ''}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `${d.type} ${d.value}`,
      }));
  });
}
