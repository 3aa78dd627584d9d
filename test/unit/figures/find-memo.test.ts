// Figures found sentence by sentence and kept in a memo: a sentence's figures depend on its
// text and on the dates in it (numbers inside a date are no figures), so the memo's key holds both.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SentenceMemo } from '../../../src/core/memo';
import { findFigures } from '../../../src/core/recognize/figures/find';
import type { Draft } from '../../../src/core/recognize/figures/parse';

const SENTENCE = 'Officials said 12 people died on 5 May.';
const whole = [{ start: 0, end: SENTENCE.length }];
const date = { start: SENTENCE.indexOf('5 May'), end: SENTENCE.indexOf('5 May') + 5 };
const texts = (found: ReturnType<typeof findFigures>): string[] => found.map((f) => SENTENCE.slice(f.draft.start, f.draft.end));

test('the same sentence with other dates in it is found again, not looked up', () => {
  const memo = new SentenceMemo<readonly Draft[]>();
  assert.deepEqual(texts(findFigures(SENTENCE, whole, [], memo)), ['12 people', '5']);
  memo.settle();
  assert.deepEqual(texts(findFigures(SENTENCE, whole, [date], memo)), ['12 people'], 'the day of "5 May" is no figure');
  assert.deepEqual(texts(findFigures(SENTENCE, whole, [date])), ['12 people'], 'as without a memo');
});

test('a sentence moved further into the article keeps its figures, placed where it now is', () => {
  const memo = new SentenceMemo<readonly Draft[]>();
  const first = findFigures(SENTENCE, whole, [date], memo);
  memo.settle();
  const text = `Headline.\n\n${SENTENCE}`;
  const shifted = findFigures(text, [{ start: 0, end: 9 }, { start: 11, end: text.length }], [{ start: date.start + 11, end: date.end + 11 }], memo);
  assert.deepEqual(shifted.map((f) => [f.draft.start, f.draft.end, f.draft.countedStart, f.sentence]), first.map((f) => [f.draft.start + 11, f.draft.end + 11, f.draft.countedStart + 11, 1]));
});
