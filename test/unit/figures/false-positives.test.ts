// Numbers that are not figures: years, identifiers, codes, phone numbers, times, scores,
// versions, addresses, headings, pronouns and names. Every sentence here must give no figure;
// the last tables check that a real figure beside such a number is still found.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../../src/core/model';
import { recognizeFigures } from '../../../src/core/recognize/figures';
import { dateAt, inputOf } from './helpers';

function noFigures(rows: readonly (readonly [string, string])[]): void {
  for (const [sentence, why] of rows) {
    it(`${why}: ${sentence}`, () => {
      const found = recognizeFigures(inputOf(sentence), [], null);
      assert.deepEqual(found.map((f) => f.text), []);
    });
  }
}

describe('not figures: years outside the date list', () => {
  noFigures([
    ['Elections are due in 2026.', 'year after "in"'],
    ['The 2024 election changed everything.', 'year before a singular noun'],
    ['Since 1998 the law has barely changed.', 'year after "since"'],
    ['By 2030 the plant will close.', 'year with no counted noun'],
    ['The 2019-20 season was cancelled.', 'season span'],
    ['In 2025 voters chose a new congress.', 'year context wins over a following plural'],
    ['The 1990s were turbulent.', 'decade'],
    ['Prices doubled in mid-2023.', 'mid-year'],
  ]);
});

describe('not figures: identifiers and codes', () => {
  noFigures([
    ['The F-35 flew over the base.', 'aircraft model'],
    ['An MQ-9 drone was shot down.', 'drone model'],
    ['A B-52 bomber flew near the coast.', 'bomber model'],
    ['Executive Order 14059 imposed sanctions.', 'executive order'],
    ['COVID-19 closed the schools.', 'disease name'],
    ['The H1N1 virus spread quickly.', 'virus code'],
    ['UPDATE 1-Colombia suspends intelligence sharing', 'wire update label with dash'],
    ['UPDATE 2 Colombia suspends talks', 'wire update label'],
    ['Resolution 2231 was adopted unanimously.', 'UN resolution'],
    ['Article 5 was never invoked.', 'treaty article'],
    ['Under article 5 the allies must respond.', 'lower-case article label'],
    ['Flight 17 was shot down over Ukraine.', 'flight number'],
    ['The crash closed Highway 1 for hours.', 'highway number'],
    ['Room 101 was locked.', 'room number'],
    ['Proposition 50 passed easily.', 'ballot measure'],
    ['Apollo 11 landed on the Moon.', 'capitalised name with number'],
    ['The company filed for Chapter 11 protection.', 'chapter label'],
    ['See Section 3.2 for details.', 'section number'],
    ['She printed it on A4 paper.', 'paper size'],
    ['The 5G network went down.', 'network generation'],
    ['G7 leaders met in Italy.', 'group name'],
    ['The 9/11 attacks changed policy.', 'slash code'],
    ['Ministers met at No. 10 on Monday.', 'No. label'],
    ['The app update fixed iOS 17.1 crashes.', 'mixed-case product name'],
  ]);
});

describe('not figures: phones, times, scores, versions, addresses', () => {
  noFigures([
    ['Call the hotline on +1 202-555-0143 for information.', 'international phone'],
    ['The office number is (202) 555-0143.', 'phone with area code'],
    ['Dial 555-0143 to reach the desk.', 'local phone'],
    ['Dial 555-1234 to reach the desk.', 'local phone, rising digits'],
    ['The UK line is 020 7946 0958.', 'UK phone with spaces'],
    ['The meeting starts at 3:30 in the main hall.', 'clock time'],
    ['The curfew starts at 11 p.m. sharp.', 'time with p.m.'],
    ['The convoy left at 6am with supplies.', 'time with am'],
    ['Troops moved at 1400 GMT.', 'military time with zone'],
    ['Colombia won 3-2 in extra time.', 'score after "won"'],
    ['It was a 2-1 victory for the hosts.', 'score before "victory"'],
    ['The match ended 1-1.', 'drawn score'],
    ['The court issued a 7-2 ruling.', 'vote split'],
    ['The Senate voted 49-51 on the measure.', 'vote tally'],
    ['The firm released version 1.2.3 of the app.', 'version number'],
    ['Protesters gathered outside 10 Downing Street.', 'street address'],
    ['The embassy at 1600 Pennsylvania Avenue was closed.', 'street address with year-like number'],
    ['He lives at 221B Baker Street.', 'address code'],
    ['The office is on Carrera 7 # 26-20 in Bogotá.', 'Colombian address'],
  ]);
});

describe('not figures: headings, pronouns, names, compounds', () => {
  noFigures([
    ['1. Background', 'numbered heading'],
    ['First, the government must act.', 'discourse ordinal'],
    ['No one was hurt.', '"no one"'],
    ['One of the ships sank.', '"one of"'],
    ['They blamed one another.', '"one another"'],
    ['Air Force One landed in Bogotá.', 'name with a number word'],
    ['President Gustavo Petro, 65, said the victim was a fisherman.', 'age in apposition'],
    ['The 82nd Airborne Division was not involved.', 'unit name with an ordinal'],
    ['The Second World War ended.', 'name with an ordinal'],
    ['Fifth Avenue was closed to traffic.', 'street name with an ordinal'],
    ['He was born in the 19th century.', 'century'],
    ['The 83-year-old senator resigned.', 'age compound'],
    ['A two-thirds majority is needed.', 'fraction compound'],
    ['Someone said the money was gone.', 'number word inside a word'],
    ['The talks lasted two weeks.', 'duration'],
    ['For over two decades the group has operated.', 'duration with qualifier'],
    ['First lady Jill Biden spoke briefly.', '"first" without a determiner'],
    ['At first the talks went well.', '"at first"'],
  ]);
});

describe('not figures: numbers inside date mentions', () => {
  const rows: [string, DateMention[]][] = [];
  const s1 = 'Talks resumed on November 12 after a pause.';
  rows.push([s1, [dateAt(s1, 'November 12', '2025-11-12')]]);
  const s2 = 'In the past 24 hours, calm returned.';
  rows.push([s2, [dateAt(s2, 'the past 24 hours', 'PT24H', 'DURATION')]]);
  const s3 = 'The 2031 target was dropped.';
  rows.push([s3, [dateAt(s3, '2031', '2031')]]);
  const s4 = 'On 12 November 2025 the port reopened.';
  rows.push([s4, [dateAt(s4, '12 November 2025', '2025-11-12')]]);
  for (const [sentence, dates] of rows) {
    it(sentence, () => {
      assert.deepEqual(recognizeFigures(inputOf(sentence), dates, null).map((f) => f.text), []);
    });
  }
});

describe('not figures: masked text', () => {
  it('skips numbers the text module masked (front matter, URLs, code)', () => {
    const text = 'See https://example.org/report-83 and `x = 42` for 7 boats.';
    const masked = text.replace('https://example.org/report-83', ' '.repeat(29)).replace('`x = 42`', ' '.repeat(8));
    assert.equal(masked.length, text.length);
    assert.deepEqual(recognizeFigures(inputOf(text, masked), [], null).map((f) => f.text), ['7 boats']);
  });
  it('skips a numbered Markdown heading', () => {
    const text = '## 2. What we know\nAt least 9 boats sank.';
    const masked = text.replace('##', '  ');
    assert.deepEqual(recognizeFigures(inputOf(text, masked), [], null).map((f) => f.text), ['At least 9 boats']);
  });
});

describe('real figures beside look-alikes are still found', () => {
  const rows: [string, string[]][] = [
    ['In 2025, 83 people died in the strikes.', ['83 people']],
    ['Around 2000 people marched in the capital.', ['Around 2000 people']],
    ['Flight 17 carried 298 passengers.', ['298 passengers']],
    ['The F-35 program will cost $1.7 trillion.', ['$1.7 trillion']],
    ['COVID-19 killed 6 nurses at the hospital.', ['6 nurses']],
    ['At 3:30 the crowd had grown to 5,000 people.', ['5,000 people']],
    ['Colombia won 3-2 in front of 40,000 fans.', ['40,000 fans']],
    ['One person died and one other was hurt.', ['One person']],
  ];
  for (const [sentence, texts] of rows) {
    it(sentence, () => {
      assert.deepEqual(recognizeFigures(inputOf(sentence), [], null).map((f) => f.text), texts);
    });
  }
});

describe('not deaths: people counted for something else keep their noun', () => {
  const rows: [string, string, string | null][] = [
    ['About 80 people attended the memorial.', 'About 80 people', 'people'],
    ['Soldiers evacuated 25,000 people from the delta.', '25,000 people', 'people'],
    ['Officers said 20 people were arrested at the port.', '20 people', 'people'],
    ['Medics told us 12 people were missing.', '12 people', 'people'],
    ['Divers rescued 9 people after the ferry sank.', '9 people', 'people'],
    ['The flood took a heavy toll on 300 farms.', '300 farms', 'farms'],
    ['Drivers on the toll road paid 4 dollars.', '4 dollars', 'USD'],
    ['The storm killed 5 cows on the ranch.', '5 cows', 'cows'],
    ['Some 53 Republicans voted against the bill.', 'Some 53 Republicans', 'republicans'],
    ['Officials said 30 people were not killed but injured.', '30 people', 'people'],
  ];
  for (const [sentence, text, unit] of rows) {
    it(sentence, () => {
      const found = recognizeFigures(inputOf(sentence), [], null).map((f) => [f.text, f.unit]);
      assert.deepEqual(found, [[text, unit]]);
    });
  }
});

describe('not figures: names and codes beside the new readings', () => {
  noFigures([
    ['The 3rd Colombian Army Brigade moved north.', 'unit name after a nationality adjective'],
    ['The 4G network failed.', 'network generation, not a glued unit'],
    ['Tell us 2morrow.', 'digit glued to a word'],
  ]);
});
