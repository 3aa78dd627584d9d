// chrono-node finds and parses the calendar expressions (absolute dates, weekdays, clock
// times, yesterday/tonight); this module turns its results into TimeML candidates and drops
// the readings chrono is too eager about ("may" the verb, "Sun" the newspaper, "at 5").

import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { dayOffsetValue, dayValue, monthValue, weekdayValue, type Candidate, type Context, type Direction } from './resolve';
import { addDays, formatDay, pad2, pad4, weekday, type Ymd } from './calendar';
import type { Tense } from './tense';

// Punctuation chrono takes in where the text before is not a \w word (", on Tuesday" after
// Arabic or Greek), then prepositions: neither belongs to a TimeML extent.
const LEADING_PREPOSITION = /^[\s,;:(（]*(?:(?:on|in|at|by|from|since|until|till|of|during|for|before|after|within|around)\s+)*/i;
/** Words that may follow a date range's bare end ("Nov 4-15 in Paris"); any other word makes it a count ("Nov 4 - 15 people"). */
const AFTER_RANGE = /^\s+(?:in|at|on|and|or|to|of|for|the|when|with|as|while|after|before|during|this|that|last|next|was|were|is|are|will|had|has|have)\b/i;
const WEEKDAY_ABBREVIATION = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i;
// (With a month before and a dash, "January-March": the end of a range of months.)
const MONTH_CONTEXT = /\b(?:in|since|by|until|till|of|during|through|from|to|before|after|between|and|early|late|mid|last|next|this|until|end|beginning|start|middle)\s*-?\s*$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–]\s*$/i;
const CLOCK = /\d{1,2}:\d{2}|\d\s*(?:[ap]\.?\s?m\b\.?)|o'clock|noon|midnight|\d\s+in\s+the\s+(?:morning|afternoon|evening)/i;
const SINCE = /\b(?:since|last)\s+(?:the\s+)?(?:(?:early|mid|late|end of|middle of|start of|beginning of)(?:\s*-\s*|\s+))?$/i;
const DEADLINE = /\b(?:by|until|till|through|before)\s+(?:the\s+)?(?:(?:early|mid|late|end of|middle of|start of|beginning of)(?:\s*-\s*|\s+))?$/i;
/** What follows "today's" used for the present at large ("today's world", "many of today's computers"). */
const GENERIC_DAY_AFTER = /^['’]s\s+(?:(?:modern|fast-changing|changing|complex|global|young|younger)\s+)?(?:world|youth|young|society|societies|generation|generations|children|kids|teenagers|teens|students|standards|dollars|terms|economy|culture|technology|technologies|computers|politics|market|markets|media|consumers|families|workplace|workforce|age|era|climate)\b/i;

/**
 * What follows "morning", "evening" or "night" when it names a kind of thing, not a time: a noun
 * ("a morning talk show", "the evening news", "a morning walk") or the rest of a compound
 * ("night-vision goggles").
 */
const PART_OF_DAY_AS_NOUN_MODIFIER = /^(?:-\w|\s+(?:talk\s+shows?|shows?|news|newscasts?|newspapers?|papers?|editions?|bulletins?|programmes?|programs?|rush|commutes?|shifts?|sickness|star|glory|prayers?|dress(?:es)?|gowns?|class(?:es)?|routine|walks?|strolls?|sessions?|auctions?|flights?|services?|traffic|briefings?|meetings?|sky|skies|clubs?|market|trading|runs?|match(?:es)?|games?|races?|curfews?|raids?|school|bus(?:es)?|trains?|light|lights|life|owls?|air|temperatures?|mass|peak|drive|ritual)\b)/i;

/**
 * A present-tense verb of a scheduled event right before a weekday ("resumes Tuesday", "meet
 * separately on Monday"), and what may stand between it and the day.
 */
const SCHEDULED_VERB = String.raw`(?:(?:resume|begin|start|open|reopen|close|end|meet|vote|decide|rule|leave|arrive|return|visit|travel|head|gather|convene|reconvene|expire|launch|hold|host|play|face|fly)(?:s|es)?|flies|(?:kick|tee|set)s?\s+off|takes?\s+office|reports?\s+(?:its\s+|their\s+)?(?:earnings|results)|go(?:es)?\s+to\s+the\s+polls)`;
const SCHEDULED_TAIL = String.raw`\s+(?:\w+ly\s+)?(?:(?:to|in|for|at|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?(?:on\s+|at\s+)?$`;
const SCHEDULED_BEFORE = new RegExp(String.raw`\b` + SCHEDULED_VERB + SCHEDULED_TAIL, 'i');
/** The same verb after a relative pronoun or a subject pronoun, so a verb whatever the sentence's tense: "the show, which opens on Monday". */
const SCHEDULED_AFTER_PRONOUN = new RegExp(String.raw`\b(?:which|who|it|he|she)\s+` + SCHEDULED_VERB + SCHEDULED_TAIL, 'i');

/** Verbs that move a date ahead, in the clause before a deadline ("extended ... until", "ordered him held until"). */
const MOVED_AHEAD = /\b(?:extend(?:s|ed)?|postpon(?:es?|ed)|delay(?:s|ed)?|adjourn(?:s|ed)?|defer(?:s|red)?|push(?:es|ed)\s+back|put\s+off|remand(?:s|ed)?|order(?:s|ed)?\s+(?:\w+\s+){0,3}(?:held|detained|kept))\b[^.;:!?]*$/i;

/** A past-tense verb of saying or deciding right before a weekday ("said Monday", "announced on Friday"). */
const REPORTED_BEFORE = /\b(?:said|told|announced|reported|confirmed|added|declared|stated|revealed|disclosed|denied|warned|admitted|insisted|acknowledged|conceded|noted|testified|wrote|agreed|decided|voted|ruled|unveiled|approved|rejected|filed|met|arrived|died|resigned)\s+(?:on\s+|late\s+|early\s+)?$/i;
const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/i;

const PART_OF_DAY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmorning\b/i, 'MO'], [/\bafternoon\b/i, 'AF'], [/\bevening\b/i, 'EV'], [/\b(?:night|tonight|overnight)\b/i, 'NI'],
];

interface Components {
  get(c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null;
  isCertain(c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'meridiem'): boolean;
}

function known(c: Components, name: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null {
  return c.isCertain(name) ? c.get(name) : null;
}

function directionOf(text: string): Direction {
  if (/\blast\b|\bpast\b|\bprevious\b/i.test(text)) return 'last';
  if (/\bnext\b|\bcoming\b/i.test(text)) return 'next';
  if (/\bthis\b/i.test(text)) return 'this';
  return null;
}

/** "last week" in a weekday's reading ("Tuesday of last week", "Monday next week"). */
const WEEK_NAMED = /\b(last|past|previous|this|next|coming)\s+week\b/i;

/** The TimeML type and value of one chrono reading, or null when it should not count. */
function valueOf(text: string, c: Components, tags: ReadonlySet<string>, ctx: Context): { type: 'DATE' | 'TIME'; value: string; dayless?: boolean } | null {
  if (/^now$/i.test(text)) return null; // the rules own PRESENT_REF
  const year = known(c, 'year');
  const month = known(c, 'month');
  const day = known(c, 'day');
  const weekdayNumber = known(c, 'weekday');
  let date: string;
  let dayLevel = true;
  let dayless = false;
  const casual = /\b(today|yesterday|tomorrow|tonight|last night)\b/i.exec(text)?.[1]?.toLowerCase();
  if (casual) {
    date = dayOffsetValue(casual === 'yesterday' || casual === 'last night' ? -1 : casual === 'tomorrow' ? 1 : 0, ctx);
  } else if (month !== null && day !== null) {
    date = dayValue(month, day, year, ctx);
  } else if (weekdayNumber !== null && ctx.ref && WEEK_NAMED.test(text)) {
    // "Tuesday of last week", "Monday next week": that day in the week named (Monday first).
    const week = WEEK_NAMED.exec(text)![1]!;
    const shift = /last|past|previous/i.test(week) ? -1 : /next|coming/i.test(week) ? 1 : 0;
    const monday = addDays(ctx.ref, -((weekday(ctx.ref) + 6) % 7));
    date = formatDay(addDays(monday, 7 * shift + ((weekdayNumber + 6) % 7)));
  } else if (weekdayNumber !== null) {
    date = weekdayValue(weekdayNumber, ctx, directionOf(text));
  } else if (month !== null) {
    date = monthValue(month, year, ctx);
    dayLevel = false;
  } else if (year !== null) {
    date = pad4(year);
    dayLevel = false;
  } else if (tags.has('casualReference/morning') || tags.has('casualReference/afternoon') || tags.has('casualReference/evening') || tags.has('casualReference/noon') || tags.has('casualReference/midnight') || CLOCK.test(text)) {
    date = dayOffsetValue(0, ctx);
    // "1 p.m.", "the evening": the day comes from the text around it; "this morning" is today's.
    dayless = !/\bthis\b/i.test(text);
  } else {
    return null;
  }
  if (!dayLevel) return { type: 'DATE', value: date };
  const hour = known(c, 'hour');
  if (hour !== null && CLOCK.test(text)) {
    const minute = known(c, 'minute') ?? 0;
    const hh = /midnight/i.test(text) && hour === 0 ? 24 : hour;
    return { type: 'TIME', value: `${date}T${pad2(hh)}:${pad2(minute)}`, dayless };
  }
  for (const [re, code] of PART_OF_DAY) if (re.test(text)) return { type: 'TIME', value: `${date}T${code}`, dayless };
  return { type: 'DATE', value: date };
}

/** Nouns of events that a month names when it stands before them ("the March accession", "the March vote"). */
const MONTH_EVENT_NOUN = /^\s+(?:elections?|votes?|polls?|referendum|summit|meeting|talks|conference|session|deadline|accession|agreement|accord|deal|ceasefire|truce|attacks?|bombings?|shootings?|coup|uprising|protests?|strike|visit|trip|launch|ruling|decision|report|survey|figures|data|budget|primary|primaries|runoff|floods?|flooding|earthquake|storm|crash|massacre|killings?|riots?|invasion|offensive)\b/;

/** Capitalised nouns after a date that make it part of a name ("the March 8 Alliance"). */
const NAME_AFTER_DATE = /^\s+(?:Youth\s+)?(?:Alliance|Movement|Coalition|Bloc|Brigades?|Front|Square|Street|Avenue|Bridge|Stadium)\b/;

/**
 * "March's figures", "the data for March", "May's elections": the month, where "March" or "May"
 * stands as a possessive or after "for" ("for May" and a bare "May's" are too often Theresa May's).
 */
function monthOwns(text: string, before: string, after: string): boolean {
  const possessive = /^['’]s\b/.test(after);
  if (text === 'March') return possessive || /\bfor\s+$/i.test(before);
  return possessive && MAY_OWN_NOUN.test(after.slice(2));
}
/** What "May's" must be followed by to be the month's ("May's elections"), not Theresa May's ("May's deal", "May's visit"). */
const MAY_OWN_NOUN = /^\s+(?:(?:local|general|presidential|parliamentary|municipal)\s+)?(?:elections?|polls|figures|data|numbers|sales|inflation|jobs\s+report|payrolls|weather|rainfall|temperatures)\b/i;

/** Whether a reading is one of chrono's known false friends. */
function implausible(text: string, c: Components, before: string, after: string): boolean {
  // "the first march", "may 1st be": lower-case "march" and "may" are a walk and a verb.
  if (c.isCertain('month') && /\b(?:march|may)\b/.test(text)) return true;
  const hasDay = c.isCertain('day') || c.isCertain('year');
  if (!hasDay && c.isCertain('weekday') && !c.isCertain('hour') && WEEKDAY_ABBREVIATION.test(text)) return true;
  if (c.isCertain('month') && !hasDay && !c.isCertain('weekday')) {
    // A month name alone: lower-case ("may", "march") or an abbreviation is not a date, nor is
    // "May"/"March" without a date-ish word before it ("officials May ...", "the March ...").
    if (!/^[A-Z][a-z]+$/.test(text)) return true;
    if (/^(?:May|March)$/.test(text) && !MONTH_CONTEXT.test(before) && !(/\b(?:the|its|their|his|her)\s+$/i.test(before) && MONTH_EVENT_NOUN.test(after)) && !monthOwns(text, before, after)) return true;
  }
  if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !CLOCK.test(text) && !/morning|afternoon|evening|night/i.test(text)) return true;
  return false;
}

/**
 * A gate that passes when the text holds one of `words` (in any case). parserFor decides all
 * such gates with one scan of the text, where a regex each cost a scan each.
 */
interface Words { readonly words: readonly string[] }
type Gate = RegExp | Words;

const MONTH_WORD: Words = { words: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] };

/**
 * chrono's casual parsers, each told by a piece of its pattern, with what a sentence must
 * contain for it to match anything we keep (null: always run it). Parsers marked `drop` only
 * yield relative readings ("in 2 weeks", "3 days later", "next month") that the rules read the
 * TimeML way; they cost a fifth of chrono's time and never changed a result on TBAQ, TE-3 or
 * the fixtures. A parser none of these describes (a new chrono version) always runs.
 */
const PARSER_GATES: ReadonlyArray<{ readonly signature: string; readonly gate: Gate | readonly Gate[] | 'drop' }> = [
  { signature: '([0-9]{4})[-\\.\\/\\s]', gate: /\d{4}[-./\s]/ },
  { signature: '([0-9]{4})\\-([0-9]{1,2})\\-', gate: /\d{4}-\d/ },
  { signature: '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]', gate: /\d[/.-]\d/ },
  { signature: '([0-9]|0[1-9]|1[012])\\/([0-9]{4})', gate: /\d\/\d/ },
  { signature: '(?:within|in|for)\\s*', gate: 'drop' },
  { signature: '(?:later|after|from now|henceforth', gate: 'drop' },
  { signature: '(this|last|past|next|after\\s*this)\\s*(', gate: 'drop' },
  { signature: '(this|last|past|next|after|\\+|-)\\s*(', gate: 'drop' },
  // Weekday names: preceded by a non-word, "on" or "this/last/past/next", followed by a non-word, "of" or those.
  { signature: '|weekend|weekday)', gate: [{ words: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'weekend', 'weekday'] }, /(?:^|\W|on|this|last|past|next)(?:sun|mon|tue|wed|thu|fri|sat|weekend|weekday)/i] },
  // A clock time: "5 p.m.", "10:30", "9 o'clock", "at 5", "6 in the morning".
  { signature: '(?:(?:at|from)\\s*)??(\\d{1,4})', gate: /\d\s*(?:[.:：]\d|[ap]\.?\s*m|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))|(?:at|from)\s*\d/i },
  // "3 days ago": a time unit (each ends in one of these letters) right before the word, which a
  // non-word follows ("Tobago" has no unit before its "ago").
  { signature: '(?:ago|before|earlier)(?=', gate: [{ words: ['ago', 'before', 'earlier'] }, /[srdehkcnyomw]\s{0,5}(?:ago|before|earlier)(?=\W|$)/i] },
  // "5 November", "the 5th of Nov": a day (ending in a digit or in t, d, h: "1st", "2nd", "third",
  // "fourth") then, after "-", "/" or spaces and "of", a month name. (A list: each must match, the
  // slower last one only tested when those before it did.)
  { signature: '(?:on\\s{0,3})?((?:(?:twenty seventh', gate: [MONTH_WORD, /[0-9tdh](?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i] },
  { signature: '(now|today|tonight|tomorrow', gate: [{ words: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'] }, /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i] },
  { signature: '(morning|afternoon|evening|night|midnight|midday|noon)', gate: { words: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'] } },
  { signature: '(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month', gate: { words: ['month'] } },
];

/** A parser and the bits (in parserFor's mask) of the gates that must all pass for it to run. */
interface GatedParser { readonly parser: chrono.Parser; readonly need: number }

let cachedParser: chrono.Chrono | null = null;
let gatedParsers: GatedParser[] = [];
/**
 * The distinct gates (several month-name parsers share one), each tested once per text;
 * `after[i]` is the gate that must have passed for gate i to be worth testing (-1: none).
 */
let gates: Gate[] = [];
/** The word gates' words, longest first, in one scan (restarted one character after each match: overlapping words are all seen). */
let wordScan = /$^/g;
/** For each word, the bits (1 << gate index) of the word gates it passes: those with a word inside it. */
let wordBits = new Map<string, number>();
let after: number[] = [];
/** The active parser lists already made, by the bit mask of the gates that passed. */
const parsersByMask = new Map<number, chrono.Parser[]>();
function parser(): chrono.Chrono {
  if (cachedParser) return cachedParser;
  cachedParser = chrono.en.casual.clone();
  cachedParser.refiners = cachedParser.refiners.map((r) => ('timezoneOverrides' in r ? onlyBeforeTimezone(r) : r));
  const context = new chrono.ParsingContext('', new Date(2000, 0, 1), { forwardDate: false });
  gatedParsers = [];
  gates = [];
  after = [];
  parsersByMask.clear();
  for (const p of cachedParser.parsers) {
    const source = p.pattern(context).source;
    let gate = PARSER_GATES.find((g) => source.includes(g.signature))?.gate ?? null;
    // Month names: parsers that cannot match without one (not "2024-11-05" with its digits).
    if (gate === null && source.includes('september') && !source.includes('|([0-9]{1,2}))')) gate = MONTH_WORD;
    if (gate === 'drop') continue;
    let need = 0; // ungated: always runs
    let previous = -1;
    for (const re of gate === null ? [] : Array.isArray(gate) ? gate as readonly Gate[] : [gate as Gate]) {
      let g = gates.indexOf(re);
      if (g < 0) {
        g = gates.push(re) - 1;
        after.push(previous);
      }
      need |= 1 << g;
      previous = g;
    }
    gatedParsers.push({ parser: p, need });
  }
  if (gates.length > 30) throw new Error('chrono-dates: too many parser gates for a bit mask');
  const words = [...new Set(gates.flatMap((g) => (g instanceof RegExp ? [] : g.words)))].sort((a, b) => b.length - a.length);
  wordScan = new RegExp(`(${words.join('|')})`, 'g');
  wordBits = new Map(words.map((w) => [w, gates.reduce((bits, g, i) => (g instanceof RegExp || !g.words.some((x) => w.includes(x)) ? bits : bits | (1 << i)), 0)]));
  return cachedParser;
}

/** chrono's pattern for a time zone abbreviation after a reading ("5 p.m. EST"), anchored where it is tried. */
const TIMEZONE_AFTER = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;
const NO_DATE = new Date(2000, 0, 1);
/** Whether chrono knows an abbreviation as a time zone, by asking it once per abbreviation. */
const knownZones = new Map<string, boolean>();
function isTimezone(abbreviation: string): boolean {
  let known = knownZones.get(abbreviation);
  if (known === undefined) {
    known = chrono.ReferenceWithTimezone.fromInput({ instant: NO_DATE, timezone: abbreviation }).timezoneOffset !== null;
    knownZones.set(abbreviation, known);
  }
  return known;
}

/**
 * chrono's time zone refiner (told by its own `timezoneOverrides` field, as class names do not
 * survive minifying), run only when a reading is followed by a zone it knows: it works out every
 * reading's date before looking at the word after it ("Monday that"), a tenth of chrono's time.
 */
function onlyBeforeTimezone(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const needed = results.some((r) => {
        TIMEZONE_AFTER.lastIndex = r.index + r.text.length;
        const m = TIMEZONE_AFTER.exec(context.text);
        return m !== null && isTimezone(m[1]!.toUpperCase());
      });
      return needed ? refiner.refine(context, results) : results;
    },
  };
}

/** chrono with only the parsers that can match something in `text`; null when none can. */
function parserFor(text: string): chrono.Chrono | null {
  const c = parser();
  const lower = text.toLowerCase();
  let wordsFound = 0;
  wordScan.lastIndex = 0;
  for (let m = wordScan.exec(lower); m; m = wordScan.exec(lower)) {
    wordsFound |= wordBits.get(m[1]!)!;
    wordScan.lastIndex = m.index + 1;
  }
  let mask = 0;
  for (let i = 0; i < gates.length; i++) {
    const before = after[i]!;
    if (before >= 0 && (mask & (1 << before)) === 0) continue;
    const gate = gates[i]!;
    if (gate instanceof RegExp ? gate.test(text) : (wordsFound & (1 << i)) !== 0) mask |= 1 << i;
  }
  let active = parsersByMask.get(mask);
  if (active === undefined) {
    active = gatedParsers.filter((g) => (mask & g.need) === g.need).map((g) => g.parser);
    parsersByMask.set(mask, active);
  }
  // An ungated parser (one PARSER_GATES does not know) always runs.
  if (active.length === 0) return null;
  c.parsers = active;
  return c;
}

/** Runs chrono over `sentence` (starting at `base` in the article) and adds what it finds to `out`. */
export function findByChrono(sentence: string, base: number, ref: Context['ref'], futureAt: (offset: number) => boolean, tenseAt: (offset: number) => Tense, chronoRef: Date, out: Candidate[]): void {
  let results: ParsedResult[];
  try {
    const c = parserFor(sentence);
    if (!c) return;
    // chrono knows only the straight apostrophe ("9 o'clock"); the swap keeps every offset.
    results = c.parse(sentence.includes('’') ? sentence.replace(/’/g, "'") : sentence, chronoRef, { forwardDate: false });
  } catch {
    return; // chrono is third-party: a reading it cannot finish is a reading we do without
  }
  for (const r of results) {
    const tags = r.tags();
    const at = r.index;
    // The clause's tense is read only by the few values that need it (a month without a year).
    const ctx: Context = { ref, future: futureAt(at), get tense() { return tenseAt(at); } };
    let parts: Array<[number, string, ParsedComponents]> = [[r.index, r.text, r.start]];
    if (r.end) {
      // TimeML tags the two ends of "March to May" separately.
      const sep = RANGE_SEPARATOR.exec(r.text);
      if (!sep) continue;
      const second = sep.index + sep[0].length;
      const end = r.text.slice(second);
      const after = sentence.slice(r.index + r.text.length);
      // "KINGSTON, Nov 4 - 15 people died": a dateline, then a count, not the range Nov 4-15.
      if (/^\d{1,2}$/.test(end) && /^\s+\p{L}/u.test(after) && !AFTER_RANGE.test(after)) parts = [[r.index, r.text.slice(0, sep.index), r.start]];
      else parts = [[r.index, r.text.slice(0, sep.index), r.start], [r.index + second, end, r.end]];
    }
    for (const [index, rawText, components] of parts) {
      let offset = index;
      let text = rawText;
      // "end of October": the modifier step adds "the end of" with mod END to "October";
      // "the night of Oct. 23": chrono keeps the part of day and loses the day, and TimeBank
      // tags the day alone.
      const partOf = /^(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?/i.exec(text);
      if (tags.has('refiner/ENEndOfPeriodRefiner') || partOf) {
        const of = partOf ?? /^end of\s+(?:the\s+)?/i.exec(text);
        if (of) {
          const innerText = text.slice(of[0].length);
          const inner = parserFor(innerText)?.parse(innerText, chronoRef, { forwardDate: false })[0];
          if (!inner || inner.index !== 0) continue;
          offset += of[0].length;
          text = inner.text;
          pushReading(out, sentence, base, offset, text, inner.start, inner.tags(), ctx);
          continue;
        }
      }
      pushReading(out, sentence, base, offset, text, components, tags, ctx);
    }
  }
  if (sentence.includes('May')) findMay(sentence, base, ref, futureAt, tenseAt, results, out);
}

/**
 * What may stand before "May" for it to be the month: chrono reads it only after "in" or with a
 * day or year, for fear of the verb, so "in early May", "until May", "the end of May" went
 * unread. (Not "before", "after", "by" or "and": "after May spoke", "Johnson and May".)
 */
const MAY_CONTEXT = /\b(?:in|since|until|till|through|during|between|early|late|mid|middle|end\s+of|beginning\s+of|start\s+of|middle\s+of)\s*-?\s*(?:the\s+)?$/i;
/** The month May alone, as a chrono reading would give it. */
const MAY_ALONE = {
  get: (c: string): number | null => (c === 'month' ? 5 : null),
  isCertain: (c: string): boolean => c === 'month',
} as unknown as ParsedComponents;
const NO_TAGS: ReadonlySet<string> = new Set();

/** "in early May", "until May", "mid-May": the month May where chrono found nothing. */
function findMay(sentence: string, base: number, ref: Context['ref'], futureAt: (offset: number) => boolean, tenseAt: (offset: number) => Tense, results: readonly ParsedResult[], out: Candidate[]): void {
  for (const m of sentence.matchAll(/\bMay\b(?!-|['’](?!s\b)|\s+\d)/g)) {
    const at = m.index;
    if (results.some((r) => r.index <= at && at < r.index + r.text.length)) continue;
    const after = sentence.slice(at + 3, at + 43);
    if (/^['’]s/.test(after) ? !monthOwns('May', '', after) : !MAY_CONTEXT.test(sentence.slice(Math.max(0, at - 20), at))) continue;
    const ctx: Context = { ref, future: futureAt(at), get tense() { return tenseAt(at); } };
    pushReading(out, sentence, base, at, 'May', MAY_ALONE, NO_TAGS, ctx);
  }
}

/** "12/11/2025": a date in figures with a slash, day and month both 12 or less. */
const SLASHED_DATE = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/(?:\d\d|\d{4})$/;
const DAY_MS = 86_400_000;

/**
 * chrono reads "12/11/2025" month first, as American copy writes it; elsewhere it is the 12th
 * of November. The day-first reading is taken when it falls within a week of the reference
 * date and the month-first one over a fortnight away (an article dated 2025-11-12 that says
 * "12/11/2025" means that day, not 11 December).
 */
function dayFirstIfNearer(value: string, ref: Ymd): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!m || m[2] === m[3]) return value;
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  const distance = (month: number, day: number): number => Math.abs(Date.UTC(Number(m[1]), month - 1, day) - refTime) / DAY_MS;
  const monthFirst = distance(Number(m[2]), Number(m[3]));
  const dayFirst = distance(Number(m[3]), Number(m[2]));
  return dayFirst <= 7 && monthFirst > 14 ? `${m[1]}-${m[3]}-${m[2]}` : value;
}

/** A month's figures after it: "October's jobs report", "March's inflation data". */
const MONTH_FIGURES_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:jobs|inflation|figures|data|numbers|sales|payrolls|unemployment|trade|report|reading)\b/i;

/** Hours, minutes and seconds, without a.m. or p.m.: "2:15:50". */
const ELAPSED = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;

function pushReading(out: Candidate[], sentence: string, base: number, index: number, rawText: string, c: ParsedComponents, tags: ReadonlySet<string>, context: Context): void {
  let ctx = context;
  const lead = LEADING_PREPOSITION.exec(rawText)?.[0].length ?? 0;
  // "in December of that year": chrono takes in the "of" without what follows.
  // ("Thursday)": chrono takes in a closing bracket it did not open.)
  const trimmed = rawText.slice(lead).replace(/(?:\s+of)?[\s,]*$/i, '');
  const text = trimmed.endsWith(')') && !trimmed.includes('(') ? trimmed.replace(/[\s,]*\)$/, '') : trimmed;
  if (!text) return;
  const start = index + lead;
  const before = sentence.slice(Math.max(0, start - 20), start);
  if (implausible(text, c, before, sentence.slice(start + text.length, start + text.length + 30))) return;
  // "a record of 2:15:50": a time with its seconds and no "at" before it is a race's time, a
  // duration, not a time of day.
  const elapsed = ELAPSED.exec(text);
  if (elapsed !== null && !/\bat\s+$/i.test(before)) {
    const [h, m, s] = [Number(elapsed[1]), Number(elapsed[2]), Number(elapsed[3])];
    out.push({ start: base + start, end: base + start + text.length, type: 'DURATION', value: `PT${h > 0 ? `${h}H` : ''}${m}M${s}S`, priority: 1 });
    return;
  }
  // "touched in 1:52.69": minutes, seconds and their hundredths are a race's time too.
  const fraction = /^(\d{1,2}):([0-5]\d)$/.test(text) ? /^\.(\d{1,3})/.exec(sentence.slice(start + text.length)) : null;
  if (fraction !== null) {
    const [m, s] = text.split(':').map(Number) as [number, number];
    const hundredths = fraction[1]!.replace(/0+$/, '');
    out.push({ start: base + start, end: base + start + text.length + fraction[0].length, type: 'DURATION', value: `PT${m > 0 ? `${m}M` : ''}${s}${hundredths ? `.${hundredths}` : ''}S`, priority: 1 });
    return;
  }
  // "Bloody Sunday", "Super Tuesday": a named day, not the last or next of its name.
  if (c.isCertain('weekday') && !c.isCertain('day') && /\b(?:Bloody|Super|Black|Cyber|Blue|Manic|Mad|Red|Holy|Good|Palm|Ash)\s+$/.test(before)) return;
  // "the March 8 Alliance", "the April 6 Youth Movement", "Fox News Sunday": names.
  if (c.isCertain('day') && !c.isCertain('year') && NAME_AFTER_DATE.test(sentence.slice(start + text.length, start + text.length + 40))) return;
  if (c.isCertain('weekday') && !c.isCertain('day') && /\bNews\s+$/.test(before)) return;
  // "the weekend of June 14": the day's week-end, found with the day (index.ts).
  if (/^weekend$/i.test(text) && /^\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i.test(sentence.slice(start + text.length, start + text.length + 12))) return;
  // "USA Today", "VOA Today": a title.
  if (/^Today$/.test(text) && /\b[A-Z][A-Za-z.]*\s+$/.test(before) && !/[.!?:]["”']?\s+\S*\s*$/.test(before)) return;
  // "today's world", "the people of tomorrow": the present or future at large, not a day.
  if (/^(?:today|tomorrow)$/i.test(text) && (GENERIC_DAY_AFTER.test(sentence.slice(start + text.length, start + text.length + 40)) || (/\b(?:of|for)\s+$/i.test(before) && /^tomorrow$/i.test(text)))) return;
  // "Good evening": a greeting; "$55 a night": a rate; "high noon", "a morning talk show": not times.
  if (/^(?:morning|afternoon|evening|night)$/i.test(text) && (/\bgood\s+$|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several))\S*\s+(?:[a-z]+\s+)?an?\s+$|\w-$/i.test(before) || PART_OF_DAY_AS_NOUN_MODIFIER.test(sentence.slice(start + text.length, start + text.length + 30)))) return;
  if (/^noon$/i.test(text) && /\bhigh\s+$/i.test(before)) return;
  // "by mid-December", "until early March": an end point, ahead unless the clause is past.
  const deadline = DEADLINE.test(before) || context.deadline === true;
  const since = SINCE.test(before) || context.since === true;
  // Not a spread: that would read the lazy tense (see findByChrono) when nothing needs it. (The
  // default for no tense is resolve's own: the tense from `future`.)
  // "extended the deadline until Tuesday", "postponed the vote to Friday": moved ahead.
  if (deadline && MOVED_AHEAD.test(sentence.slice(Math.max(0, start - 80), start))) ctx = { ref: context.ref, future: true, tense: 'future', deadline };
  else if (deadline || since) ctx = { ref: context.ref, future: context.future, get tense(): Tense { return context.tense ?? (context.future ? 'future' : 'past'); }, deadline, since };
  // "The company said Monday it would ...": the day of a reported act is past whatever the
  // clause goes on to plan.
  else if (REPORTED_BEFORE.test(before) && !c.isCertain('day') && !c.isCertain('month')) ctx = { ref: context.ref, future: false, tense: 'past' };
  // "might never publish October's jobs and inflation reports": a month's figures are out after
  // it, so the month is past whatever the clause plans.
  else if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && MONTH_FIGURES_AFTER.test(sentence.slice(start + text.length, start + text.length + 40))) {
    ctx = { ref: context.ref, future: false, tense: 'past' };
  }
  // "Trading resumes Tuesday.": a weekday right after a present-tense verb of scheduled events
  // is the one ahead, unless it is a day's own ("Tuesday's vote") or the sentence is a headline
  // (no closing stop), where the present tells what happened.
  else if (!context.future && SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && /[.!?]["”'’)]*\s*$/.test(sentence) && c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && !/^\s*['’]s\b/.test(sentence.slice(start + text.length)) && (context.tense === 'present' || SCHEDULED_AFTER_PRONOUN.test(sentence.slice(Math.max(0, start - 50), start)))) {
    ctx = { ref: context.ref, future: true, tense: 'future' };
  }
  const relative = tags.has('result/relativeDate');
  // chrono's "the quarter" or "last month" as a day: only counted units ("in 2 weeks") are worth keeping.
  if (relative && !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s/i.test(text)) return;
  // "10 7/8" (a bond price) and other slashed pairs without a year are not dates.
  if (/^[\d\s]*\d{1,2}\/\d{1,2}$/.test(text)) return;
  const reading = relative
    ? { type: 'DATE' as const, value: ctx.ref ? dayValue(c.get('month') ?? 1, c.get('day') ?? 1, c.get('year'), ctx) : 'XXXX-XX-XX' }
    : valueOf(text, c, tags, ctx);
  if (!reading) return;
  const value = reading.type === 'DATE' && SLASHED_DATE.test(text) && ctx.ref ? dayFirstIfNearer(reading.value, ctx.ref) : reading.value;
  out.push({
    start: base + start, end: base + start + text.length, type: reading.type, value, priority: relative ? 0 : 1,
    ...('dayless' in reading && reading.dayless ? { dayless: true } : {}),
  });
}
