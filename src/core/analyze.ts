// The analysis pipeline for one article: read -> dates -> names -> figures. Order matters:
// dates first, because figures skip years and take their as-of date from them, and names that
// a date already explains ("Tuesday", "November") are not names.

import type {
  ArticleAnalysis, ArticleFormat, DateMention, DateOrigin, InputIssue, NameRecognizer, NameSpan,
  RecognitionInput, Span,
} from './model';
import type { AnalysisMemo } from './memo';
import { maskArticle } from './text/markdown';
import { readArticleMeta } from './text/metadata';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';
import { recognizeDates } from './recognize/dates';
import { HOLIDAYS, HOLIDAY_RE } from './recognize/dates/holidays';
import { recognizeFigures } from './recognize/figures';
import { groupAliases } from './recognize/names/aliases';
import { refineNames } from './recognize/names/rules';

export interface AnalyzeOptions {
  readonly format: ArticleFormat;
  /** ISO YYYY-MM-DD; overrides the article's own date for resolving relative dates. */
  readonly referenceDate?: string | undefined;
  /** The file's name or path: a date in it ("2025-11-12-reuters.txt") can date the article. */
  readonly fileName?: string | undefined;
  /** Today as ISO YYYY-MM-DD, from the host's clock: dates a dateline that names no year. */
  readonly today?: string | undefined;
  /** Problems found while decoding the file, carried into the result. */
  readonly decodeIssues?: readonly InputIssue[];
  /** What the last analysis of this article left (memo.ts): unchanged sentences are looked up. */
  readonly memo?: AnalysisMemo | undefined;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Recognise entities, figures and dates in one article's decoded text. */
export function analyzeArticle(text: string, names: NameRecognizer, options: AnalyzeOptions): ArticleAnalysis {
  const masked = maskArticle(text, options.format);
  const input: RecognitionInput = {
    text,
    maskedText: masked.maskedText,
    sentences: splitSentences(masked.maskedText),
    tokens: tokenize(masked.maskedText),
    memo: options.memo,
  };
  const { meta, datelineDate } = readArticleMeta(text, masked.maskedText, masked.frontMatter);

  const reference = chooseReferenceDate(input, options, meta.published, meta.publishedFrom, datelineDate);
  const { names: nameSpans, dates } = settleNamesAndDates(
    namesInContext(refineNames(input, names.recognize(input)), text, meta.source),
    recognizeDates(input, reference.date),
    text,
  );
  const { mentions, clusters } = groupAliases(text, nameSpans);
  const figures = recognizeFigures(input, dates, reference.date);
  options.memo?.settle();

  return {
    text,
    format: options.format,
    meta,
    referenceDate: reference.date,
    referenceDateFrom: reference.from,
    sentences: input.sentences,
    tokenCount: input.tokens.length,
    entities: mentions,
    entityClusters: clusters,
    figures,
    dates,
    issues: [...(options.decodeIssues ?? []), ...masked.issues],
  };
}

/**
 * The date relative expressions resolve against: the caller's option, else the article's
 * published date (front matter, header line), else its dateline, else a date in the file name
 * ("2025-11-12-reuters.txt", as clippers name files), else the latest full date in the text.
 */
function chooseReferenceDate(
  input: RecognitionInput,
  options: AnalyzeOptions,
  published: string | null,
  publishedFrom: DateOrigin | null,
  datelineDate: string | null,
): { date: string | null; from: DateOrigin | null } {
  if (options.referenceDate) return { date: options.referenceDate, from: 'option' };
  if (published && FULL_DATE.test(published)) return { date: published, from: publishedFrom ?? 'front-matter' };
  if (datelineDate && FULL_DATE.test(datelineDate)) return { date: datelineDate, from: 'dateline' };

  const fileDate = options.fileName ? dateInFileName(options.fileName) : null;
  const latest = datelineDate || !fileDate ? latestFullDate(input) : null;
  if (datelineDate && PARTIAL_DATE.test(datelineDate)) {
    // A dateline without a year ("Nov 14 (Reuters)") borrows one: from the file name, the
    // text's latest date, or else the most recent such day up to today.
    const monthDay = datelineDate.slice(4);
    const year = fileDate?.slice(0, 4) ?? latest?.slice(0, 4) ?? (options.today ? latestYearFor(monthDay, options.today) : null);
    if (year) return { date: year + monthDay, from: 'dateline' };
  }
  if (fileDate) return { date: fileDate, from: 'file-name' };
  return latest ? { date: latest, from: 'text' } : { date: null, from: null };
}

const PARTIAL_DATE = /^XXXX-\d{2}-\d{2}$/;

/** The latest full date written in the text; only absolute dates have one without a reference. */
function latestFullDate(input: RecognitionInput): string | null {
  let latest: string | null = null;
  for (const d of recognizeDates(input, null)) {
    if (d.type === 'DATE' && FULL_DATE.test(d.value) && (latest === null || d.value > latest)) latest = d.value;
  }
  return latest;
}

/** A YYYY-MM-DD (or YYYYMMDD) date at a word boundary in a file name, if it is a real day. */
export function dateInFileName(fileName: string): string | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const match = /(?:^|[^0-9])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(base);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isRealDay(iso) ? iso : null;
}

/** The year in which `-MM-DD` last fell on or before `today`. */
function latestYearFor(monthDay: string, today: string): string | null {
  const year = Number(today.slice(0, 4));
  if (!Number.isFinite(year)) return null;
  for (const y of [year, year - 1]) {
    const candidate = `${y}${monthDay}`;
    if (isRealDay(candidate) && candidate <= today) return String(y);
  }
  return null;
}

function isRealDay(iso: string): boolean {
  const date = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** What the article around them says of the recogniser's names (the steps below). */
function namesInContext(names: NameSpan[], text: string, outlet: string | null): NameSpan[] {
  return facilitiesAsPlaces(outletsAsOrganisations(withoutFunctionWords(names, text), text, outlet), text);
}

/**
 * A capitalised article, pronoun or conjunction alone is no name: "An" after a dateline's dash
 * ("AHMEDABAD, India — An Air India jet..."), where the recogniser cannot see a sentence start.
 */
function withoutFunctionWords(names: NameSpan[], text: string): NameSpan[] {
  return names.filter((n) => !FUNCTION_WORD.test(text.slice(n.start, n.end)));
}

const FUNCTION_WORD = /^(?:A|An|The|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|You|I|And|But|Or|If|In|On|At|Of|For|With|As|By)$/;

/**
 * The outlet the article names itself by (front matter, byline, credit line) is one
 * organisation wherever the recogniser found a name in it: "By Dana Whitfield, Hill Country
 * Courier" is neither a person nor "Hill Country" and "Courier". A one-word outlet may also be
 * a place or a person, and is left to the recogniser.
 */
function outletsAsOrganisations(names: NameSpan[], text: string, outlet: string | null): NameSpan[] {
  const name = outlet === null ? '' : outlet.trim().replace(/^the\s+/i, '');
  if (!/\s/.test(name) || names.length === 0) return names;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  let out = names;
  for (const m of text.matchAll(written)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = (n: NameSpan): boolean => n.start >= start && n.end <= end;
    if (!out.some(inside)) continue;
    out = [...out.filter((n) => !inside(n)), { start, end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A name ending in a word for a building or site is a place, not a person: "Apollo Gallery",
 * "Wembley Stadium", "Notre-Dame Cathedral" (words that are also surnames, "Hall", are left out).
 */
function facilitiesAsPlaces(names: NameSpan[], text: string): NameSpan[] {
  return names.map((n) => (n.type === 'PER' && FACILITY_END.test(text.slice(n.start, n.end)) ? { ...n, type: 'LOC' } : n));
}

const FACILITY_END = /\S\s+(?:Gallery|Museum|Palace|Cathedral|Basilica|Mosque|Synagogue|Temple|Airport|Stadium|Arena|Bridge|Dam|Square|Harbour|Harbor|Prison|Hospital)$/;

/**
 * Where a name and a date overlap, the date wins ("Tuesday", "November" are not names), except
 * a one-word date inside a longer name: "Kingston Evening Post", "Sunday Times", "Super Tuesday";
 * and a holiday is a date and a name at once ("Labor Day", "Christmas": MISC, as CoNLL-2003 has
 * it), whether the recogniser read it or not; so is "GMT" in "1800 GMT" when it read it.
 */
function settleNamesAndDates(
  recognised: readonly NameSpan[],
  found: readonly DateMention[],
  text: string,
): { names: NameSpan[]; dates: DateMention[] } {
  if (found.length === 0 || recognised.length === 0) return { names: [...recognised], dates: [...found] };
  const { names, dates } = monthsAsFirstNames(recognised, found, text);
  const keptNames: NameSpan[] = [];
  const datesInNames = new Set<DateMention>();
  let j = 0;
  for (const name of names) {
    while (j < dates.length && (dates[j] as Span).end <= name.start) j++;
    let clash = false;
    for (let k = j; k < dates.length; k++) {
      const d = dates[k] as DateMention;
      if (d.start >= name.end) break;
      const inside = d.start >= name.start && d.end <= name.end && d.end - d.start < name.end - name.start;
      if (inside && !/\s/.test(d.text) && /\s/.test(text.slice(name.start, name.end))) datesInNames.add(d);
      else clash = true;
    }
    if (!clash) keptNames.push(name);
    else if (isHoliday(text.slice(name.start, name.end)) || ZONE_NAME.test(text.slice(name.start, name.end))) {
      keptNames.push(name.type === 'MISC' ? name : { ...name, type: 'MISC' });
    }
  }
  addHolidayNames(keptNames, dates);
  return { names: keptNames, dates: datesInNames.size === 0 ? [...dates] : dates.filter((d) => !datesInNames.has(d)) };
}

/**
 * A month that opens a person's name is a first name: "correspondent April Ryan", "June Carter
 * sang". The recogniser, which reads months as dates, tags only the surname; the person takes the
 * month, unless a word before it asks for a date ("in April Ryan said" is left as it is).
 */
function monthsAsFirstNames(names: readonly NameSpan[], dates: readonly DateMention[], text: string): { names: NameSpan[]; dates: DateMention[] } {
  const taken = new Set<DateMention>();
  const byStart = new Map(names.map((n, i) => [n.start, i]));
  const out = [...names];
  for (const d of dates) {
    if (!MONTH_AS_FIRST_NAME.test(d.text) || text[d.end] !== ' ') continue;
    const i = byStart.get(d.end + 1);
    if (i === undefined || out[i]!.type !== 'PER' || DATE_CUE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    out[i] = { ...out[i]!, start: d.start };
    taken.add(d);
  }
  return taken.size === 0 ? { names: [...names], dates: [...dates] } : { names: out, dates: dates.filter((d) => !taken.has(d)) };
}

/** Months that are also first names ("April Ryan", "August Wilson"). */
const MONTH_AS_FIRST_NAME = /^(?:April|May|June|August)$/;
/** A word before a month that makes it the month: "in April", "since June", "early May". */
const DATE_CUE_BEFORE = /(?:^|[^\p{L}])(?:in|on|since|by|until|till|from|to|of|for|during|through|before|after|last|next|this|early|late|mid|each|every|and|or)\s+$/iu;

/** A time zone with a name of its own, read as one by the recogniser inside a time ("1800 GMT"): MISC in CoNLL-2003. */
const ZONE_NAME = /^(?:GMT|Greenwich Mean Time)$/;

const HOLIDAY_IN_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HOLIDAY_RE})(?![\\p{L}\\p{N}])`, 'giu');

function isHoliday(name: string): boolean {
  return capitalised(name) && Object.hasOwn(HOLIDAYS, name.toLowerCase().replace(/’/g, "'"));
}

/** "Labor Day", "Eid al-Fitr", not "Election day". */
function capitalised(name: string): boolean {
  return name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|al-|ul-)/.test(w));
}

/** Adds, in order, a MISC name for each capitalised holiday a date names that no name covers yet. */
function addHolidayNames(names: NameSpan[], dates: readonly DateMention[]): void {
  let added = false;
  for (const d of dates) {
    if (d.type !== 'DATE' || !/\p{Lu}/u.test(d.text)) continue;
    for (const m of d.text.matchAll(HOLIDAY_IN_DATE)) {
      if (!capitalised(m[0]) || m[0].startsWith('The')) continue;
      const start = d.start + m.index;
      const end = start + m[0].length;
      if (names.some((n) => n.start < end && start < n.end)) continue;
      names.push({ start, end, type: 'MISC' });
      added = true;
    }
  }
  if (added) names.sort((a, b) => a.start - b.start);
}
