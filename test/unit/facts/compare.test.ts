// Verdicts from claims written by hand: what agrees, what evolves, what conflicts, and the
// pairs that must never be called a conflict.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims, factId, type Claim, type EventDateClaim, type SourceClaims } from '../../../src/core';

let n = 0;
function claim(uri: string, value: number, asOf: string | null, more: Partial<Claim> = {}): Claim {
  n++;
  return {
    uri, title: uri, outlet: uri.toUpperCase(), published: asOf,
    start: n * 10, end: n * 10 + 5, text: String(value), line: 0, character: n * 10,
    measure: 'deaths', subject: null, value, valueMax: null, qualifier: null, scope: 'total',
    asOf, asOfFrom: 'article', quote: `${value} dead.`, scopeFrom: 'cue', event: null,
    ...more,
  };
}

function sources(...claims: Claim[]): SourceClaims[] {
  const byUri = new Map<string, Claim[]>();
  for (const c of claims) byUri.set(c.uri, [...(byUri.get(c.uri) ?? []), c]);
  return [...byUri.values()].map((list) => ({ claims: list, events: [] }));
}

function verdictOf(...claims: Claim[]): string | undefined {
  const { facts } = compareClaims(sources(...claims));
  assert.ok(facts.length <= 1, 'one fact');
  return facts[0]?.verdict;
}

const cases: [string, Claim[], string | undefined][] = [
  ['the same value on the same day agrees', [claim('a', 80, '2025-11-12'), claim('b', 80, '2025-11-12')], 'agree'],
  ['"at least 80" and 83 on the same day agree', [claim('a', 80, '2025-11-12', { qualifier: 'at least' }), claim('b', 83, '2025-11-12')], 'agree'],
  ['"about 25,000" and "more than 20,000" agree', [claim('a', 25000, '2025-10-31', { qualifier: 'about' }), claim('b', 20000, '2025-10-31', { qualifier: 'more than' })], 'agree'],
  ['a toll that grows between dates is evolving', [claim('a', 76, '2025-11-10'), claim('b', 80, '2025-11-12'), claim('c', 83, '2025-11-17')], 'evolving'],
  ['79 and 80 as of the same day conflict', [claim('a', 79, '2025-11-12'), claim('b', 80, '2025-11-12')], 'conflict'],
  ['a running total of deaths that goes down later conflicts', [claim('a', 80, '2025-11-12'), claim('b', 76, '2025-11-14')], 'conflict'],
  ['people in shelters going down is evolving, not a conflict', [
    claim('a', 25000, '2025-10-29', { measure: 'people:in shelters' }), claim('b', 4000, '2025-11-19', { measure: 'people:in shelters' }),
  ], 'evolving'],
  ['"more than 40" after 43 agrees: it is no decrease', [claim('a', 43, '2025-11-05'), claim('b', 40, '2025-11-19', { qualifier: 'more than' })], 'agree'],
  ['a month and a day inside it are not ordered: no decrease is read', [claim('a', 80, '2025-11'), claim('b', 76, '2025-11-14')], 'evolving'],
  ['one source alone is no fact', [claim('a', 79, '2025-11-12'), claim('a', 80, '2025-11-12')], undefined],
  ['a total only guessed to be one is no yardstick for later totals', [
    claim('a', 120, '2025-11-01', { scopeFrom: 'default' }), claim('b', 80, '2025-11-12'),
  ], 'evolving'],
  ['a total only guessed to be one does not make the lower side of a conflict', [
    claim('a', 80, '2025-11-12'), claim('b', 6, '2025-11-12', { scopeFrom: 'default' }),
  ], 'evolving'],
  ['one event told twice with the same toll agrees', [
    claim('a', 4, '2025-11-11', { scope: 'event', event: 'strike#20' }), claim('b', 4, '2025-11-14', { scope: 'event', event: 'strike#20' }),
  ], 'agree'],
  ['money pledged by different givers on one day is no conflict without a place', [
    claim('a', 4e6, '2025-10-31', { measure: 'USD:aid' }), claim('b', 10e6, '2025-10-31', { measure: 'USD:aid' }),
  ], 'evolving'],
  ['money for one place on one day can conflict', [
    claim('a', 4e6, '2025-10-31', { measure: 'USD:aid', subject: 'LOC:jamaica' }), claim('b', 10e6, '2025-10-31', { measure: 'USD:aid', subject: 'LOC:jamaica' }),
  ], 'conflict'],
  ['one event on one day, in one place, with two tolls conflicts', [
    claim('a', 3, '2025-11-15', { scope: 'event', event: 'on:2025-11-15', place: 'LOC:eastern pacific' }),
    claim('b', 5, '2025-11-15', { scope: 'event', event: 'on:2025-11-15', place: 'LOC:eastern pacific' }),
  ], 'conflict'],
  ['events known only by their day, with no place named, may be two events: no conflict', [
    claim('a', 3, '2025-11-15', { scope: 'event', event: 'on:2025-11-15' }), claim('b', 5, '2025-11-15', { scope: 'event', event: 'on:2025-11-15', place: 'LOC:caribbean' }),
  ], 'evolving'],
];

for (const [name, claims, expected] of cases) {
  test(name, () => assert.equal(verdictOf(...claims), expected));
}

test('claims about different places, scopes or events are different facts and never conflict', () => {
  const { facts } = compareClaims(sources(
    claim('a', 19, '2025-10-31', { subject: 'LOC:jamaica' }),
    claim('b', 31, '2025-10-31', { subject: 'LOC:haiti' }),
    claim('c', 4, '2025-10-31', { scope: 'event', event: 'strike#20' }),
    claim('d', 80, '2025-10-31'),
    claim('e', 3, '2025-10-31', { scope: 'event', event: null }),
  ));
  assert.deepEqual(facts, []);
});

test('a fact lists its claims by as-of date and says which pairs conflict and why', () => {
  const { facts } = compareClaims(sources(claim('b', 80, '2025-11-12'), claim('a', 79, '2025-11-12'), claim('c', 76, '2025-11-10')));
  const fact = facts[0];
  assert.equal(fact?.id, 'deaths||total');
  assert.deepEqual(fact?.claims.map((c) => c.value), [76, 79, 80]);
  assert.equal(fact?.conflicts.length, 1);
  const pair = fact?.conflicts[0];
  assert.deepEqual([fact?.claims[pair!.a]?.value, fact?.claims[pair!.b]?.value], [79, 80]);
  assert.match(pair?.reason ?? '', /79 \(A, as of 2025-11-12\) vs 80 \(B, as of 2025-11-12\)/);
});

test('sources telling different stories are never read as contradicting each other', () => {
  const claims = sources(claim('a', 79, '2025-11-12'), claim('b', 80, '2025-11-12'), claim('c', 90, '2025-11-12'));
  const story = (x: string, y: string) => (x === 'c') === (y === 'c');
  const { facts } = compareClaims(claims, { sameStory: story });
  assert.equal(facts[0]?.verdict, 'conflict');
  assert.deepEqual(facts[0]?.conflicts.map(({ a, b }) => [facts[0]?.claims[a]?.uri, facts[0]?.claims[b]?.uri]), [['a', 'b']]);
  const apart = compareClaims(sources(claim('a', 80, '2025-11-12'), claim('c', 30, '2025-11-14')), { sameStory: () => false });
  assert.deepEqual(apart.facts[0]?.conflicts, []);
});

test('fact ids: measure, subject and scope; an event adds its key; an unnamed event has none', () => {
  assert.equal(factId(claim('a', 1, null, { subject: 'LOC:haiti' })), 'deaths|LOC:haiti|total');
  assert.equal(factId(claim('a', 1, null, { scope: 'event', event: 'strike#1' })), 'deaths||event|strike#1');
  assert.equal(factId(claim('a', 1, null, { scope: 'event', event: null })), null);
});

function dated(uri: string, event: string, value: string): EventDateClaim {
  n++;
  return { uri, title: uri, outlet: uri, published: null, start: n, end: n + 3, text: value, line: 0, character: 0, event, label: event, value, quote: '' };
}

test('event dates: the same day agrees, two days conflict, and an event with nothing named after its verb is not judged on two days', () => {
  const run = (...claims: EventDateClaim[]) => compareClaims(claims.map((c) => ({ claims: [], events: [c] }))).events;
  assert.equal(run(dated('a', 'order|PER:jonas reiter|independent inquiry', '2026-03-03'), dated('b', 'order|PER:jonas reiter|independent inquiry', '2026-03-03'))[0]?.verdict, 'agree');
  assert.equal(run(dated('a', 'order|PER:jonas reiter|independent inquiry', '2026-03-03'), dated('b', 'order|PER:jonas reiter|independent inquiry', '2026-03-02'))[0]?.verdict, 'conflict');
  // "Brandt announced on Tuesday" and "Brandt announced on Friday" may be two announcements.
  assert.deepEqual(run(dated('a', 'announce|PER:ellen brandt|', '2026-03-03'), dated('b', 'announce|PER:ellen brandt|', '2026-03-06')), []);
  assert.equal(run(dated('a', 'announce|PER:ellen brandt|', '2026-03-03'), dated('b', 'announce|PER:ellen brandt|', '2026-03-03'))[0]?.verdict, 'agree');
});
