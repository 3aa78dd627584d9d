// What hover cards say about facts: the fact a hovered figure or date is a claim of, its
// verdict across sources, and how each other source's figure stands with the hovered one.

import { factLabel } from '../facts/compare';
import type { ClaimConflict, EventDateFact, Fact, Verdict } from '../facts/types';
import type { Figure } from '../model';
import { figureRelation } from './relation';
import type { CardFact } from './model';

/**
 * Per fact, what hovers look up: a claim's index by position, the number of sources and the
 * conflicts of each claim. Built once per fact object (facts are cached by the index until a
 * source under them changes), so a hover costs a few map reads however many claims a fact has.
 */
interface Lookup {
  readonly byPosition: Map<string, number>;
  readonly sources: number;
  /** Claims per source. */
  readonly perUri: Map<string, number>;
  readonly conflicts: Map<number, ClaimConflict[]>;
}

const lookups = new WeakMap<Fact | EventDateFact, Lookup>();

function positionKey(uri: string, start: number, end: number): string {
  return `${start}:${end}:${uri}`;
}

function lookupOf(fact: Fact | EventDateFact): Lookup {
  let lookup = lookups.get(fact);
  if (lookup !== undefined) return lookup;
  const byPosition = new Map<string, number>();
  const perUri = new Map<string, number>();
  fact.claims.forEach((c, i) => {
    const key = positionKey(c.uri, c.start, c.end);
    if (!byPosition.has(key)) byPosition.set(key, i);
    perUri.set(c.uri, (perUri.get(c.uri) ?? 0) + 1);
  });
  const conflicts = new Map<number, ClaimConflict[]>();
  for (const c of fact.conflicts) {
    for (const i of c.a === c.b ? [c.a] : [c.a, c.b]) {
      const list = conflicts.get(i);
      if (list === undefined) conflicts.set(i, [c]);
      else list.push(c);
    }
  }
  lookup = { byPosition, sources: perUri.size, perUri, conflicts };
  lookups.set(fact, lookup);
  return lookup;
}

/** The fact holding the claim at [start, end) of `uri`, with the claim's index in it. */
export function factAt<F extends Fact | EventDateFact>(facts: readonly F[], uri: string, start: number, end: number): { fact: F; index: number } | null {
  const key = positionKey(uri, start, end);
  for (const fact of facts) {
    const index = lookupOf(fact).byPosition.get(key);
    if (index !== undefined) return { fact, index };
  }
  return null;
}

/** How many claims of `fact` come from `uri`. */
export function claimsIn(fact: Fact | EventDateFact, uri: string): number {
  return lookupOf(fact).perUri.get(uri) ?? 0;
}

/** How many sources make a claim of `fact`. */
export function sourcesOf(fact: Fact | EventDateFact): number {
  return lookupOf(fact).sources;
}

/** The claims (by index) that claim `index` of `fact` is in conflict with. */
export function conflictingClaims(fact: Fact | EventDateFact, index: number): number[] {
  return (lookupOf(fact).conflicts.get(index) ?? []).map((c) => (c.a === index ? c.b : c.a));
}

/** The card's view of a fact, from the side of claim `index`. */
export function cardFact(fact: Fact | EventDateFact, index: number, subjectName: (key: string) => string): CardFact {
  const label = 'measure' in fact ? factLabel(fact, fact.subject === null ? undefined : subjectName(fact.subject)) : fact.label;
  return {
    id: fact.id,
    label,
    verdict: fact.verdict,
    sources: lookupOf(fact).sources,
    conflicts: (lookupOf(fact).conflicts.get(index) ?? []).map((c) => c.reason),
  };
}

/**
 * How another source's figure stands with the hovered claim `index` of `fact`: null when that
 * figure is not a claim of the fact (another measure, place or scope), else its pair verdict.
 */
export function pairVerdict(fact: Fact, index: number, uri: string, other: Figure): Verdict | null {
  const lookup = lookupOf(fact);
  const j = lookup.byPosition.get(positionKey(uri, other.start, other.end));
  if (j === undefined || j === index) return null;
  if ((lookup.conflicts.get(index) ?? []).some((c) => (c.a === index && c.b === j) || (c.a === j && c.b === index))) return 'conflict';
  const here = fact.claims[index];
  const there = fact.claims[j];
  if (here === undefined || there === undefined) return null;
  const relation = figureRelation(asFigure(here), asFigure(there));
  return relation === 'same' || relation === 'compatible' ? 'agree' : 'evolving';
}

function asFigure(c: { value: number; valueMax: number | null; qualifier: Figure['qualifier'] }): Pick<Figure, 'value' | 'valueMax' | 'qualifier'> {
  return c.valueMax === null ? { value: c.value, qualifier: c.qualifier } : { value: c.value, valueMax: c.valueMax, qualifier: c.qualifier };
}
