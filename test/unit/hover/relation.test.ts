import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureRelation, type FigureRelation, type Qualifier } from '../../../src/core';
import { weekdayOf } from '../../../src/core/hover/cards';

type F = { value: number; valueMax?: number; qualifier: Qualifier | null };
const f = (value: number, qualifier: Qualifier | null = null, valueMax?: number): F =>
  valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier };

test('figure relations: the other source against the hovered one', () => {
  const table: [F, F, FigureRelation][] = [
    [f(80), f(80), 'same'],
    [f(80, 'at least'), f(80, 'at least'), 'same'],
    [f(80, 'at least'), f(83), 'compatible'],
    [f(83), f(80, 'at least'), 'compatible'],
    [f(80), f(80, 'at least'), 'compatible'],
    [f(80), f(83), 'higher'],
    [f(83), f(76), 'lower'],
    [f(80, 'at least'), f(76), 'lower'],
    [f(80, 'more than'), f(80), 'lower'],
    [f(100, 'less than'), f(100), 'higher'],
    [f(100, 'at most'), f(100), 'compatible'],
    [f(80, 'about'), f(85), 'compatible'],
    [f(80, 'about'), f(95), 'higher'],
    [f(80, 'nearly'), f(78), 'compatible'],
    [f(80, 'nearly'), f(80), 'higher'],
    [f(20, null, 25), f(22), 'compatible'],
    [f(20, null, 25), f(26), 'higher'],
    [f(20, null, 25), f(20), 'compatible'],
  ];
  for (const [here, other, expected] of table) {
    assert.equal(figureRelation(here, other), expected, `${JSON.stringify(here)} vs ${JSON.stringify(other)}`);
  }
});

test('weekdays only for real full days', () => {
  assert.equal(weekdayOf('2025-11-11'), 'Tuesday');
  assert.equal(weekdayOf('2024-02-29'), 'Thursday');
  assert.equal(weekdayOf('2025-02-29'), null);
  assert.equal(weekdayOf('2025-11'), null);
  assert.equal(weekdayOf('XXXX-11-11'), null);
});
