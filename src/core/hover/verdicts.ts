// What hover cards say about facts: the fact a hovered figure or date is a claim of, its
// verdict across sources, and how each other source's figure stands with the hovered one.

import { factLabel } from '../facts/compare';
import type { ClaimConflict, EventDateFact, Fact, Verdict } from '../facts/types';
import type { Figure } from '../model';
import { figureRelation } from './relation';
import type { CardFact } from './model';

/** The fact holding the claim at [start, end) of `uri`, with the claim's index in it. */
export function factAt<F extends Fact | EventDateFact>(facts: readonly F[], uri: string, start: number, end: number): { fact: F; index: number } | null {
  for (const fact of facts) {
    const index = fact.claims.findIndex((c) => c.uri === uri && c.start === start && c.end === end);
    if (index >= 0) return { fact, index };
  }
  return null;
}

/** The card's view of a fact, from the side of claim `index`. */
export function cardFact(fact: Fact | EventDateFact, index: number, subjectName: (key: string) => string): CardFact {
  const label = 'measure' in fact ? factLabel(fact, fact.subject === null ? undefined : subjectName(fact.subject)) : fact.label;
  return {
    id: fact.id,
    label,
    verdict: fact.verdict,
    sources: new Set(fact.claims.map((c) => c.uri)).size,
    conflicts: conflictsOf(fact.conflicts, index),
  };
}

function conflictsOf(conflicts: readonly ClaimConflict[], index: number): string[] {
  return conflicts.filter((c) => c.a === index || c.b === index).map((c) => c.reason);
}

/**
 * How another source's figure stands with the hovered claim `index` of `fact`: null when that
 * figure is not a claim of the fact (another measure, place or scope), else its pair verdict.
 */
export function pairVerdict(fact: Fact, index: number, uri: string, other: Figure): Verdict | null {
  const j = fact.claims.findIndex((c) => c.uri === uri && c.start === other.start && c.end === other.end);
  if (j < 0 || j === index) return null;
  if (fact.conflicts.some((c) => (c.a === index && c.b === j) || (c.a === j && c.b === index))) return 'conflict';
  const here = fact.claims[index];
  const there = fact.claims[j];
  if (here === undefined || there === undefined) return null;
  const relation = figureRelation(asFigure(here), asFigure(there));
  return relation === 'same' || relation === 'compatible' ? 'agree' : 'evolving';
}

function asFigure(c: { value: number; valueMax: number | null; qualifier: Figure['qualifier'] }): Pick<Figure, 'value' | 'valueMax' | 'qualifier'> {
  return c.valueMax === null ? { value: c.value, qualifier: c.qualifier } : { value: c.value, valueMax: c.valueMax, qualifier: c.qualifier };
}
