import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createSourceIndex } from '../../../src/core';
import { HARBOR, LEDGER } from './articles';
import { spyEngine } from './helpers';

const TEXTS = [
  HARBOR,
  LEDGER,
  'Petro answers critics\nDate: November 18, 2025\n\nGustavo Petro said 90 people had died by November 11, 2025.',
  'Sandra Petro visits Cartagena\nDate: November 12, 2025\n\nSandra Petro met officials of the Pentagon in Cartagena on Monday.',
  'Quiet day\n\nNothing was reported.',
];
const URIS = ['file:///a.txt', 'file:///b.txt', 'file:///c.txt', 'file:///d.txt'];

type Op =
  | { op: 'set'; uri: string; text: number }
  | { op: 'delete'; uri: string }
  | { op: 'rename'; from: string; to: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), uri: fc.constantFrom(...URIS), text: fc.nat(TEXTS.length - 1) }),
  fc.record({ op: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }),
  fc.record({ op: fc.constant('rename' as const), from: fc.constantFrom(...URIS), to: fc.constantFrom(...URIS) }),
);

test('any sequence of set/delete/rename leaves the maps equal to a freshly built index', () => {
  const spy = spyEngine({ memo: true });
  fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
    const index = createSourceIndex(spy);
    const state = new Map<string, string>();
    for (const o of ops) {
      if (o.op === 'set') {
        index.set(o.uri, TEXTS[o.text] as string);
        state.set(o.uri, TEXTS[o.text] as string);
      } else if (o.op === 'delete') {
        assert.equal(index.delete(o.uri), state.delete(o.uri));
      } else {
        const text = state.get(o.from);
        assert.equal(index.rename(o.from, o.to), text !== undefined);
        if (text !== undefined) {
          state.delete(o.from);
          state.set(o.to, text);
        }
      }
    }
    const fresh = createSourceIndex(spy);
    for (const [uri, text] of state) fresh.set(uri, text);
    assert.deepEqual(index.snapshot(), fresh.snapshot());
    assert.deepEqual(index.entitySummary(), fresh.entitySummary());
    assert.deepEqual([...index.records()].map((r) => r.uri).sort(), [...state.keys()].sort());
  }), { numRuns: 150 });
});

test('the snapshot sees what was indexed (so the property above can fail)', () => {
  const index = createSourceIndex(spyEngine({ memo: true }));
  index.set(URIS[0] as string, HARBOR);
  const before = index.snapshot();
  index.set(URIS[1] as string, LEDGER);
  assert.notDeepEqual(index.snapshot(), before);
  assert.ok(index.snapshot().entities.some(([key]) => key === 'PER:gustavo petro'));
  assert.deepEqual(index.snapshot().surnames, [['petro', ['PER:gustavo petro']]]);
  index.delete(URIS[1] as string);
  assert.deepEqual(index.snapshot(), before);
});
