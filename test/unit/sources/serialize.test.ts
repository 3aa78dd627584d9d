// The disk cache's packs: every fixture's store written into one pack and read back into another
// index's tables gives the same analysis (deep-equal, same key order, clusters sharing the entity
// objects); a torn, flipped or foreign pack is an error, never a half-read one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { ArticleAnalysis } from '../../../src/core';
import { claimsOf } from '../../../src/core/facts/claims';
import { packClaims, PackReader, PackWriter, unpackClaims } from '../../../src/core/sources/serialize';
import { createStore, StoreContext } from '../../../src/core/sources/store';
import { StringTable } from '../../../src/core/sources/strings';
import { engine, fixturesDir, listArticles, readFixture } from '../../support/engine';

const ARTICLES = path.join(fixturesDir, 'articles');

function analyses(): { text: string; analysis: ArticleAnalysis }[] {
  return listArticles(ARTICLES).map((file) => {
    const text = readFixture(path.join(ARTICLES, file));
    return { text, analysis: engine().analyze({ uri: `file:///ws/${file}`, text }) };
  });
}

function assertSame(actual: ArticleAnalysis, expected: ArticleAnalysis, what: string): void {
  assert.deepStrictEqual(actual, expected, what);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), `${what}: key order`);
  const entities = new Set(actual.entities);
  for (const cluster of actual.entityClusters) for (const m of cluster.mentions) assert.ok(entities.has(m), `${what}: cluster mentions are the entities`);
}

function packOf(items: { text: string; analysis: ArticleAnalysis }[]): Uint8Array {
  const writer = new PackWriter<{ n: number }>('test-1');
  const ctx = new StoreContext(new StringTable());
  items.forEach(({ analysis }, n) => assert.ok(writer.add(`hash-${n}`, createStore(ctx, analysis), { n }), 'the store is compact'));
  return writer.bytes();
}

test('every fixture read back from a pack is the analysis it was written from', () => {
  const items = analyses();
  assert.ok(items.length >= 10);
  const reader = new PackReader<{ n: number }>(packOf(items));
  assert.equal(reader.version, 'test-1');
  assert.equal(reader.entries.length, items.length);
  // Another index's tables, with strings already in them, so that ids differ from the writer's.
  const strings = new StringTable();
  strings.acquire('something else');
  const ctx = new StoreContext(strings);
  const stores = reader.entries.map((entry) => {
    const item = items[entry.extra.n];
    assert.ok(item);
    assert.equal(entry.hash, `hash-${entry.extra.n}`);
    const store = reader.restore(ctx, entry, item.text);
    assert.ok(store, 'restored');
    assertSame(store.materialise(), item.analysis, `fixture ${entry.extra.n}`);
    return store;
  });
  // Restored stores hold their strings like any other: releasing them all empties the table.
  for (const store of stores) store.release();
  assert.equal(strings.size, 1);
});

test('a pack from an unaligned buffer (as a file read may give) reads the same', () => {
  const items = analyses().slice(0, 2);
  const bytes = packOf(items);
  const shifted = new Uint8Array(bytes.length + 1).subarray(1);
  shifted.set(bytes);
  const reader = new PackReader<{ n: number }>(shifted);
  const entry = reader.entries[1];
  assert.ok(entry);
  const store = reader.restore(new StoreContext(new StringTable()), entry, items[1]?.text ?? '');
  assert.ok(store);
  assertSame(store.materialise(), items[1]?.analysis as ArticleAnalysis, 'unaligned');
});

test('torn, flipped and foreign packs are errors', () => {
  const bytes = packOf(analyses().slice(0, 3));
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(0), /too short/],
    ['foreign', new TextEncoder().encode('{"json": "not a pack at all, but long enough"}'), /not a NewsLens pack/],
    ['truncated', bytes.subarray(0, bytes.length - 5), /truncated/],
    ['a data byte flipped', flip(bytes, bytes.length - 9), /data checksum/],
    ['a header byte flipped', flip(bytes, 30), /header checksum/],
  ];
  for (const [what, input, error] of cases) assert.throws(() => new PackReader(input), error, what);
});

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x40;
  return copy;
}

test('claims read back from their packed form are the claims, under the uri asked for', () => {
  let total = 0;
  for (const { text, analysis } of analyses()) {
    const claims = claimsOf('file:///old/place.txt', analysis);
    total += claims.claims.length + claims.events.length;
    const packed = JSON.parse(JSON.stringify(packClaims(claims, text))) as ReturnType<typeof packClaims>;
    const back = unpackClaims(packed, 'file:///new/place.txt', text);
    const expected = {
      claims: claims.claims.map((c) => ({ ...c, uri: 'file:///new/place.txt' })),
      events: claims.events.map((e) => ({ ...e, uri: 'file:///new/place.txt' })),
    };
    assert.deepStrictEqual(back, expected);
    assert.equal(JSON.stringify(back), JSON.stringify(expected), 'key order');
  }
  assert.ok(total > 20, `the fixtures make claims (${total})`);
});

test('quotes are kept by offset when the article says them verbatim, as strings when their spacing was tidied', () => {
  const text = 'Port Selwyn, Nov 4 (Island Herald) - The toll rose to 15 people on Tuesday.\n\n'
    + 'The Coast Guard said on Monday that 12 people had died\nin the sinking.\n';
  const analysis = engine().analyze({ uri: 'file:///a.txt', text });
  const claims = claimsOf('file:///a.txt', analysis);
  const quotes = claims.claims.map((c) => c.quote);
  assert.ok(quotes.some((q) => text.includes(q)), `a verbatim quote among ${JSON.stringify(quotes)}`);
  assert.ok(quotes.some((q) => q.includes('died in the sinking')), `the line break tidied to a space in ${JSON.stringify(quotes)}`);
  const packed = packClaims(claims, text);
  const column = (packed.claims.cols as Record<string, { t: string }> | null)?.quote;
  // One quote is not in the article as written: the column keeps strings.
  assert.equal(column?.t, 's');
  const back = unpackClaims(JSON.parse(JSON.stringify(packed)) as typeof packed, 'file:///a.txt', text);
  assert.deepStrictEqual(back.claims.map((c) => c.quote), quotes);
  // Only the verbatim sentence: offsets.
  const verbatim = { claims: claims.claims.filter((c) => text.includes(c.quote)), events: [] };
  const packedVerbatim = packClaims(verbatim, text);
  assert.equal((packedVerbatim.claims.cols as Record<string, { t: string }> | null)?.quote?.t, 'at');
  assert.deepStrictEqual(unpackClaims(JSON.parse(JSON.stringify(packedVerbatim)) as typeof packedVerbatim, 'file:///a.txt', text).claims, verbatim.claims);
});
