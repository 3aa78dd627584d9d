// Re-anchoring after the article changed elsewhere: by position, then quote, then a fuzzy match of
// the quote with its context; otherwise an orphan. Never on other text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor } from '../../../src/core/annotations/anchor';
import { quoteSelectorAt } from '../../../src/core/annotations/create';
import { applyChanges, type ContentChange } from '../../../src/core/annotations/edits';
import { findMovedArticle } from '../../../src/core/annotations/relocate';
import type { AnnotationFile, WebAnnotation } from '../../../src/core/annotations/model';

function selectorsFor(text: string, start: number, end: number) {
  return { quote: quoteSelectorAt(text, start, end), position: { type: 'TextPositionSelector' as const, start, end } };
}

function placedText(text: string, result: ReturnType<typeof anchor>): string | undefined {
  return result.state === 'anchored' ? text.slice(result.start, result.end) : undefined;
}

const ARTICLE = 'Officials said at least 83 people were killed in the strikes. By Tuesday the toll had risen, '
  + 'and the ministry said 83 vessels had been hit since September. Route 83 was closed.';

test('an unchanged article anchors by position', () => {
  const start = ARTICLE.indexOf('at least 83 people');
  const result = anchor(ARTICLE, selectorsFor(ARTICLE, start, start + 18));
  assert.deepEqual(result, { state: 'anchored', start, end: start + 18, method: 'position' });
});

test('text inserted before the span: found by quote, at its new place', () => {
  const start = ARTICLE.indexOf('at least 83 people');
  const selectors = selectorsFor(ARTICLE, start, start + 18);
  const edited = `UPDATED: ${ARTICLE}`;
  const result = anchor(edited, selectors);
  assert.equal(result.state === 'anchored' && result.method, 'quote');
  assert.equal(result.state === 'anchored' && result.start, start + 9);
});

test('a short quote that occurs several times goes to the copy with its own surroundings', () => {
  const second = ARTICLE.indexOf('83 vessels');
  const selectors = selectorsFor(ARTICLE, second, second + 2);
  const edited = ARTICLE.replace('Officials said', 'Officials in the capital said on Monday');
  const result = anchor(edited, selectors);
  assert.equal(result.state, 'anchored');
  assert.equal(result.state === 'anchored' && result.start, edited.indexOf('83 vessels'));
});

test('a short quote whose own text changed is an orphan, not moved onto the same number elsewhere', () => {
  const start = ARTICLE.indexOf('83 people');
  const selectors = selectorsFor(ARTICLE, start, start + 2);
  const edited = ARTICLE.replace('at least 83 people', 'at least 85 people');
  const result = anchor(edited, selectors);
  assert.equal(result.state, 'orphan', JSON.stringify(result));
});

test('a lightly edited quote is found by fuzzy match in its old surroundings', () => {
  const quote = 'the ministry said 83 vessels had been hit';
  const start = ARTICLE.indexOf(quote);
  const selectors = selectorsFor(ARTICLE, start, start + quote.length);
  const edited = ARTICLE.replace('the ministry said 83 vessels had been hit', 'the ministry stated 83 vessels were hit');
  const result = anchor(edited, selectors);
  assert.equal(result.state === 'anchored' && result.method, 'fuzzy', JSON.stringify(result));
  const text = placedText(edited, result) ?? '';
  assert.ok(text.includes('83 vessels'), text);
});

test('a lightly edited original in its own surroundings wins over an exact copy in other surroundings', () => {
  const quote = 'at least 83 people';
  const start = ARTICLE.indexOf(quote);
  const selectors = selectorsFor(ARTICLE, start, start + quote.length);
  const edited = `${ARTICLE.replace('at least 83 people were', 'at least 83 pe0ple were')} A rival paper: at least 83 people.`;
  const result = anchor(edited, selectors);
  assert.equal(result.state === 'anchored' && result.method, 'fuzzy', JSON.stringify(result));
  assert.equal(result.state === 'anchored' && result.start, start);
});

test('a rewritten sentence leaves an orphan with a reason', () => {
  const quote = 'the toll had risen';
  const start = ARTICLE.indexOf(quote);
  const selectors = selectorsFor(ARTICLE, start, start + quote.length);
  const edited = ARTICLE.replace('By Tuesday the toll had risen, and', 'Later');
  const result = anchor(edited, selectors);
  assert.equal(result.state, 'orphan');
  assert.ok(result.state === 'orphan' && result.reason.length > 0);
});

test('an empty article or an empty quote gives an orphan, not an exception', () => {
  const selectors = selectorsFor(ARTICLE, 10, 20);
  assert.equal(anchor('', selectors).state, 'orphan');
  assert.equal(anchor(ARTICLE, selectorsFor(ARTICLE, 10, 10)).state, 'orphan');
});

test('emoji, right-to-left text and CRLF keep JavaScript offsets', () => {
  const text = 'سلام 😀 world\r\nThe minister said “yes” 😀 today.\r\n';
  const start = text.indexOf('“yes”');
  const selectors = selectorsFor(text, start, start + 5);
  const edited = `😀😀\r\n${text}`;
  const result = anchor(edited, selectors);
  assert.equal(placedText(edited, result), '“yes”');
});

// --- Properties over random articles and random edits made elsewhere ----------------------------

// Articles of random words that differ from one another in at least 3 letters, so neither a copy
// nor a near-copy of the quote exists unless an edit made one: a fuzzy match then has only the
// annotated text itself to find. (A fuzzy match onto a near-copy in the same surroundings is what
// fuzzy matching is for, and is not "other text" in any sense a reader could tell apart.)
const words = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{4,8}$/), { minLength: 8, maxLength: 30 })
  .filter((list) => list.every((a, i) => list.every((b, j) => j <= i || editDistance(a, b) >= 3)));

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] ?? 0;
}

const scenario = fc
  .record({
    words,
    pick: fc.tuple(fc.nat(), fc.nat({ max: 4 })),
    editSeeds: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.stringMatching(/^[a-z ]{0,10}$/)), { maxLength: 6 }),
  })
  .map(({ words: list, pick, editSeeds }) => {
    const text = list.join(' ');
    const first = pick[0] % list.length;
    const last = Math.min(list.length - 1, first + pick[1]);
    const start = list.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
    const end = list.slice(0, last + 1).join(' ').length;
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

function trackOrigins(text: string, changes: readonly ContentChange[]): number[] {
  let origins = Array.from({ length: text.length }, (_, i) => i);
  for (const c of changes) origins = [...origins.slice(0, c.rangeOffset), ...Array<number>(c.text.length).fill(-1), ...origins.slice(c.rangeOffset + c.rangeLength)];
  return origins;
}

test('after random edits elsewhere an annotation is on its own text or an orphan, never on other text', () => {
  fc.assert(
    fc.property(scenario, ({ text, start, end, changes }) => {
      const edited = applyChanges(text, changes);
      const origins = trackOrigins(text, changes);
      const result = anchor(edited, selectorsFor(text, start, end));
      if (result.state === 'orphan') return;
      // Its own text: the placed span overlaps characters the note was made on...
      const own = origins.slice(result.start, result.end).filter((o) => o >= start && o < end).length;
      assert.ok(own > 0, `placed on other text: ${JSON.stringify(edited.slice(result.start, result.end))} for ${JSON.stringify(text.slice(start, end))}`);
      // ...and an exact or positional placement is exactly the quote.
      if (result.method !== 'fuzzy') assert.equal(edited.slice(result.start, result.end), text.slice(start, end));
    }),
    { numRuns: 1500 },
  );
});

test('when the quote and its surroundings survive an external edit, re-anchoring finds exactly them', () => {
  fc.assert(
    fc.property(scenario, ({ text, start, end, changes }) => {
      const edited = applyChanges(text, changes);
      const origins = trackOrigins(text, changes);
      const from = Math.max(0, start - 32);
      const to = Math.min(text.length, end + 32);
      const at = origins.indexOf(from);
      // Only when the quote with its full context is still one unbroken run of original characters.
      fc.pre(at >= 0 && origins.slice(at, at + (to - from)).every((o, k) => o === from + k) && at + (to - from) <= origins.length);
      const result = anchor(edited, selectorsFor(text, start, end));
      assert.equal(result.state, 'anchored', JSON.stringify(result));
      assert.deepEqual(result.state === 'anchored' && [result.start, result.end], [at + (start - from), at + (end - from)]);
    }),
    { numRuns: 1500 },
  );
});

test('an article moved elsewhere is found again by the quotes of its annotations', () => {
  const start = ARTICLE.indexOf('at least 83 people');
  const annotation = {
    target: { source: 'old/a.txt', selector: [quoteSelectorAt(ARTICLE, start, start + 18), { type: 'TextPositionSelector', start, end: start + 18 }] },
  } as unknown as WebAnnotation;
  const file: AnnotationFile = { source: 'old/a.txt', annotations: [annotation] };
  const found = findMovedArticle(file, [
    { source: 'b.txt', text: 'An unrelated article about a storm.' },
    { source: 'new/a.txt', text: `Header\n${ARTICLE}` },
  ]);
  assert.equal(found, 'new/a.txt');
  assert.equal(findMovedArticle(file, [{ source: 'b.txt', text: 'An unrelated article.' }]), undefined);
  // Two equally good candidates: we do not guess.
  assert.equal(findMovedArticle(file, [{ source: 'x.txt', text: ARTICLE }, { source: 'y.txt', text: ARTICLE }]), undefined);
});
