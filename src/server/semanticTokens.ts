// Semantic tokens: one token type per entity kind, figures and dates, so themes colour them
// (package.json maps each type to TextMate scopes with semanticTokenScopes).

import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { ArticleAnalysis, LineIndex } from '../core';
import type { ServerContext } from './context';

export const TOKEN_TYPES = ['newsPerson', 'newsOrganization', 'newsPlace', 'newsOtherName', 'newsFigure', 'newsDate'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const ENTITY_TOKEN = { PER: 0, ORG: 1, LOC: 2, MISC: 3 } as const;
const FIGURE_TOKEN = 4;
const DATE_TOKEN = 5;

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on((params) => {
    const record = ctx.record(params.textDocument.uri);
    if (record === undefined) return { data: [] };
    return { data: encodeTokens(record.analysis, record.lines) };
  });
}

/** Tokens in document order; a token never spans lines (LSP tokens are single-line). */
export function encodeTokens(analysis: ArticleAnalysis, lines: LineIndex): number[] {
  // Longest first where spans start together; the same span as a name and a date is a holiday
  // ("Labor Day"), coloured as the date (the higher token type).
  const spans: { start: number; end: number; type: number }[] = [
    ...analysis.entities.map((e) => ({ start: e.start, end: e.end, type: ENTITY_TOKEN[e.type] })),
    ...analysis.figures.map((f) => ({ start: f.start, end: f.end, type: FIGURE_TOKEN })),
    ...analysis.dates.map((d) => ({ start: d.start, end: d.end, type: DATE_TOKEN })),
  ].sort((a, b) => a.start - b.start || b.end - a.end || b.type - a.type);
  const builder = new SemanticTokensBuilder();
  let covered = 0;
  for (const span of spans) {
    if (span.start < covered) continue; // overlapping marks: the first (longest) wins
    covered = span.end;
    let start = span.start;
    while (start < span.end) {
      const from = lines.positionAt(start);
      const lineEnd = lineEndOffset(analysis.text, start, span.end);
      builder.push(from.line, from.character, lineEnd - start, span.type, 0);
      start = skipLineBreak(analysis.text, lineEnd);
    }
  }
  return builder.build().data;
}

function lineEndOffset(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return limit;
}

function skipLineBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at + 1;
}
