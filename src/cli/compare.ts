// `newslens compare [--json] FILE|FOLDER...`: what several articles say about the same things.
// Entities under all their names across the sources, then the figures they share as facts with
// a verdict (agree / evolving / conflict) and the dates they give for the same events. The same
// core as the language server: claims per source (src/core/facts), the workspace lexicon applied.

import { parseArgs } from 'node:util';
import {
  applyLexicon, claimsOf, compareClaims, factLabel, groupWorkspaceEntities, sameStoryBy, topicsOf,
  type ArticleAnalysis, type Comparison, type EventDateFact, type Fact, type SourceClaims, type WorkspaceEntity,
} from '../core';
import { createEngine, findForCli, readEach, type Io } from './articles';
import { cliLexicons } from './lexicons';
import { UsageError } from './usage';


/** Runs the command; returns the exit code (usage errors are thrown, for main() to report). */
export async function compareCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('compare needs at least one file or folder');

  const found = await findForCli(positionals, [], io);
  if (found.files.length === 0) return 1;

  const engine = createEngine();
  const lexicons = cliLexicons(positionals, io.err);
  const sources: { uri: string; analysis: ArticleAnalysis }[] = [];
  const claims: SourceClaims[] = [];
  const topics = new Map<string, Set<string>>();
  const unread = await readEach(found.files, io, async (file, text, issues) => {
    const analysis = engine.analyze({ uri: file, text, decodeIssues: issues });
    sources.push({ uri: file, analysis });
    // Claims read the lexicon's decisions too: a place it renames is the same subject everywhere.
    const applied = applyLexicon(analysis, await lexicons.forFile(file));
    claims.push(claimsOf(file, applied));
    topics.set(file, topicsOf(applied));
  });
  const failed = found.failed || unread || lexicons.failed;
  if (sources.length === 0) return 1;

  // One grouping over all sources: the lexicon of the first article's workspace decides it.
  const entities = groupWorkspaceEntities(sources, await lexicons.forFile(sources[0]!.uri));
  // Conflicts are read only between sources telling one story (sharing named entities).
  const comparison = compareClaims(claims, { sameStory: sameStoryBy((uri) => topics.get(uri)) });
  if (values.json) io.out(JSON.stringify(comparisonToJson(entities, comparison)));
  else for (const line of formatComparison(entities, comparison, sources.length)) io.out(line);
  return failed ? 1 : 0;
}

/** The `compare --json` object: the contract's fields first, more beside them. */
export function comparisonToJson(entities: readonly WorkspaceEntity[], comparison: Comparison): Record<string, unknown> {
  const names = subjectNames(entities);
  return {
    entities: entities.map((e) => ({
      canonical: e.canonical, type: e.type, aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ file: m.uri, start: m.start, end: m.end, text: m.text })),
      key: e.key,
    })),
    facts: comparison.facts.map((f) => ({
      measure: f.measure,
      verdict: f.verdict,
      claims: f.claims.map((c) => ({
        file: c.uri, start: c.start, end: c.end, text: c.text, value: c.value, qualifier: c.qualifier, asOf: c.asOf,
        valueMax: c.valueMax, asOfFrom: c.asOfFrom, outlet: c.outlet, published: c.published, line: c.line, character: c.character, quote: c.quote,
      })),
      id: f.id,
      label: factLabel(f, f.subject === null ? undefined : names.get(f.subject)),
      subject: f.subject,
      scope: f.scope,
      conflicts: f.conflicts,
    })),
    events: comparison.events.map((e) => ({
      event: e.event,
      label: e.label,
      verdict: e.verdict,
      claims: e.claims.map((c) => ({
        file: c.uri, start: c.start, end: c.end, text: c.text, value: c.value,
        outlet: c.outlet, published: c.published, line: c.line, character: c.character, quote: c.quote,
      })),
      conflicts: e.conflicts,
    })),
  };
}

/** The readable summary: conflicts first and marked, then evolving and agreeing facts, event dates, entities. */
export function formatComparison(entities: readonly WorkspaceEntity[], comparison: Comparison, sourceCount: number): string[] {
  const names = subjectNames(entities);
  const out: string[] = [];
  const { facts, events } = comparison;
  const count = (list: readonly { verdict: string }[], v: string): number => list.filter((f) => f.verdict === v).length;
  out.push(`${sourceCount} ${sourceCount === 1 ? 'source' : 'sources'}: ${facts.length} ${facts.length === 1 ? 'figure' : 'figures'} reported by more than one`
    + ` (${count(facts, 'conflict')} in conflict, ${count(facts, 'evolving')} evolving, ${count(facts, 'agree')} agreeing),`
    + ` ${events.length} event ${events.length === 1 ? 'date' : 'dates'} (${count(events, 'conflict')} in conflict)`);
  out.push('');
  if (facts.length > 0) out.push('Figures');
  for (const fact of facts) out.push(...factLines(fact, names));
  if (events.length > 0) out.push('', 'Event dates');
  for (const event of events) out.push(...eventLines(event));
  out.push('', `Entities (${entities.length})`);
  for (const e of entities) {
    const files = new Set(e.mentions.map((m) => m.uri)).size;
    const others = e.aliases.filter((a) => a !== e.canonical);
    out.push(`  ${e.canonical} (${e.type}), ${e.mentions.length} ${e.mentions.length === 1 ? 'mention' : 'mentions'} in ${files} ${files === 1 ? 'source' : 'sources'}`
      + (others.length > 0 ? `; also ${others.map((a) => `"${a}"`).join(', ')}` : ''));
  }
  return out;
}

function factLines(fact: Fact, names: ReadonlyMap<string, string>): string[] {
  const out = [`  ${mark(fact.verdict)} ${factLabel(fact, fact.subject === null ? undefined : names.get(fact.subject))}`];
  for (const conflict of fact.conflicts) out.push(`      ! ${conflict.reason}`);
  for (const c of fact.claims) {
    out.push(`      ${(c.asOf ?? 'undated').padEnd(10)}  ${oneLine(c.text).padEnd(24)}  ${c.outlet ?? c.title}  (${c.uri}:${c.line + 1})`);
  }
  return out;
}

function eventLines(event: EventDateFact): string[] {
  const out = [`  ${mark(event.verdict)} ${event.label}`];
  for (const conflict of event.conflicts) out.push(`      ! ${conflict.reason}`);
  for (const c of event.claims) out.push(`      ${c.value.padEnd(10)}  ${oneLine(c.text).padEnd(24)}  ${c.outlet ?? c.title}  (${c.uri}:${c.line + 1})`);
  return out;
}

/** Conflicts stand out in capitals, the rest read quietly. */
function mark(verdict: string): string {
  return verdict === 'conflict' ? 'CONFLICT' : verdict === 'evolving' ? 'evolving' : 'agree   ';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Entity key -> its name across the sources, to name a fact's subject ("Jamaica"). */
function subjectNames(entities: readonly WorkspaceEntity[]): Map<string, string> {
  return new Map(entities.map((e) => [e.key, e.canonical]));
}
