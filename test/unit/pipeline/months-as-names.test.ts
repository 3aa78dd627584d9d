// A month that opens a person's name is her first name, not a date; a month after a word that
// asks for a date stays one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../../support/engine';

const analyze = (text: string) => engine().analyze({ uri: 'a.txt', text: `Date: 2025-06-15\n\n${text}\n` });

test('"April Ryan" and "June Carter" are people, and neither month is a date', () => {
  const a = analyze('White House correspondent April Ryan asked the first question. June Carter sang at the fair.');
  assert.deepEqual(a.entities.filter((e) => e.type === 'PER').map((e) => e.text), ['April Ryan', 'June Carter']);
  assert.deepEqual(a.dates.map((d) => d.text), ['2025-06-15']);
});

test('a month after "in", and a month after a person\'s name, stay dates', () => {
  const a = analyze('In April Ryan said nothing. Theresa May spoke in June.');
  assert.deepEqual(a.dates.map((d) => d.text).filter((t) => !/^\d/.test(t)), ['April', 'June']);
  assert.ok(a.entities.some((e) => e.type === 'PER' && e.text === 'Ryan'), 'Ryan stays a person of his own');
});

test('a month before an organisation, or at the end of a line, stays a date', () => {
  const a = analyze('Its April Reuters poll showed gains. Review due:\nApril\nRyan Cole will lead it.');
  assert.deepEqual(a.dates.map((d) => d.text).filter((t) => !/^\d/.test(t)), ['April', 'April']);
  assert.deepEqual(a.entities.filter((e) => e.type !== 'LOC').map((e) => `${e.type}:${e.text}`), ['ORG:Reuters', 'PER:Ryan Cole']);
});
