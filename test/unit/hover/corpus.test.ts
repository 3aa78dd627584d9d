// A few hundred small generated articles (templates written for this test): every hover and
// reference the index answers from its maps must equal what a scan over all sources finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSourceIndex, entityKey, figureMeasure, type EntityCard, type FigureCard, type SourceIndex } from '../../../src/core';
import { engine } from '../../support/engine';

const PEOPLE = ['Marta Lindqvist', 'Oscar Velandia', 'Priya Raman', 'Tomas Okafor'];
const PLACES = ['Cartagena', 'Kingston', 'Port-au-Prince', 'Valparaíso'];
const OUTLETS = ['Harbor Times', 'Coastal Ledger', 'Island Wire'];

function article(i: number): string {
  const day = 1 + (i % 27);
  const person = PEOPLE[i % PEOPLE.length] as string;
  const place = PLACES[(i * 7) % PLACES.length] as string;
  const toll = 40 + (i % 23);
  return [
    `Flooding update ${i}`,
    `Date: March ${day}, 2025`,
    `Source: ${OUTLETS[i % OUTLETS.length]}`,
    '',
    `${person} said on Monday that ${i % 2 === 0 ? 'at least ' : ''}${toll} people had died in ${place}.`,
    `Rescue teams reached ${place} on March ${1 + (i % 5)}, 2025, officials said.`,
  ].join('\n');
}

const N = 300;
let shared: SourceIndex | undefined;
function corpus(): SourceIndex {
  if (shared) return shared;
  const index = createSourceIndex(engine());
  for (let i = 0; i < N; i++) index.set(`file:///corpus/${String(i).padStart(3, '0')}.txt`, article(i));
  shared = index;
  return index;
}

test('entity hovers in a corpus agree with a scan over all sources', () => {
  const index = corpus();
  assert.equal(index.size, N);
  const lindqvist = index.entitySummary().find((e) => e.canonical === 'Marta Lindqvist');
  assert.equal(lindqvist?.sources, N / PEOPLE.length);
  for (let i = 0; i < N; i += 17) {
    const uri = `file:///corpus/${String(i).padStart(3, '0')}.txt`;
    const record = index.get(uri)!;
    for (const mention of record.analysis.entities) {
      const card = index.hoverCard(uri, mention.start, { maxSources: 4 }) as EntityCard;
      const key = entityKey(mention.type, mention.canonical);
      const holders = [...index.records()].filter((r) => r.analysis.entities.some((m) => entityKey(m.type, m.canonical) === key));
      assert.equal(card.sourcesTotal, holders.length, `${key} in ${uri}`);
      const newest = holders.filter((r) => r.uri !== uri)
        .sort((a, b) => (b.label.date ?? '').localeCompare(a.label.date ?? '') || a.uri.localeCompare(b.uri));
      assert.deepEqual(card.others.map((o) => o.uri), newest.slice(0, 4).map((r) => r.uri));
      assert.equal(card.othersMore, Math.max(0, newest.length - 4));
      for (const other of card.others) {
        const text = index.get(other.uri)!.analysis.text;
        assert.equal(text.slice(other.start, other.end), other.quote.text);
      }
      const refs = index.references(uri, mention.start);
      const expected = holders.flatMap((r) => r.analysis.entities.filter((m) => entityKey(m.type, m.canonical) === key).map((m) => `${r.uri}@${m.start}`)).sort();
      assert.deepEqual(refs.map((r) => `${r.uri}@${r.start}`), expected);
    }
  }
});

/** The first item of each uri, in the order given (latest first). */
function latestPerSource<T extends { uri: string }>(latestFirst: readonly T[]): T[] {
  const seen = new Set<string>();
  return latestFirst.filter((x) => !seen.has(x.uri) && seen.add(x.uri));
}

test('figure hovers in a corpus list the latest claims of the same fact, else of the same measure, a line per source', () => {
  const index = corpus();
  let claims = 0;
  let plain = 0;
  for (let i = 0; i < N; i += 23) {
    const uri = `file:///corpus/${String(i).padStart(3, '0')}.txt`;
    const figure = index.get(uri)!.analysis.figures[0]!;
    const card = index.hoverCard(uri, figure.start) as FigureCard;
    const fact = index.factsAbout(uri).find((f) => f.claims.some((c) => c.uri === uri && c.start === figure.start));
    if (fact !== undefined) {
      // A claim of a fact: the other sources' latest claims of that fact, one per source, the
      // latest five sources, oldest first.
      const theirs = latestPerSource(fact.claims.filter((c) => c.uri !== uri).reverse());
      assert.equal(card.fact?.id, fact.id);
      assert.deepEqual(card.others.map((o) => `${o.uri}@${o.start}`), theirs.slice(0, 5).reverse().map((c) => `${c.uri}@${c.start}`));
      assert.equal(card.othersMore, theirs.length - card.others.length);
      claims++;
      continue;
    }
    plain++;
    const measure = figureMeasure(figure);
    const all = [...index.records()].filter((r) => r.uri !== uri)
      .flatMap((r) => r.analysis.figures.filter((f) => figureMeasure(f) === measure).map((f) => ({ uri: r.uri, f })))
      .sort((a, b) => (b.f.asOf ?? '').localeCompare(a.f.asOf ?? '') || a.uri.localeCompare(b.uri) || a.f.start - b.f.start);
    const perSource = latestPerSource(all);
    assert.deepEqual(card.others.map((o) => `${o.uri}@${o.start}`), perSource.slice(0, 5).reverse().map((x) => `${x.uri}@${x.f.start}`));
    assert.equal(card.othersMore, perSource.length - card.others.length);
    for (let k = 1; k < card.others.length; k++) assert.ok((card.others[k - 1]!.asOf ?? '') <= (card.others[k]!.asOf ?? ''));
  }
  console.log(`# ${claims} figures hovered as claims of a fact, ${plain} as plain figures`);
  assert.ok(claims > 0, 'no hovered figure was a claim of a fact: the fact branch went untested');
});
