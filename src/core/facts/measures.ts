// What a figure measures, in words every outlet shares. The figure recogniser already reads the
// counted noun ("76 people killed" counts deaths); here its many spellings become one measure
// (killed, dead, lives, fatalities -> deaths; incidents, attacks -> strikes; boats, ships ->
// vessels) and vague units are narrowed by what the sentence says about them: "25,000 people"
// is not comparable with "735,000 people" unless both are people in shelters, and "$4 billion"
// of insured losses is not "$10 million" of aid. A figure whose measure stays vague is no claim
// at all: a missed comparison costs less than a false conflict.

import type { Figure } from '../model';

/** Spellings of one measure -> the measure. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ...spell('deaths', ['deaths', 'dead', 'killed', 'fatalities', 'lives', 'bodies', 'killings', 'people killed']),
  ...spell('injuries', ['injuries', 'injured', 'wounded', 'people injured', 'people wounded']),
  ...spell('strikes', ['strikes', 'incidents', 'attacks', 'airstrikes', 'air strikes', 'raids', 'bombings', 'boat strikes', 'military strikes']),
  ...spell('vessels', ['vessels', 'boats', 'ships', 'barges', 'launches', 'speedboats', 'semi-submersibles', 'drug boats', 'migrant boats']),
  ...spell('survivors', ['survivors']),
  ...spell('missing', ['missing']),
  ...spell('arrests', ['arrests', 'detentions']),
  ...spell('mph', ['mph']),
  ...spell('km/h', ['km/h', 'kph']),
]);

function spell(measure: string, words: readonly string[]): [string, string][] {
  return words.map((w) => [w, measure]);
}

/**
 * Measures that only grow: a later, smaller running total of deaths contradicts an earlier one;
 * people in shelters, damage estimates and aid pledges go up and down with no contradiction.
 */
const CUMULATIVE: ReadonlySet<string> = new Set(['deaths', 'injuries', 'strikes', 'vessels', 'arrests']);

export function isCumulative(measure: string): boolean {
  return CUMULATIVE.has(measure.split(':')[0] ?? measure);
}

/**
 * Measures a story tells about one thing (its dead, its strikes, its winds) may conflict with
 * no place named. Money, shares and people in shelters are told of many places and givers at
 * once ("$4 million from the UN", "$10 million from the Red Cross"): they conflict only when
 * the sentence ties both claims to the same place.
 */
const STORY_WIDE: ReadonlySet<string> = new Set(['deaths', 'injuries', 'strikes', 'vessels', 'missing', 'survivors', 'arrests', 'mph', 'km/h']);

/** Parts of the people a story counts: deaths on board and on the ground. */
const SUBGROUPS: ReadonlySet<string> = new Set(['on board', 'on the ground']);

export function conflictsNeedSubject(measure: string): boolean {
  const [head = measure, topic] = measure.split(':');
  return !STORY_WIDE.has(topic !== undefined && SUBGROUPS.has(topic) ? head : measure);
}

/** What vague people-counts are about, from words near the figure; first match wins. */
const PEOPLE_TOPICS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:injured|wounded|hurt)\b/i, 'injuries'],
  [/\bmissing\b|\bunaccounted\s+for\b|\b(?:had|have|has)\s+not\s+(?:yet\s+)?been\s+(?:found|located|accounted\s+for)\b|\bsearch(?:ing|ed)?\s+for\s+(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b)/i, 'missing'],
  [/\bshelters?\b/i, 'people:in shelters'],
  [/\bevacuat\w*|\bmoved\b[^.;]{0,40}\b(?:out of harm|ahead of|before)\b/i, 'people:evacuated'],
  [/\bdisplaced\b/i, 'people:displaced'],
  [/\brescued\b/i, 'people:rescued'],
  [/\b(?:arrested|detained)\b/i, 'arrests'],
  [/\bwithout (?:power|electricity)\b/i, 'people:without power'],
  [/\baffected\b/i, 'people:affected'],
  [/\bsurviv(?:ed|es|ors?)\b/i, 'survivors'],
  [/\b(?:killed|dead|died|deaths?)\b/i, 'deaths'],
];

const HOME_TOPICS: readonly (readonly [RegExp, string])[] = [
  [/\bdamaged or destroyed\b|\bdestroyed or damaged\b/i, 'homes:damaged or destroyed'],
  [/\bdestroyed\b/i, 'homes:destroyed'],
  [/\bdamaged\b/i, 'homes:damaged'],
];

const MONEY_TOPICS: readonly (readonly [RegExp, string])[] = [
  [/\binsured\b/i, 'insured losses'],
  [/\b(?:damage|losses|destroyed|destruction)\b/i, 'damage'],
  [/\b(?:reward|bounty)\b/i, 'reward'],
  // "jewels worth €88 million", "valued at $102 million", "which the prosecutor put at €88 million".
  [/\b(?:worth|valued|value|valuation|put\s+(?:it|them|their\s+value)?\s*at)\b/i, 'value'],
  [/\b(?:cost|costs|spent|spending)\b/i, 'cost'],
  [/\b(?:aid|relief|appeal(?:ed)?|fund|funds|grants?|assistance|pledged?|donat\w+|repairs?)\b/i, 'aid'],
];

/** Unit words that count things taken or found again. */
const THING_WORDS: ReadonlySet<string> = new Set(['pieces', 'objects', 'items', 'jewels', 'paintings', 'artworks', 'works', 'artefacts', 'artifacts', 'relics']);

const THING_TOPICS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:recovered|returned|found)\b/i, 'items:recovered'],
  [/\b(?:stolen|stole|taken|took|looted|snatched|missing)\b/i, 'items:stolen'],
];

const BARE_COUNT = /^\s+(?:people\s+)?(?:were|are|remain|remained|have been|had been)\s+(?:still\s+)?(?:listed as\s+)?(missing|dead|killed|injured|wounded)\b/i;

/** Demonym-like unit words that count people. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'people', 'persons', 'individuals', 'residents', 'civilians', 'men', 'women', 'children', 'families',
  'girls', 'boys', 'campers', 'students', 'pupils', 'passengers', 'migrants', 'workers', 'miners', 'tourists',
  'visitors', 'villagers', 'pilgrims', 'patients', 'refugees', 'protesters', 'fishermen', 'hikers', 'climbers',
]);

/**
 * The measure a figure states, or null when it is vague (a bare "30", "two streets", a
 * percentage of nobody knows what). `near` is the text of the figure's clause around it.
 */
export function measureOf(figure: Figure, near: string, after = ''): string | null {
  if (figure.kind === 'ordinal') return null;
  // "about 20 were missing", "12 were killed": a bare number whose verb says what it counts.
  if (figure.kind === 'count' && (figure.unit === null || figure.unit === '')) {
    const said = BARE_COUNT.exec(after);
    return said === null ? null : (SYNONYMS.get((said[1] ?? '').toLowerCase()) ?? null);
  }
  // A percentage of something the sentence names plainly; polls and shares of GDP stay vague.
  if (figure.kind === 'percent') return /\b(?:without (?:power|electricity|supply)|no power|no electricity)\b/i.test(near) ? '%:without power' : null;
  const unit = figure.unit;
  if (unit === null || unit === '') return null;
  if (figure.kind === 'money') {
    const topic = firstTopic(MONEY_TOPICS, near);
    return topic === null ? null : `${unit}:${topic}`;
  }
  const direct = SYNONYMS.get(unit.toLowerCase());
  if (direct !== undefined) return direct;
  const lower = unit.toLowerCase();
  if (PEOPLE_WORDS.has(lower) || lower === 'evacuations') {
    // "families" are not people one for one; keep them apart.
    const topic = firstTopic(PEOPLE_TOPICS, near);
    if (topic === null) return lower === 'evacuations' ? 'people:evacuated' : null;
    return lower === 'families' && topic.startsWith('people:') ? topic.replace('people:', 'families:') : topic;
  }
  if (lower === 'homes' || lower === 'houses') return firstTopic(HOME_TOPICS, near);
  // "eight pieces of the crown jewels", "Eight objects were taken": things stolen or recovered.
  if (THING_WORDS.has(lower)) return firstTopic(THING_TOPICS, near);
  return null;
}

function firstTopic(topics: readonly (readonly [RegExp, string])[], near: string): string | null {
  for (const [pattern, topic] of topics) if (pattern.test(near)) return topic;
  return null;
}

/** How a measure reads in a sentence: 'deaths', 'people in shelters', 'USD (damage)'. */
export function measureLabel(measure: string): string {
  const [head, topic] = measure.split(':');
  if (topic === undefined) return measure;
  return /^[A-Z]{3}$/.test(head ?? '') ? `${head} (${topic})` : `${head} ${topic}`;
}
