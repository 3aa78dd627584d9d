// The source index keeps each source's claims and answers the comparison as sources are added,
// edited, renamed and removed, the same as comparing the sources from scratch.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, compareClaims, createSourceIndex, sameStoryBy, topicsOf, type Comparison, type SourceIndex } from '../../../src/core';
import { createStore } from '../../../src/core/sources/store';
import { engine } from '../../support/engine';

const HERALD = 'Bridge collapse\nSource: The Lindenport Herald\nDate: March 4, 2026\n\nMayor Ellen Brandt and Transport Minister Jonas Reiter visited Lindenport. By Wednesday, officials said 40 people had been injured.\n';
const COURIER = 'After the collapse\nSource: The River Courier\nDate: March 4, 2026\n\nMayor Ellen Brandt and Transport Minister Jonas Reiter visited Lindenport. So far 55 people have been injured, the health office said.\n';
const AGREEING = COURIER.replace('55 people', '40 people');

/** The comparison made from scratch over what the index holds. */
function fromScratch(index: SourceIndex): Comparison {
  const topics = new Map<string, Set<string>>();
  const claims = [...index.records()].map((r) => {
    topics.set(r.uri, topicsOf(r.analysis));
    return claimsOf(r.uri, r.analysis);
  });
  return compareClaims(claims, { sameStory: sameStoryBy((uri) => topics.get(uri)) });
}

function verdicts(c: Comparison): string[] {
  return c.facts.map((f) => `${f.id}=${f.verdict}:${f.claims.map((x) => x.uri).join(',')}`).sort();
}

test('claims are kept per source, and the comparison follows set, edit, rename and delete', () => {
  const index = createSourceIndex(engine());
  index.set('file:///a.txt', HERALD);
  assert.deepEqual(index.comparison().facts, [], 'one source alone makes no fact');
  assert.equal(index.claims('file:///a.txt')?.claims[0]?.text, '40 people');

  index.set('file:///b.txt', COURIER);
  const conflict = index.comparison();
  assert.deepEqual(verdicts(conflict), ['injuries||total=conflict:file:///a.txt,file:///b.txt']);
  assert.deepEqual(verdicts(conflict), verdicts(fromScratch(index)));
  assert.deepEqual(index.factsAbout('file:///a.txt').map((f) => f.verdict), ['conflict']);
  assert.deepEqual(index.factNeighbours('file:///a.txt'), ['file:///b.txt']);

  index.set('file:///b.txt', AGREEING);
  assert.deepEqual(verdicts(index.comparison()), ['injuries||total=agree:file:///a.txt,file:///b.txt']);

  index.rename('file:///b.txt', 'file:///c.txt');
  assert.deepEqual(verdicts(index.comparison()), ['injuries||total=agree:file:///a.txt,file:///c.txt']);
  assert.equal(index.claims('file:///c.txt')?.claims[0]?.uri, 'file:///c.txt', 'claims move with the source');
  assert.deepEqual(verdicts(index.comparison()), verdicts(fromScratch(index)));

  index.delete('file:///c.txt');
  assert.deepEqual(index.comparison().facts, []);
  assert.deepEqual(index.factsAbout('file:///a.txt'), []);
});

test('factsAbout answers the same whether or not the whole comparison is current', () => {
  const index = createSourceIndex(engine());
  index.set('file:///a.txt', HERALD);
  index.set('file:///b.txt', COURIER);
  const cold = index.factsAbout('file:///b.txt');
  index.comparison();
  const warm = index.factsAbout('file:///b.txt');
  assert.deepEqual(cold, warm);
  assert.equal(warm[0]?.conflicts.length, 1);
});

test('claims given back (as the disk cache does) replace those worked out, and a filter narrows the comparison', () => {
  const index = createSourceIndex(engine());
  index.set('file:///a.txt', HERALD);
  index.set('file:///b.txt', COURIER);
  const kept = index.claims('file:///b.txt');
  assert.ok(kept);
  const roundTripped = JSON.parse(JSON.stringify(kept)) as typeof kept;
  assert.ok(index.setClaims('file:///b.txt', roundTripped));
  assert.deepEqual(verdicts(index.comparison()), ['injuries||total=conflict:file:///a.txt,file:///b.txt']);
  assert.deepEqual(index.comparison((uri) => uri !== 'file:///b.txt').facts, []);
  assert.equal(index.setClaims('file:///missing.txt', roundTripped), false);
});

test('the comparison worked out step by step is the comparison, and steps stop when the index changes', () => {
  const index = createSourceIndex(engine());
  index.set('file:///a.txt', HERALD);
  index.set('file:///b.txt', COURIER);
  index.set('file:///c.txt', AGREEING.replace('Lindenport.', 'Lindenport on Tuesday.'));
  let steps = 0;
  for (const _ of index.comparisonSteps()) steps++;
  assert.ok(steps >= 1, 'one step per fact not yet compared');
  assert.deepEqual(verdicts(index.comparison()), verdicts(fromScratch(index)));
  assert.equal([...index.comparisonSteps()].length, 0, 'nothing is left to compare');

  // A source changed between two steps: the steps end, and the comparison follows the change.
  index.set('file:///d.txt', HERALD.replace('40 people', '41 people'));
  index.set('file:///e.txt', COURIER.replace('55 people', '56 people').replace('injured', 'killed'));
  const iterator = index.comparisonSteps()[Symbol.iterator]();
  assert.equal(iterator.next().done, false);
  index.set('file:///a.txt', AGREEING);
  let after = 0;
  while (iterator.next().done !== true) after++;
  assert.equal(after, 0, 'a changed index ends the steps');
  assert.deepEqual(verdicts(index.comparison()), verdicts(fromScratch(index)));
});

test('claims restored from the disk cache are read back by claimSteps, a few per step, not during the restore', () => {
  const texts = [HERALD, COURIER, AGREEING, HERALD.replace('40 people', '41 people')];
  const index = createSourceIndex(engine());
  let loads = 0;
  texts.forEach((text, n) => {
    const uri = `file:///r${n}.txt`;
    const analysis = engine().analyze({ uri, text });
    const restored = index.restore(uri, `hash-${n}`, (ctx) => createStore(ctx, analysis), () => {
      loads++;
      return claimsOf(uri, analysis);
    });
    assert.ok(restored !== null);
  });
  assert.equal(loads, 0, 'nothing unpacked while restoring');
  const steps = [...index.claimSteps()].length;
  assert.equal(loads, texts.length, 'every restored source read back');
  assert.ok(steps <= texts.length);
  const before = loads;
  assert.deepEqual(verdicts(index.comparison()), verdicts(fromScratch(index)));
  assert.equal(loads, before, 'the comparison reads nothing again');
});
