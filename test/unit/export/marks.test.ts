import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeMarks, type Mark } from '../../../src/core/export/marks';

const entity = (start: number, end: number): Mark => ({ kind: 'entity', start, end, target: `e${start}` });
const figure = (start: number, end: number): Mark => ({ kind: 'figure', start, end, target: `f${start}` });
const date = (start: number, end: number): Mark => ({ kind: 'date', start, end, target: `d${start}` });

const shape = (marks: Mark[]): string[] =>
  placeMarks(marks).map((m) => `${m.target}[${m.nested.map((n) => n.target).join(',')}]`);

describe('placeMarks', () => {
  it('keeps separate marks in text order', () => {
    assert.deepEqual(shape([figure(20, 25), entity(0, 5), date(10, 15)]), ['e0[]', 'd10[]', 'f20[]']);
  });

  it('nests an entity inside a figure or date that contains it', () => {
    // "the Tuesday after Thanksgiving" as a date, "Thanksgiving" as a MISC entity
    assert.deepEqual(shape([entity(18, 30), date(4, 30)]), ['d4[e18]']);
  });

  it('nests a figure inside an entity that contains it', () => {
    // "Route 66" as an entity, "66" as a figure
    assert.deepEqual(shape([figure(6, 8), entity(0, 8)]), ['e0[f6]']);
  });

  it('leaves unmarked a mark that only partly overlaps a longer one', () => {
    assert.deepEqual(shape([entity(0, 10), figure(8, 12)]), ['e0[]']);
  });

  it('does not nest marks of the same style', () => {
    assert.deepEqual(shape([figure(0, 10), date(2, 4)]), ['f0[]']);
  });

  it('prefers the longer mark, then the earlier, then date over figure over entity', () => {
    assert.deepEqual(shape([figure(0, 4), date(0, 4), entity(0, 4)]), ['d0[e0]']);
    assert.deepEqual(shape([figure(3, 6), date(0, 4)]), ['d0[]']);
  });

  it('places every one of many separate marks', () => {
    const marks = Array.from({ length: 50_000 }, (_, i) => figure(i * 3, i * 3 + 2));
    assert.equal(placeMarks(marks).length, 50_000);
  });
});
