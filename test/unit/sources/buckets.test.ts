// The index's source lists (src/core/sources/buckets.ts) are sorted when read: whatever order
// sources are added and removed in, a read gives them newest first, undated last, then by uri.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newestFirst, SortedOnRead, SourceList, type SourceOrder } from '../../../src/core/sources/buckets';

const order = fc.record({ uri: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), date: fc.option(fc.constantFrom('2025-11-01', '2025-11-02', '2025-11-03'), { nil: null }) });

test('a source list reads newest first whatever the order of adds and removes', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), order), { maxLength: 40 }), (steps) => {
    const list = new SourceList<SourceOrder>();
    const model: SourceOrder[] = [];
    steps.forEach(([add, item], i) => {
      const at = model.findIndex((m) => m.uri === item.uri && m.date === item.date);
      if (add && at < 0) {
        // The same object is what the index removes later.
        model.push(item);
        list.add(item);
      } else if (!add && at >= 0) {
        assert.equal(list.remove(model[at] as SourceOrder), true);
        model.splice(at, 1);
      } else if (!add) {
        assert.equal(list.remove(item), false);
      }
      // Reads in between, so that sorted and unsorted states alternate.
      if (i % 3 === 0) assert.equal([...list].length, model.length);
    });
    const expected = [...model].sort(newestFirst);
    assert.deepEqual([...list], expected);
    assert.equal(list.size, model.length);
    const dated = expected.filter((e) => e.date !== null);
    const oldest = dated.length === 0 ? expected[0] : dated.filter((e) => e.date === dated[dated.length - 1]?.date)[0];
    assert.equal(list.earliest(), oldest);
  }), { numRuns: 500 });
});

test('sorted on read: appends out of order, then one read sorts', () => {
  const list = new SortedOnRead<number>((a, b) => a - b);
  for (const n of [5, 1, 4, 2, 3]) list.add(n);
  assert.deepEqual(list.list(), [1, 2, 3, 4, 5]);
  list.add(0);
  assert.equal(list.remove(3), true);
  assert.equal(list.remove(9), false);
  assert.deepEqual(list.list(), [0, 1, 2, 4, 5]);
});
