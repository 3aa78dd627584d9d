// The index keeps each source compactly and rebuilds its analysis on use: what it gives back
// must be deep-equal to what was stored (same keys in the same order, cluster mentions the very
// entity objects), whether the source was set, analysed elsewhere, renamed or replaced, and
// whether it was still kept built or had to be rebuilt.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { createSourceIndex, type ArticleAnalysis, type SourceIndex } from '../../../src/core';
import type { Source } from '../../../src/core/sources/source';
import { StringTable } from '../../../src/core/sources/strings';
import { engine, fixturesDir, listArticles, readFixture } from '../../support/engine';
import { HARBOR, HARBOR_URI, LEDGER, LEDGER_URI } from './articles';

const ARTICLES = path.join(fixturesDir, 'articles');
const FILES = listArticles(ARTICLES);

function fixtures(): { uri: string; text: string; analysis: ArticleAnalysis }[] {
  return FILES.map((file) => {
    const uri = `file:///ws/${file.split(path.sep).join('/')}`;
    const text = readFixture(path.join(ARTICLES, file));
    return { uri, text, analysis: engine().analyze({ uri, text }) };
  });
}

/** Deep-equal, the same JSON (so the same key order) and clusters sharing the entity objects. */
function assertSame(actual: ArticleAnalysis, expected: ArticleAnalysis, what: string): void {
  assert.deepStrictEqual(actual, expected, what);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), `${what}: key order`);
  const entities = new Set(actual.entities);
  assert.ok(actual.entityClusters.every((c) => c.mentions.every((m) => entities.has(m))), `${what}: cluster mentions are the entities`);
}

function stringsOf(index: SourceIndex): StringTable {
  const record = [...index.records()][0] as Source;
  return (record.store as unknown as { strings: StringTable }).strings;
}

test('there are fixture articles to check', () => {
  assert.ok(FILES.length >= 10);
});

for (const resident of [0, 1, 32]) {
  test(`every fixture article comes back deep-equal to what was stored (resident ${resident})`, () => {
    const index = createSourceIndex(engine(), { resident });
    const all = fixtures();
    for (const { uri, analysis } of all) index.setAnalysis(uri, `h:${uri}`, structuredClone(analysis));
    for (const { uri, text } of all) index.set(uri.replace('file:///ws/', 'file:///open/'), text);
    for (const { uri, analysis } of all) {
      const record = index.get(uri) as Source;
      assertSame(record.analysis, analysis, uri);
      assertSame(record.materialise(), analysis, `${uri} (rebuilt)`);
      assertSame((index.get(uri.replace('file:///ws/', 'file:///open/')) as Source).materialise(), analysis, `${uri} (set)`);
      assert.equal(record.store.constructor.name, 'CompactStore', `${uri} is kept compactly`);
    }
    // Reading them all again, in another order, after others pushed them out.
    for (const { uri, analysis } of [...all].reverse()) assertSame((index.get(uri) as Source).analysis, analysis, `${uri} again`);
  });
}

test('after rename and set, sources still give back what was stored', () => {
  const index = createSourceIndex(engine(), { resident: 0 });
  const all = fixtures();
  for (const { uri, analysis } of all) index.setAnalysis(uri, `h:${uri}`, structuredClone(analysis));
  const [a, b, c] = all as [typeof all[0], typeof all[0], typeof all[0]];
  assert.ok(index.rename(a.uri, 'file:///ws/moved.txt'));
  assertSame((index.get('file:///ws/moved.txt') as Source).materialise(), a.analysis, 'renamed');
  assert.ok(index.rename(b.uri, c.uri)); // onto another source
  assertSame((index.get(c.uri) as Source).materialise(), b.analysis, 'renamed over another');
  index.setAnalysis(c.uri, 'other', structuredClone(a.analysis));
  assertSame((index.get(c.uri) as Source).materialise(), a.analysis, 'replaced');
  for (const { uri, analysis } of all.slice(3)) assertSame((index.get(uri) as Source).materialise(), analysis, `${uri} untouched`);
  assert.equal(index.size, all.length - 1);
});

test('an analysis the compact form does not fit is kept as it is, with the same answers', () => {
  const all = fixtures();
  const compact = createSourceIndex(engine());
  // Through JSON, cluster mentions are copies of the entities, not the entities themselves.
  const plain = createSourceIndex(engine());
  for (const { uri, analysis } of all) {
    compact.setAnalysis(uri, 'h', structuredClone(analysis));
    plain.setAnalysis(uri, 'h', JSON.parse(JSON.stringify(analysis)) as ArticleAnalysis);
  }
  const odd = { ...structuredClone(all[0]?.analysis as ArticleAnalysis), extra: { note: 1 } };
  (odd.figures[0] as unknown as Record<string, unknown>).weight = 2;
  plain.setAnalysis('file:///ws/odd.txt', 'h', odd);
  const oddRecord = plain.get('file:///ws/odd.txt') as Source;
  assert.equal(oddRecord.store.constructor.name, 'PlainStore');
  assert.equal(oddRecord.analysis, odd);
  plain.delete('file:///ws/odd.txt');

  assert.deepStrictEqual(plain.snapshot(), compact.snapshot());
  assert.deepStrictEqual(plain.entitySummary(), compact.entitySummary());
  for (const { uri, analysis } of all) {
    assert.equal((plain.get(uri) as Source).store.constructor.name, 'PlainStore');
    assert.deepStrictEqual(plain.documentSymbols(uri), compact.documentSymbols(uri));
    for (const m of [...analysis.entities, ...analysis.figures, ...analysis.dates]) {
      for (const at of [m.start, m.end]) {
        assert.deepStrictEqual(plain.hoverCard(uri, at), compact.hoverCard(uri, at), `${uri} ${at}`);
        assert.deepStrictEqual(plain.references(uri, at), compact.references(uri, at), `${uri} ${at}`);
      }
    }
  }
});

test('strings leave the shared table with the last source using them', () => {
  const index = createSourceIndex(engine(), { resident: 0 });
  index.set(HARBOR_URI, HARBOR);
  const strings = stringsOf(index);
  const one = strings.size;
  assert.ok(one > 0);
  index.set(LEDGER_URI, LEDGER);
  assert.ok(strings.size > one);
  index.rename(LEDGER_URI, 'file:///news/ledger.txt');
  index.set(HARBOR_URI, LEDGER); // replaced by the other text: nothing of HARBOR's own is left
  index.delete('file:///news/ledger.txt');
  index.set(HARBOR_URI, HARBOR);
  assert.equal(strings.size, one);
  index.delete(HARBOR_URI);
  assert.equal(strings.size, 0);
});

test('the string table counts references and reuses freed ids', () => {
  const table = new StringTable();
  const a = table.acquire('Reuters');
  assert.equal(table.acquire('Reuters'), a);
  const b = table.acquire('AP');
  table.release(a);
  assert.equal(table.get(a), 'Reuters');
  table.release(a);
  assert.equal(table.size, 1);
  assert.equal(table.acquire('AFP'), a);
  assert.equal(table.get(b), 'AP');
});
