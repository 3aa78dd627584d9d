// How values read in footnotes and tables.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../../src/core/model';
import { figureValue, formatNumber } from '../../../src/core/export/describe';

function figure(partial: Partial<Figure>): Figure {
  return { start: 0, end: 1, text: 'x', kind: 'count', value: 1, unit: null, qualifier: null, asOf: null, ...partial };
}

test('figure values read as a person writes them', () => {
  const rows: [Partial<Figure>, string][] = [
    [{ value: 83, unit: 'deaths' }, '83 deaths'],
    [{ value: 20, valueMax: 25, unit: 'boats' }, '20–25 boats'],
    [{ kind: 'money', value: 4_500_000_000, unit: 'USD' }, '4,500,000,000 USD'],
    [{ kind: 'percent', value: 12.5, unit: '%' }, '12.5%'],
    [{ kind: 'ordinal', value: 21, unit: 'strikes' }, '21st (strikes)'],
    [{ kind: 'ordinal', value: 1, unit: 'strikes' }, '1st (strikes)'],
    [{ kind: 'ordinal', value: 12, unit: null }, '12th'],
    [{ kind: 'ordinal', value: 22, unit: null }, '22nd'],
    [{ kind: 'ordinal', value: 113, unit: null }, '113th'],
    [{ kind: 'ordinal', value: 103, unit: null }, '103rd'],
  ];
  for (const [partial, expected] of rows) assert.equal(figureValue(figure(partial)), expected);
});

test('numbers are grouped the same way in every locale', () => {
  assert.equal(formatNumber(1234567.5), '1,234,567.5');
  assert.equal(formatNumber(-1200), '-1,200');
  assert.equal(formatNumber(83), '83');
});
