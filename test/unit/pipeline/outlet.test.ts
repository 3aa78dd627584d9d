// The outlet an article names itself by (byline, front matter) is an organisation wherever it
// is written, whatever the name recogniser made of it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../../support/engine';

test('a byline outlet is an ORG, not the person before it', () => {
  const text = 'Flood sweeps the valley\nBy Dana Whitfield, Hill Country Courier\nJuly 5, 2025\n\nKERRVILLE, Texas — The river rose 26 feet in 45 minutes, the Hill Country Courier has learned.\n';
  const a = engine().analyze({ uri: 'courier.txt', text });
  assert.equal(a.meta.source, 'Hill Country Courier');
  const outlet = a.entities.filter((e) => e.text === 'Hill Country Courier');
  assert.ok(outlet.length >= 1, 'the outlet is recognised');
  assert.deepEqual(outlet.map((e) => e.type), outlet.map(() => 'ORG'));
  assert.equal(a.entities.find((e) => e.text === 'Dana Whitfield')?.type, 'PER');
});

test('a one-word outlet is left to the recogniser (it may also be a place or a person)', () => {
  const text = '---\ntitle: "Storm"\nsource: "Kingston"\n---\n\nKingston was flooded on Tuesday, officials said.\n';
  const a = engine().analyze({ uri: 'kingston.md', text });
  assert.equal(a.entities.find((e) => e.text === 'Kingston')?.type, 'LOC');
});

test('a name the recogniser read as a person but ending in a building word is a place', () => {
  const text = 'Heist\nDate: October 20, 2025\n\nThieves broke into the Apollo Gallery on Sunday. Apollo Gallery guards raised the alarm.\n';
  const a = engine().analyze({ uri: 'heist.txt', text });
  const gallery = a.entities.filter((e) => e.text === 'Apollo Gallery');
  assert.ok(gallery.length >= 1);
  assert.deepEqual(gallery.map((e) => e.type), gallery.map(() => 'LOC'));
});

test('an article or pronoun alone is no name, even after a dateline dash', () => {
  const text = 'Jet crashes\nDate: June 12, 2025\n\nAHMEDABAD, India — An Air India Boeing 787 bound for London crashed on Thursday.\n';
  const a = engine().analyze({ uri: 'crash.txt', text });
  assert.equal(a.entities.find((e) => e.text === 'An'), undefined);
  assert.ok(a.entities.some((e) => e.text.startsWith('Air India')), 'the airline is still a name');
});
