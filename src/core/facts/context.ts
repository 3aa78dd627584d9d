// The words around a figure or a date that decide what a claim is about: its sentence, its
// clause (the stretch between commas, semicolons and dashes, a comma inside "25,000" not
// counting), and the place the sentence ties it to.

import type { EntityMention, Span } from '../model';
import { entityKey } from '../sources/keys';

/** The sentence holding [start, end), else a window of the text around it. */
export function sentenceAround(sentences: readonly Span[], text: string, start: number, end: number): Span {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const s = sentences[mid] as Span;
    if (s.end < end) low = mid + 1;
    else if (s.start > start) high = mid - 1;
    else return s;
  }
  return { start: Math.max(0, start - 200), end: Math.min(text.length, end + 200) };
}

/**
 * The items of a list sorted by start (as analyses list entities and dates) that lie inside
 * [from, to), found by binary search: a long article's figures must not each walk all its names.
 */
export function spansWithin<T extends Span>(list: readonly T[], from: number, to: number): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as T).start < from) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < list.length && (list[i] as T).start < to; i++) {
    const item = list[i] as T;
    if (item.end <= to) out.push(item);
  }
  return out;
}

/** Offsets of clause breaks: , ; : ( ) and dashes; a comma between digits is a thousands mark. */
function isBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  if (c === ';' || c === '(' || c === ')' || c === '—' || c === '–') return true;
  if (c === ':') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  if (c === '\n') return true;
  return c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ';
}

/** The clause of `sentence` holding [start, end). */
export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  let from = start;
  while (from > sentence.start && !isBreak(text, from - 1)) from--;
  let to = end;
  while (to < sentence.end && !isBreak(text, to)) to++;
  return { start: from, end: to };
}

/** Demonyms that name the country whose authorities speak ("Haitian officials said ..."). */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['jamaican', 'Jamaica'], ['haitian', 'Haiti'], ['cuban', 'Cuba'], ['colombian', 'Colombia'],
  ['venezuelan', 'Venezuela'], ['mexican', 'Mexico'], ['ecuadorian', 'Ecuador'], ['peruvian', 'Peru'],
  ['brazilian', 'Brazil'], ['american', 'United States'], ['british', 'United Kingdom'], ['french', 'France'],
  ['german', 'Germany'], ['italian', 'Italy'], ['spanish', 'Spain'], ['ukrainian', 'Ukraine'], ['russian', 'Russia'],
  ['israeli', 'Israel'], ['palestinian', 'Palestine'], ['lebanese', 'Lebanon'], ['syrian', 'Syria'],
  ['iranian', 'Iran'], ['iraqi', 'Iraq'], ['turkish', 'Turkey'], ['chinese', 'China'], ['japanese', 'Japan'],
  ['indian', 'India'], ['pakistani', 'Pakistan'], ['afghan', 'Afghanistan'], ['sudanese', 'Sudan'],
  ['nigerian', 'Nigeria'], ['kenyan', 'Kenya'], ['filipino', 'Philippines'], ['indonesian', 'Indonesia'],
  ['canadian', 'Canada'], ['dominican', 'Dominican Republic'], ['bahamian', 'Bahamas'], ['honduran', 'Honduras'],
]);

const AUTHORITY = String.raw`(?:[\w-]+\s+){0,3}(?:government|authorities|officials|ministry|agency|directorate|police|health ministry|civil protection)\b`;
/** "Haitian authorities", "Haiti's civil protection directorate". */
const SPEAKER = new RegExp(String.raw`^(?:'s|’s)?\s+${AUTHORITY}`, 'i');
/** "toll in Jamaica", "deaths in Haiti", "killed in Jamaica". */
const MEASURE_IN = /\b(?:toll|deaths?|dead|killed|died|fatalities|missing|displaced|damage|losses|shelters|evacuated|injured|wounded|injuries)\s+(?:in|across)\s+(?:the\s+)?$/i;
/** Between a figure and a place: "22 people in the", "80 were killed in". */
const FIGURE_IN = /^(?:\s+(?:people|were|was|have|has|had|been|killed|dead|died|injured|wounded|missing))*\s+(?:in|across)\s+(?:the\s+)?$/i;
/** Before a place: "toll from the magnitude 7.7 earthquake that struck central". */
const TOLL_FROM_EVENT_IN = /\btoll\s+from\s+(?:the\s+)?(?:[\p{L}\d.-]+\s+){0,4}?(?:that|which)\s+(?:struck|hit|shook|devastated|swept)\s+(?:(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?$/iu;
/** A place and a relative clause about what happened there: "Kerr County, where". */
const WHERE_AFTER = /^\s*,?\s+where\b/i;
/** A place naming the event right after it: "the Texas floods", "the Jamaica earthquake". */
const EVENT_AFTER = /^(?:'s|’s)?\s+(?:flash\s+)?(?:floods?|flooding|storms?|hurricane|earthquake|quake|wildfires?|fires?|blaze|bombings?|shooting|crash|collapse|disaster|tragedy)\b/i;
/** "Cuba reported", "Haiti said". */
const PLACE_SAID = /^\s+(?:reported|said|says|confirmed|counted|recorded)\b/i;

/**
 * The place the sentence ties a figure to, as an entity key ('LOC:jamaica'), or null. Only plain
 * ties count: "deaths in Jamaica" or "the toll in Jamaica" in the figure's clause, Haiti's or
 * Haitian authorities speaking in that clause, or a sentence that opens "In Haiti, ...". A place
 * merely near the figure ("83 people in 21 strikes on boats in the Caribbean") is not its subject.
 */
export function subjectOf(
  text: string, sentence: Span, clause: Span, entities: readonly EntityMention[], figure?: Span,
): string | null {
  let opener: string | null = null;
  let speaker: string | null = null;
  for (const e of spansWithin(entities, sentence.start, sentence.end)) {
    const inClause = e.start >= clause.start && e.end <= clause.end;
    if (e.type === 'LOC') {
      const key = entityKey(e.type, e.canonical);
      // "in Kerr County, where officials said 68 bodies had been recovered".
      if (figure !== undefined && e.end <= figure.start && WHERE_AFTER.test(text.slice(e.end, e.end + 12)) && !/[.;]/.test(text.slice(e.end, figure.start))) return key;
      // "the death toll from the earthquake that struck central Myanmar": the toll is the place's.
      if (inClause && TOLL_FROM_EVENT_IN.test(text.slice(Math.max(sentence.start, e.start - 120), e.start))) return key;
      // "died in the Texas floods", "the Jamaica earthquake": the event's place, not what the count is of.
      if (EVENT_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 30)))) continue;
      if (inClause && MEASURE_IN.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))) return key;
      // "killed 22 people in the eastern Pacific": the place right after the figure.
      if (inClause && figure !== undefined && e.start > figure.end && FIGURE_IN.test(text.slice(figure.end, e.start))) return key;
      const after = text.slice(e.end, Math.min(sentence.end, e.end + 60));
      // "Jamaica death toll climbs to 28", "Myanmar toll reaches 1,700".
      if (inClause && /^(?:'s|’s)?\s+(?:death\s+)?toll\b/i.test(after)) return key;
      // A headline's label: "Myanmar: toll passes 2,700 as aid trickles in".
      if (figure !== undefined && e.end < figure.start && /^:\s/.test(after) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, e.start - 40), e.start))
        && !/[\n.;]/.test(text.slice(e.end, figure.start))) return key;
      if (inClause && speaker === null && (SPEAKER.test(after) || PLACE_SAID.test(after))) speaker = key;
      if (opener === null && /^\s*In\s+(?:the\s+)?$/.test(text.slice(sentence.start, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 3))) opener = key;
    } else if (e.type === 'MISC' && inClause && speaker === null) {
      const country = DEMONYMS.get(e.text.toLowerCase());
      if (country !== undefined && SPEAKER.test(text.slice(e.end, Math.min(sentence.end, e.end + 60)))) speaker = entityKey('LOC', country);
    }
  }
  if (speaker !== null) return speaker;
  // A demonym the name recogniser did not mark ("Jamaican authorities").
  const clauseText = text.slice(clause.start, clause.end);
  const demonym = /\b([A-Z][a-z]+)\s+(?=(?:[\w-]+\s+){0,3}(?:government|authorities|officials|ministry|agency|directorate|police)\b)/.exec(clauseText);
  const country = demonym === null ? undefined : DEMONYMS.get((demonym[1] ?? '').toLowerCase());
  if (country !== undefined) return entityKey('LOC', country);
  return opener;
}

/** The sentence as one line, cut to `max` characters at a word boundary. */
export function quoteOf(text: string, sentence: Span, max = 320): string {
  // Left a slice of the article when its spacing is plain: a slice costs ~20 bytes, a copy the sentence.
  const slice = text.slice(sentence.start, sentence.end);
  const flat = (/[^\S ]| {2}/.test(slice) ? slice.replace(/\s+/g, ' ') : slice).trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
