// The date a figure is true as of: the nearest concrete DATE mention in its sentence, else the
// article's date. Dates in other sentences, and relative or partial dates, do not count.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../../src/core/model';
import { recognizeFigures } from '../../../src/core/recognize/figures';
import { dateAt, inputOf } from './helpers';

const ARTICLE_DATE = '2025-11-20';

function asOf(text: string, dates: DateMention[], articleDate: string | null = ARTICLE_DATE): [string, string | null][] {
  return recognizeFigures(inputOf(text), dates, articleDate).map((f) => [f.text, f.asOf]);
}

describe('figures: asOf', () => {
  it('takes a full date in the same sentence', () => {
    const s = 'On November 12, 2025, officials counted 83 deaths.';
    assert.deepEqual(asOf(s, [dateAt(s, 'November 12, 2025', '2025-11-12')]), [['83 deaths', '2025-11-12']]);
  });

  it('keeps a month-only value as it is', () => {
    const s = 'In November 2025, the navy seized 40 boats.';
    assert.deepEqual(asOf(s, [dateAt(s, 'November 2025', '2025-11')]), [['40 boats', '2025-11']]);
  });

  it('takes the date part of a date-time value', () => {
    const s = 'By the evening of November 3, 12 boats had been hit.';
    assert.deepEqual(asOf(s, [dateAt(s, 'the evening of November 3', '2025-11-03TEV')]), [['12 boats', ARTICLE_DATE]]);
    assert.deepEqual(asOf(s, [dateAt(s, 'the evening of November 3', '2025-11-03T18:00')]), [['12 boats', '2025-11-03']]);
  });

  it('picks the nearest of two dates in the sentence', () => {
    const s = 'On November 3, 12 boats were hit, and on November 18 the navy hit 14 more boats.';
    const dates = [dateAt(s, 'November 3', '2025-11-03'), dateAt(s, 'November 18', '2025-11-18')];
    assert.deepEqual(asOf(s, dates), [['12 boats', '2025-11-03'], ['14 more boats', '2025-11-18']]);
  });

  it('falls back to the article date when the sentence has no date', () => {
    assert.deepEqual(asOf('Officials counted 83 deaths.', []), [['83 deaths', ARTICLE_DATE]]);
  });

  it('ignores a date in another sentence', () => {
    const s = 'The strikes began on September 2. Officials now count 83 deaths.';
    assert.deepEqual(asOf(s, [dateAt(s, 'September 2', '2025-09-02')]), [['83 deaths', ARTICLE_DATE]]);
  });

  it('ignores relative, partial and non-DATE mentions', () => {
    const s = 'On Tuesday at 3 p.m., 40 boats were seized, up from last week.';
    const dates = [
      dateAt(s, 'Tuesday', 'XXXX-WXX-2'),
      dateAt(s, '3 p.m.', '2025-11-18T15:00', 'TIME'),
      dateAt(s, 'last week', '2025-W46'),
    ];
    assert.deepEqual(asOf(s, dates), [['40 boats', ARTICLE_DATE]]);
  });

  it('does not take the start or end of a window as the as-of date', () => {
    const rows: [string, string, string][] = [
      ['The military has reported 21 incidents since the first strike in early September.', 'early September', '2025-09'],
      ['Since September 2, the strikes have killed at least 83 people.', 'September 2', '2025-09-02'],
      ['From October 1 the navy seized 40 boats.', 'October 1', '2025-10-01'],
      ['Between March and May, 12 boats were hit.', 'March', '2025-03'],
    ];
    for (const [s, dateText, value] of rows) {
      const figures = asOf(s, [dateAt(s, dateText, value)]);
      assert.ok(figures.length > 0, s);
      for (const [text, date] of figures) assert.equal(date, ARTICLE_DATE, `${s} (${text})`);
    }
  });

  it('still takes a date after a clause break that follows a window word', () => {
    const s = 'Since the ceasefire, on November 12, officials counted 83 deaths.';
    assert.deepEqual(asOf(s, [dateAt(s, 'November 12', '2025-11-12')]), [['83 deaths', '2025-11-12']]);
  });

  it('does not take a target date after the article date', () => {
    const s = 'Countries agreed to raise at least $300 billion a year by 2035.';
    assert.deepEqual(asOf(s, [dateAt(s, '2035', '2035')]), [['at least $300 billion', ARTICLE_DATE]]);
    const past = 'By November 2025, donors had pledged $300 billion.';
    assert.deepEqual(asOf(past, [dateAt(past, 'November 2025', '2025-11')]), [['$300 billion', '2025-11']]);
  });

  it('is null when neither the sentence nor the article has a date', () => {
    assert.deepEqual(asOf('Officials counted 83 deaths.', [], null), [['83 deaths', null]]);
  });
});
