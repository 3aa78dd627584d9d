// recognizeDates on the periods that company reports and news name without a calendar date:
// report quarters, "the year", holidays, spelled-out years, anaphoric dates, rates that are
// not durations. Reference date 2025-11-14 (a Friday); the sentences are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, Span } from '../../../src/core/model';
import { recognizeDates } from '../../../src/core/recognize/dates/index';
import { holidayIn } from '../../../src/core/recognize/dates/holidays';

const REF = '2025-11-14';

/** Sentences split where a full stop and a space are followed by a capital (enough for these texts). */
function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.\s+(?=[A-Z])/g)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

const brief = (m: DateMention): string => `${m.text}|${m.type}|${m.value}${m.mod ? `|${m.mod}` : ''}`;
const found = (text: string, ref: string | null = REF): string[] =>
  recognizeDates({ text, maskedText: text, sentences: sentencesOf(text), tokens: [] }, ref).map(brief);

// [text, expected mentions as "text|TYPE|value|mod"]
const HITS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // report periods follow the quarter the report is about
  ['Orbital Freight lost $4 million in the third quarter, against a profit of $2 million a year earlier.',
    ['the third quarter|DATE|2025-Q3', 'a year earlier|DATE|2024-Q3']],
  ['Harbor Mills earned $9 million in the second quarter. In the year-ago quarter it earned $7 million.',
    ['the second quarter|DATE|2025-Q2', 'the year-ago quarter|DATE|2024-Q2']],
  ['Kestrel Bank posted a loss in the third quarter. Year-earlier results included a one-time gain.',
    ['the third quarter|DATE|2025-Q3', 'Year-earlier|DATE|2024-Q3']],
  ['Revenue in the third quarter rose. The latest period included a tax credit.',
    ['the third quarter|DATE|2025-Q3', 'The latest period|DATE|2025-Q3']],
  ['Revenue in the third quarter rose 8% from the 2024 period.', ['the third quarter|DATE|2025-Q3', 'the 2024 period|DATE|2024-Q3']],
  ['With no report period named, prices rose from a year ago.', ['a year ago|DATE|2024']],
  ['Profit rose in the third quarter, against a year-earlier loss.', ['the third quarter|DATE|2025-Q3', 'year-earlier|DATE|2024-Q3']],
  ['Profit rose in the third quarter from the prior-year quarter.', ['the third quarter|DATE|2025-Q3', 'the prior-year quarter|DATE|2024-Q3']],
  ['Net fell in the third quarter from the corresponding period last year.',
    ['the third quarter|DATE|2025-Q3', 'the corresponding period last year|DATE|2024-Q3']],
  ['The mill earned $3 million for the quarter ended Sept. 30.', ['the quarter|DATE|2025-Q3', 'Sept. 30|DATE|2025-09-30']],
  ['Sales were flat in the quarter ended July 31.', ['the quarter|DATE|2025-Q2', 'July 31|DATE|2025-07-31']],
  ['Sales fell in this year\'s first quarter.', ['this year\'s first quarter|DATE|2025-Q1']],
  // "the year" and its end
  ['The company expects higher sales for the full year.', ['the full year|DATE|2025']],
  ['Shares hit a high for the year in June.', ['the year|DATE|2025', 'June|DATE|2025-06']],
  ['It earned $5 million in the year ended March 31.', ['the year|DURATION|P1Y', 'March 31|DATE|2025-03-31']],
  ['The merger should close by year-end.', ['year-end|DATE|2025|END']],
  // months tied to a year named relatively
  ['The plant opened in January this year.', ['January this year|DATE|2025-01']],
  ['The strike began in July last year.', ['July last year|DATE|2024-07']],
  ['The board was appointed last May.', ['last May|DATE|2025-05']],
  ['The board will meet next March.', ['next March|DATE|2026-03']],
  // spelled-out years, centuries, decades in words
  ['The dam was finished in nineteen ninety-six.', ['nineteen ninety-six|DATE|1996']],
  ['Planners worried about the year two thousand.', ['the year two thousand|DATE|2000']],
  ['The chapel dates from the 12th century.', ['the 12th century|DATE|11']],
  ['Crime fell through the nineties.', ['the nineties|DATE|199']],
  ['The rebels split in mid-1996.', ['mid-1996|DATE|1996|MID']],
  ['The fort was built in 1868.', ['1868|DATE|1868']],
  // holidays, past or ahead
  ['The boat was found on Thanksgiving Day.', ['Thanksgiving Day|DATE|2024-11-28']],
  ['The shops will close on Christmas Eve.', ['Christmas Eve|DATE|2025-12-24']],
  ['Turnout was high on Election Day.', ['Election Day|DATE|2025-11-04']],
  ['The truce held through Easter 2024.', ['Easter 2024|DATE|2024-03-31']],
  // the week or weekend a holiday falls in, as one expression; "over" a date is across it
  ['Traffic was heavy over the Thanksgiving weekend.', ['Thanksgiving weekend|DATE|2024-W48-WE']],
  ['Shops stayed open through Christmas week.', ['Christmas week|DATE|2024-W52']],
  ['The cardinal will lead Holy Week services.', ['Holy Week|DATE|2026-W14']],
  // feasts of other calendars
  ['Markets were quiet during Ramadan.', ['Ramadan|DATE|2025-03-01']],
  ['The family will gather for Passover.', ['Passover|DATE|2026-04-02']],
  ['Factories shut for the Lunar New Year.', ['Lunar New Year|DATE|2025-01-29']],
  ['Crowds came out for Eid al-Adha 2013.', ['Eid al-Adha 2013|DATE|2013-10-15']],
  // the present, as TimeML reads it
  ['The current rules favour incumbents.', ['current|DATE|PRESENT_REF']],
  ['Shares were sold at the then current price.', ['then current|DATE|PAST_REF']],
  ['Analysts expect a listing in the near future.', ['the near future|DATE|FUTURE_REF']],
  ['The index fell 3% for the week.', ['the week|DATE|2025-W46']],
  ['The index ended the week 2% lower and closed the month flat.', ['the week|DATE|2025-W46', 'the month|DATE|2025-11']],
  ['She was named player of the month.', []],
  ['The utility expects a loss this fiscal year after a profit last fiscal year.', ['this fiscal year|DATE|2025', 'last fiscal year|DATE|2024']],
  // dates named from the date in focus
  ['The talks began on March 3. The next day, both sides walked out.', ['March 3|DATE|2025-03-03', 'The next day|DATE|2025-03-04']],
  // Durations named one after the other are one.
  ['He won in 3 hours and 4 minutes after two years and three months of work.', ['3 hours and 4 minutes|DURATION|PT3H4M', 'two years and three months|DURATION|P2Y3M']],
  ['They argued for about two hours and 40 minutes.', ['two hours and 40 minutes|DURATION|PT2H40M|APPROX']],
  // "the previous quarter" in a report: the one before the quarter reported on.
  ['Revenue in the third quarter rose. Margins were 40 percent, up from 39 percent in the previous quarter.',
    ['the third quarter|DATE|2025-Q3', 'the previous quarter|DATE|2025-Q2']],
  // A year named in between does not move the day in focus.
  ['The talks began on March 3, over work done in 1984. The next day, both sides walked out.',
    ['March 3|DATE|2025-03-03', '1984|DATE|1984', 'The next day|DATE|2025-03-04']],
  ['He moved to Lima in 1998. The following year he married.', ['1998|DATE|1998', 'The following year|DATE|1999']],
  ['Rescuers reached the village that night.', ['that night|TIME|2025-11-14TNI']],
  ['The vigil was held last evening.', ['last evening|TIME|2025-11-13TEV']],
  // a weekday before or after the date in focus
  ['The talks began on March 4. The previous Friday, the envoy had quit.', ['March 4|DATE|2025-03-04', 'The previous Friday|DATE|2025-02-28']],
  // a day named from an event: "the day", valued as the date in focus
  ['Troops left on May 2, the day before the ballot.', ['May 2|DATE|2025-05-02', 'the day|DATE|2025-05-02']],
  ['He was seen the day before officers issued a warrant.', []],
  // stretches of time
  ['Prices rose over the years.', ['the years|DURATION|PXY']],
  ['The car was seen in the weeks before the fire.', ['weeks|DURATION|PXW']],
  ['The lease runs for at least 20 more years.', ['at least 20 more years|DURATION|P20Y|EQUAL_OR_MORE']],
  ['Storms battered the coast over the summer.', ['the summer|DATE|2025-SU']],
  ['Insurers have struggled in recent quarters.', ['recent quarters|DURATION|PXQ']],
  ['Profit rose after several quarters of losses.', ['several quarters|DURATION|PXQ']],
  ['Refunds take five business days.', ['five business days|DURATION|P5D']],
  // fractions, fortnights, half-years
  ['The camp stood for 2 1/2 years.', ['2 1/2 years|DURATION|P2Y6M']],
  ['The crossing took a day and a half.', ['a day and a half|DURATION|P1DT12H']],
  ['The flight lasted 3 1/2 hours.', ['3 1/2 hours|DURATION|PT3H30M']],
  ['The ferry resumes in a fortnight.', ['a fortnight|DURATION|P2W']],
  ['The tower opens in a year\'s time.', ['a year|DURATION|P1Y']],
  ['Output fell in the first half of 2024.', ['the first half of 2024|DATE|2024-H1']],
  ['Output will recover in the second half of next year.', ['the second half of next year|DATE|2026-H2']],
  // "last <season>" is that season a year back, also once this year's is over
  ['The reservoir ran dry last spring.', ['last spring|DATE|2024-SP']],
  // stretches "of" something, and days that recur
  ['After months of talks, the unions signed.', ['months|DURATION|PXM']],
  ['Decades of drought emptied the valley.', ['Decades|DURATION|PXY']],
  ['The library closes on Sundays.', ['Sundays|SET|XXXX-WXX-7']],
  ['The stall opens Saturdays and Wednesdays.', ['Saturdays|SET|XXXX-WXX-6', 'Wednesdays|SET|XXXX-WXX-3']],
  ['The quiz airs Sunday evenings.', ['Sunday evenings|SET|XXXX-WXX-7TEV']],
  ['The pool is shut at weekends.', ['weekends|SET|XXXX-WXX-WE']],
  ['They dined at TGI Fridays.', []],
  // year ranges, prefixed years, wire-service clock times
  ['The junta ruled during the 1976-1983 dictatorship.', ['1976|DATE|1976', '1983|DATE|1983']],
  ['The post-1990 reforms stalled.', ['post-1990|DATE|1990']],
  ['Polls open at 0700 GMT.', ['0700 GMT|TIME|2025-11-14T07:00']],
  ['The quake hit at 9:10 a.m. (0110 GMT) on Friday.', ['9:10 a.m.|TIME|2025-11-14T09:10', 'Friday|DATE|2025-11-14']],
  // a year opening its sentence, seasons that recur, "one day" as some day
  ['2019 was the hottest year on record.', ['2019|DATE|2019']],
  ['Floods return every spring.', ['every spring|SET|XXXX-SP']],
  ['Engineers hope the bridge will one day carry trains.', ['one day|DATE|FUTURE_REF']],
  ['The crossing took one day.', ['one day|DURATION|P1D']],
  // the current week or month named by a part of it; noon as midday
  ['The summit closes at the end of the week.', ['the end of the week|DATE|2025-W46|END']],
  ['Prices fell earlier in the month.', ['earlier in the month|DATE|2025-11|START']],
  ['The judge will rule at midday.', ['midday|TIME|2025-11-14T12:00']],
  // the second day of a pair takes the first one's month
  ['The summit meets on April 24 and 25.', ['April 24|DATE|2025-04-24', '25|DATE|2025-04-25']],
  ['Shares fell on Jan. 3 and 4 percent on the next day.', ['Jan. 3|DATE|2025-01-03', 'the next day|DATE|2025-01-04']],
  // a rate is not a second duration
  ['Guards stand there 24 hours a day.', ['24 hours|DURATION|PT24H']],
  ['The dam opened in 1990, nearly a decade after work began.', ['1990|DATE|1990', 'nearly a decade|DURATION|P10Y|LESS_THAN']],
  ['The rules announced on October 9 were suspended for a year.', ['October 9|DATE|2025-10-09', 'a year|DURATION|P1Y']],
  // a day counted from an event's start: today's when the clause says so
  ['It is the third day of the strike at the port.', ['third day|DATE|2025-11-14']],
  ['She signed the order on her first day in office.', ['first day|DATE|XXXX-XX-XX']],
  // a stretch "within" days of an event; a frequency adverb before a place
  ['The minister resigned within days of the vote.', ['days|DURATION|PXD']],
  ['Pickets gather daily outside the mill.', ['daily|SET|P1D']],
  // a stretch as the object of a verb of time; the end of a range of months
  ['The talks could last months, the mediators warned.', ['months|DURATION|PXM']],
  ['It took weeks to clear the road.', ['weeks|DURATION|PXW']],
  ['It has been years since the last flood.', ['years|DURATION|PXY']],
  ['Exports fell in the January-March period.', ['January|DATE|2025-01', 'March|DATE|2025-03']],
  // quarters abbreviated
  ['Profit rose in Q3 2024 and again in Q2.', ['Q3 2024|DATE|2024-Q3', 'Q2|DATE|2025-Q2']],
  ['3Q sales were flat.', ['3Q|DATE|2025-Q3']],
  ['It took a quarter to recover.', ['a quarter|DURATION|P1Q']],
  ['The launch slipped by two quarters.', ['two quarters|DURATION|P2Q']],
  ['Net profit for the April-June quarter rose.', ['the April-June quarter|DATE|2025-Q2']],
  ['Sales in the July-September quarter of 2023 fell.', ['the July-September quarter of 2023|DATE|2023-Q3']],
  ['Sales in the November-January quarter fell.', ['November|DATE|2025-11', 'January|DATE|2025-01']],
  ['Profit fell in the second and third quarters of 2024.', ['second|DATE|2024-Q2', 'third quarters of 2024|DATE|2024-Q3']],
  // a year before a name and a date noun; a month before an event it names
  ['Analysts were predicting 2026 Acme earnings of $4 a share.', ['2026|DATE|2026']],
  ['The March accession lets the three join.', ['March|DATE|2025-03']],
];

// Text in which nothing is a date.
const FALSE_POSITIVES: readonly string[] = [
  // A game's quarters, not the year's.
  'He caught a 46-yard pass early in the third quarter.',
  'Midway through the first quarter the star guard went down.',
  'The home side won the third quarter 34-20.',
  'The bond pays $1.50 a year.',
  'The airline adds 700 seats a week.',
  'Farms import about three-quarters of their feed.',
  'Sales fell by about a quarter.',
  'Shares rose a quarter point.',
  'Good evening, and welcome.',
  'The crew wore night-vision goggles.',
  'She booked a 10-night stay in Rome.',
  'It is a day-night match.',
  'He collapsed during a morning walk.',
  'Two thousand people marched.',
  'She gave a Christmas speech.',
  'A strong current swept the swimmer away.',
  'The current account deficit widened.',
  'He was named player of the year.',
  'The relics span hundreds of years of history.',
  'Exports are forecast to grow 4% annually.',
  'She told the show "48 Hours" about the case.',
  'Veterans of the Six-Day War met in the square.',
  'The venture, called Nova 1990, makes satellite parts.',
  'He drove an Audi Q3 to the meeting.',
  'The March of Dimes raised money.',
];

test('recognises report periods, years, holidays and anaphoric dates', () => {
  for (const [text, expected] of HITS) assert.deepEqual(found(text), expected, text);
});

test('leaves alone rates, fractions, greetings, counts and titles', () => {
  for (const text of FALSE_POSITIVES) assert.deepEqual(found(text), [], text);
});

test('holidays fall on their rule\'s day', () => {
  const rows: ReadonlyArray<readonly [string, number, string]> = [
    ['Thanksgiving', 2025, '2025-11-27'], ['Easter', 2025, '2025-04-20'], ['Good Friday', 2024, '2024-03-29'],
    ['Memorial Day', 2025, '2025-05-26'], ['Labor Day', 2025, '2025-09-01'], ['Election Day', 2024, '2024-11-05'],
    ['Christmas', 2025, '2025-12-25'],
    // Hebrew calendar (Reingold and Dershowitz), tabular Islamic calendar, Chinese new year table
    ['Passover', 2013, '2013-03-26'], ['Passover', 2024, '2024-04-23'], ['Rosh Hashanah', 2023, '2023-09-16'],
    ['Yom Kippur', 2013, '2013-09-14'], ['Hanukkah', 2013, '2013-11-28'], ['Hanukkah', 2024, '2024-12-26'],
    ['Ramadan', 2013, '2013-07-09'], ['Ramadan', 2024, '2024-03-11'], ['Ramadan', 2030, '2030-01-06'],
    ['Holy Week', 2026, '2026-04-02'], ['Eid al-Fitr', 2013, '2013-08-08'], ['Lunar New Year', 2013, '2013-02-10'], ['Chinese New Year', 2035, '2035-02-08'],
  ];
  for (const [name, year, expected] of rows) {
    const d = holidayIn(name, year);
    assert.ok(d, name);
    assert.equal(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, expected, name);
  }
});

test('without a reference date, relative periods stay unresolved', () => {
  assert.deepEqual(found('Sales grew for the full year.', null), ['the full year|DATE|XXXX']);
  assert.deepEqual(found('The boat was found on Thanksgiving Day.', null), ['Thanksgiving Day|DATE|XXXX-XX-XX']);
});
