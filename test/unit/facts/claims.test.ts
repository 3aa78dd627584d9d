// Figures read as claims, sentence by sentence: what each measures, its scope and the place it
// is about, with the figures that must not become claims listed as carefully as the hits.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, compareClaims, type Claim } from '../../../src/core';
import { engine } from '../../support/engine';

function claimsIn(body: string, date = 'November 14, 2025'): Claim[] {
  const text = `Headline\nDate: ${date}\n\n${body}\n`;
  return [...claimsOf('file:///t.txt', engine().analyze({ uri: 'file:///t.txt', text })).claims];
}

function claimFor(body: string, figure: string): Claim | undefined {
  return claimsIn(body).find((c) => c.text === figure);
}

// [sentence, figure as written, measure, scope, subject]
const HITS: [string, string, string, 'total' | 'event', string | null][] = [
  ['So far the military has carried out 20 strikes and killed 80 people.', '80 people', 'deaths', 'total', null],
  ['So far the military has carried out 20 strikes and killed 80 people.', '20 strikes', 'strikes', 'total', null],
  ['Officials have counted 21 incidents since September.', '21 incidents', 'strikes', 'total', null],
  ['The latest strike killed three people on Saturday.', 'three people', 'deaths', 'event', null],
  ['The 20th strike, in the eastern Pacific, killed four men.', 'four men', 'deaths', 'event', null],
  ['The death toll in Jamaica has risen to 28, the minister said.', '28', 'deaths', 'total', 'LOC:jamaica'],
  ['In Haiti, officials said 31 people were dead.', '31 people', 'deaths', 'total', 'LOC:haiti'],
  ['Haitian authorities said more than 11,000 people had been displaced.', 'more than 11,000 people', 'people:displaced', 'total', 'LOC:haiti'],
  ['Forces destroyed three boats on Sunday.', 'three boats', 'vessels', 'total', null],
  ['By Wednesday, officials said 40 people had been injured.', '40 people', 'injuries', 'total', null],
  ['About 4,000 people remain in shelters across the island.', 'About 4,000 people', 'people:in shelters', 'total', null],
  ['The UN has released $4 million from its emergency fund.', '$4 million', 'USD:aid', 'total', null],
  ['The electricity company said 72% of customers were still without power.', '72%', '%:without power', 'total', null],
  ['In Haiti, the agency said about 20 were missing.', 'about 20', 'missing', 'total', 'LOC:haiti'],
  ['So far the strikes have killed 22 people in Ecuador.', '22 people', 'deaths', 'total', 'LOC:ecuador'],
  ['The storm has killed at least 50 people across the Caribbean.', 'at least 50 people', 'deaths', 'total', 'LOC:caribbean'],
  // The place of the event is not what the count is of; a place with a "where" clause is.
  ['At least 120 people have died in the Texas floods, the governor said.', 'At least 120 people', 'deaths', 'total', null],
  ['Most of the victims were in Kerr County, where officials said 68 bodies had been recovered.', '68 bodies', 'deaths', 'total', 'LOC:kerr county'],
  // People not found are missing, under any people-word.
  ['Ten campers and one counselor from the camp had not been found.', 'Ten campers', 'missing', 'total', null],
  ['Rescuers were still searching for more than 20 girls from the camp.', 'more than 20 girls', 'missing', 'total', null],
  ['Ten girls and a counselor were still missing on Monday.', 'Ten girls', 'missing', 'total', null],
  // What stolen goods are worth, how many were taken, and arrests whoever made them.
  ['The jewels are worth an estimated €88 million, the prosecutor said.', 'an estimated €88 million', 'EUR:value', 'total', null],
  ['The jewels, valued at $102 million, have not been found.', '$102 million', 'USD:value', 'total', null],
  ['Thieves took eight pieces of the crown jewels on Sunday.', 'eight pieces', 'items:stolen', 'total', null],
  ['Police arrested five more people, bringing the number of arrests to seven.', 'seven', 'arrests', 'total', null],
  ['French police arrested two men on Saturday evening.', 'two men', 'arrests', 'total', null],
  // Out of a known number, on board or on the ground, fronted "of the dead", survivors.
  ['The jet crashed after take-off, killing 241 of the 242 people on board.', '241', 'deaths:on board', 'total', null],
  ['At least 24 people on the ground were also killed.', 'At least 24 people', 'deaths:on the ground', 'total', null],
  ['Of the dead, 241 were on board and 19 were on the ground, the department said.', '19', 'deaths:on the ground', 'total', null],
  ['Only one person on board survived.', 'one person', 'survivors', 'total', null],
  // A toll far from its number, across a magnitude's decimal point, and the place the event struck.
  ['The death toll from the magnitude 7.7 earthquake that struck central Myanmar on Friday rose to 1,644 on Saturday.', '1,644', 'deaths', 'total', 'LOC:myanmar'],
  // Headlines: a toll in the present tense, a place before "toll", a place as the line's label.
  ['Bangkok tower search goes on as Myanmar toll reaches 1,700', '1,700', 'deaths', 'total', 'LOC:myanmar'],
  ['Myanmar: toll passes 2,700 as aid trickles in', '2,700', 'deaths', 'total', 'LOC:myanmar'],
];

for (const [sentence, figure, measure, scope, subject] of HITS) {
  test(`"${figure}" in "${sentence}" is a ${scope} claim on ${measure}${subject ? ` about ${subject}` : ''}`, () => {
    const c = claimFor(sentence, figure);
    assert.ok(c, `no claim for ${figure}; claims: ${claimsIn(sentence).map((x) => x.text).join(', ')}`);
    assert.deepEqual([c.measure, c.scope, c.subject], [measure, scope, subject]);
  });
}

// Figures that are not claims comparable across sources: [sentence, figure as written].
const NOT_CLAIMS: [string, string][] = [
  ['Forty people were injured, nine of them seriously.', 'nine'],
  ['Divers recovered three more bodies from the river.', 'three more bodies'],
  ['A survey found that 41% of Americans back the strikes.', '41%'],
  ['Shelters held 20,000 people, down from over 25,000 at the peak.', 'over 25,000'],
  ['Her house, two streets from the sea, lost its roof.', 'two streets'],
  ['The programme will feed 50,000 people.', '50,000 people'],
  ['Economists put the figure at $2 billion.', '$2 billion'],
  ['Police put the figure closer to 30.', '30'],
  ['Officials confirmed seven deaths, including three people who died before the storm.', 'three people'],
  ['Earlier tallies, published last week, put the toll at 80 people killed.', '80 people'],
  ['At least 12 of the dead were Colombians.', 'At least 12'],
  ['In 2019, floods killed 120 people in the same valley.', '120 people'],
];

for (const [sentence, figure] of NOT_CLAIMS) {
  test(`"${figure}" in "${sentence}" is not a claim`, () => {
    assert.equal(claimFor(sentence, figure), undefined);
  });
}

test('a place merely near a figure is not its subject', () => {
  const c = claimFor('American forces have killed 83 people in 21 strikes on boats in the Caribbean.', '83 people');
  assert.equal(c?.subject, null);
});

test('as-of comes from the sentence, else the article date, and says which', () => {
  const [inSentence] = claimsIn('By our count, 79 people have been killed in 20 strikes as of November 12.');
  assert.deepEqual([inSentence?.asOf, inSentence?.asOfFrom], ['2025-11-12', 'sentence']);
  const [fromArticle] = claimsIn('So far 80 people have been killed.');
  assert.deepEqual([fromArticle?.asOf, fromArticle?.asOfFrom], ['2025-11-14', 'article']);
});

test('a date that names the event ("Saturday\'s earthquake") does not date the count', () => {
  const [toll] = claimsIn('At least 110 people have been killed in Saturday\'s earthquake, the minister said.');
  assert.deepEqual([toll?.asOf, toll?.asOfFrom], ['2025-11-14', 'article']);
  const [rose] = claimsIn('The death toll from Saturday\'s earthquake rose to 112 on Thursday.');
  assert.deepEqual([rose?.asOf, rose?.asOfFrom], ['2025-11-13', 'sentence']);
  assert.equal(claimFor('A second tremor on Sunday killed three people.', 'three people')?.scope, 'event');
});

test('a date in a clause telling when the event happened does not date the count; the day it was said does', () => {
  const [toll] = claimsIn('Floods that struck the valley on the Fourth of July have killed 78 people, officials said on Thursday.', 'July 14, 2025');
  assert.deepEqual([toll?.asOf, toll?.asOfFrom], ['2025-07-10', 'sentence']);
  const [plane] = claimsIn('At least 265 people were killed when the plane crashed on Thursday, police said on Friday.');
  assert.deepEqual([plane?.asOf, plane?.asOfFrom], ['2025-11-14', 'sentence']);
  const [storm] = claimsIn('The storm, which made landfall on Tuesday, has killed 30 people.');
  assert.deepEqual([storm?.asOf, storm?.asOfFrom], ['2025-11-14', 'article']);
});

test('"another strike" that day is not named by the day; an event claim keeps the place its clause names', () => {
  assert.equal(claimFor('Another strike on Saturday killed two people.', 'two people')?.event, null);
  const c = claimFor('The latest strike, on Saturday, killed three people in the Caribbean.', 'three people');
  assert.equal(c?.event, 'on:2025-11-08');
  assert.equal(c?.place, 'LOC:caribbean');
});

test('an event is named by its ordinal, else its date', () => {
  assert.equal(claimFor('The 20th strike, in the eastern Pacific, killed four men.', 'four men')?.event, 'strike#20');
  assert.equal(claimFor('The most recent strike, on Saturday, killed three people.', 'three people')?.event, 'on:2025-11-08');
});

test('claims carry where they are (line, character, text as written) and the sentence to quote', () => {
  const c = claimFor('So far 80 people have been killed.', '80 people');
  assert.deepEqual([c?.line, c?.character], [3, 7]);
  assert.equal(c?.quote, 'So far 80 people have been killed.');
  assert.equal(c?.published, '2025-11-14');
});

test('event dates: verb, doer and object; "said on" is no event', () => {
  const text = 'Headline\nDate: March 4, 2026\n\nTransport Minister Jonas Reiter ordered an independent inquiry on Tuesday. Mayor Ellen Brandt said on Monday that the port would close.\n';
  const { events } = claimsOf('file:///e.txt', engine().analyze({ uri: 'file:///e.txt', text }));
  assert.deepEqual(events.map((e) => [e.event, e.value, e.text]), [['order|PER:reiter|inquiry', '2026-03-03', 'Tuesday']]);
  assert.equal(events[0]?.label, 'Jonas Reiter ordered an independent inquiry');
});

test('a long object is keyed by its head and shown whole', () => {
  const text = 'Headline\nDate: March 4, 2026\n\nMayor Ellen Brandt announced the closure of the river port on Tuesday.\n';
  const { events } = claimsOf('file:///e.txt', engine().analyze({ uri: 'file:///e.txt', text }));
  assert.deepEqual(events.map((e) => [e.event, e.label]), [['announce|PER:brandt|closure', 'Ellen Brandt announced the closure of the river port']]);
});

test('one event told three ways has one key: a person by surname, a relative "who", the object by its head noun', () => {
  const keys = [
    'President Donald Trump signed a major disaster declaration for Kerr County on Sunday.',
    'President Trump signed a disaster declaration for the county on July 6.',
    'Officials thanked President Trump, who signed a major disaster declaration on July 6.',
  ].map((body) => {
    const text = `Headline\nDate: July 8, 2025\n\n${body}\n`;
    return claimsOf('file:///e.txt', engine().analyze({ uri: 'file:///e.txt', text })).events.map((e) => [e.event, e.value]);
  });
  assert.deepEqual(keys, [[['sign|PER:trump|declaration', '2025-07-06']], [['sign|PER:trump|declaration', '2025-07-06']], [['sign|PER:trump|declaration', '2025-07-06']]]);
});

test('an event named by a noun, without a doer, is reported only when its sources agree', () => {
  const source = (uri: string, body: string) => claimsOf(uri, engine().analyze({ uri, text: `Headline\nDate: October 22, 2025\n\n${body}\n` }));
  const a = source('file:///a.txt', 'The jewels stolen from the Louvre on Sunday are worth millions.');
  const b = source('file:///b.txt', 'The theft on October 19 took seven minutes, the Louvre said.');
  const c = source('file:///c.txt', 'The heist at the Louvre on October 12 was a rehearsal, the Louvre said.');
  assert.deepEqual([...a.events, ...b.events, ...c.events].map((e) => [e.event, e.value]), [
    ['the|theft|', '2025-10-19'], ['the|theft|', '2025-10-19'], ['the|theft|', '2025-10-12'],
  ]);
  assert.deepEqual(compareClaims([a, b]).events.map((e) => e.verdict), ['agree']);
  assert.deepEqual(compareClaims([a, b, c]).events, [], 'two dates for one noun may be two events: no conflict');
});
