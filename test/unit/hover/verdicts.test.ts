// Hover cards say what the sources make of a figure or a date: the fact's verdict across
// sources, what the hovered claim contradicts, and each other source's figure judged against
// it (or not judged, when it is a claim about something else).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { visit } from 'unist-util-visit';
import { createSourceIndex, type DateCard, type FigureCard, type SourceIndex } from '../../../src/core';
import { renderCard } from '../../../src/server/hover';
import { DEFAULT_SETTINGS } from '../../../src/server/protocol';
import { engine, fixturesDir, listArticles, readFixture } from '../../support/engine';
import { parseMarkdown } from '../../support/markdown';

function story(dir: string): { index: SourceIndex; uri: (name: string) => string; text: (name: string) => string } {
  const index = createSourceIndex(engine());
  const texts = new Map<string, string>();
  for (const rel of listArticles(dir)) {
    const text = readFixture(path.join(dir, rel));
    texts.set(rel, text);
    index.set(`file:///story/${rel}`, text);
  }
  return { index, uri: (name) => `file:///story/${name}`, text: (name) => texts.get(name) ?? '' };
}

function at(text: string, needle: string, occurrence = 1): number {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, needle);
  return offset;
}

const HERALD = '2026-03-04-lindenport-herald.txt';
const COURIER = '2026-03-04-river-courier.md';
const bridge = story(path.join(fixturesDir, 'stories/harlow-bridge'));

test('a conflicting figure: the card says the sources conflict, why, and marks the other source\'s figure', () => {
  const card = bridge.index.hoverCard(bridge.uri(HERALD), at(bridge.text(HERALD), '40 people') + 1) as FigureCard;
  assert.equal(card.kind, 'figure');
  assert.equal(card.fact?.verdict, 'conflict');
  assert.equal(card.fact?.label, 'injuries');
  assert.equal(card.fact?.sources, 2);
  assert.equal(card.fact?.conflicts.length, 1);
  assert.match(card.fact?.conflicts[0] ?? '', /40 people \(The Lindenport Herald, as of 2026-03-04\) vs 55 people \(The River Courier, as of 2026-03-04\)/);
  const other = card.others.find((o) => o.text === '55 people');
  assert.equal(other?.verdict, 'conflict');
  const md = renderCard(card, DEFAULT_SETTINGS);
  assert.match(md, /Across 2 sources, injuries\\: \*\*sources conflict\*\*/);
  assert.match(md, /\*\*55\*\* \\\(conflicts, as of 2026\\-03\\-04\\\)/);
});

test('an evolving toll and an agreeing figure are said so, and raise no conflict line', () => {
  const deaths = bridge.index.hoverCard(bridge.uri(HERALD), at(bridge.text(HERALD), '12 people') + 1) as FigureCard;
  assert.equal(deaths.fact?.verdict, 'evolving');
  assert.deepEqual(deaths.fact?.conflicts, []);
  assert.ok(deaths.others.some((o) => o.value === 15 && o.verdict === 'evolving'), 'the later 15 is an update');
  const barges = bridge.index.hoverCard(bridge.uri(HERALD), at(bridge.text(HERALD), 'three barges') + 1) as FigureCard;
  assert.equal(barges.fact?.verdict, 'agree');
  assert.equal(barges.fact?.label, 'vessels');
  const md = renderCard(barges, DEFAULT_SETTINGS);
  assert.match(md, /Across 2 sources, vessels\\: \*\*sources agree\*\*/);
  // "Three boats" is counted in other words, and still listed as the claim it agrees with.
  assert.ok(barges.others.some((o) => o.text === 'Three boats' && o.verdict === 'agree'), 'boats are vessels');
  assert.doesNotMatch(md, /⚠/);
});

test('date cards show the event-date verdict: the inquiry\'s dates conflict, the port closure\'s agree', () => {
  const inquiry = bridge.index.hoverCard(bridge.uri(HERALD), at(bridge.text(HERALD), 'Tuesday', 2) + 1) as DateCard;
  assert.equal(inquiry.kind, 'date');
  assert.equal(inquiry.event?.verdict, 'conflict');
  assert.equal(inquiry.event?.label, 'Jonas Reiter ordered an independent inquiry');
  assert.match(renderCard(inquiry, DEFAULT_SETTINGS), /Across 2 sources, Jonas Reiter ordered an independent inquiry\\: \*\*sources conflict\*\*/);
  const closure = bridge.index.hoverCard(bridge.uri(COURIER), at(bridge.text(COURIER), 'March 3') + 1) as DateCard;
  assert.equal(closure.event?.verdict, 'agree');
  const plain = bridge.index.hoverCard(bridge.uri(COURIER), at(bridge.text(COURIER), '2023') + 1) as DateCard;
  assert.equal(plain.event ?? null, null, 'a date no other source gives for an event has no verdict');
});

test('figures about another place are listed but not judged: deaths in Haiti beside deaths in Jamaica', () => {
  const hurricane = story(path.join(fixturesDir, 'articles/hurricane-melissa'));
  const name = '2025-10-31-harborview-daily.md';
  const card = hurricane.index.hoverCard(hurricane.uri(name), at(hurricane.text(name), '19 deaths') + 1) as FigureCard;
  assert.equal(card.fact?.verdict, 'conflict');
  assert.equal(card.fact?.label, 'deaths in Jamaica');
  assert.ok(card.others.length > 0);
  for (const other of card.others) {
    if (/Haiti/.test(other.quote.before + other.quote.after) && !/Jamaica/.test(other.quote.before + other.quote.after)) {
      assert.equal(other.verdict, null, `${other.text} in ${other.title} is about Haiti`);
    }
  }
  assert.ok(card.others.some((o) => o.verdict === 'conflict'), 'the Caribbean Wire\'s 28 conflicts');
});

test('verdict lines are escaped article text: the only links are NewsLens\'s open-location command', () => {
  const card = bridge.index.hoverCard(bridge.uri(HERALD), at(bridge.text(HERALD), '40 people') + 1) as FigureCard;
  const hostile = { ...card, fact: { ...card.fact!, label: '[x](command:workbench.action.terminal.new) <img src=x>', conflicts: ['**bold** [y](https://evil.example)'] } };
  const md = renderCard(hostile, DEFAULT_SETTINGS);
  const urls: string[] = [];
  visit(parseMarkdown(md), (node) => {
    if (node.type === 'link' || node.type === 'image') urls.push((node as { url: string }).url);
    if (node.type === 'html') urls.push('html');
  });
  assert.ok(urls.length > 0);
  for (const url of urls) assert.match(url, /^command:newslens\.openLocation\?/);
});

test('a figure in a fact other sources quarrel over: the card says it is not this one, and lists only that fact\'s claims', () => {
  const strikes = story(path.join(fixturesDir, 'articles/boat-strikes'));
  const LEDGER = '2025-11-10-harbor-ledger.txt';
  const card = strikes.index.hoverCard(strikes.uri(LEDGER), at(strikes.text(LEDGER), '76 people') + 1) as FigureCard;
  assert.equal(card.fact?.verdict, 'conflict');
  assert.deepEqual(card.fact?.conflicts, []);
  assert.match(renderCard(card, DEFAULT_SETTINGS), /\*\*sources conflict\*\*, though not over this one/);
  // A single strike's toll ("killed three people") is another fact, not a lower running total.
  assert.ok(card.others.length > 0);
  assert.ok(card.others.every((o) => o.verdict !== null), JSON.stringify(card.others.map((o) => [o.text, o.verdict])));
  assert.ok(!card.others.some((o) => o.value === 3), 'a single strike listed beside running totals');
});

test('a figure card gives each other source one line: its claim in conflict with the hovered one, else its latest', () => {
  const strikes = story(path.join(fixturesDir, 'articles/boat-strikes'));
  const MERIDIAN = '2025-11-12-meridian-wire.txt';
  const ANDEAN = '2025-11-12-andean-observer.md';
  const card = strikes.index.hoverCard(strikes.uri(MERIDIAN), at(strikes.text(MERIDIAN), '80 people') + 1) as FigureCard;
  assert.equal(card.fact?.sources, 6);
  const uris = card.others.map((o) => o.uri);
  assert.equal(new Set(uris).size, uris.length, `a source listed twice: ${uris.join(', ')}`);
  assert.equal(card.others.length, 5);
  assert.equal(card.othersMore, 0);
  // The Observer gives 79 in its headline and in its body; the body's is the one in conflict.
  const andean = card.others.find((o) => o.uri === strikes.uri(ANDEAN));
  assert.equal(andean?.start, at(strikes.text(ANDEAN), '79 people'));
  assert.equal(andean?.verdict, 'conflict');
  assert.equal(andean?.moreInSource, 1);
  const md = renderCard(card, DEFAULT_SETTINGS);
  assert.match(md, /\*\*79\*\* \\\(conflicts, as of 2025\\-11\\-12\\\)[^]*?\n\*and 1 more figure on deaths there\*/);

  // Capped, the rest are counted in sources, not in claims.
  const capped = strikes.index.hoverCard(strikes.uri(MERIDIAN), at(strikes.text(MERIDIAN), '80 people') + 1, { maxSources: 2 }) as FigureCard;
  assert.equal(capped.others.length, 2);
  assert.equal(capped.othersMore, 3);
  assert.match(renderCard(capped, DEFAULT_SETTINGS), /and 3 more sources/);

  // Not a claim of a fact ("four" in a headline is one strike's toll): still a line per source.
  const plain = strikes.index.hoverCard(strikes.uri(MERIDIAN), at(strikes.text(MERIDIAN), 'four') + 1, { maxSources: 3 }) as FigureCard;
  assert.equal(plain.fact, null);
  const plainUris = plain.others.map((o) => o.uri);
  assert.equal(new Set(plainUris).size, plainUris.length);
  assert.equal(plain.others.length + plain.othersMore, 5, 'the five other sources with deaths');
});

test('a source whose latest figure is an update but whose earlier one conflicts is listed by the conflicting one', () => {
  const index = createSourceIndex(engine());
  const wire = [
    'Strikes at sea', 'Date: November 11, 2025', 'Source: Harbor Wire', '',
    'US strikes on boats in the Caribbean have killed 80 people since September, Pete Hegseth said.', '',
  ].join('\n');
  const post = [
    'Carrier arrives in the Caribbean', 'Date: November 14, 2025', 'Source: Coast Post', '',
    'By November 12, US strikes on boats in the Caribbean had killed 79 people since September, the Post counted.', '',
    'The toll now stands at 84 people, Pete Hegseth\'s department said on Friday.', '',
  ].join('\n');
  index.set('file:///sea/wire.txt', wire);
  index.set('file:///sea/post.txt', post);
  const card = index.hoverCard('file:///sea/wire.txt', wire.indexOf('80 people') + 1) as FigureCard;
  assert.equal(card.fact?.verdict, 'conflict');
  assert.equal(card.others.length, 1);
  assert.equal(card.others[0]?.text, '79 people', 'the Post\'s later 84 is the newer figure, but the 79 is the one in conflict');
  assert.equal(card.others[0]?.verdict, 'conflict');
  assert.equal(card.others[0]?.moreInSource, 1);
});
