// Properties that hold for any input: no exception, and every figure is a real, in-order,
// non-overlapping span of the text inside one sentence.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DateMention, Figure, Span } from '../../../src/core/model';
import { recognizeFigures } from '../../../src/core/recognize/figures';
import { inputOf } from './helpers';

function assertWellFormed(text: string, sentences: readonly Span[], figures: readonly Figure[]): void {
  let prevEnd = 0;
  for (const f of figures) {
    assert.ok(f.start >= prevEnd && f.start < f.end && f.end <= text.length, `span ${f.start}-${f.end}`);
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.ok(Number.isFinite(f.value), `value ${f.value}`);
    if (f.valueMax !== undefined) assert.ok(f.valueMax > f.value);
    assert.ok(sentences.some((s) => s.start <= f.start && f.end <= s.end), `crosses a sentence: ${f.text}`);
    prevEnd = f.end;
  }
}

// Fragments that come near the edge cases: numbers, separators, currency, qualifiers, codes.
const newsy = fc.array(
  fc.constantFrom(
    '83', '1,200', '4.5', '2025', '$', '€', '£', 'bn', 'm', ' million', '%', ' percent', '-', '–',
    ' to ', ' and ', 'between ', 'at least ', 'some ', 'dozens of ', 'a dozen ', 'eighty-three',
    'twenty one', 'third', '21st', ' people', ' boats', ' killed', 'F-', ':', '/', '.', ',', ' ',
    '\n', '(', ')', '+', '#', 'Article ', 'UPDATE ', 'the deaths of ', 'é', '😀', '\u0301', 'one',
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe('figures: properties', () => {
  it('never throws on arbitrary Unicode, and spans are well formed', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const input = inputOf(text);
      assertWellFormed(text, input.sentences, recognizeFigures(input, [], null));
    }), { numRuns: 500 });
  });

  it('spans are well formed on news-like fragments, with random date mentions', () => {
    fc.assert(fc.property(newsy, fc.array(fc.tuple(fc.nat(200), fc.nat(20)), { maxLength: 4 }), (text, raw) => {
      const input = inputOf(text);
      const dates: DateMention[] = raw.map(([s, l]) => {
        const start = Math.min(s, text.length);
        const end = Math.min(start + l, text.length);
        return { start, end, text: text.slice(start, end), type: 'DATE', value: '2025-11-12' };
      });
      const figures = recognizeFigures(input, dates, '2025-11-20');
      assertWellFormed(text, input.sentences, figures);
      for (const f of figures) {
        for (const d of dates) assert.ok(f.end <= d.start || f.start >= d.end || d.start === d.end, `${f.text} overlaps a date`);
      }
    }), { numRuns: 2000 });
  });

  it('finds nothing in text that the mask hides', () => {
    fc.assert(fc.property(newsy, (text) => {
      assert.deepEqual(recognizeFigures({ ...inputOf(text), maskedText: ' '.repeat(text.length) }, [], null), []);
    }), { numRuns: 300 });
  });
});
