// Scores the facts NewsLens finds across a story's sources against hand-made ones
// (test/fixtures/expected/<story>/facts.json): how many hand-made facts are found with the
// right verdict, and how many conflicts are reported where the hand-made facts see none.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { claimsOf, compareClaims, sameStoryBy, topicsOf, type Comparison } from '../../../src/core';
import { engine, fixturesDir, listArticles, readFixture } from '../../support/engine';

export interface ExpectedClaim {
  readonly file: string;
  readonly text: string;
}

export interface ExpectedFact {
  readonly name: string;
  readonly verdict: 'agree' | 'conflict' | 'evolving';
  readonly claims: readonly ExpectedClaim[];
}

export interface ExpectedFacts {
  readonly story: string;
  readonly facts: readonly ExpectedFact[];
  readonly events: readonly ExpectedFact[];
}

export interface FactScore {
  readonly name: string;
  readonly expected: string;
  /** The verdict of the found fact that holds most of the hand-made claims; null when none holds two from two sources. */
  readonly found: string | null;
}

export interface StoryScore {
  readonly story: string;
  readonly facts: readonly FactScore[];
  readonly events: readonly FactScore[];
  /** Found facts with the right verdict, over hand-made facts (figures and events together). */
  readonly right: number;
  readonly total: number;
  /** Conflicts reported on facts the hand-made ones call agree or evolving, or on claims no hand-made fact groups. */
  readonly falseConflicts: readonly string[];
}

/** The story's sources compared as the index compares them. */
export function compareStory(dir: string): Comparison {
  const topics = new Map<string, Set<string>>();
  const claims = listArticles(dir).map((rel) => {
    const file = path.join(dir, rel);
    const analysis = engine().analyze({ uri: file, text: readFixture(file) });
    topics.set(rel, topicsOf(analysis));
    return claimsOf(rel, analysis);
  });
  return compareClaims(claims, { sameStory: sameStoryBy((uri) => topics.get(uri)) });
}

export function scoreStory(story: string, articlesDir: string): StoryScore {
  const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'expected', story, 'facts.json'), 'utf8')) as ExpectedFacts;
  const comparison = compareStory(path.join(articlesDir, story));
  const key = (c: { uri: string; text: string }): string => `${path.basename(c.uri)}\u0000${c.text}`;
  const match = (want: ExpectedFact, found: readonly { verdict: string; claims: readonly { uri: string; text: string }[] }[]) => {
    const wanted = new Set(want.claims.map((c) => `${c.file}\u0000${c.text}`));
    let best: { verdict: string; hits: number } | null = null;
    for (const fact of found) {
      const hit = fact.claims.filter((c) => wanted.has(key(c)));
      if (new Set(hit.map((c) => c.uri)).size < 2) continue;
      if (best === null || hit.length > best.hits) best = { verdict: fact.verdict, hits: hit.length };
    }
    return { name: want.name, expected: want.verdict, found: best?.verdict ?? null };
  };
  const facts = expected.facts.map((f) => match(f, comparison.facts));
  const events = expected.events.map((f) => match(f, comparison.events));
  const all = [...facts, ...events];

  // A reported conflict is false unless it lies on a hand-made conflicting fact.
  const conflicting = new Set([...expected.facts, ...expected.events].filter((f) => f.verdict === 'conflict')
    .flatMap((f) => f.claims.map((c) => `${c.file}\u0000${c.text}`)));
  const falseConflicts: string[] = [];
  for (const fact of [...comparison.facts, ...comparison.events]) {
    for (const c of fact.conflicts) {
      const a = fact.claims[c.a];
      const b = fact.claims[c.b];
      if (a === undefined || b === undefined) continue;
      if (!conflicting.has(key(a)) || !conflicting.has(key(b))) falseConflicts.push(`${fact.id}: ${c.reason}`);
    }
  }
  return {
    story, facts, events, falseConflicts,
    right: all.filter((s) => s.found === s.expected).length,
    total: all.length,
  };
}
