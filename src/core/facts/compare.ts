// Claims compared across sources. Claims on one measure, subject and scope (and, for single
// events, one event) are one fact; the fact's verdict says whether the sources fit together:
//   conflict  two sources give incompatible values for the same as-of date (or the same event),
//             or a running total that only grows (deaths, strikes) is lower at a later date;
//   evolving  values differ, but only between dates, in the direction time allows;
//   agree     every value is compatible with every other ("at least 80" and 83).
// Money, shares and people in shelters conflict only when tied to one place (measures.ts).
// Claims of one source are never compared with each other, and a claim whose scope was only
// guessed ('default') is not trusted to be the lower side of a conflict: "six men died" read
// as a total by mistake would otherwise contradict every real toll of that day.
// The work is linear in the number of claims except within one as-of date of one fact.

import type { Figure } from '../model';
import { below, boundsOf, type Bounds } from '../hover/relation';
import { conflictsNeedSubject, isCumulative, measureLabel } from './measures';
import type { SameStory } from './story';
import type { Claim, ClaimConflict, Comparison, EventDateClaim, EventDateFact, Fact, SourceClaims, Verdict } from './types';

/** Claims of one as-of date compared with all the others, at most (the rest only with these). */
const MAX_SAME_DATE = 200;
/** Conflicts listed per fact, at most: enough for every diagnostic a person reads. */
const MAX_CONFLICTS = 1000;

export interface CompareOptions {
  /** Whether two sources tell the same story (src/core/facts/story.ts); conflicts are only read within one. Default: always. */
  readonly sameStory?: SameStory;
}

/** The comparison over these sources' claims: facts reported by two or more sources. */
export function compareClaims(sources: Iterable<SourceClaims>, options: CompareOptions = {}): Comparison {
  const sameStory = options.sameStory ?? (() => true);
  const byFact = new Map<string, Claim[]>();
  const byEvent = new Map<string, EventDateClaim[]>();
  for (const source of sources) {
    for (const claim of source.claims) {
      const id = factId(claim);
      if (id === null) continue;
      push(byFact, id, claim);
    }
    for (const claim of source.events) push(byEvent, claim.event, claim);
  }
  const facts: Fact[] = [];
  for (const [id, claims] of byFact) {
    if (distinctSources(claims) < 2) continue;
    facts.push(factOf(id, claims, sameStory));
  }
  const events: EventDateFact[] = [];
  for (const [event, claims] of byEvent) {
    if (distinctSources(claims) < 2) continue;
    const fact = eventFactOf(event, claims, sameStory);
    if (fact !== null) events.push(fact);
  }
  return { facts: orderFacts(facts), events: orderEvents(events) };
}

/** Conflicts first, then evolving, then agreeing facts; larger facts first; then by id. */
export function orderFacts(facts: Fact[]): Fact[] {
  return facts.sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || b.claims.length - a.claims.length || cmp(a.id, b.id));
}

export function orderEvents(events: EventDateFact[]): EventDateFact[] {
  return events.sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || cmp(a.id, b.id));
}

/** `${measure}|${subject}|${scope}`, plus `|${event}` for a single event; null for an event that cannot be named. */
export function factId(claim: Claim): string | null {
  const base = `${claim.measure}|${claim.subject ?? ''}|${claim.scope}`;
  if (claim.scope !== 'event') return base;
  const event = claim.event ?? null;
  return event === null ? null : `${base}|${event}`;
}

function factOf(id: string, unsorted: readonly Claim[], sameStory: SameStory): Fact {
  const claims = [...unsorted].sort(byAsOfUriStart);
  const first = claims[0] as Claim;
  const bounds = claims.map(boundsOfClaim);
  const conflicts: ClaimConflict[] = [];
  const seen = new Set<string>();
  const full = (): boolean => conflicts.length >= MAX_CONFLICTS;
  const add = (a: number, b: number, why: () => string): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x},${y}`;
    if (seen.has(key) || full()) return;
    seen.add(key);
    conflicts.push({ a: x, b: y, reason: why() });
  };
  const cumulative = isCumulative(first.measure);
  const isEvent = first.scope === 'event';
  // Without a place, claims on money or shelters may be about different things: never a conflict.
  const judged = !(conflictsNeedSubject(first.measure) && first.subject === null);

  // Same as-of date (or, for one event, any date): incompatible values conflict.
  const groups = !judged ? [] : isEvent ? [claims.map((_, i) => i)] : groupIndices(claims, (c) => c.asOf);
  for (const group of groups) {
    if (full()) break;
    // Sources that all fit one value (the usual case) need no pairwise look.
    if (allCompatible(group.map((i) => bounds[i] as Bounds))) continue;
    const n = Math.min(group.length, MAX_SAME_DATE);
    for (let x = 0; x < n; x++) {
      if (full()) break;
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x] as number;
        const j = group[y] as number;
        const a = claims[i] as Claim;
        const b = claims[j] as Claim;
        if (a.uri === b.uri) continue;
        if (isEvent && a.asOf !== b.asOf) continue;
        // An event known only by its day may be one of several that day: both must name its place.
        if (isEvent && (a.event ?? '').startsWith('on:') && ((a.place ?? null) === null || a.place !== b.place)) continue;
        const aLow = below(bounds[i] as Bounds, bounds[j] as Bounds);
        const bLow = below(bounds[j] as Bounds, bounds[i] as Bounds);
        if (!aLow && !bLow) continue;
        // The lower side must be a trusted reading of its scope.
        const lower = aLow ? a : b;
        if (lower.scopeFrom === 'default') continue;
        // Last, as it is the dearest test: whether the two sources tell one story.
        if (!sameStory(a.uri, b.uri)) continue;
        add(i, j, () => `${describe(a)} vs ${describe(b)}`);
      }
    }
  }

  // Running totals that only grow: a later claim entirely below an earlier one from another source.
  if (cumulative && judged) {
    let best: { index: number; low: number; uri: string } | null = null;
    let second: { index: number; low: number; uri: string } | null = null;
    let d = 0;
    const dated = claims.map((c, i) => ({ c, i })).filter((e) => e.c.asOf !== null);
    while (d < dated.length) {
      // Claims of one date are checked against earlier dates, then join them.
      let e = d;
      while (e < dated.length && (dated[e]?.c.asOf ?? null) === (dated[d]?.c.asOf ?? null)) e++;
      for (let k = d; k < e; k++) {
        const { c, i } = dated[k] as { c: Claim; i: number };
        const earlier = best !== null && best.uri !== c.uri ? best : second;
        if (earlier === null || c.scopeFrom === 'default') continue;
        const prior = claims[earlier.index] as Claim;
        // Only the highest earlier claim is looked at: one from another story hides no conflict worth a false one.
        if (!sameStory(prior.uri, c.uri)) continue;
        if (!ordered(prior.asOf, c.asOf)) continue;
        if (below(bounds[i] as Bounds, bounds[earlier.index] as Bounds)) add(earlier.index, i, () => `${describe(c)} is lower than ${describe(prior)}, though a total only grows`);
      }
      for (let k = d; k < e; k++) {
        const { c, i } = dated[k] as { c: Claim; i: number };
        // A total only guessed to be one ("floods killed 120 in 2019") is no yardstick for later ones.
        if (c.scopeFrom === 'default') continue;
        const low = (bounds[i] as Bounds).low;
        const entry = { index: i, low, uri: c.uri };
        if (best === null || low > best.low) {
          if (best !== null && best.uri !== c.uri) second = best;
          best = entry;
        } else if (c.uri !== best.uri && (second === null || low > second.low)) second = entry;
      }
      d = e;
    }
  }

  let verdict: Verdict = 'agree';
  if (conflicts.length > 0) verdict = 'conflict';
  else if (!allCompatible(bounds)) verdict = 'evolving';
  conflicts.sort((x, y) => x.a - y.a || x.b - y.b);
  const fact: Fact = {
    id, measure: first.measure, subject: first.subject, scope: first.scope, verdict, claims, conflicts,
    ...(isEvent ? { event: first.event ?? null } : {}),
  };
  return fact;
}

function eventFactOf(event: string, unsorted: readonly EventDateClaim[], sameStory: SameStory): EventDateFact | null {
  const claims = [...unsorted].sort((a, b) => cmp(a.value, b.value) || cmp(a.uri, b.uri) || a.start - b.start);
  const conflicts: ClaimConflict[] = [];
  const n = Math.min(claims.length, MAX_SAME_DATE);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as EventDateClaim;
      const b = claims[j] as EventDateClaim;
      if (a.uri === b.uri || a.value === b.value || !sameStory(a.uri, b.uri)) continue;
      conflicts.push({ a: i, b: j, reason: `${a.value} (${who(a)}) vs ${b.value} (${who(b)})` });
    }
  }
  // With nothing named after the verb ("Petro announced on Tuesday"), two dates may be two
  // announcements: such an event is reported only when its sources agree.
  if (conflicts.length > 0 && event.endsWith('|')) return null;
  const first = claims[0] as EventDateClaim;
  return { id: event, event, label: first.label, verdict: conflicts.length > 0 ? 'conflict' : 'agree', claims, conflicts };
}

function boundsOfClaim(c: Claim): Bounds {
  const f: Pick<Figure, 'value' | 'valueMax' | 'qualifier'> = c.valueMax === null
    ? { value: c.value, qualifier: c.qualifier }
    : { value: c.value, valueMax: c.valueMax, qualifier: c.qualifier };
  return boundsOf(f);
}

/** True when one value fits every claim (the ranges share a point). */
function allCompatible(bounds: readonly Bounds[]): boolean {
  let low: Bounds | null = null;
  let high: Bounds | null = null;
  for (const b of bounds) {
    if (low === null || b.low > low.low || (b.low === low.low && b.lowOpen)) low = b;
    if (high === null || b.high < high.high || (b.high === high.high && b.highOpen)) high = b;
  }
  if (low === null || high === null) return true;
  return !below(high, low);
}

/** True when date `a` is strictly before date `b` at the precision both give. */
function ordered(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a.includes('W') || b.includes('W')) return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a < b;
}

function groupIndices<T>(list: readonly T[], keyOf: (item: T) => string | null): number[][] {
  const groups = new Map<string | null, number[]>();
  list.forEach((item, i) => push(groups, keyOf(item), i));
  return [...groups.values()].filter((g) => g.length > 1);
}

function describe(c: Claim): string {
  return `${c.text.trim()} (${who(c)}${c.asOf === null ? '' : `, as of ${c.asOf}`})`;
}

function who(c: { outlet: string | null; title: string }): string {
  return c.outlet ?? c.title;
}

function distinctSources(claims: readonly { uri: string }[]): number {
  const first = claims[0]?.uri;
  for (const c of claims) if (c.uri !== first) return 2;
  return claims.length === 0 ? 0 : 1;
}

function byAsOfUriStart(a: Claim, b: Claim): number {
  if (a.asOf !== b.asOf) {
    if (a.asOf === null) return 1;
    if (b.asOf === null) return -1;
    return cmp(a.asOf, b.asOf);
  }
  return cmp(a.uri, b.uri) || a.start - b.start;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function verdictRank(v: Verdict): number {
  return v === 'conflict' ? 0 : v === 'evolving' ? 1 : 2;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** "deaths in LOC:jamaica (running total)" — how a fact is named in messages. */
export function factLabel(fact: Pick<Fact, 'measure' | 'subject' | 'scope'>, subjectName?: string): string {
  const subject = fact.subject === null ? '' : ` in ${subjectName ?? fact.subject.slice(fact.subject.indexOf(':') + 1)}`;
  return `${measureLabel(fact.measure)}${subject}${fact.scope === 'event' ? ' (one event)' : ''}`;
}
