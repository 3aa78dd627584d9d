import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSourceIndex, type EntityCard, type DateCard, type FigureCard } from '../../../src/core';
import { HARBOR, HARBOR_URI, LEDGER, LEDGER_URI } from './articles';
import { offsetOf, positionOf, spyEngine } from './helpers';

function story() {
  const spy = spyEngine();
  const index = createSourceIndex(spy);
  index.set(HARBOR_URI, HARBOR);
  index.set(LEDGER_URI, LEDGER);
  return { spy, index };
}

test('labels each source with its title, outlet and date', () => {
  const { index } = story();
  assert.deepEqual(index.get(HARBOR_URI)?.label, { title: 'Colombia disputes boat strike toll', outlet: 'Harbor Times', date: '2025-11-14' });
  assert.equal(index.size, 2);
  assert.equal(index.get(LEDGER_URI)?.lines.positionAt(offsetOf(LEDGER, 'Petro')).line, 4);
});

test('a bare "Petro" hovers as Gustavo Petro, quoting the other outlet at the mention', () => {
  const { index } = story();
  const at = offsetOf(LEDGER, 'Petro') + 2;
  const card = index.hoverCard(LEDGER_URI, at) as EntityCard;
  assert.equal(card.kind, 'entity');
  assert.equal(card.key, 'PER:gustavo petro');
  assert.equal(card.canonical, 'Gustavo Petro');
  assert.deepEqual(card.aliases, ['Petro']);
  assert.equal(card.mentionsHere, 2);
  assert.equal(card.sourcesTotal, 2);
  assert.equal(card.othersMore, 0);
  const start = offsetOf(HARBOR, 'Gustavo Petro');
  assert.deepEqual(card.others, [{
    uri: HARBOR_URI, title: 'Colombia disputes boat strike toll', outlet: 'Harbor Times', date: '2025-11-14',
    quote: { before: 'BOGOTÁ — President ', text: 'Gustavo Petro', after: ' said on Tuesday that at least 80 people had died in the strikes.' },
    start, end: start + 'Gustavo Petro'.length, ...positionOf(HARBOR, start), moreInSource: 1,
  }]);
  assert.deepEqual(card.range, { start: offsetOf(LEDGER, 'Petro'), end: offsetOf(LEDGER, 'Petro') + 5, line: 4, character: 20, endLine: 4, endCharacter: 25 });
});

test('the full name hovers with the bare name from the other outlet, cut to quoteChars', () => {
  const { index } = story();
  const card = index.hoverCard(HARBOR_URI, offsetOf(HARBOR, 'Petro later'), { quoteChars: 20 }) as EntityCard;
  assert.equal(card.sourcesTotal, 2);
  assert.equal(card.others.length, 1);
  const other = card.others[0];
  assert.equal(other?.uri, LEDGER_URI);
  assert.deepEqual(other?.quote, { before: 'Colombian President ', text: 'Petro', after: ' told reporters in…' });
  assert.equal(other?.start, offsetOf(LEDGER, 'Petro'));
  assert.equal(other?.moreInSource, 1);
  assert.deepEqual({ line: other?.line, character: other?.character }, positionOf(LEDGER, offsetOf(LEDGER, 'Petro')));
});

test('a toll hovers with the other outlet\'s toll and how it compares', () => {
  const { index } = story();
  const here = index.hoverCard(HARBOR_URI, offsetOf(HARBOR, '80 people')) as FigureCard;
  assert.equal(here.kind, 'figure');
  assert.equal(here.figure.value, 80);
  assert.equal(here.others.length, 1);
  const [other] = here.others;
  assert.equal(other?.uri, LEDGER_URI);
  assert.equal(other?.value, 76);
  assert.equal(other?.text, '76 people');
  assert.equal(other?.relation, 'lower');
  assert.equal(other?.asOf, '2025-11-16');
  assert.deepEqual(other?.quote, { before: 'Colombian President Petro told reporters in Bogotá that ', text: '76 people', after: ' had died since the campaign began.' });
  assert.deepEqual({ line: other?.line, character: other?.character }, positionOf(LEDGER, offsetOf(LEDGER, '76 people')));

  const back = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, '76')) as FigureCard;
  assert.equal(back.others[0]?.relation, 'higher');
  assert.equal(back.others[0]?.qualifier, 'at least');
});

test('a date hovers with its weekday and the other outlet naming the same day, even as "Tuesday"', () => {
  const { index } = story();
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'November 11')) as DateCard;
  assert.equal(card.kind, 'date');
  assert.equal(card.iso, '2025-11-11');
  assert.equal(card.weekday, 'Tuesday');
  assert.equal(card.others.length, 1);
  assert.equal(card.others[0]?.uri, HARBOR_URI);
  assert.equal(card.others[0]?.quote.text, 'Tuesday');
  assert.equal(card.others[0]?.start, offsetOf(HARBOR, 'Tuesday'));
  assert.equal(card.others[0]?.moreInSource, 1);
  // The article's own date is in neither other source.
  const own = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'November 16')) as DateCard;
  assert.deepEqual(own.others, []);
  assert.equal(own.weekday, 'Sunday');
});

test('maxSources caps the list and counts the rest', () => {
  const { index } = story();
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'Petro'), { maxSources: 0 }) as EntityCard;
  assert.deepEqual(card.others, []);
  assert.equal(card.othersMore, 1);
});

test('a cancelled hover returns null instead of a partial card', () => {
  const { index } = story();
  assert.equal(index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'Petro'), {}, { isCancellationRequested: true }), null);
});

test('mentionAt finds spans by offset; the end of a span counts, the gap after it does not', () => {
  const { index } = story();
  const start = offsetOf(HARBOR, 'Cartagena');
  assert.equal(index.mentionAt(HARBOR_URI, start)?.kind, 'entity');
  const atEnd = index.mentionAt(HARBOR_URI, start + 'Cartagena'.length);
  assert.equal(atEnd?.kind === 'entity' && atEnd.mention.text, 'Cartagena');
  assert.equal(index.mentionAt(HARBOR_URI, offsetOf(HARBOR, 'later')), null);
  assert.equal(index.mentionAt(HARBOR_URI, offsetOf(HARBOR, 'Tuesday'))?.kind, 'date');
  assert.equal(index.mentionAt(HARBOR_URI, offsetOf(HARBOR, 'least'))?.kind, 'figure');
  assert.equal(index.mentionAt('file:///missing.txt', 0), null);
});

test('references list every mention of the entity in every source, by uri then offset', () => {
  const { index } = story();
  const refs = index.references(LEDGER_URI, offsetOf(LEDGER, 'Petro', 1));
  const expected = [
    ...[offsetOf(HARBOR, 'Gustavo Petro'), offsetOf(HARBOR, 'Gustavo Petro', 1)].map((s) => ({ uri: HARBOR_URI, text: HARBOR, s, len: 13 })),
    ...[offsetOf(LEDGER, 'Petro'), offsetOf(LEDGER, 'Petro', 1)].map((s) => ({ uri: LEDGER_URI, text: LEDGER, s, len: 5 })),
  ].map(({ uri, text, s, len }) => {
    const from = positionOf(text, s);
    const to = positionOf(text, s + len);
    return { uri, start: s, end: s + len, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character };
  });
  assert.deepEqual(refs, expected);
  assert.deepEqual(index.references(LEDGER_URI, offsetOf(LEDGER, 'reporters')), []);
});

test('definition goes to the first mention in the earliest source', () => {
  const { index } = story();
  const def = index.definition(LEDGER_URI, offsetOf(LEDGER, 'Petro', 1));
  assert.equal(def?.uri, HARBOR_URI);
  assert.equal(def?.start, offsetOf(HARBOR, 'Gustavo Petro'));
  // An entity only the later outlet names is defined there.
  assert.equal(index.definition(LEDGER_URI, offsetOf(LEDGER, 'Coastal'))?.uri, LEDGER_URI);
  // Pentagon is in both; the earlier outlet wins even though it sorts after by uri.
  const other = createSourceIndex(spyEngine());
  other.set('file:///b-earlier.txt', HARBOR);
  other.set('file:///a-later.txt', LEDGER);
  assert.equal(other.definition('file:///a-later.txt', offsetOf(LEDGER, 'Pentagon'))?.uri, 'file:///b-earlier.txt');
});

test('set() with unchanged text does not re-analyse; changed text does', () => {
  const { spy, index } = story();
  assert.equal(spy.calls, 2);
  const generation = index.generation;
  const again = index.set(HARBOR_URI, HARBOR);
  assert.equal(again.changed, false);
  assert.equal(spy.calls, 2);
  assert.equal(index.generation, generation);
  const edited = index.set(HARBOR_URI, HARBOR.replace('at least 80', 'at least 81'));
  assert.equal(edited.changed, true);
  assert.equal(spy.calls, 3);
  assert.equal(index.generation, generation + 1);
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, '76')) as FigureCard;
  assert.equal(card.others[0]?.value, 81);
});

test('setAnalysis indexes an analysis computed elsewhere without calling the engine', () => {
  const spy = spyEngine();
  const index = createSourceIndex(spy);
  const analysis = spyEngine().analyze({ uri: HARBOR_URI, text: HARBOR });
  assert.equal(index.setAnalysis(HARBOR_URI, 'abc', analysis).changed, true);
  assert.equal(index.setAnalysis(HARBOR_URI, 'abc', analysis).changed, false);
  assert.equal(spy.calls, 0);
  assert.equal(index.get(HARBOR_URI)?.hash, 'abc');
});

test('deleting the full name leaves the bare "Petro" on its own', () => {
  const { index } = story();
  assert.equal(index.delete(HARBOR_URI), true);
  assert.equal(index.delete(HARBOR_URI), false);
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'Petro')) as EntityCard;
  assert.equal(card.key, 'PER:petro');
  assert.equal(card.canonical, 'Petro');
  assert.equal(card.sourcesTotal, 1);
  assert.deepEqual(card.others, []);
});

test('two full names ending in "Petro" leave the bare name unresolved', () => {
  const { index } = story();
  index.set('file:///news/sister.txt', 'Sandra Petro spoke in Bogotá on Friday.\n\nSandra Petro left.');
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'Petro')) as EntityCard;
  assert.equal(card.key, 'PER:petro');
});

test('rename moves a source without re-analysis and keeps its links right', () => {
  const { spy, index } = story();
  const renamed = 'file:///news/archive/harbor.txt';
  assert.equal(index.rename(HARBOR_URI, renamed), true);
  assert.equal(spy.calls, 2);
  assert.equal(index.has(HARBOR_URI), false);
  assert.equal(index.get(renamed)?.label.title, 'Colombia disputes boat strike toll');
  const card = index.hoverCard(LEDGER_URI, offsetOf(LEDGER, 'Petro')) as EntityCard;
  assert.equal(card.others[0]?.uri, renamed);
  assert.equal(index.rename('file:///nope.txt', 'file:///x.txt'), false);
});

test('document symbols group entities once each, then figures and dates per mention', () => {
  const { index } = story();
  const symbols = index.documentSymbols(HARBOR_URI);
  assert.deepEqual(symbols.map((s) => s.name), ['People', 'Organisations', 'Places', 'Figures', 'Dates']);
  const people = symbols[0];
  assert.deepEqual(people?.children.map((c) => [c.name, c.count, c.start]), [['Gustavo Petro', 2, offsetOf(HARBOR, 'Gustavo Petro')]]);
  assert.deepEqual(symbols[4]?.children.map((c) => c.detail), ['2025-11-14', '2025-11-11', '2025-11-11']);
  assert.equal(symbols[3]?.children[0]?.line, 4);
  assert.deepEqual(index.documentSymbols('file:///missing.txt'), []);
});

test('workspace symbols match without case or accents, and by subsequence', () => {
  const { index } = story();
  const petro = index.workspaceSymbols('PETRO');
  assert.deepEqual(petro.map((s) => [s.key, s.canonical, s.sources, s.location.uri]), [['PER:gustavo petro', 'Gustavo Petro', 2, HARBOR_URI]]);
  assert.deepEqual(index.workspaceSymbols('bogota').map((s) => [s.canonical, s.sources]), [['Bogotá', 2]]);
  assert.deepEqual(index.workspaceSymbols('gpetro').map((s) => s.key), ['PER:gustavo petro']);
  assert.deepEqual(index.workspaceSymbols('zzz'), []);
  assert.equal(index.workspaceSymbols('', 2).length, 2);
});

test('entity summary, locations and source summaries describe the workspace', () => {
  const { index } = story();
  const summary = index.entitySummary();
  const petro = summary.find((e) => e.key === 'PER:gustavo petro');
  assert.deepEqual(petro, { key: 'PER:gustavo petro', type: 'PER', canonical: 'Gustavo Petro', sources: 2, mentions: 4 });
  assert.equal(summary.some((e) => e.key === 'PER:petro'), false);
  for (let i = 1; i < summary.length; i++) {
    const a = summary[i - 1]!;
    const b = summary[i]!;
    assert.ok(a.sources > b.sources || (a.sources === b.sources && a.mentions >= b.mentions));
  }
  const locations = index.entityLocations('PER:petro');
  assert.deepEqual(locations.map((l) => [l.uri, l.text, l.outlet]), [
    [LEDGER_URI, 'Petro', 'Coastal Ledger'], [LEDGER_URI, 'Petro', 'Coastal Ledger'],
    [HARBOR_URI, 'Gustavo Petro', 'Harbor Times'], [HARBOR_URI, 'Gustavo Petro', 'Harbor Times'],
  ]);
  assert.deepEqual(locations[1]?.quote, { before: '', text: 'Petro', after: ' called the strikes murder.' });
  const sources = index.sourceSummaries();
  assert.deepEqual(sources.map((s) => [s.uri, s.outlet, s.figures, s.dates]), [[HARBOR_URI, 'Harbor Times', 1, 3], [LEDGER_URI, 'Coastal Ledger', 1, 2]]);
});

test('a currency name inside a figure ("HK$" in "HK$2 billion") hovers as the figure', () => {
  const index = createSourceIndex(spyEngine());
  const uri = 'file:///hk.txt';
  const text = 'Date: 2025-11-14\n\nThe Hong Kong government set aside HK$2 billion for repairs, officials said on Friday.\n';
  index.set(uri, text);
  const at = offsetOf(text, 'HK$') + 1;
  assert.ok(index.get(uri)?.analysis.entities.some((e) => e.text === 'HK$'), 'the recogniser names the currency, as CoNLL-2003 does');
  assert.equal(index.mentionAt(uri, at)?.kind, 'figure');
});
