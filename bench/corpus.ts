// A generated news corpus for benchmarks: seeded, so every run measures the same text.
// The sentences are templates written for this project, filled with names, figures and dates.

import { seededRandom } from '../scripts/lib/random';

const PEOPLE = ['Gustavo Petro', 'Pete Hegseth', 'Nicolás Maduro', 'Andrew Holness', 'Marco Rubio', 'Claudia Sheinbaum', 'Ana Lucía Ramírez', 'John Smith', 'Keir Starmer', 'Emmanuel Macron'];
const ORGS = ['the Pentagon', 'the Drug Enforcement Administration', 'the United Nations', 'Reuters', 'the Red Cross', 'the National Hurricane Center', 'the European Union', 'Ecopetrol', 'the World Bank', 'Amnesty International'];
const PLACES = ['Venezuela', 'Colombia', 'the Caribbean', 'Jamaica', 'Haiti', 'Bogotá', 'Caracas', 'Washington', 'Trinidad and Tobago', 'the eastern Pacific'];
const NOUNS = ['people', 'deaths', 'strikes', 'vessels', 'troops', 'incidents', 'homes', 'families', 'boats', 'officials'];
const QUALIFIERS = ['', '', 'at least ', 'more than ', 'nearly ', 'about ', 'up to ', 'some '];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const TEMPLATES: readonly ((r: Pick) => string)[] = [
  (r) => `${r.person()} said on ${r.weekday()} that ${r.qualifier()}${r.number()} ${r.noun()} had been reported since ${r.month()} ${r.year()}.`,
  (r) => `Officials at ${r.org()} told reporters in ${r.place()} that the figure had risen to ${r.number()} by ${r.month()} ${r.day()}, ${r.year()}.`,
  (r) => `According to ${r.org()}, the operation has cost roughly $${r.number()} million over the past ${r.small()} months.`,
  (r) => `"We will not accept this," ${r.person()} told a crowd in ${r.place()} last week, as ${r.qualifier()}${r.number()} ${r.noun()} waited outside.`,
  (r) => `The government of ${r.place()} said about ${r.small()}% of households were still without power two weeks after the storm.`,
  (r) => `In a statement issued ${r.weekday()} night, ${r.org()} accused ${r.person()} of hiding the true number of ${r.noun()}.`,
  (r) => `Analysts expect the total to reach ${r.number()} ${r.noun()} by mid-${r.month()}, although ${r.person()} disputed that estimate.`,
  (r) => `The ${r.ordinal()} strike took place near ${r.place()} on ${r.month()} ${r.day()}, killing ${r.small()} people aboard a small vessel.`,
  (r) => `For over two decades, ${r.org()} has tracked shipments through ${r.place()} and the surrounding waters.`,
  (r) => `Residents of ${r.place()} described hearing explosions early on ${r.weekday()}, and ${r.person()} later confirmed the attack.`,
];

interface Pick {
  person(): string; org(): string; place(): string; noun(): string; qualifier(): string;
  number(): string; small(): number; month(): string; day(): number; year(): number; weekday(): string; ordinal(): string;
}

function picker(random: () => number): Pick {
  const of = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  return {
    person: () => of(PEOPLE),
    org: () => of(ORGS),
    place: () => of(PLACES),
    noun: () => of(NOUNS),
    qualifier: () => of(QUALIFIERS),
    number: () => (random() < 0.5 ? String(int(2, 99)) : int(100, 99_999).toLocaleString('en-US')),
    small: () => int(2, 60),
    month: () => of(MONTHS),
    day: () => int(1, 28),
    year: () => int(2015, 2025),
    weekday: () => of(WEEKDAYS),
    ordinal: () => of(['first', 'second', 'third', '12th', '21st', '22nd']),
  };
}

/** One article of about `words` words: headline, date line, paragraphs of templated sentences. */
export function generateArticle(seed: number, words: number): string {
  const random = seededRandom(seed);
  const r = picker(random);
  const parts: string[] = [`${r.place()} officials dispute ${r.noun()} count as ${r.person()} faces questions`.replace(/^./, (c) => c.toUpperCase())];
  parts.push(`Date: ${r.month()} ${r.day()}, 2025`, '');
  let count = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const sentence = TEMPLATES[Math.floor(random() * TEMPLATES.length)]!(r);
    count += sentence.split(/\s+/).length;
    paragraph.push(sentence.replace(/^the /, 'The '));
    if (paragraph.length === 3) {
      parts.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length > 0) parts.push(paragraph.join(' '));
  return parts.join('\n');
}

/** Articles of about `words` words each until the total reaches `totalWords`. */
export function generateCorpus(totalWords: number, words = 800, seed = 1): string[] {
  const articles: string[] = [];
  let total = 0;
  for (let i = 0; total < totalWords; i++) {
    const article = generateArticle(seed * 1_000_003 + i, words);
    articles.push(article);
    total += article.split(/\s+/).length;
  }
  return articles;
}
