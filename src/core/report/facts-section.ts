// "Figures compared across outlets" (one table per fact: who said what, as of when, and how it
// fits with the others) and "Conflicts" (each pair of claims that cannot both be true, both
// quoted with their sources). The verdicts are the facts comparison's (src/core/facts).

import type { Blockquote, PhrasingContent, RootContent } from 'mdast';
import { factLabel } from '../facts/compare';
import type { Claim, ClaimConflict, EventDateClaim, EventDateFact, Fact, Verdict } from '../facts/types';
import { oneLine } from '../export/annotation-thread';
import { heading, none, paragraph, sourceLink, table, text } from './blocks';
import type { ReportData } from './types';

const VERDICT_WORDS: Record<Verdict, string> = { agree: 'agrees', conflict: 'conflicts', evolving: 'evolving' };

const VERDICT_HEADINGS: Record<Verdict, string> = { agree: 'the sources agree', conflict: 'conflict', evolving: 'evolving' };

const VERDICT_MEANING: Record<Verdict, string> = {
  agree: 'the sources agree: the values are the same or compatible.',
  evolving: 'evolving: a running total that changes between as-of dates, in the direction time allows.',
  conflict: 'conflict: some sources give values that cannot both be true.',
};

/** Each claim's own verdict: 'conflict' when it is one side of a conflict, else the fact's (conflicting facts' other claims agree). */
function rowVerdicts(claims: readonly unknown[], conflicts: readonly ClaimConflict[], verdict: Verdict): Verdict[] {
  const inConflict = new Set(conflicts.flatMap((c) => [c.a, c.b]));
  return claims.map((_, i) => (inConflict.has(i) ? 'conflict' : verdict === 'conflict' ? 'agree' : verdict));
}

function outletCell(claim: Claim | EventDateClaim, data: ReportData): PhrasingContent[] {
  return [sourceLink(data.linkOf(claim.uri), claim.outlet ?? claim.title)];
}

function subjectNames(data: ReportData): Map<string, string> {
  return new Map(data.entities.map((e) => [e.key, e.canonical]));
}

function factTitle(fact: Fact, names: ReadonlyMap<string, string>): string {
  const subject = fact.subject === null ? undefined : names.get(fact.subject);
  const label = factLabel(fact, subject);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

function factBlocks(fact: Fact, data: ReportData, names: ReadonlyMap<string, string>): RootContent[] {
  const verdicts = rowVerdicts(fact.claims, fact.conflicts, fact.verdict);
  const rows = fact.claims.map((claim, i) => [
    outletCell(claim, data),
    claim.published ?? '',
    claim.text,
    claim.asOf === null ? '' : `${claim.asOf}${claim.asOfFrom === 'article' ? ' (article date)' : ''}`,
    VERDICT_WORDS[verdicts[i] ?? fact.verdict],
  ]);
  return [
    heading(3, `${factTitle(fact, names)}: ${VERDICT_HEADINGS[fact.verdict]}`),
    paragraph([{ type: 'strong', children: [text('Verdict:')] }, text(` ${VERDICT_MEANING[fact.verdict]}`)]),
    table(['Outlet', 'Date', 'As written', 'As of', 'Verdict'], rows),
  ];
}

function eventBlocks(fact: EventDateFact, data: ReportData): RootContent[] {
  const verdicts = rowVerdicts(fact.claims, fact.conflicts, fact.verdict);
  const rows = fact.claims.map((claim, i) => [
    outletCell(claim, data), claim.published ?? '', claim.text, claim.value, VERDICT_WORDS[verdicts[i] ?? fact.verdict],
  ]);
  return [
    heading(3, `Date of “${fact.label}”: ${VERDICT_HEADINGS[fact.verdict]}`),
    table(['Outlet', 'Date', 'As written', 'Value', 'Verdict'], rows),
  ];
}

export function factsSection(data: ReportData): RootContent[] {
  const names = subjectNames(data);
  const { facts, events } = data.comparison;
  if (facts.length === 0 && events.length === 0) {
    return [heading(2, 'Figures compared across outlets'), none('No figure or event date is reported by two or more sources.')];
  }
  return [
    heading(2, 'Figures compared across outlets'),
    ...facts.flatMap((f) => factBlocks(f, data, names)),
    ...events.flatMap((e) => eventBlocks(e, data)),
  ];
}

/** One side of a conflict: the sentence quoted, then who said it, when, and where. */
function side(claim: Claim | EventDateClaim, data: ReportData): RootContent[] {
  const quote: Blockquote = { type: 'blockquote', children: [paragraph(oneLine(claim.quote))] };
  const by: PhrasingContent[] = [
    text('— '), { type: 'strong', children: oneLine(claim.outlet ?? claim.title) },
    text(', '), ...oneLine(claim.published ?? 'undated'), text(', '), sourceLink(data.linkOf(claim.uri), claim.uri),
    text(' (“'), ...oneLine(claim.text), text('”)'),
  ];
  return [quote, paragraph(by)];
}

export function conflictsSection(data: ReportData): RootContent[] {
  const names = subjectNames(data);
  const blocks: RootContent[] = [];
  const pairs = <C extends Claim | EventDateClaim>(title: string, claims: readonly C[], conflicts: readonly ClaimConflict[]): void => {
    for (const conflict of conflicts) {
      const a = claims[conflict.a];
      const b = claims[conflict.b];
      if (a === undefined || b === undefined) continue;
      blocks.push(heading(3, title), paragraph(conflict.reason), ...side(a, data), ...side(b, data));
    }
  };
  for (const fact of data.comparison.facts) pairs(factTitle(fact, names), fact.claims, fact.conflicts);
  for (const event of data.comparison.events) pairs(`Date of “${event.label}”`, event.claims, event.conflicts);
  return [heading(2, 'Conflicts'), ...(blocks.length === 0 ? [none('No conflicts: the sources do not contradict each other on any figure or date compared.')] : blocks)];
}
