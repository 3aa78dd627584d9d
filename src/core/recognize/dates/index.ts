// Dates and times in an article, as TimeML TIMEX3-style mentions: find → parse → normalise.
//   find:      a precompiled trigger regex picks the sentences worth parsing at all;
//   parse:     chrono-node for calendar expressions, our rules for what TimeML wants and
//              chrono lacks (durations, sets, reference points, bare years, quarters...);
//   normalise: values against the reference date and the sentence's tense, modifiers, extents.

import type { DateMention, RecognitionInput } from '../../model';
import { anaphorValue, focusOf, type Focus } from './anaphora';
import { formatWeek, parseIsoDate, type Ymd } from './calendar';
import { findByChrono } from './chrono-dates';
import { applyModifiers } from './modifiers';
import type { Candidate, ReportPeriod } from './resolve';
import { findByRules } from './rules';
import { clauseTenseAt, futureTenseAt, type Tense } from './tense';

/**
 * Words and digit shapes without which no rule and no chrono parser can match; sentences
 * without one skip the (slow) parsing entirely.
 */
const TRIGGER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*days?\b|weekdays|\b(?:today|tonight|yesterday|tomorrow|now|nowadays|currently|presently|present|recently|lately|past|future|ago|earlier|later|hence|days?|weeks?|weekends?|fortnights?|months?|years?|quarters?|decades?|century|centuries|hours?|minutes?|seconds?|morning|afternoon|evening|night|overnight|noon|midday|midnight|hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|spring|summer|fall|autumn|winter|current|period|term|half|gmt|utc|local\s+time|nineteen|thousand|centur(?:y|ies)|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|christmas|thanksgiving|easter|halloween|eve|independence|labor|memorial|election|veterans|valentine['’]s|patrick['’]s|bastille|boxing|mother['’]s|father['’]s|presidents['’]?|luther|good friday|pentecost|passover|pesach|hashanah?|kippur|sukkot|hanukkah|chanukah|ramadan|eid|(?:day|night|week|month|year)long)\b|\b(?:1[5-9]|20)\d\ds?\b|['’]\d0s\b|\b[3-9]0s\b|\d[:.]\d\d|o['’]clock|\ba\s+while\b|\bsome\s+time\b|\d\s*[ap]\.?m\b|\d[/-]\d|\bq[1-4]|[1-4]q\b|\bfy\s?['’]?\d|\bh[12]\s*['’1-9]/i;

/** A fixed stand-in reference for chrono when the article has no date; its guesses are replaced by X's. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/** Finds the dates, times, durations and frequencies in `input`, resolved against `referenceDate` (YYYY-MM-DD) when given. */
export function recognizeDates(input: RecognitionInput, referenceDate: string | null): DateMention[] {
  const ref = parseIsoDate(referenceDate);
  const chronoRef = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : NO_REFERENCE;
  const masked = input.maskedText;
  const mentions: DateMention[] = [];
  const paragraphAt = paragraphCounter(masked);
  /** The last mention with a day of its own, for the times that have none. */
  let lastDay: { day: string; paragraph: number } | null = null;
  /** The last day named with each part of it ("Sunday morning": MO), for a clock time in that part. */
  const lastPart = new Map<string, { day: string; paragraph: number }>();
  /** The last quarter the article named ("the third quarter": 2025-Q3), for report periods. */
  let reportQuarter: { year: number; quarter: number; paragraph: number } | null = null;
  /**
   * The last calendar date named, for "that year", and the last that named a month and a day,
   * for "the next month" and "the next day" (anaphora.ts): a year named in between ("work done
   * in 1984") does not move the day in focus ("On Tuesday … The chemistry prize followed the
   * next day").
   */
  let focus: Focus | null = null;
  let focusParagraph = 0;
  let monthFocus: Focus | null = null;
  let dayFocus: Focus | null = null;
  for (const sentenceSpan of input.sentences) {
    const start = Math.max(0, sentenceSpan.start);
    const end = Math.min(masked.length, sentenceSpan.end);
    if (end <= start) continue;
    const sentence = masked.slice(start, end);
    const key = input.memo ? `${referenceDate}\u0000${sentence}` : '';
    let found = input.memo?.dates.get(key);
    if (found === undefined) {
      found = sentenceDates(sentence, ref, chronoRef);
      input.memo?.dates.set(key, found);
    }
    const { futureAt } = found;
    for (const local of found.candidates) {
      // The sentence's own candidate stays as found (the memo keeps it); this one is placed.
      const c: Candidate = { ...local, start: start + local.start, end: start + local.end };
      const paragraph = paragraphAt(c.start);
      if (c.dayless && c.type === 'TIME') {
        // TimeML anchors "1 p.m." to the day in focus: the last one named in this paragraph or
        // the two before, unless the clause looks ahead from a day already past.
        // A day named with the part of it the time falls in wins over a later day: "stolen on
        // Sunday morning, the prosecutor said on Tuesday. The raid began at 9:30 a.m."
        const part = lastPart.get(partOfClock(c.value));
        const anchor = part && part.paragraph >= paragraph - 2 ? part.day : lastDay && lastDay.paragraph >= paragraph - 2 ? lastDay.day : null;
        const backwards = anchor !== null && referenceDate !== null && ref !== null && anchor < referenceDate.slice(0, 10);
        if (anchor && !(backwards && futureAt(c.start - start))) c.value = anchor + c.value.slice(c.value.indexOf('T'));
      }
      // "'Today, Australians have voted,' Albanese told supporters" in an article of the next
      // morning: a quoted "today" is the day the story is about, when the paragraph or the one
      // before named an earlier one and the quote is reported in the past.
      // The day the sentence itself names after the quote wins ('"Today we reached a turning
      // point," Milei told supporters on Sunday night').
      if (referenceDate !== null && /^today$/i.test(masked.slice(c.start, c.end)) && c.value === referenceDate.slice(0, 10)
        && insideQuote(masked, c.start) && REPORTED_QUOTE.test(sentence)) {
        const later = found.candidates.find((x) => x.start > local.start && FULL_DAY.test(x.value) && x.value.slice(0, 10) < c.value);
        if (later !== undefined) c.value = later.value.slice(0, 10);
        else if (lastDay !== null && lastDay.paragraph >= paragraph - 1 && lastDay.day < c.value) c.value = lastDay.day;
      }
      // "that June", "that summer": in the year in focus ("annulled in February 2020, and
      // Chakwera won the rerun that June").
      if (!c.anaphor && focus !== null && c.type === 'DATE' && THAT_BEFORE.test(masked.slice(Math.max(0, c.start - 6), c.start))) {
        const own = MONTH_OR_SEASON.exec(c.value);
        if (own !== null && /^[A-Za-z]+$/.test(masked.slice(c.start, c.end))) c.value = `${String(focus.year).padStart(4, '0')}-${own[1]}`;
      }
      if (c.anaphor) {
        const unit = c.anaphor.unit;
        // "the previous year" takes a year named in its own paragraph; past that, the article's
        // own year ("Swift's last album opened with 2.61 million the previous year"). "That year"
        // and "the following year" go on with the year in focus wherever it was named.
        const yearFocus = focus !== null && (c.anaphor.shift >= 0 || paragraph === focusParagraph) ? focus : null;
        c.value = anaphorValue(c.anaphor, unit === 'Y' ? yearFocus : unit === 'M' ? monthFocus : dayFocus, ref) ?? c.value;
      } else if (c.type === 'DATE' || c.type === 'TIME') {
        const named = focusOf(c.value);
        if (named !== null) {
          focus = named;
          focusParagraph = paragraph;
          if (named.month !== null) monthFocus = named;
          if (named.day !== null) dayFocus = named;
        }
      }
      if (FULL_DAY.test(c.value)) {
        lastDay = { day: c.value.slice(0, 10), paragraph };
        const named = PART_OF_DAY.exec(c.value);
        if (named) lastPart.set(named[1]!, lastDay);
      }
      // "rose 3 percent in December from a year earlier": the same month a year before.
      const month = c.reportPeriod?.yearsBack === 1 && c.type === 'DATE' && /^\d{4}$/.test(c.value) ? sentenceMonth(mentions, start, c.start) : null;
      if (month !== null) {
        c.value = `${String(month.year - c.reportPeriod!.yearsBack!).padStart(4, '0')}-${month.month}`;
      } else if (c.reportPeriod) {
        // Only near where the quarter was named: elsewhere "a year ago" is just a year.
        if (reportQuarter && c.type === 'DATE' && paragraph - reportQuarter.paragraph <= REPORT_REACH) c.value = reportPeriodValue(c.reportPeriod, reportQuarter);
      } else {
        const q = QUARTER.exec(c.value);
        if (q && c.type === 'DATE') reportQuarter = { year: Number(q[1]), quarter: Number(q[2]), paragraph };
      }
      // "3 hours and 4 minutes", "3 minutes 56 seconds", "two hours, two minutes and 27 seconds"
      // are one duration (PT3H4M), as TimeML writes "a minute and a half".
      const previous = mentions[mentions.length - 1];
      // ("about two hours and 40 minutes": the first one's "about" is the whole one's).
      const joined = previous !== undefined && previous.type === 'DURATION' && c.type === 'DURATION' && !c.mod
        && /^,?\s+(?:and\s+)?$/.test(input.text.slice(previous.end, c.start)) ? joinDurations(previous.value, c.value) : null;
      if (joined !== null) {
        mentions[mentions.length - 1] = { ...previous!, end: c.end, text: input.text.slice(previous!.start, c.end), value: joined };
        continue;
      }
      mentions.push({
        start: c.start, end: c.end, text: input.text.slice(c.start, c.end), type: c.type, value: c.value,
        ...(c.mod ? { mod: c.mod } : {}),
      });
    }
  }
  return mentions;
}

/**
 * A duration's value with whole counts, one group per unit, largest first (years, months, weeks,
 * days, then after T hours, minutes, seconds); "PXY" and "P1.5Y" do not match.
 */
const DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** The unit of each group of DURATION_PARTS ("TM": minutes, written M after the T). */
const DURATION_UNITS = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'] as const;
const GROUPS = [1, 2, 3, 4, 5, 6, 7];

/** Two durations named one after the other, larger unit first ("3 hours" + "4 minutes"): one value, else null. */
function joinDurations(first: string, second: string): string | null {
  const a = DURATION_PARTS.exec(first);
  const b = DURATION_PARTS.exec(second);
  if (!a || !b) return null;
  const inA = GROUPS.filter((i) => a[i] !== undefined);
  const inB = GROUPS.filter((i) => b[i] !== undefined);
  // Both name a count ("P" alone matches too), and every unit of the first is larger.
  if (inA.length === 0 || inB.length === 0 || inA[inA.length - 1]! >= inB[0]!) return null;
  let date = 'P';
  let time = '';
  for (let i = 1; i <= 7; i++) {
    const count = a[i] ?? b[i];
    if (count === undefined) continue;
    const unit = DURATION_UNITS[i - 1]!;
    if (i <= 4) date += `${count}${unit}`;
    else time += `${count}${unit === 'TM' ? 'M' : unit}`;
  }
  return time === '' ? date : `${date}T${time}`;
}

/** A quotation reported in the past tense: '..., Albanese told supporters', 'he said'. */
const REPORTED_QUOTE = /["”]\s*,?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:told|said|wrote|declared|added)\b|\b(?:told|said|wrote|declared|added)\b[^"“]{0,60}[:,]\s*["“]/u;

/** Whether an offset is inside a quotation that opened earlier in its paragraph. */
function insideQuote(text: string, offset: number): boolean {
  const paragraphStart = Math.max(text.lastIndexOf('\n\n', offset), 0);
  const before = text.slice(paragraphStart, offset);
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  if (opened > 0) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** A day's named part in a value: "2025-10-19TMO". */
const PART_OF_DAY = /^\d{4}-\d\d-\d\dT(MO|AF|EV|NI)$/;

/** The part of the day a clock time ("XXXX-XX-XXT09:30") falls in: MO, AF, EV or NI. */
function partOfClock(value: string): string {
  const hour = Number(value.slice(value.indexOf('T') + 1, value.indexOf('T') + 3));
  if (!Number.isFinite(hour)) return '';
  return hour >= 5 && hour < 12 ? 'MO' : hour >= 12 && hour < 17 ? 'AF' : hour >= 17 && hour < 21 ? 'EV' : 'NI';
}

/** The dates of one sentence, found from its text and the reference date alone. */
export interface SentenceDates {
  /** Offsets from the sentence's start; not to be changed (a memo may hand them out again). */
  readonly candidates: readonly Candidate[];
  /** Whether the clause at an offset (from the sentence's start) looks ahead. */
  readonly futureAt: (offset: number) => boolean;
}

const NO_DATES: SentenceDates = { candidates: [], futureAt: () => false };

/**
 * Rules and chrono over one sentence, overlaps settled, times joined to their days and
 * modifiers taken in ("mid-November"): everything that reads the sentence alone. What reads
 * the article around it (the day or quarter in focus) is recognizeDates's.
 */
function sentenceDates(original: string, ref: Ymd | null, chronoRef: Date): SentenceDates {
  // Unicode's hyphens ("mid‑March", "a two‑year deal" from web copy) read as the ASCII one;
  // one character for one, so every offset holds.
  const sentence = UNICODE_HYPHENS.test(original) ? original.replace(UNICODE_HYPHENS_ALL, '-') : original;
  if (!TRIGGER.test(sentence)) return NO_DATES;
  const futureAt = lazyFutureTenseAt(sentence);
  const candidates: Candidate[] = [];
  findByRules(sentence, 0, ref, futureAt, candidates);
  // The clause tenses only matter for what chrono finds, and most sentences it finds nothing in.
  let tenseAt: ((offset: number) => Tense) | null = null;
  findByChrono(sentence, 0, ref, futureAt, (offset) => (tenseAt ??= clauseTenseAt(sentence))(offset), chronoRef, candidates);
  const settled = joinTimesToDays(settleOverlaps(candidates), sentence);
  let floor = 0;
  for (const c of settled) {
    weekOfDay(c, sentence, floor);
    applyModifiers(c, sentence, floor);
    floor = c.end;
  }
  return { candidates: settled, futureAt };
}

/** "the week of March 6": the week a named day falls in, as one expression (TimeBank's 2000-W10). */
const WEEK_OF = /\bthe\s+(week(?:end)?)\s+of\s+$/i;
function weekOfDay(c: Candidate, text: string, floor: number): void {
  if (c.type !== 'DATE' || c.mod || c.anaphor || !/^\d{4}-\d\d-\d\d$/.test(c.value)) return;
  const before = text.slice(Math.max(floor, c.start - 20), c.start);
  const m = WEEK_OF.exec(before);
  if (!m) return;
  const day = parseIsoDate(c.value);
  if (!day) return;
  c.start -= m[0].length;
  c.value = formatWeek(day) + (m[1]!.toLowerCase() === 'weekend' ? '-WE' : '');
}

/** U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN. */
const UNICODE_HYPHENS = /[\u2010\u2011]/;
const UNICODE_HYPHENS_ALL = /[\u2010\u2011]/g;

/** futureTenseAt(sentence), worked out on the first question: many sentences never ask. */
function lazyFutureTenseAt(sentence: string): (offset: number) => boolean {
  let future: ((offset: number) => boolean) | null = null;
  return (offset) => (future ??= futureTenseAt(sentence))(offset);
}

const THAT_BEFORE = /\bthat\s+$/i;
/** A month's or a season's value, with what follows its year: "2025-06", "2025-SU". */
const MONTH_OR_SEASON = /^\d{4}-(\d\d|SP|SU|FA|WI)$/;
const MONTH_VALUE = /^(\d{4})-(\d\d)$/;

/** The last month named alone (value "2024-12") before `before` in the sentence from `from`, or null. */
function sentenceMonth(mentions: readonly DateMention[], from: number, before: number): { year: number; month: string } | null {
  for (let i = mentions.length - 1; i >= 0 && mentions[i]!.start >= from; i--) {
    const m = mentions[i]!;
    if (m.start >= before) continue;
    const v = MONTH_VALUE.exec(m.value);
    if (v !== null && m.type === 'DATE') return { year: Number(v[1]), month: v[2]! };
  }
  return null;
}

/** How many paragraphs after a named quarter a report period still refers to it. */
const REPORT_REACH = 3;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A report period's value once the article has named the quarter it reports on. */
function reportPeriodValue(period: ReportPeriod, focus: { year: number; quarter: number }): string {
  if (period.quartersBack !== undefined) {
    const index = focus.year * 4 + focus.quarter - 1 - period.quartersBack;
    return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
  }
  const year = period.year ?? focus.year - (period.yearsBack ?? 0);
  return `${String(year).padStart(4, '0')}-Q${focus.quarter}`;
}

const FULL_DAY = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)(?:T|$)/;
/** What may stand between a clock time and its day in one TimeML expression: "5 p.m. EST Nov. 9". */
const TIME_TO_DAY = /^\s*(?:(?:[ECMP][SD]T|GMT|UTC|local time)\b\s*)?,?\s*(?:on\s+)?$/i;

/** A function from offsets (asked in increasing order) to paragraph numbers (blank-line separated). */
function paragraphCounter(text: string): (offset: number) => number {
  const breaks = [...text.matchAll(/\n[ \t\r]*\n/g)].map((m) => m.index);
  let i = 0;
  return (offset) => {
    if (i > 0 && breaks[i - 1]! >= offset) i = 0;
    while (i < breaks.length && breaks[i]! < offset) i++;
    return i;
  };
}

/** "5 p.m. EST Nov. 9", "10 p.m. Wednesday": a dayless time and the day right after it are one TIME. */
function joinTimesToDays(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    if (c.dayless && c.type === 'TIME' && next?.type === 'DATE' && FULL_DAY.test(next.value) && !next.mod && TIME_TO_DAY.test(text.slice(c.end, next.start))) {
      out.push({ ...c, end: next.end, value: next.value.slice(0, 10) + c.value.slice(c.value.indexOf('T')), dayless: false });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Keeps the longest of overlapping candidates (rules before chrono on a tie), and drops
 * chrono's relative readings wherever a rule read the same words the TimeML way.
 */
function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ruled = candidates.filter((c) => c.priority >= 2);
  const usable = candidates.filter((c) => c.priority > 0 || !ruled.some((r) => overlaps(r, c)));
  usable.sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of usable) if (c.end > c.start && !kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
