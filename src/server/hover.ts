// Hover cards: the core decides what a card says (src/core/hover); this file only renders it to
// escaped Markdown with links that open the other sources.

import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { CardFact, DateCard, EntityCard, FigureCard, FigureComparison, HoverCard, SourceContext, Verdict } from '../core';
import { toOffset, type ServerContext } from './context';
import { MarkdownBuilder } from './markdown';
import type { NewsLensSettings } from './protocol';

const TYPE_NAMES = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other name' } as const;
const RELATION_WORDS = { same: 'same', compatible: 'compatible', higher: 'higher', lower: 'lower' } as const;
/** A verdict as a card says it, of the fact across sources and of one other source's figure. */
const VERDICT_WORDS: Record<Verdict, string> = { agree: 'sources agree', evolving: 'evolving', conflict: 'sources conflict' };
const PAIR_WORDS: Record<Verdict, string> = { agree: 'agrees', evolving: 'evolving', conflict: 'conflicts' };

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params: HoverParams, token): Hover | null => {
    const record = ctx.record(params.textDocument.uri);
    if (record === undefined || token.isCancellationRequested) return null;
    const settings = ctx.settings();
    const card = ctx.index.hoverCard(record.uri, toOffset(record.lines, params.position), { maxSources: settings.hover.maxSources }, token);
    if (card === null || !enabled(card, settings)) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: renderCard(card, settings) },
      range: { start: { line: card.range.line, character: card.range.character }, end: { line: card.range.endLine, character: card.range.endCharacter } },
    };
  });
}

function enabled(card: HoverCard, settings: NewsLensSettings): boolean {
  return card.kind === 'entity' ? settings.hover.entities : card.kind === 'figure' ? settings.hover.figures : settings.hover.dates;
}

/** The card as Markdown: what the mention is, then (if enabled) what other sources say. */
export function renderCard(card: HoverCard, settings: NewsLensSettings): string {
  const md = new MarkdownBuilder();
  switch (card.kind) {
    case 'entity': entity(md, card, settings.hover.crossSource); break;
    case 'figure': figure(md, card, settings.hover.crossSource); break;
    case 'date': date(md, card, settings.hover.crossSource); break;
  }
  return md.toString();
}

function entity(md: MarkdownBuilder, card: EntityCard, crossSource: boolean): void {
  md.bold(card.canonical).text(` · ${TYPE_NAMES[card.type]} (${card.type})`).br();
  const aliases = card.aliases.filter((a) => a !== card.canonical);
  if (aliases.length > 0) md.text(`Also written: ${aliases.join(', ')}`).br();
  md.text(`${plural(card.mentionsHere, 'mention')} here · in ${plural(card.sourcesTotal, 'source')}`);
  if (!crossSource) return;
  md.rule();
  if (card.others.length === 0) {
    md.italic('No other source mentions this.');
    return;
  }
  md.bold(`In ${plural(card.others.length + card.othersMore, 'other source')}`).paragraph();
  for (const other of card.others) {
    source(md, other);
    quote(md, other);
    if (other.moreInSource > 0) md.br().italic(`and ${plural(other.moreInSource, 'more mention')} there`);
    md.paragraph();
  }
  more(md, card.othersMore);
}

function figure(md: MarkdownBuilder, card: FigureCard, crossSource: boolean): void {
  const f = card.figure;
  const value = f.valueMax === undefined ? formatNumber(f.value) : `${formatNumber(f.value)}–${formatNumber(f.valueMax)}`;
  md.bold(f.text).text(f.kind === 'ordinal' ? ' · ordinal' : ' · figure').br();
  const parts = [`Value ${value}${f.kind === 'percent' ? '%' : ''}`];
  if (f.unit !== null && f.kind !== 'percent') parts.push(f.kind === 'money' ? `currency ${f.unit}` : `counts ${f.unit}`);
  if (f.counted !== undefined && f.counted !== f.unit) parts.push(`(“${f.counted}”)`);
  if (f.qualifier !== null) parts.push(`qualifier ${f.qualifier}`);
  if (f.asOf !== null) parts.push(`as of ${f.asOf}`);
  md.text(parts.join(' · '));
  if (!crossSource || f.unit === null) return;
  md.rule();
  if (card.fact) verdictLines(md, card.fact);
  if (card.others.length === 0) {
    md.italic(`No other source gives a figure for ${f.unit}.`);
    return;
  }
  md.bold(`Other sources on ${f.unit}`).paragraph();
  for (const other of card.others) comparison(md, other, f.unit);
  more(md, card.othersMore);
}

function comparison(md: MarkdownBuilder, other: FigureComparison, unit: string): void {
  const value = other.valueMax === null ? formatNumber(other.value) : `${formatNumber(other.value)}–${formatNumber(other.valueMax)}`;
  const judged = other.verdict ? PAIR_WORDS[other.verdict] : RELATION_WORDS[other.relation];
  md.bold(`${other.qualifier ? other.qualifier + ' ' : ''}${value}`)
    .text(` (${judged}${other.asOf ? `, as of ${other.asOf}` : ''}) — `);
  source(md, other);
  quote(md, other);
  if (other.moreInSource > 0) md.br().italic(`and ${plural(other.moreInSource, 'more figure')} on ${unit} there`);
  md.paragraph();
}

function date(md: MarkdownBuilder, card: DateCard, crossSource: boolean): void {
  md.bold(card.date.text).text(` · ${card.date.type.toLowerCase()}`).br();
  md.text(card.iso + (card.weekday ? ` (${card.weekday})` : '') + (card.date.mod ? ` · ${card.date.mod.toLowerCase().replace(/_/g, ' ')}` : ''));
  if (!crossSource) return;
  md.rule();
  if (card.event) verdictLines(md, card.event);
  if (card.others.length === 0) {
    md.italic('No other source names this date.');
    return;
  }
  md.bold(`Also in ${plural(card.others.length + card.othersMore, 'other source')}`).paragraph();
  for (const other of card.others) {
    source(md, other);
    quote(md, other);
    md.paragraph();
  }
  more(md, card.othersMore);
}

/** "Across 3 sources, deaths in Jamaica: sources conflict", then what this claim contradicts. */
function verdictLines(md: MarkdownBuilder, fact: CardFact): void {
  md.text(`Across ${plural(fact.sources, 'source')}, ${fact.label}: `).bold(VERDICT_WORDS[fact.verdict]);
  // The fact's verdict is about all its claims; say so when this one is not part of the quarrel.
  if (fact.verdict === 'conflict' && fact.conflicts.length === 0) md.text(', though not over this one');
  md.br();
  for (const reason of fact.conflicts.slice(0, 3)) md.text(`⚠ ${reason}`).br();
  if (fact.conflicts.length > 3) md.italic(`and ${plural(fact.conflicts.length - 3, 'more conflict')}`).br();
  md.paragraph();
}

/** "Outlet · date — [Title](open)" */
function source(md: MarkdownBuilder, s: SourceContext): void {
  const about = [s.outlet, s.date].filter(Boolean).join(', ');
  if (about !== '') md.italic(about).text(' — ');
  md.openLink(s.title, { uri: s.uri, line: s.line, character: s.character, endLine: s.line, endCharacter: s.character + (s.end - s.start) }, 'Open this mention');
  md.br();
}

function quote(md: MarkdownBuilder, s: SourceContext): void {
  md.raw('> ').text(s.quote.before).bold(s.quote.text).text(s.quote.after);
}

function more(md: MarkdownBuilder, count: number): void {
  if (count > 0) md.italic(`and ${plural(count, 'more source')}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// One formatter for every card: building an Intl.NumberFormat per call costs more than the card.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}
