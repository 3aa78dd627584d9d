// How `newslens analyze` shows an analysis: the JSON contract of DESIGN.md §3, or a table.

import type { ArticleAnalysis } from '../core';

/** The `analyze --json` line for one file; the contract's fields first, extra fields beside them. */
export function analysisToJson(file: string, a: ArticleAnalysis): Record<string, unknown> {
  return {
    file,
    referenceDate: a.referenceDate,
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical })),
    figures: a.figures.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      asOf: f.asOf,
      kind: f.kind,
      ...(f.valueMax === undefined ? {} : { valueMax: f.valueMax }),
      ...(f.counted === undefined ? {} : { counted: f.counted }),
      ...(f.currency === undefined ? {} : { currency: f.currency }),
    })),
    dates: a.dates.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      type: d.type,
      value: d.value,
      ...(d.mod === undefined ? {} : { mod: d.mod }),
    })),
    referenceDateFrom: a.referenceDateFrom,
    meta: a.meta,
    clusters: a.entityClusters.map((c) => ({ canonical: c.canonical, type: c.type, aliases: c.aliases, mentions: c.mentions.length })),
    issues: a.issues,
  };
}

/** A readable summary: what the article is, then entities, figures and dates as tables. */
export function formatAnalysisTable(file: string, a: ArticleAnalysis): string {
  const lines: string[] = [];
  const about = [a.meta.source, a.referenceDate ? `dated ${a.referenceDate}${a.referenceDateFrom ? ` (${a.referenceDateFrom})` : ''}` : 'undated']
    .filter(Boolean)
    .join(', ');
  lines.push(`${file}: ${a.meta.title ?? '(untitled)'}`, `  ${about}; ${a.tokenCount} tokens`);
  for (const issue of a.issues) lines.push(`  warning: ${issue.message}`);

  lines.push('', `  Entities (${a.entityClusters.length})`);
  lines.push(...table(['name', 'type', 'mentions', 'aliases'], a.entityClusters.map((c) => [
    c.canonical, c.type, String(c.mentions.length), c.aliases.filter((x) => x !== c.canonical).join(', '),
  ])));

  lines.push('', `  Figures (${a.figures.length})`);
  lines.push(...table(['text', 'value', 'counts', 'qualifier', 'as of'], a.figures.map((f) => [
    f.text, f.valueMax === undefined ? String(f.value) : `${f.value}–${f.valueMax}`, f.unit ?? '', f.qualifier ?? '', f.asOf ?? '',
  ])));

  lines.push('', `  Dates (${a.dates.length})`);
  lines.push(...table(['text', 'type', 'value'], a.dates.map((d) => [d.text, d.type, d.mod ? `${d.value} (${d.mod})` : d.value])));
  lines.push('');
  return lines.join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return ['    (none)'];
  const clean = rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...clean.map((r) => (r[i] ?? '').length))));
  const line = (cells: readonly string[]): string =>
    '    ' + cells.map((c, i) => fit(c, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...clean.map(line)];
}

function fit(cell: string, width: number): string {
  return cell.length > width ? cell.slice(0, width - 1) + '…' : cell.padEnd(width);
}
