// Figures the recogniser must find, one sentence per row, with every figure the sentence holds:
// numbers in each written form, what they count, how they are qualified, money and percentages,
// ranges and ordinals.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Figure, FigureKind, Qualifier } from '../../../src/core/model';
import { recognizeFigures } from '../../../src/core/recognize/figures';
import { inputOf } from './helpers';

interface Expected {
  text: string;
  kind?: FigureKind;
  value: number;
  valueMax?: number;
  unit: string | null;
  counted?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  currency?: string;
}

/** The fields a row states; absent optional fields must be absent on the figure too. */
function project(f: Figure): Required<Omit<Expected, 'valueMax' | 'counted' | 'qualifier' | 'qualifierText' | 'currency'>> & Record<string, unknown> {
  return {
    text: f.text, kind: f.kind, value: f.value, valueMax: f.valueMax ?? null, unit: f.unit,
    counted: f.counted ?? null, qualifier: f.qualifier, qualifierText: f.qualifierText ?? null,
    currency: f.currency ?? null,
  };
}

function expected(e: Expected): Record<string, unknown> {
  return {
    text: e.text, kind: e.kind ?? 'count', value: e.value, valueMax: e.valueMax ?? null,
    unit: e.unit, counted: e.counted ?? null, qualifier: e.qualifier ?? null,
    qualifierText: e.qualifierText ?? null, currency: e.currency ?? null,
  };
}

function check(rows: readonly (readonly [string, readonly Expected[]])[]): void {
  for (const [sentence, figures] of rows) {
    it(sentence, () => {
      const found = recognizeFigures(inputOf(sentence), [], null);
      assert.deepEqual(found.map(project), figures.map(expected));
    });
  }
}

describe('figures: numbers in every common form', () => {
  check([
    ['The navy said 83 people were on board.', [{ text: '83 people', value: 83, unit: 'people', counted: 'people' }]],
    ['Police logged 1,200 complaints in the district.', [{ text: '1,200 complaints', value: 1200, unit: 'complaints', counted: 'complaints' }]],
    ['The tanker spilled 4.5 tonnes of fuel.', [{ text: '4.5 tonnes', value: 4.5, unit: 'tonnes', counted: 'tonnes' }]],
    ['Eighty-three people were rescued overnight.', [{ text: 'Eighty-three people', value: 83, unit: 'people', counted: 'people' }]],
    ['Rescuers pulled twenty one survivors from the rubble.', [{ text: 'twenty one survivors', value: 21, unit: 'survivors', counted: 'survivors' }]],
    ['The crew of one hundred and twenty sailors was evacuated.', [{ text: 'one hundred and twenty sailors', value: 120, unit: 'sailors', counted: 'sailors' }]],
    ['A dozen fishermen were reported missing.', [{ text: 'A dozen fishermen', value: 12, unit: 'fishermen', counted: 'fishermen' }]],
    ['A hundred soldiers crossed the border.', [{ text: 'A hundred soldiers', value: 100, unit: 'soldiers', counted: 'soldiers' }]],
    ['The programme reached 1.2 million children.', [{ text: '1.2 million children', value: 1_200_000, unit: 'children', counted: 'children' }]],
    ['Two million people lost power.', [{ text: 'Two million people', value: 2_000_000, unit: 'people', counted: 'people' }]],
    ['Only one bridge is still open.', [{ text: 'one bridge', value: 1, unit: 'bridges', counted: 'bridge' }]],
  ]);
});

describe('figures: vague plurals are lower bounds (dozens = at least 24)', () => {
  check([
    ['Dozens of protesters gathered outside.', [{ text: 'Dozens of protesters', value: 24, unit: 'protesters', counted: 'protesters', qualifier: 'at least', qualifierText: 'Dozens' }]],
    ['Hundreds of families slept in the open.', [{ text: 'Hundreds of families', value: 200, unit: 'families', counted: 'families', qualifier: 'at least', qualifierText: 'Hundreds' }]],
    ['Tens of thousands of voters queued.', [{ text: 'Tens of thousands of voters', value: 20_000, unit: 'voters', counted: 'voters', qualifier: 'at least', qualifierText: 'Tens of thousands' }]],
    ['About a dozen boats left the harbour.', [{ text: 'About a dozen boats', value: 12, unit: 'boats', counted: 'boats', qualifier: 'about', qualifierText: 'About' }]],
  ]);
});

describe('figures: what is counted', () => {
  check([
    ['Officials said 11 suspected drug boats had been struck.', [{ text: '11 suspected drug boats', value: 11, unit: 'boats', counted: 'suspected drug boats' }]],
    ['The military has carried out 14 strikes so far.', [{ text: '14 strikes', value: 14, unit: 'strikes', counted: 'strikes' }]],
    ['Some 6,000 troops are deployed in the region.', [{ text: 'Some 6,000 troops', value: 6000, unit: 'troops', counted: 'troops', qualifier: 'about', qualifierText: 'Some' }]],
    ['The coast guard stopped three vessels near the island.', [{ text: 'three vessels', value: 3, unit: 'vessels', counted: 'vessels' }]],
    ['Investigators recorded 21 incidents in the port.', [{ text: '21 incidents', value: 21, unit: 'incidents', counted: 'incidents' }]],
    ['The navy seized 11 more boats on the same route.', [{ text: '11 more boats', value: 11, unit: 'boats', counted: 'boats' }]],
    ['Villagers counted 12 Venezuelan fishermen among the missing.', [{ text: '12 Venezuelan fishermen', value: 12, unit: 'fishermen', counted: 'Venezuelan fishermen' }]],
    ['The report lists the deaths of at least 83 individuals.', [{ text: 'at least 83 individuals', value: 83, unit: 'deaths', counted: 'individuals', qualifier: 'at least', qualifierText: 'at least' }]],
    ['The raid ended up killing 6 people in the village.', [{ text: '6 people', value: 6, unit: 'deaths', counted: 'people' }]],
    ['The blast left 83 dead.', [{ text: '83 dead', value: 83, unit: 'deaths', counted: 'dead' }]],
    ['Officials counted 40 killed and 12 wounded.', [
      { text: '40 killed', value: 40, unit: 'deaths', counted: 'killed' },
      { text: '12 wounded', value: 12, unit: 'injuries', counted: 'wounded' },
    ]],
    ['The storm killed 17 across the islands.', [{ text: '17', value: 17, unit: 'deaths' }]],
    ['The death toll rose from 76 to 83.', [{ text: '76', value: 76, unit: 'deaths' }, { text: '83', value: 83, unit: 'deaths' }]],
    ['The two leaders met briefly.', [{ text: 'two leaders', value: 2, unit: 'leaders', counted: 'leaders' }]],
    ['The agency reported 17 as missing.', [{ text: '17', value: 17, unit: null }]],
    ['The strike brought the death toll from the campaign to at least 83.', [{ text: 'at least 83', value: 83, unit: 'deaths', qualifier: 'at least', qualifierText: 'at least' }]],
    ['Some 10,000 U.S. troops are in the region.', [{ text: 'Some 10,000 U.S. troops', value: 10_000, unit: 'troops', counted: 'U.S. troops', qualifier: 'about', qualifierText: 'Some' }]],
    ['The city has 4.5 million registered voters.', [{ text: '4.5 million registered voters', value: 4_500_000, unit: 'voters', counted: 'registered voters' }]],
  ]);
});

describe('figures: money', () => {
  check([
    ['The package is worth $4.5bn.', [{ text: '$4.5bn', kind: 'money', value: 4_500_000_000, unit: 'USD', currency: 'USD' }]],
    ['Congress approved $4.5 billion in aid.', [{ text: '$4.5 billion', kind: 'money', value: 4_500_000_000, unit: 'USD', currency: 'USD' }]],
    ['Brussels pledged €300m for reconstruction.', [{ text: '€300m', kind: 'money', value: 300_000_000, unit: 'EUR', currency: 'EUR' }]],
    ['The club paid £2.3 million for the striker.', [{ text: '£2.3 million', kind: 'money', value: 2_300_000, unit: 'GBP', currency: 'GBP' }]],
    ['The contract is valued at 4.5 billion dollars.', [{ text: '4.5 billion dollars', kind: 'money', value: 4_500_000_000, unit: 'USD', counted: 'dollars', currency: 'USD' }]],
    ['The fine was 500,000 Colombian pesos.', [{ text: '500,000 Colombian pesos', kind: 'money', value: 500_000, unit: 'COP', counted: 'Colombian pesos', currency: 'COP' }]],
    ['Ecopetrol reported COP 2.1 trillion in profit.', [{ text: 'COP 2.1 trillion', kind: 'money', value: 2_100_000_000_000, unit: 'COP', currency: 'COP' }]],
    ['The ministry paid US$12 million to the contractor.', [{ text: 'US$12 million', kind: 'money', value: 12_000_000, unit: 'USD', currency: 'USD' }]],
    ['Exports fell to 3 billion euros.', [{ text: '3 billion euros', kind: 'money', value: 3_000_000_000, unit: 'EUR', counted: 'euros', currency: 'EUR' }]],
    ['Millions of dollars were lost.', [{ text: 'Millions of dollars', kind: 'money', value: 2_000_000, unit: 'USD', counted: 'dollars', qualifier: 'at least', qualifierText: 'Millions', currency: 'USD' }]],
    ['The bribe was 20,000 pesos.', [{ text: '20,000 pesos', kind: 'money', value: 20_000, unit: null, counted: 'pesos' }]],
    ['Estimates range from $4bn to $5bn.', [{ text: '$4bn to $5bn', kind: 'money', value: 4e9, valueMax: 5e9, unit: 'USD', currency: 'USD' }]],
  ]);
});

describe('figures: percentages', () => {
  check([
    ['Turnout was 12% lower.', [{ text: '12%', kind: 'percent', value: 12, unit: '%' }]],
    ['Prices rose 12 percent over the year.', [{ text: '12 percent', kind: 'percent', value: 12, unit: '%' }]],
    ['Unemployment fell 12 per cent.', [{ text: '12 per cent', kind: 'percent', value: 12, unit: '%' }]],
    ['Support grew by 4.5 percentage points.', [{ text: '4.5 percentage points', kind: 'percent', value: 4.5, unit: 'percentage points' }]],
    ['Less than 5% of the aid arrived.', [{ text: 'Less than 5%', kind: 'percent', value: 5, unit: '%', qualifier: 'less than', qualifierText: 'Less than' }]],
    ['Between 20% and 25% of voters abstained.', [{ text: 'Between 20% and 25%', kind: 'percent', value: 20, valueMax: 25, unit: '%' }]],
    ['Polls put him on 40-45% of the vote.', [{ text: '40-45%', kind: 'percent', value: 40, valueMax: 45, unit: '%' }]],
  ]);
});

describe('figures: ranges', () => {
  check([
    ['Between 20 and 25 migrants were detained.', [{ text: 'Between 20 and 25 migrants', value: 20, valueMax: 25, unit: 'migrants', counted: 'migrants' }]],
    ['Aid groups estimate 20 to 25 villages were cut off.', [{ text: '20 to 25 villages', value: 20, valueMax: 25, unit: 'villages', counted: 'villages' }]],
    ['The fire destroyed 20-25 homes.', [{ text: '20-25 homes', value: 20, valueMax: 25, unit: 'homes', counted: 'homes' }]],
    ['The fire destroyed 20–25 homes.', [{ text: '20–25 homes', value: 20, valueMax: 25, unit: 'homes', counted: 'homes' }]],
    ['Between 2 and 3 million people fled.', [{ text: 'Between 2 and 3 million people', value: 2e6, valueMax: 3e6, unit: 'people', counted: 'people' }]],
    ['Two or three boats were seen leaving.', [{ text: 'Two or three boats', value: 2, valueMax: 3, unit: 'boats', counted: 'boats' }]],
    ['Exports fell 15 per cent to 800,000 barrels a day.', [
      { text: '15 per cent', kind: 'percent', value: 15, unit: '%' },
      { text: '800,000 barrels', value: 800_000, unit: 'barrels', counted: 'barrels' },
    ]],
    ['Support rose from 41% to 52% in a month.', [
      { text: '41%', kind: 'percent', value: 41, unit: '%' },
      { text: '52%', kind: 'percent', value: 52, unit: '%' },
    ]],
    ['Some 30 to 40 boats joined the search.', [{ text: 'Some 30 to 40 boats', value: 30, valueMax: 40, unit: 'boats', counted: 'boats', qualifier: 'about', qualifierText: 'Some' }]],
  ]);
});

describe('figures: qualifiers, normalised and as written', () => {
  const rows: [string, string, Qualifier][] = [
    ['At least', 'At least 83 people died.', 'at least'],
    ['More than', 'More than 80 boats were seized.', 'more than'],
    ['Over', 'Over 300 families were evacuated.', 'more than'],
    ['Nearly', 'Nearly 50 schools closed.', 'nearly'],
    ['Almost', 'Almost 40 bridges collapsed.', 'nearly'],
    ['About', 'About 70 houses burned.', 'about'],
    ['Around', 'Around 90 workers were trapped.', 'about'],
    ['Roughly', 'Roughly 200 patients were moved.', 'about'],
    ['Approximately', 'Approximately 15 ships docked.', 'about'],
    ['Some', 'Some 600 residents remain displaced.', 'about'],
    ['Up to', 'Up to 40 migrants were on the boat.', 'at most'],
    ['As many as', 'As many as 50 soldiers were wounded.', 'at most'],
    ['Fewer than', 'Fewer than 10 journalists were allowed in.', 'less than'],
    ['Less than', 'Less than 30 observers came.', 'less than'],
    ['Under', 'Under 30 observers were present.', 'less than'],
    ['Close to', 'Close to 100 trucks waited at the border.', 'nearly'],
    ['No fewer than', 'No fewer than 7 strikes hit the coast.', 'at least'],
    ['an estimated', 'The floods displaced an estimated 4,000 residents.', 'about'],
  ];
  for (const [written, sentence, qualifier] of rows) {
    it(`${written} -> ${qualifier}`, () => {
      const [figure, ...rest] = recognizeFigures(inputOf(sentence), [], null);
      assert.equal(rest.length, 0);
      assert.equal(figure?.qualifier, qualifier);
      assert.equal(figure?.qualifierText, written);
      assert.ok(figure?.text.startsWith(written), figure?.text);
      assert.ok(figure?.unit !== null && figure?.text.endsWith(figure.counted ?? '?'), figure?.text);
    });
  }
});

describe('figures: ordinals', () => {
  check([
    ['It was the 21st strike of the campaign.', [{ text: '21st strike', kind: 'ordinal', value: 21, unit: 'strikes', counted: 'strike' }]],
    ["Friday's raid was the third such attack this month.", [{ text: 'third such attack', kind: 'ordinal', value: 3, unit: 'attacks', counted: 'attack' }]],
    ['The team finished fifth.', [{ text: 'fifth', kind: 'ordinal', value: 5, unit: null }]],
    ['It is the second time the port has closed.', [{ text: 'second time', kind: 'ordinal', value: 2, unit: 'times', counted: 'time' }]],
    ['This was the twenty-first boat to be hit.', [{ text: 'twenty-first boat', kind: 'ordinal', value: 21, unit: 'boats', counted: 'boat' }]],
    ['The 3rd battalion was sent north.', [{ text: '3rd battalion', kind: 'ordinal', value: 3, unit: 'battalions', counted: 'battalion' }]],
  ]);
});

// People killed or dying are counted as deaths; `counted` keeps the noun as written. People
// injured or wounded are counted as injuries (a choice: "four people were injured" is a count of
// injuries, the same measure as "12 wounded"). Other things done to people leave them people.
describe('figures: deaths as the measure', () => {
  check([
    ['The avalanche killed 80 people near the pass.', [{ text: '80 people', value: 80, unit: 'deaths', counted: 'people' }]],
    ['Gunmen opened fire, killing four men at a checkpoint.', [{ text: 'four men', value: 4, unit: 'deaths', counted: 'men' }]],
    ['Landslide kills four in mountain village', [{ text: 'four', value: 4, unit: 'deaths' }]],
    ['The militia has killed 76 people in 19 raids.', [
      { text: '76 people', value: 76, unit: 'deaths', counted: 'people' },
      { text: '19 raids', value: 19, unit: 'raids', counted: 'raids' },
    ]],
    ['The fire killed at least 12 firefighters.', [{ text: 'at least 12 firefighters', value: 12, unit: 'deaths', counted: 'firefighters', qualifier: 'at least', qualifierText: 'at least' }]],
    ['The ferry disaster killed 40 Haitians.', [{ text: '40 Haitians', value: 40, unit: 'deaths', counted: 'Haitians' }]],
    ['The cholera outbreak has killed a total of 52 children.', [{ text: '52 children', value: 52, unit: 'deaths', counted: 'children' }]],
    ['At least 30 people died when the dam burst.', [{ text: 'At least 30 people', value: 30, unit: 'deaths', counted: 'people', qualifier: 'at least', qualifierText: 'At least' }]],
    ['Officials said 31 migrants were killed in the crash.', [{ text: '31 migrants', value: 31, unit: 'deaths', counted: 'migrants' }]],
    ['More than 40 civilians have died since the siege began.', [{ text: 'More than 40 civilians', value: 40, unit: 'deaths', counted: 'civilians', qualifier: 'more than', qualifierText: 'More than' }]],
    ['Rescuers found 14 passengers dead in the wreck.', [{ text: '14 passengers', value: 14, unit: 'deaths', counted: 'passengers' }]],
    ['The coast guard said six fishermen on board were killed.', [{ text: 'six fishermen', value: 6, unit: 'deaths', counted: 'fishermen' }]],
    ['All nine crew members aboard had died by morning.', [{ text: 'nine crew members', value: 9, unit: 'deaths', counted: 'crew members' }]],
    ['Three soldiers who were killed in the ambush were buried today.', [{ text: 'Three soldiers', value: 3, unit: 'deaths', counted: 'soldiers' }]],
    ['The flooding claimed the lives of 22 villagers.', [{ text: '22 villagers', value: 22, unit: 'deaths', counted: 'villagers' }]],
    ['The death toll rose to 28 on Monday.', [{ text: '28', value: 28, unit: 'deaths' }]],
    ['The quake left a toll of 28 across the province.', [{ text: '28', value: 28, unit: 'deaths' }]],
    ['By nightfall the toll stood at 80.', [{ text: '80', value: 80, unit: 'deaths' }]],
    ['Cholera toll in the camps rises to 80 as rains continue', [{ text: '80', value: 80, unit: 'deaths' }]],
    ['The number of people killed in the fighting has risen to 28, the ministry said.', [{ text: '28', value: 28, unit: 'deaths' }]],
    ['The death toll reached 45 people by Friday.', [{ text: '45 people', value: 45, unit: 'deaths', counted: 'people' }]],
    ['Petro halts intelligence sharing as boat-strike deaths reach 79', [{ text: '79', value: 79, unit: 'deaths' }]],
    ['Quake toll tops 100 in the mountains', [{ text: '100', value: 100, unit: 'deaths' }]],
    ['Four people were injured when the roof collapsed.', [{ text: 'Four people', value: 4, unit: 'injuries', counted: 'people' }]],
    ['The blast wounded 12 shoppers and killed two guards.', [
      { text: '12 shoppers', value: 12, unit: 'injuries', counted: 'shoppers' },
      { text: 'two guards', value: 2, unit: 'deaths', counted: 'guards' },
    ]],
    ['The shelling wounded 15 civilians.', [{ text: '15 civilians', value: 15, unit: 'injuries', counted: 'civilians' }]],
  ]);
});

describe('figures: a count compared with the one before it counts the same thing', () => {
  check([
    ['Camps held 9,000 people in May, down from over 12,000 in April.', [
      { text: '9,000 people', value: 9000, unit: 'people', counted: 'people' },
      { text: 'over 12,000', value: 12_000, unit: 'people', qualifier: 'more than', qualifierText: 'over' },
    ]],
    ['Police detained 300 protesters, and over 200 of them were later released.', [
      { text: '300 protesters', value: 300, unit: 'protesters', counted: 'protesters' },
      { text: 'over 200', value: 200, unit: 'protesters', qualifier: 'more than', qualifierText: 'over' },
    ]],
    ['The river displaced over 25,000 displaced residents.', [{ text: 'over 25,000 displaced residents', value: 25_000, unit: 'residents', counted: 'displaced residents', qualifier: 'more than', qualifierText: 'over' }]],
  ]);
});

describe('figures: currency prefixes', () => {
  check([
    ['The budget set aside J$150 billion for roads.', [{ text: 'J$150 billion', kind: 'money', value: 150e9, unit: 'JMD', currency: 'JMD' }]],
    ['The council released J$1 billion for repairs.', [{ text: 'J$1 billion', kind: 'money', value: 1e9, unit: 'JMD', currency: 'JMD' }]],
    ['Losses came to roughly J$1.4 trillion.', [{ text: 'roughly J$1.4 trillion', kind: 'money', value: 1.4e12, unit: 'JMD', currency: 'JMD', qualifier: 'about', qualifierText: 'roughly' }]],
    ['The loan was about US$3 million.', [{ text: 'about US$3 million', kind: 'money', value: 3e6, unit: 'USD', currency: 'USD', qualifier: 'about', qualifierText: 'about' }]],
    ['Ottawa pledged C$40 million.', [{ text: 'C$40 million', kind: 'money', value: 40e6, unit: 'CAD', currency: 'CAD' }]],
    ['The province pledged CA$5 million.', [{ text: 'CA$5 million', kind: 'money', value: 5e6, unit: 'CAD', currency: 'CAD' }]],
    ['Canberra added A$12 million.', [{ text: 'A$12 million', kind: 'money', value: 12e6, unit: 'AUD', currency: 'AUD' }]],
    ['Wellington gave NZ$2 million.', [{ text: 'NZ$2 million', kind: 'money', value: 2e6, unit: 'NZD', currency: 'NZD' }]],
    ['The tycoon paid HK$800 million.', [{ text: 'HK$800 million', kind: 'money', value: 800e6, unit: 'HKD', currency: 'HKD' }]],
    ['Brasília froze R$2 billion.', [{ text: 'R$2 billion', kind: 'money', value: 2e9, unit: 'BRL', currency: 'BRL' }]],
    ['The cartel laundered MX$90 million.', [{ text: 'MX$90 million', kind: 'money', value: 90e6, unit: 'MXN', currency: 'MXN' }]],
    ['The fine came to COL$300 million.', [{ text: 'COL$300 million', kind: 'money', value: 300e6, unit: 'COP', currency: 'COP' }]],
    ['The port cost S$1.2 billion.', [{ text: 'S$1.2 billion', kind: 'money', value: 1.2e9, unit: 'SGD', currency: 'SGD' }]],
    ['Tokyo earmarked ¥500 billion.', [{ text: '¥500 billion', kind: 'money', value: 500e9, unit: 'JPY', currency: 'JPY' }]],
    ['Beijing offered CN¥10 billion in credit.', [{ text: 'CN¥10 billion', kind: 'money', value: 10e9, unit: 'CNY', currency: 'CNY' }]],
    ['Paris sent €20 million.', [{ text: '€20 million', kind: 'money', value: 20e6, unit: 'EUR', currency: 'EUR' }]],
    ['London sent £7 million.', [{ text: '£7 million', kind: 'money', value: 7e6, unit: 'GBP', currency: 'GBP' }]],
    ['The grant was 5 million Jamaican dollars.', [{ text: '5 million Jamaican dollars', kind: 'money', value: 5e6, unit: 'JMD', counted: 'Jamaican dollars', currency: 'JMD' }]],
  ]);
});

describe('figures: nationalities and modifiers before the noun', () => {
  check([
    ['The deployment brings roughly 9,000 US troops to the area.', [{ text: 'roughly 9,000 US troops', value: 9000, unit: 'troops', counted: 'US troops', qualifier: 'about', qualifierText: 'roughly' }]],
    ['About 400 Colombian soldiers joined the search.', [{ text: 'About 400 Colombian soldiers', value: 400, unit: 'soldiers', counted: 'Colombian soldiers', qualifier: 'about', qualifierText: 'About' }]],
    ['Some 2,000 US-trained commandos took part.', [{ text: 'Some 2,000 US-trained commandos', value: 2000, unit: 'commandos', counted: 'US-trained commandos', qualifier: 'about', qualifierText: 'Some' }]],
    ['Nearly 2 million Haitians lack clean water.', [{ text: 'Nearly 2 million Haitians', value: 2e6, unit: 'people', counted: 'Haitians', qualifier: 'nearly', qualifierText: 'Nearly' }]],
    ['Some 7,000 Venezuelans crossed the bridge.', [{ text: 'Some 7,000 Venezuelans', value: 7000, unit: 'people', counted: 'Venezuelans', qualifier: 'about', qualifierText: 'Some' }]],
    ['More than 300 Americans were flown home.', [{ text: 'More than 300 Americans', value: 300, unit: 'people', counted: 'Americans', qualifier: 'more than', qualifierText: 'More than' }]],
  ]);
});

describe('figures: ordinals whose noun comes later or earlier', () => {
  check([
    ['It was the 21st such raid this year.', [{ text: '21st such raid', kind: 'ordinal', value: 21, unit: 'raids', counted: 'raid' }]],
    ['This is likely the third warmest year on record.', [{ text: 'third warmest year', kind: 'ordinal', value: 3, unit: 'years', counted: 'warmest year' }]],
    ['Police called it their 14th known seizure.', [{ text: '14th known seizure', kind: 'ordinal', value: 14, unit: 'seizures', counted: 'known seizure' }]],
    ['It was the 9th deadly crash on the road.', [{ text: '9th deadly crash', kind: 'ordinal', value: 9, unit: 'crashes', counted: 'deadly crash' }]],
    ['It was the 21st US strike in the region.', [{ text: '21st US strike', kind: 'ordinal', value: 21, unit: 'strikes', counted: 'US strike' }]],
    ['Analysts counted the raid on Monday as the 12th of the year.', [{ text: '12th', kind: 'ordinal', value: 12, unit: 'raids' }]],
    ['The walkout was the third since March.', [{ text: 'third', kind: 'ordinal', value: 3, unit: 'walkouts' }]],
  ]);
});

describe('figures: measurements keep their unit as written', () => {
  check([
    ['Gusts reached 160 mph on the coast.', [{ text: '160 mph', value: 160, unit: 'mph', counted: 'mph' }]],
    ['Gusts reached 160mph on the coast.', [{ text: '160mph', value: 160, unit: 'mph', counted: 'mph' }]],
    ['Sustained winds of 185 mph battered the coast.', [{ text: '185 mph', value: 185, unit: 'mph', counted: 'mph' }]],
    ['Winds of 250 km/h were recorded.', [{ text: '250 km/h', value: 250, unit: 'km/h', counted: 'km/h' }]],
    ['The convoy drove 40 kilometres inland.', [{ text: '40 kilometres', value: 40, unit: 'kilometres', counted: 'kilometres' }]],
    ['The queue stretched 3 miles.', [{ text: '3 miles', value: 3, unit: 'miles', counted: 'miles' }]],
    ['The march covered 12km in the heat.', [{ text: '12km', value: 12, unit: 'km', counted: 'km' }]],
    ['The bridge is 1 km long.', [{ text: '1 km', value: 1, unit: 'km', counted: 'km' }]],
    ['The ship carried 500 tons of grain.', [{ text: '500 tons', value: 500, unit: 'tons', counted: 'tons' }]],
    ['The field yields 90,000 barrels a day.', [{ text: '90,000 barrels', value: 90_000, unit: 'barrels', counted: 'barrels' }]],
    ['The fire burned 3,000 hectares.', [{ text: '3,000 hectares', value: 3000, unit: 'hectares', counted: 'hectares' }]],
    ['The waves rose 6 metres.', [{ text: '6 metres', value: 6, unit: 'metres', counted: 'metres' }]],
    ['The storm dropped 20 inches of rain.', [{ text: '20 inches', value: 20, unit: 'inches', counted: 'inches' }]],
    ['Water rose two feet in an hour.', [{ text: 'two feet', value: 2, unit: 'feet', counted: 'feet' }]],
    ['Temperatures hit 41 degrees in the city.', [{ text: '41 degrees', value: 41, unit: 'degrees', counted: 'degrees' }]],
    ['Temperatures hit 41°C in the city.', [{ text: '41°C', value: 41, unit: '°c', counted: '°C' }]],
    ['It felt like 104 °F outside.', [{ text: '104 °F', value: 104, unit: '°f', counted: '°F' }]],
  ]);
});
