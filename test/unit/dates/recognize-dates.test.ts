// recognizeDates: what it finds, what it leaves alone, and that it never breaks on odd input.
// Reference date 2025-11-14 is a Friday; sentences are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DateMention, RecognitionInput, Span } from '../../../src/core/model';
import { recognizeDates } from '../../../src/core/recognize/dates/index';

const REF = '2025-11-14';

function input(text: string, sentences: Span[] = [{ start: 0, end: text.length }]): RecognitionInput {
  return { text, maskedText: text, sentences, tokens: [] };
}

const brief = (m: DateMention): string => `${m.text}|${m.type}|${m.value}${m.mod ? `|${m.mod}` : ''}`;
const found = (text: string, ref: string | null = REF): string[] => recognizeDates(input(text), ref).map(brief);

// [sentence, expected mentions as "text|TYPE|value|mod"]
const HITS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // absolute and partial dates
  ['The deal was signed on November 12, 2025.', ['November 12, 2025|DATE|2025-11-12']],
  ['It was signed Nov 12 2025 in Bogotá.', ['Nov 12 2025|DATE|2025-11-12']],
  ['Signed 12 Nov. 2025, the accord holds.', ['12 Nov. 2025|DATE|2025-11-12']],
  ['The filing is dated 2025-11-12.', ['2025-11-12|DATE|2025-11-12']],
  ['The filing is dated 11/12/2025.', ['11/12/2025|DATE|2025-11-12']],
  ['Prices rose in September 2025.', ['September 2025|DATE|2025-09']],
  ['Prices rose sharply in 2025.', ['2025|DATE|2025']],
  ['Inflation has eased since 2019.', ['2019|DATE|2019']],
  ['She won the 2024 election easily.', ['2024|DATE|2024']],
  ['The strike began in October.', ['October|DATE|2025-10']],
  ['The strike will end in October.', ['October|DATE|2026-10']],
  ['The talks collapsed in December.', ['December|DATE|2024-12']],
  // an irregular participle after "be" is not a past tense ("held", "paid", "sold")
  ['The summit will be held in March.', ['March|DATE|2026-03']],
  ['A vote could be held in early October.', ['early October|DATE|2026-10|START']],
  ['The summit was held in March.', ['March|DATE|2025-03']],
  // "planned for" a month looks ahead, unless the plan is in the past perfect
  ['The referendum was planned for early March.', ['early March|DATE|2026-03|START']],
  ['The visit had been planned for April but was postponed.', ['April|DATE|2025-04']],
  // a past commitment: what it commits to is ahead, the time it was made is past
  ['In July the bank agreed to sell its British arm.', ['July|DATE|2025-07']],
  ['The bank agreed to sell its British arm in July.', ['July|DATE|2026-07']],
  ['Ministers said it was a demand they plan to press at the talks in December.', ['December|DATE|2025-12']],
  // present-tense verbs of schedules and deadlines; "is due"; a month's figures are out after it
  ['The fair opened on Monday and runs until Thursday.', ['Monday|DATE|2025-11-10', 'Thursday|DATE|2025-11-20']],
  ['The subsidies that expire at the end of December were the fight.', ['the end of December|DATE|2025-12|END']],
  ['It had been due to expire Thursday evening.', ['Thursday evening|TIME|2025-11-13TEV']],
  ['The new secretary is due at the Pentagon on Monday.', ['Monday|DATE|2025-11-17']],
  ['Aguilar is set to lead the court after he won the most votes on Sunday.', ['Sunday|DATE|2025-11-09']],
  ['Aguilar is set to lead the court after Sunday.', ['Sunday|DATE|2025-11-16']],
  ["The bureau might never publish October's jobs report.", ['October|DATE|2025-10']],
  // a day in the year named after it
  ['He was arrested at a hotel on Sept. 16 of last year.', ['Sept. 16|DATE|2024-09-16', 'last year|DATE|2024']],
  ['Troops arrived Nov. 12 at dawn.', ['Nov. 12|DATE|2025-11-12']],
  ['Markets boomed in the 1990s.', ['the 1990s|DATE|199']],
  ['Prices peaked in the 80s and fell in the late 90s.', ['the 80s|DATE|198', 'the late 90s|DATE|199|END']],
  ['At the age of 84, and in his 80s, he still farms.', []],
  ['Temperatures will climb into the 90s.', []],
  ['Profit fell in the third quarter.', ['the third quarter|DATE|2025-Q3']],
  // modified
  ['Fighting resumed in mid-November 2025.', ['mid-November 2025|DATE|2025-11|MID']],
  ['Rains came in early September.', ['early September|DATE|2025-09|START']],
  // A fall that is no season.
  ['Turnout was the highest since the fall of communism in 1989.', ['1989|DATE|1989']],
  ['Markets rose despite the fall in oil prices.', []],
  ['The school reopened in the fall.', ['the fall|DATE|2025-FA']],
  ['The plant closed in late 2024.', ['late 2024|DATE|2024|END']],
  ['The lease ran until the end of October.', ['the end of October|DATE|2025-10|END']],
  ['The vote is set for around Nov 12.', ['around Nov 12|DATE|2025-11-12|APPROX']],
  // relative to the reference date
  ['The minister resigned on Tuesday.', ['Tuesday|DATE|2025-11-11']],
  ['The minister will resign on Tuesday.', ['Tuesday|DATE|2025-11-18']],
  ['Officials said Friday that the talks will resume.', ['Friday|DATE|2025-11-14']],
  // The future seen from a past report: "said … would … on Sunday" is the coming Sunday.
  ['The spokesman said the pope would give his first address on Sunday.', ['Sunday|DATE|2025-11-16']],
  ['The spokesman said on Monday that the pope would speak.', ['Monday|DATE|2025-11-10']],
  ['Shelling intensified last week.', ['last week|DATE|2025-W45']],
  ['Shelling has intensified this week.', ['this week|DATE|2025-W46']],
  ['The bridge fell yesterday.', ['yesterday|DATE|2025-11-13']],
  ['The bridge reopens today.', ['today|DATE|2025-11-14']],
  ['The bridge reopens tomorrow.', ['tomorrow|DATE|2025-11-15']],
  ['The bridge fell two weeks ago.', ['two weeks ago|DATE|2025-W44']],
  // Measured from another event, not from the article's date: TimeML tags only the duration.
  ['Three hours after landfall, the river rose.', ['Three hours|DURATION|PT3H']],
  ['A week later, talks resumed.', ['A week|DURATION|P1W']],
  ['The envoy came a day after the vote.', ['a day|DURATION|P1D']],
  ['The bridge fell 10 days ago.', ['10 days ago|DATE|2025-11-04']],
  ['The bridge fell three months ago.', ['three months ago|DATE|2025-08']],
  ['The bridge fell two years ago.', ['two years ago|DATE|2023']],
  // a month later in the year looks back only from a past-tense clause
  ['Ferries should be running again by mid-December.', ['mid-December|DATE|2025-12|MID']],
  ['Analysts say exports could recover in December.', ['December|DATE|2025-12']],
  ['The ban stays in force until March.', ['March|DATE|2026-03']],
  ['The mayor said the market reopened in December.', ['December|DATE|2024-12']],
  ['Rents have climbed since December.', ['December|DATE|2024-12']],
  ['In December, the council approved the budget.', ['December|DATE|2024-12']],
  ['Lenders have extended the credit line through January.', ['January|DATE|2026-01']],
  // a court's order to hold someone until a day sets a day ahead; a story of a past stay does not
  ['A judge ordered him held until Tuesday.', ['Tuesday|DATE|2025-11-18']],
  ['He was remanded in custody until Monday.', ['Monday|DATE|2025-11-17']],
  ['He was held until Tuesday, then freed.', ['Tuesday|DATE|2025-11-11']],
  ['Exports slumped last month.', ['last month|DATE|2025-10']],
  ['Exports slumped last year.', ['last year|DATE|2024']],
  ['The port is now closed.', ['now|DATE|PRESENT_REF']],
  ['The port is currently closed.', ['currently|DATE|PRESENT_REF']],
  ['The port recently reopened.', ['recently|DATE|PAST_REF']],
  ['Prices doubled over the past week.', ['the past week|DATE|2025-W46']],
  ['Prices doubled over the past year.', ['the past year|DATE|2024']],
  ['Harvests were poor last fall.', ['last fall|DATE|2024-FA']],
  // times
  ['The blast came at 3 p.m. Tuesday.', ['3 p.m. Tuesday|TIME|2025-11-11T15:00']],
  ['Protesters gathered Tuesday morning.', ['Tuesday morning|TIME|2025-11-11TMO']],
  ['The president speaks tonight.', ['tonight|TIME|2025-11-14TNI']],
  ['Protesters gathered Wednesday morning.', ['Wednesday morning|TIME|2025-11-12TMO']],
  // a clock time without a day takes the day last named before it, else the reference date
  ['The ferry sank on Tuesday, and divers reached it at about 4 p.m.', ['Tuesday|DATE|2025-11-11', '4 p.m.|TIME|2025-11-11T16:00|APPROX']],
  ['The polls closed at 8 p.m.', ['8 p.m.|TIME|2025-11-14T20:00']],
  ['Voting ends at 5 p.m. EST Nov. 9.', ['5 p.m. EST Nov. 9|TIME|2025-11-09T17:00']],
  // durations
  ['The siege lasted two weeks.', ['two weeks|DURATION|P2W']],
  ['The feud has gone on for over two decades.', ['two decades|DURATION|P20Y|MORE_THAN']],
  ['Rescuers searched for three days.', ['three days|DURATION|P3D']],
  ['Power was out for 24 hours.', ['24 hours|DURATION|PT24H']],
  ['He was held for more than a year.', ['more than a year|DURATION|P1Y|MORE_THAN']],
  ['It is a two-year contract.', ['two-year|DURATION|P2Y']],
  // sets
  ['Inspectors visit every week.', ['every week|SET|P1W']],
  ['The ferry sails daily.', ['daily|SET|P1D']],
  ['The fee rises each year.', ['each year|SET|P1Y']],
  ['The council meets every Tuesday.', ['every Tuesday|SET|XXXX-WXX-2']],
  ['Vendors gather every morning.', ['every morning|SET|XXXX-XX-XXTMO']],
  ['The choir sings every Sunday night.', ['every Sunday night|SET|XXXX-WXX-7TNI']],
  ['The square fills every weekend.', ['every weekend|SET|XXXX-WXX-WE']],
  // ranges are two expressions
  ['Polls stay open from March to May.', ['March|DATE|2025-03', 'May|DATE|2025-05']],
  ['The fair ran Nov 4 - 9 in Lisbon.', ['Nov 4|DATE|2025-11-04', '9|DATE|2025-11-09']],
  ['The fair ran Nov 4–9 in Lisbon.', ['Nov 4|DATE|2025-11-04', '9|DATE|2025-11-09']],
  // a dateline's dash, then a count: "15" is people, not the end of a range
  ['KINGSTON, Nov 4 - 15 people died in the storm.', ['Nov 4|DATE|2025-11-04']],
  // chrono takes in the comma after a word that is not \w (Arabic here): not part of the extent
  ['The toll rose, قال المسؤولون, on Tuesday.', ['Tuesday|DATE|2025-11-11']],
  // the day a statement was made is past, whatever the statement plans
  ['The utility said Monday it would shut the mill by the end of next year.', ['Monday|DATE|2025-11-10', 'the end of next year|DATE|2026|END']],
  ['The envoy announced on Sunday that talks will resume.', ['Sunday|DATE|2025-11-09']],
  // halves, bare small units, "straight", "this past", "last" the verb
  ['The embargo lasted half a century.', ['half a century|DURATION|P50Y']],
  ['The hearing took half an hour.', ['half an hour|DURATION|PT30M']],
  ['Firefighters arrived within minutes.', ['minutes|DURATION|PTXM']],
  ['The bank has posted losses for three straight quarters.', ['three straight quarters|DURATION|P3Q']],
  ['Crowds gathered this past weekend.', ['this past weekend|DATE|2025-W45-WE']],
  ['The inquiry is expected to last several weeks.', ['several weeks|DURATION|PXW']],
  ['Rain fell for the last several weeks.', ['the last several weeks|DATE|PAST_REF']],
  // a month in a year named after it, the year in focus for "that year"
  ['The dam was begun in 2019 and finished in October of that year.', ['2019|DATE|2019', 'October of that year|DATE|2019-10']],
  ['Rents rose in March of last year.', ['March of last year|DATE|2024-03']],
  // "that June" is in the year in focus; "a year earlier" just after a month is that month a year before
  ['The court annulled the vote in February 2020, and the rerun was held that June.', ['February 2020|DATE|2020-02', 'June|DATE|2020-06']],
  ['Core prices rose 3 percent in October from a year earlier.', ['October|DATE|2025-10', 'a year earlier|DATE|2024-10']],
  ['Sales rose in December at the firm founded 41 years ago.', ['December|DATE|2024-12', '41 years ago|DATE|1984']],
  ['Profit for the third quarter, which ended in September, beat the year-earlier quarter.',
    ['the third quarter|DATE|2025-Q3', 'September|DATE|2025-09', 'the year-earlier quarter|DATE|2024-Q3']],
  // "now that" is the present; "now and then" is not a date
  ['Now that the bridge is open, traffic flows.', ['Now|DATE|PRESENT_REF']],
  ['Now and then a ferry calls at the island.', []],
  // bare units: some time back, or a stretch measured from an event
  ['The mill closed months ago.', ['months ago|DATE|PAST_REF']],
  ['Only hours before the vote, the mayor quit.', ['hours|DURATION|PTXH']],
  ['Crime has fallen over the past decade.', ['the past decade|DURATION|P10Y']],
  ['The storm should reach the coast by the weekend.', ['the weekend|DATE|2025-W46-WE']],
  // feasts counted from Easter
  ['Pilgrims filled the square on Palm Sunday.', ['Palm Sunday|DATE|2025-04-13']],
  ['The fast begins on Ash Wednesday.', ['Ash Wednesday|DATE|2025-03-05']],
  ['Shoppers queued on Black Friday.', ['Black Friday|DATE|2024-11-29']],
  // one unit long, written as one word or hyphenated without a count
  ['A weeklong festival closed the season.', ['weeklong|DURATION|P1W']],
  ['The decade-long feud is over.', ['decade-long|DURATION|P10Y']],
  ['The months-long blockade ended.', ['months-long|DURATION|PXM']],
  // "the night of Oct. 23": the day, as TimeBank tags it
  ['The mayor was attacked on the night of Sept. 3.', ['Sept. 3|DATE|2025-09-03']],
  // a day and month months ahead, in a past-tense clause, is last year's
  ['The ferry was last seen on April 2.', ['April 2|DATE|2025-04-02']],
  // the age of a thing is a duration; a person's age is not tagged
  ['The three-year-old blockade of the port was lifted.', ['three-year-old|DURATION|P3Y']],
  ['The decades-old feud flared again.', ['decades-old|DURATION|PXY']],
  ['A 52-year-old fisherman was rescued.', []],
  // "4 in the morning" is a clock time
  ['The convoy will leave at 5 in the morning.', ['5 in the morning|TIME|2025-11-14T05:00']],
  // "this past" is the latest one
  ['Exports fell this past spring and again this past September.', ['this past spring|DATE|2025-SP', 'this past September|DATE|2025-09']],
  // a month in a clause without tense is the nearest one
  ['Bonds worth twice as much in April, now half that.', ['April|DATE|2025-04', 'now|DATE|PRESENT_REF']],
  // a weekday in a present-tense sentence is ahead; in a headline (no stop) the present tells the past
  ['Voting resumes Tuesday.', ['Tuesday|DATE|2025-11-18']],
  ['Port strike ends Tuesday', ['Tuesday|DATE|2025-11-11']],
  // ... also after a place the verb goes to, an object it reports, or the clock time it is at
  ['The president travels to Tokyo on Saturday.', ['Saturday|DATE|2025-11-15']],
  ['The mayor flies to New York on Sunday.', ['Sunday|DATE|2025-11-16']],
  ['The company reports earnings Thursday.', ['Thursday|DATE|2025-11-20']],
  ['The final kicks off Saturday.', ['Saturday|DATE|2025-11-15']],
  ['Polls close at 8 p.m. on Sunday.', ['8 p.m. on Sunday|TIME|2025-11-16T20:00']],
  ['The vote Tuesday was close.', ['Tuesday|DATE|2025-11-11']],
  // ... and after a relative pronoun, whatever the sentence's tense
  ['He called off a trip to the air show, which opens on Monday.', ['Monday|DATE|2025-11-17']],
  // a capitalised count of units in a Title Case headline is a duration
  ['Thieves Snatch Crown Jewels From the Louvre in Seven Minutes', ['Seven Minutes|DURATION|PT7M']],
  ['She watched an episode of 60 Minutes.', []],
  // asking someone to do something on a day is about a day ahead
  ['The junta asked the country to stand still at noon on Tuesday.', ['noon on Tuesday|TIME|2025-11-18T12:00']],
  // The request itself is past when its day comes before it.
  ['Trump, who on Monday urged Republicans to back the former governor, said little.', ['Monday|DATE|2025-11-10']],
  // "may" before a verb looks ahead, for a day after it only.
  ['Whether anything was settled may become clearer on Monday at the White House.', ['Monday|DATE|2025-11-17']],
  ['The president on Tuesday said the navy may extend its blockade.', ['Tuesday|DATE|2025-11-11']],
  // a second verb after "and" shares the first one's future
  ['He said the pope would say Mass on Wednesday and give his first address on Sunday.', ['Wednesday|DATE|2025-11-19', 'Sunday|DATE|2025-11-16']],
  ['Police will investigate, and officers arrested two men on Monday.', ['Monday|DATE|2025-11-10']],
  // a time fronted before a comma takes the tense of the clause it leads ("would have" looks back)
  ['On Tuesday, the league will hold a news conference.', ['Tuesday|DATE|2025-11-18']],
  ['From Jan. 1, Ek will become executive chairman.', ['Jan. 1|DATE|2026-01-01']],
  ['On Tuesday, officials said the talks will resume.', ['Tuesday|DATE|2025-11-11']],
  ['On Thursday, a draft that would have delayed the vote failed.', ['Thursday|DATE|2025-11-13']],
  // ... its own verb first, and not a long piece that is the sentence's subject
  ['Having resigned on Tuesday, he will leave the party.', ['Tuesday|DATE|2025-11-11']],
  ['The vote on Tuesday by the members of the old council of Lima, a city of ten million, will be challenged in court.', ['Tuesday|DATE|2025-11-11']],
  // "saying" opens the reported clause: its future does not reach the day the statement came
  ['The ministry issued a statement on Tuesday saying it would retaliate.', ['Tuesday|DATE|2025-11-11']],
  ['The ministry will issue a statement on Tuesday saying it is done.', ['Tuesday|DATE|2025-11-18']],
  // lower-case "march" is a walk
  ['Protesters began the first march on the palace.', []],
  ["The mayor says Tuesday's vote was fair.", ['Tuesday|DATE|2025-11-11']],
  // a deadline moved ahead
  ['The council postponed the hearing until Wednesday.', ['Wednesday|DATE|2025-11-19']],
  // typographic apostrophes
  ['Trade boomed in the ’90s.', ['the ’90s|DATE|199']],
  ['The ferry left at 9 o’clock.', ['9 o’clock|TIME|2025-11-14T09:00']],
  // a race's time with its seconds is a duration; at a time of day, a time
  ['Assefa set a record of 2:15:50 and Sawe won in 2:02:27.', ['2:15:50|DURATION|PT2H15M50S', '2:02:27|DURATION|PT2H2M27S']],
  ['Yates won by 3 minutes 56 seconds; Sawe ran two hours, two minutes and 27 seconds.', ['3 minutes 56 seconds|DURATION|PT3M56S', 'two hours, two minutes and 27 seconds|DURATION|PT2H2M27S']],
  ['The rocket lifted off at 9:10:05.', ['9:10:05|TIME|2025-11-14T09:10']],
  // ... and so are minutes and seconds with hundredths, not a time of day; a time before a full stop stays one
  ['Marchand touched in 1:52.69, inside the record of 1:54.00, and the pool closed at 4:30. Crowds left.',
    ['1:52.69|DURATION|PT1M52.69S', '1:54.00|DURATION|PT1M54S', '4:30|TIME|2025-11-14T04:30']],
  // a margin in thousandths of a second keeps them
  ['Norris crossed the line 0.895 seconds ahead.', ['0.895 seconds|DURATION|PT0.895S']],
  // stretches of unknown length
  ['The town held out in the first days of the siege.', ['the first days|DURATION|PXD']],
  ['The road will stay closed for a while.', ['a while|DURATION|PXX']],
  ['Once in a while a ferry calls.', []],
  ['Police came in the early hours of Tuesday.', ['Tuesday|DATE|2025-11-11']],
  // fiscal years, written out or abbreviated
  ['The agency expects a deficit in fiscal year 2026 and in FY2027.', ['fiscal year 2026|DATE|2026', 'FY2027|DATE|2027']],
  // May, which chrono reads only after "in": the month after a word that wants one
  ['The port will reopen in early May.', ['early May|DATE|2026-05|START']],
  ['The strike lasted until May.', ['May|DATE|2025-05']],
  ['Ticket sales slowed in mid-May.', ['mid-May|DATE|2025-05|MID']],
  ['The curfew held through the beginning of May.', ['the beginning of May|DATE|2025-05|START']],
  // March or May as a possessive, March after "for"; May's deals and visits are Theresa May's
  ["March's figures were weak.", ['March|DATE|2025-03']],
  ['The data for March showed a rise.', ['March|DATE|2025-03']],
  ["May's local elections will be close.", ['May|DATE|2026-05']],
  // the week or weekend a named day falls in
  ['The hearing will be held the week of March 9.', ['the week of March 9|DATE|2026-W11']],
  ['The fair will be held the weekend of Dec. 13.', ['the weekend of Dec. 13|DATE|2025-W50-WE']],
  // a half joined by hyphens
  ['The blockade lasted three-and-a-half years.', ['three-and-a-half years|DURATION|P3Y6M']],
  ['She won a two-and-a-half-year contract.', ['two-and-a-half-year|DURATION|P2Y6M']],
  // "full", "whole", "solid" inside a duration; a quarter of a century
  ['The ferry was idle for a full year.', ['a full year|DURATION|P1Y']],
  ['It snowed for two whole days.', ['two whole days|DURATION|P2D']],
  ['The feud lasted a quarter-century.', ['a quarter-century|DURATION|P25Y']],
  ['The mill has stood for a quarter of a century.', ['a quarter of a century|DURATION|P25Y']],
  // one hour or minute up to or from now; the decade or century in which the reference falls
  ['Crews hope to reach the mine within the next hour.', ['the next hour|DURATION|PT1H']],
  ['The deal was struck at the last minute.', []],
  ['The port should be finished by the end of the decade.', ['the end of the decade|DATE|202|END']],
  ['Emissions must fall by the middle of the century.', ['the middle of the century|DATE|20|MID']],
  // two days back or ahead, and a count of units from today
  ['The ferry left the day before yesterday.', ['the day before yesterday|DATE|2025-11-12']],
  ['The ballot is two weeks from today.', ['two weeks from today|DATE|2025-W48']],
  // four-digit clock times with a zone or "local time", anchored like other clock times
  ['The truce took hold at 0600 local time.', ['0600 local time|TIME|2025-11-14T06:00']],
  ['The polls opened at 0700 GMT on Sunday.', ['0700 GMT on Sunday|TIME|2025-11-09T07:00']],
  ['The ferry sank on Tuesday. Divers arrived at 1430 GMT.', ['Tuesday|DATE|2025-11-11', '1430 GMT|TIME|2025-11-11T14:30']],
  // half-years and fiscal years abbreviated; "H1" alone is no date
  ['The FY2026 budget passed, and FY27 looks tighter.', ['FY2026|DATE|2026', 'FY27|DATE|2027']],
  ["Sales grew in H1 2025 and should slow in H2'25.", ['H1 2025|DATE|2025-H1', "H2'25|DATE|2025-H2"]],
  // Unicode hyphens from web copy (U+2011, U+2010) read as the ASCII one; the text keeps its own
  ['Rains came in mid\u2011November and a two\u2010year drought ended.', ['mid\u2011November|DATE|2025-11|MID', 'two\u2010year|DURATION|P2Y']],
  // a closing bracket chrono takes in is not part of the time
  ['Voting closed on time (8 p.m. GMT Tuesday).', ['8 p.m. GMT Tuesday|TIME|2025-11-11T20:00']],
  // a weekday in the week named: that day of the week before or after this one (Monday first)
  ['The vote was held on Tuesday of last week.', ['Tuesday of last week|DATE|2025-11-04']],
  ['Talks resume on Wednesday next week.', ['Wednesday next week|DATE|2025-11-19']],
  // a quarter of a year named from the reference, as one expression
  ['The merger should close in the second quarter of next year.', ['the second quarter of next year|DATE|2026-Q2']],
  // a half written with a hyphen and a slash; units "in a matter of"
  ['The refit took 3-1/2 years.', ['3-1/2 years|DURATION|P3Y6M']],
  ['The town was cut off in a matter of hours.', ['hours|DURATION|PTXH']],
  // a half counted back, in months; bare units before "earlier" or "later"
  ['The mill closed a year and a half ago.', ['a year and a half ago|DATE|2024-05']],
  ['The envoy had quit days earlier.', ['days|DURATION|PXD']],
  ['The mayor had quit years earlier than planned.', []],
  // a day news names by its numbers
  ['Airport checks were tightened after the 9/11 attacks.', ['9/11|DATE|2001-09-11']],
];

// Sentences in which nothing is a date.
const FALSE_POSITIVES: readonly string[] = [
  'Officials may act if the talks fail.',
  'May officials act alone?',
  'Thousands joined the march on the capital.',
  'A protest march blocked the avenue.',
  'The Sun reported the story first.',
  'Some 2,025 people signed the petition.',
  'Organisers counted 2025 people at the rally.',
  'The F-35 program is over budget.',
  'COVID-19 cases are falling.',
  'He signed Executive Order 14059 on trade.',
  'Call 555-123-4567 for details.',
  'Upgrade to version 2.10.3 first.',
  'The home side won 3-2.',
  'A second strike hit the convoy.',
  'The bonds traded at 10 7/8.',
  'The company earned $1.25 a share.',
  'The daily newspaper endorsed her.',
  'Quarterly earnings beat forecasts.',
  'Route 1995 is closed.',
  "Phones shape today's youth.",
  'She wants to train the leaders of tomorrow.',
  'Rooms cost $80 a night in the old town.',
  'The mayor spoke on a morning talk show.',
  'It was high noon for the coalition.',
  'The airline runs three flights a week to the island.',
  'The mayor told USA Today about the plan.',
  'The Bloody Sunday inquiry reported.',
  'Prime Minister May spoke after Johnson and May met.',
  'He met May in London, and May said little.',
  "May's deal failed and May's visit ended.",
  'The striker scored 9/11 penalties and the vote was 19/11.',
  'The H1N1 strain spread, and she holds an H1 visa.',
  'Shares of 21st Century Fox rose after she appeared on Fox News Sunday.',
  'The March 8 Alliance and the April 6 Youth Movement marched.',
];

test('recognises each form of date, time, duration and frequency', () => {
  for (const [sentence, expected] of HITS) assert.deepEqual(found(sentence), expected, sentence);
});

test('leaves alone words and numbers that only look like dates', () => {
  for (const sentence of FALSE_POSITIVES) assert.deepEqual(found(sentence), [], sentence);
});

test('a season named with "this" is the reference year\'s, and one "before" something is found', () => {
  assert.deepEqual(found("The bank pointed to this spring's wage talks.", '2025-01-25'), ['this spring|DATE|2025-SP']);
  assert.deepEqual(found('Officials saw no rise before the summer.'), ['the summer|DATE|2025-SU']);
});

test('"though" opens a clause of its own tense: the future before it does not reach a weekday after it', () => {
  assert.deepEqual(found("He said on Monday that he would stay even though his coalition lost its majority in Sunday's election.", '2025-07-21'),
    ['Monday|DATE|2025-07-21', 'Sunday|DATE|2025-07-20']);
});

test('a slashed date reads day first only when that puts it near the reference date', () => {
  // Month first, as American copy writes it, unless the day-first reading is within a week of
  // the article's date and the month-first one over a fortnight away.
  assert.deepEqual(found('The filing is dated 11/12/2025.', '2025-11-12'), ['11/12/2025|DATE|2025-11-12']);
  assert.deepEqual(found('The filing is dated 12/11/2025.', '2025-11-12'), ['12/11/2025|DATE|2025-11-12']);
  assert.deepEqual(found('The filing is dated 12/11/2025.', '2025-12-09'), ['12/11/2025|DATE|2025-12-11']);
  assert.deepEqual(found('He was born on 3/4/1961.', '2025-11-12'), ['3/4/1961|DATE|1961-03-04']);
});

test('a time without a day is anchored to the day in focus of its paragraph or the two before', () => {
  const text = 'The ferry sank on Tuesday near the port.\n\nDivers got there at 3:30 p.m. and left that evening.\n\nA new search will start at 9 a.m.';
  const paragraphs = [{ start: 0, end: 40 }, { start: 42, end: 98 }, { start: 100, end: text.length }];
  assert.deepEqual(recognizeDates(input(text, paragraphs), REF).map(brief), [
    'Tuesday|DATE|2025-11-11', '3:30 p.m.|TIME|2025-11-11T15:30', 'that evening|TIME|2025-11-11TEV', '9 a.m.|TIME|2025-11-14T09:00',
  ]);
});

test('"the previous year" counts from a year named in its paragraph, else from the article\'s year; "the following year" from the year in focus', () => {
  const text = 'Adele\'s album sold 3.4 million copies in 2015.\n\nSwift\'s last album opened with 2.6 million the previous year.\n\nIn 2019 he moved, and the previous year he had married.\n\nThe following year he left.';
  const [second, third, fourth] = [text.indexOf('Swift'), text.indexOf('In 2019'), text.indexOf('The following')];
  const paragraphs = [{ start: 0, end: second - 2 }, { start: second, end: third - 2 }, { start: third, end: fourth - 2 }, { start: fourth, end: text.length }];
  assert.deepEqual(recognizeDates(input(text, paragraphs), REF).map(brief), [
    '2015|DATE|2015', 'the previous year|DATE|2024', '2019|DATE|2019', 'the previous year|DATE|2018', 'The following year|DATE|2020',
  ]);
});

test('a time takes the day named with the part of the day it falls in, over a later day', () => {
  const text = 'The jewels were stolen on Sunday morning, the prosecutor said on Thursday.\n\nThe raid began at 9:30 a.m. in the east wing.';
  const paragraphs = [{ start: 0, end: 74 }, { start: 76, end: text.length }];
  assert.deepEqual(recognizeDates(input(text, paragraphs), REF).map(brief), [
    'Sunday morning|TIME|2025-11-09TMO', 'Thursday|DATE|2025-11-13', '9:30 a.m.|TIME|2025-11-09T09:30',
  ]);
});

test('a quoted "today" reported in the past is the day the story is about', () => {
  const text = 'Labor won the election on Saturday.\n\n"Today, Australians voted for hope," Albanese told supporters.\n\nToday the count goes on.';
  const paragraphs = [{ start: 0, end: 35 }, { start: 37, end: 99 }, { start: 101, end: text.length }];
  assert.deepEqual(recognizeDates(input(text, paragraphs), REF).map(brief), ['Saturday|DATE|2025-11-08', 'Today|DATE|2025-11-08', 'Today|DATE|2025-11-14']);
});

test('a quoted "today" takes the day its own sentence names after the quote, over an earlier one', () => {
  const text = 'He lost a provincial vote on Sept. 7.\n\n"Today we reached a turning point," Milei told supporters on Sunday night.';
  const paragraphs = [{ start: 0, end: 37 }, { start: 39, end: text.length }];
  assert.deepEqual(recognizeDates(input(text, paragraphs), REF).map(brief), [
    'Sept. 7|DATE|2025-09-07', 'Today|DATE|2025-11-09', 'Sunday night|TIME|2025-11-09TNI',
  ]);
});

test('a quarter ahead in a future clause is this year\'s, unless its results are still to be reported', () => {
  assert.deepEqual(found('The company will report its fourth-quarter results next week.', '2025-01-14').filter((d) => d.startsWith('fourth')),
    ['fourth-quarter|DATE|2024-Q4']);
  assert.deepEqual(found('The company will open two stores in the fourth quarter.', '2025-01-14').filter((d) => d.includes('quarter')),
    ['the fourth quarter|DATE|2025-Q4']);
});

test('without a reference date, the unresolved parts become X', () => {
  const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Troops arrived Nov. 12 at dawn.', ['Nov. 12|DATE|XXXX-11-12']],
    ['The minister resigned on Tuesday.', ['Tuesday|DATE|XXXX-WXX-2']],
    ['Shelling intensified last week.', ['last week|DATE|XXXX-WXX']],
    ['The strike began in October.', ['October|DATE|XXXX-10']],
    ['The deal was signed on November 12, 2025.', ['November 12, 2025|DATE|2025-11-12']],
  ];
  for (const [sentence, expected] of rows) assert.deepEqual(found(sentence, null), expected, sentence);
});

test('reads only unmasked text and only inside sentences', () => {
  const text = 'Draft of 2025-11-12. It ended on Tuesday.';
  const masked = ' '.repeat(20) + text.slice(20);
  const result = recognizeDates({ text, maskedText: masked, sentences: [{ start: 0, end: 20 }, { start: 21, end: text.length }], tokens: [] }, REF);
  assert.deepEqual(result.map(brief), ['Tuesday|DATE|2025-11-11']);
  assert.deepEqual(recognizeDates(input(text, []), REF), []);
});

test('never throws, and every span is the text it claims to be, inside a sentence', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.nat({ max: 220 }), { maxLength: 6 }),
      fc.constantFrom<string | null>(REF, null, '1998-02-29', 'garbage'),
      (text, cuts, ref) => {
        const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, text.length)), text.length])].sort((a, b) => a - b);
        const sentences = bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1]! }));
        for (const m of recognizeDates(input(text, sentences), ref)) {
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.ok(m.end > m.start);
          assert.ok(sentences.some((s) => s.start <= m.start && m.end <= s.end));
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('finds dates in generated news sentences without breaking spans', () => {
  const words = fc.constantFrom('Tuesday', 'on', 'the', 'last', 'week', 'Nov.', '12', '2025', 'in', 'early', 'March', 'may', 'two', 'years', 'ago', 'every', 'day', '3', 'p.m.', ',', '.', 'over', 'decades', 'mid-', 'since');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      for (const m of recognizeDates(input(text), REF)) assert.equal(text.slice(m.start, m.end), m.text);
    }),
    { numRuns: 300 },
  );
});
