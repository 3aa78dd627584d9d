// The eval scorer: exact character spans for names, TempEval-3 relaxed/strict pairing for dates,
// and the CoNLL document -> text conversion the independent scorer also makes.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll } from '../../../scripts/ner/conll';
import { conllArticle } from '../../../scripts/eval/conll-text';
import { DateScorer, NameScorer, pairByOverlap } from '../../../scripts/eval/score';

describe('name scoring: span and type must both match', () => {
  test('a right name, a wrong type, a cut-short span and a miss', () => {
    const scorer = new NameScorer();
    const gold = [
      { start: 0, end: 5, type: 'PER' },
      { start: 10, end: 20, type: 'ORG' },
      { start: 30, end: 40, type: 'LOC' },
      { start: 50, end: 55, type: 'MISC' },
    ];
    const system = [
      { start: 0, end: 5, type: 'PER' }, // right
      { start: 10, end: 20, type: 'LOC' }, // right span, wrong type: an ORG miss and a LOC false alarm
      { start: 30, end: 38, type: 'LOC' }, // too short: a LOC miss and a LOC false alarm
    ];
    const errors = scorer.addDocument(gold, system);
    assert.deepEqual(scorer.score('PER'), { precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(scorer.score('ORG'), { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 1 });
    const loc = scorer.score('LOC');
    assert.deepEqual([loc.tp, loc.fp, loc.fn], [0, 2, 1]);
    const micro = scorer.score();
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 2, 3]);
    assert.equal(micro.precision, 1 / 3);
    assert.equal(micro.recall, 1 / 4);
    assert.ok(Math.abs(micro.f1 - (2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4)) < 1e-12);
    assert.equal(errors.missed.length, 3);
    assert.equal(errors.spurious.length, 2);
  });

  test('documents are scored separately: the same offsets in another document do not match', () => {
    const scorer = new NameScorer();
    scorer.addDocument([{ start: 0, end: 5, type: 'PER' }], []);
    scorer.addDocument([], [{ start: 0, end: 5, type: 'PER' }]);
    const s = scorer.score();
    assert.deepEqual([s.tp, s.fp, s.fn, s.f1], [0, 1, 1, 0]);
  });

  test('nothing found and nothing to find scores zero, not NaN', () => {
    const s = new NameScorer().score();
    assert.deepEqual([s.precision, s.recall, s.f1], [0, 0, 0]);
  });
});

describe('date scoring: TempEval-3 extents, type and value', () => {
  const timex = (start: number, end: number, value: string, type = 'DATE') => ({ start, end, type, value });

  test('relaxed pairs overlap one to one; strict needs the same offsets; value F1 counts right values', () => {
    const scorer = new DateScorer();
    const gold = [timex(0, 10, '2013-03-22'), timex(20, 30, 'P2Y', 'DURATION'), timex(40, 45, 'PRESENT_REF'), timex(60, 70, '2013-W12')];
    const system = [
      timex(0, 10, '2013-03-22'), // exact, right value
      timex(22, 30, 'P3Y', 'DURATION'), // overlaps: relaxed only, wrong value
      timex(40, 45, 'PRESENT_REF', 'TIME'), // exact, right value, wrong type
      timex(80, 85, '2013'), // no gold there
    ];
    scorer.addDocument(gold, system);
    const s = scorer.score();
    assert.deepEqual([s.gold, s.system, s.documents], [4, 4, 1]);
    assert.deepEqual(s.relaxed, { precision: 3 / 4, recall: 3 / 4, f1: 3 / 4 });
    assert.deepEqual(s.strict, { precision: 2 / 4, recall: 2 / 4, f1: 2 / 4 });
    assert.deepEqual(s.value, { precision: 2 / 4, recall: 2 / 4, f1: 2 / 4 });
    assert.equal(s.typeAccuracy, 2 / 3);
    assert.equal(s.valueAccuracy, 2 / 3);
  });

  test('one system expression cannot pair with two gold ones; the larger overlap wins', () => {
    const gold = [timex(0, 10, 'A'), timex(12, 20, 'B')];
    const system = [timex(0, 20, 'AB')];
    const pairs = pairByOverlap(gold, system);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0]!.gold.value, 'A');
    const two = pairByOverlap([timex(5, 15, 'G')], [timex(0, 7, 'x'), timex(8, 15, 'y')]);
    assert.equal(two[0]!.system.value, 'y');
  });

  test('touching spans do not overlap', () => {
    assert.deepEqual(pairByOverlap([timex(0, 5, 'A')], [timex(5, 9, 'B')]), []);
  });
});

describe('a CoNLL document as an article', () => {
  const conll = [
    '-DOCSTART- -X- -X- O',
    '',
    'SOCCER NN B-NP O',
    '- : O O',
    'JAPAN NNP B-NP B-LOC',
    'WIN VB B-VP O',
    '',
    'Nadim NNP B-NP B-PER',
    'Ladki NNP I-NP I-PER',
    '',
    'AL-AIN NNP B-NP B-LOC',
    ', , O O',
    'United NNP B-NP B-LOC',
    'Arab NNP I-NP I-LOC',
    'Emirates NNPS I-NP I-LOC',
    'Reuters NNP I-NP I-ORG',
    'Reuters NNP I-NP B-ORG',
    '',
    '-DOCSTART- -X- -X- O',
    '',
    'Second NN B-NP O',
  ].join('\n');

  test('tokens joined by single spaces, one sentence per line, gold names as character spans', () => {
    const [first, second] = parseConll(conll);
    const article = conllArticle(first!);
    assert.equal(article.text, 'SOCCER - JAPAN WIN\nNadim Ladki\nAL-AIN , United Arab Emirates Reuters Reuters\n');
    assert.equal(article.tokens, 13);
    const shown = article.gold.map((g) => [article.text.slice(g.start, g.end), g.type]);
    assert.deepEqual(shown, [
      ['JAPAN', 'LOC'], ['Nadim Ladki', 'PER'], ['AL-AIN', 'LOC'], ['United Arab Emirates', 'LOC'],
      ['Reuters', 'ORG'], ['Reuters', 'ORG'],
    ]);
    assert.equal(conllArticle(second!).text, 'Second\n');
  });
});
