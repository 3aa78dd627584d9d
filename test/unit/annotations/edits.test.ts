// Annotated spans move exactly with editor edits: after any sequence of edits a span covers every
// surviving character it was made on and no character that was outside it, or it is collapsed
// (the caller marks it an orphan) because none of its characters survive.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChanges, mapSpanThroughChange, mapSpanThroughChanges, type ContentChange } from '../../../src/core/annotations/edits';

// A character of the document with where it came from: an index into the original text, or -1
// for a character typed later.
interface Tracked {
  readonly ch: string;
  readonly origin: number;
}

function applyTracked(doc: Tracked[], change: ContentChange): Tracked[] {
  const inserted = [...change.text].map((ch) => ({ ch, origin: -1 }));
  return [...doc.slice(0, change.rangeOffset), ...inserted, ...doc.slice(change.rangeOffset + change.rangeLength)];
}

// Edits are drawn against the current length, so every one of them is valid where it applies.
const scenario = fc
  .record({
    text: fc.string({ minLength: 2, maxLength: 60, unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', '😀') }),
    spanSeed: fc.tuple(fc.nat(), fc.nat()),
    editSeeds: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6, unit: fc.constantFrom('x', 'y', ' ', '\n') })), { maxLength: 12 }),
  })
  .map(({ text, spanSeed, editSeeds }) => {
    const a = spanSeed[0] % text.length;
    const b = spanSeed[1] % text.length;
    const start = Math.min(a, b);
    const end = Math.max(a, b) + 1;
    let length = text.length;
    const changes: ContentChange[] = [];
    for (const [at, len, insert] of editSeeds) {
      const rangeOffset = at % (length + 1);
      const rangeLength = Math.min(len, length - rangeOffset);
      changes.push({ rangeOffset, rangeLength, text: insert });
      length += insert.length - rangeLength;
    }
    return { text, start, end, changes };
  });

test('after random edits a span covers all of its surviving characters and none from outside, or collapses', () => {
  fc.assert(
    fc.property(scenario, ({ text, start, end, changes }) => {
      // Work in UTF-16 code units, as JavaScript offsets do (an emoji is two of them).
      let doc: Tracked[] = Array.from({ length: text.length }, (_, i) => ({ ch: text.charAt(i), origin: i }));
      for (const change of changes) doc = applyTracked(doc, change);
      const mapped = mapSpanThroughChanges({ start, end }, changes);
      const surviving = doc.map((t, i) => ({ ...t, at: i })).filter((t) => t.origin >= start && t.origin < end);
      if (mapped === undefined) {
        // Collapsed only when the edits removed every character the note was made on.
        assert.equal(surviving.length, 0, 'collapsed although some of its text survives');
        return;
      }
      assert.ok(mapped.start < mapped.end);
      for (const t of surviving) assert.ok(t.at >= mapped.start && t.at < mapped.end, `original character ${t.origin} left the span`);
      for (let i = mapped.start; i < mapped.end; i++) {
        const origin = doc[i]?.origin ?? -2;
        assert.ok(origin === -1 || (origin >= start && origin < end), `character from outside (${origin}) inside the span`);
      }
      assert.equal(doc.map((t) => t.ch).join(''), applyChanges(text, changes));
    }),
    { numRuns: 3000 },
  );
});

test('edit rules, one by one', () => {
  const span = { start: 10, end: 20 };
  const cases: Array<[string, ContentChange, { start: number; end: number } | undefined]> = [
    ['typing before shifts', { rangeOffset: 2, rangeLength: 0, text: 'abc' }, { start: 13, end: 23 }],
    ['deleting before shifts back', { rangeOffset: 2, rangeLength: 5, text: '' }, { start: 5, end: 15 }],
    ['typing at the start stays outside', { rangeOffset: 10, rangeLength: 0, text: 'ab' }, { start: 12, end: 22 }],
    ['typing at the end stays outside', { rangeOffset: 20, rangeLength: 0, text: 'ab' }, { start: 10, end: 20 }],
    ['typing inside grows', { rangeOffset: 15, rangeLength: 0, text: 'abc' }, { start: 10, end: 23 }],
    ['deleting inside shrinks', { rangeOffset: 12, rangeLength: 3, text: '' }, { start: 10, end: 17 }],
    ['replacing the first word is inside', { rangeOffset: 10, rangeLength: 4, text: 'President' }, { start: 10, end: 25 }],
    ['overlapping the start keeps what survives', { rangeOffset: 8, rangeLength: 4, text: 'xy' }, { start: 10, end: 18 }],
    ['overlapping the end keeps what survives', { rangeOffset: 18, rangeLength: 5, text: 'xyz' }, { start: 10, end: 18 }],
    ['deleting all of it collapses', { rangeOffset: 10, rangeLength: 10, text: '' }, undefined],
    ['replacing all of it collapses', { rangeOffset: 5, rangeLength: 20, text: 'new words' }, undefined],
    ['an edit after leaves it', { rangeOffset: 25, rangeLength: 3, text: 'q' }, { start: 10, end: 20 }],
  ];
  for (const [name, change, expected] of cases) assert.deepEqual(mapSpanThroughChange(span, change), expected, name);
});
