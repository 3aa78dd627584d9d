// `newslens/comparison`: the figures and event dates compared across the sources of the
// workspace or of one folder, for the Source Comparison view. The comparison itself is the
// core's (SourceIndex.comparison); this adds where each quote ends and the timeline, and keeps
// the answer a size a webview draws at once.

import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { SourceIndex } from '../core';
import { factLabel } from '../core/facts';
import type { Fact } from '../core/facts/types';
import type { ServerContext } from './context';
import {
  ComparisonRequest, type ClaimEnd, type ComparisonParams, type ComparisonResult, type LocatedEventFact,
  type LocatedFact, type TimelineEntry,
} from './comparisonProtocol';

/** Facts and claims beyond these are left out (and said so): a chart of 10,000 points says nothing. */
const MAX_FACTS = 60;
const MAX_CLAIMS = 240;
const MAX_TIMELINE = 600;

export function registerComparison(ctx: ServerContext): void {
  ctx.connection.onRequest(ComparisonRequest, (params: ComparisonParams | null | undefined) => comparisonOf(ctx.index, params?.folder));
}

/** The comparison over the sources in `folder` (a URI), or over all of them. */
export function comparisonOf(index: SourceIndex, folder?: string): ComparisonResult {
  const inFolder = folderFilter(folder);
  let sources = 0;
  for (const record of index.records()) if (inFolder === undefined || inFolder(record.uri)) sources++;
  const comparison = index.comparison(inFolder);
  const ends = new Map<string, (offset: number) => ClaimEnd>();
  const endOf = (uri: string, offset: number): ClaimEnd => {
    let at = ends.get(uri);
    if (at === undefined) {
      const lines = index.get(uri)?.lines;
      at = (o) => {
        const p = lines?.positionAt(o);
        return { endLine: p?.line ?? 0, endCharacter: p?.character ?? 0 };
      };
      ends.set(uri, at);
    }
    return at(offset);
  };

  let truncated = false;
  // Conflicts first, then the facts most sources speak to.
  const ranked = [...comparison.facts].sort((a, b) => Number(b.verdict === 'conflict') - Number(a.verdict === 'conflict')
    || distinctSources(b) - distinctSources(a));
  if (ranked.length > MAX_FACTS) truncated = true;
  const facts: LocatedFact[] = ranked.slice(0, MAX_FACTS).map((fact) => {
    if (fact.claims.length > MAX_CLAIMS) truncated = true;
    // Conflicting claims are kept whatever the cap, and their indices mapped to the kept list.
    const keep = keptClaims(fact);
    const position = new Map(keep.map((i, k) => [i, k]));
    return {
      ...fact,
      label: factLabel(fact, fact.subject === null ? undefined : subjectName(fact.subject)),
      claims: keep.map((i) => {
        const c = fact.claims[i] as Fact['claims'][number];
        return { ...c, ...endOf(c.uri, c.end) };
      }),
      conflicts: fact.conflicts.filter((x) => position.has(x.a) && position.has(x.b))
        .map((x) => ({ ...x, a: position.get(x.a) as number, b: position.get(x.b) as number })),
    };
  });
  const events: LocatedEventFact[] = comparison.events.slice(0, MAX_FACTS).map((event) => ({
    ...event,
    claims: event.claims.slice(0, MAX_CLAIMS).map((c) => ({ ...c, ...endOf(c.uri, c.end) })),
    conflicts: event.conflicts.filter((x) => x.a < MAX_CLAIMS && x.b < MAX_CLAIMS),
  }));
  if (comparison.events.length > MAX_FACTS) truncated = true;

  const timeline: TimelineEntry[] = [];
  events.forEach((event, f) => event.claims.forEach((c, i) => {
    const day = dayOf(c.value);
    if (day !== null) timeline.push({ day, value: c.value, kind: 'event', fact: f, claim: i, verdict: event.verdict });
  }));
  facts.forEach((fact, f) => fact.claims.forEach((c, i) => {
    const day = c.asOf === null ? null : dayOf(c.asOf);
    if (day !== null && c.asOf !== null) timeline.push({ day, value: c.asOf, kind: 'figure', fact: f, claim: i, verdict: fact.verdict });
  }));
  const outletOf = (t: TimelineEntry): string => (t.kind === 'event' ? events[t.fact]?.claims[t.claim]?.outlet : facts[t.fact]?.claims[t.claim]?.outlet) ?? '';
  timeline.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : outletOf(a).localeCompare(outletOf(b))));
  if (timeline.length > MAX_TIMELINE) truncated = true;

  return { facts, events, timeline: timeline.slice(0, MAX_TIMELINE), sources, truncated };
}

function keptClaims(fact: Fact): number[] {
  if (fact.claims.length <= MAX_CLAIMS) return fact.claims.map((_, i) => i);
  const keep = new Set<number>();
  for (const c of fact.conflicts) keep.add(c.a).add(c.b);
  for (let i = 0; i < fact.claims.length && keep.size < MAX_CLAIMS; i++) keep.add(i);
  return [...keep].sort((a, b) => a - b);
}

function distinctSources(fact: Fact): number {
  return new Set(fact.claims.map((c) => c.uri)).size;
}

/** Sources under a folder URI (compared as file paths, so encodings of the URI do not matter). */
function folderFilter(folder: string | undefined): ((uri: string) => boolean) | undefined {
  if (folder === undefined || folder === '') return undefined;
  const root = URI.parse(folder).fsPath.replace(/[/\\]+$/, '');
  return (uri) => {
    const file = URI.parse(uri).fsPath;
    return file.startsWith(root + path.sep) || file.startsWith(root + '/');
  };
}

/** "LOC:jamaica" -> "Jamaica": keys are folded, a label reads better capitalised. */
function subjectName(key: string): string {
  return key.slice(key.indexOf(':') + 1).replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The day a TimeML date value falls on or starts at; null for durations, sets and *_REF. */
export function dayOf(value: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m !== null) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m !== null) {
    // ISO week: the week holding January 4th is week 1; weeks start on Monday.
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (Number(m[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m !== null) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})$/.exec(value);
  return m === null ? null : `${m[1]}-01-01`;
}
