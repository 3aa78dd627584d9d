// One source's figures read as claims: what each measures, in which scope, about which place,
// as of when. Computed once when a source is indexed; the result is plain data (it is cached on
// disk as JSON beside the analysis), so nothing here keeps a reference to the analysis.

import type { ArticleAnalysis, DateMention, Figure, Qualifier, Span } from '../model';
import { entityKey } from '../sources/keys';
import { LineIndex } from '../text/lines';
import { clauseAround, quoteOf, sentenceAround, spansWithin, subjectOf } from './context';
import { eventDateClaims } from './eventDates';
import { measureOf } from './measures';
import { ordinalEvent, scopeOf } from './scope';
import type { Claim, ClaimSource, SourceClaims } from './types';

/** The claims and event dates one source makes. */
export function claimsOf(uri: string, analysis: ArticleAnalysis): SourceClaims {
  const source = claimSource(uri, analysis);
  const lines = new LineIndex(analysis.text);
  const claims: Claim[] = [];
  for (const figure of analysis.figures) {
    const claim = claimOf(source, analysis, lines, figure);
    if (claim !== null) claims.push(claim);
  }
  return { claims, events: eventDateClaims(source, analysis, lines) };
}

/** Who says it: the uri, title, outlet and date every claim of the source carries. */
export function claimSource(uri: string, analysis: ArticleAnalysis): ClaimSource {
  const { meta } = analysis;
  return {
    uri,
    title: meta.title ?? lastSegment(uri),
    outlet: outletName(meta.source),
    published: meta.published ?? analysis.referenceDate,
  };
}

/**
 * "From 76 to 80", "down from over 25,000", "earlier tallies put it at 80": a past value, not a
 * claim about now; "including three people who died": a part of another count.
 */
const PAST_VALUE = /\bfrom\s+$|\b(?:including|among them|of whom|of which)\s+$/i;
/** Anywhere before the figure in its sentence: the sentence tells an earlier count. */
const EARLIER_COUNT = /\b(?:earlier (?:tall(?:y|ies)|counts?|figures?|reports?|estimates?)|previous(?:ly)?|initial(?:ly)?|at first|first reports?|had stood at)\b/i;

const ANOTHER_EVENT = /\b(?:another|a separate|separate|a second|other)\s+(?:[a-z-]+\s+)?(?:strike|attack|raid|airstrike|blast|explosion|bombing|crash|shooting|aftershock|tremor)s?\b/i;

/** "nine of them", "three more bodies": a part of another count, or an increment, is not a count of its own. */
const PART_OR_INCREMENT = /^\s+(?:of\s+(?:them|those|whom|which|these|the)|more|additional|further|other)\b/i;
/** After a counted noun only an increment is: "eight pieces of the crown jewels" counts pieces. */
const INCREMENT = /^\s+(?:more|additional|further|other)\b/i;
/** "241 of the 242 people on board": a count out of a known number is a count of its own. */
const OUT_OF = /^\s+of\s+the\s+\d/i;
/** Who of all the people a count is about, right after it: "19 (people) on the ground", "241 were on board". */
const SUBGROUP = /^\s+(?:of\s+the\s+[\d,]+\s+)?(?:(?:people|passengers|persons|crew|crew\s+members)\s+)?(?:(?:were|was)\s+)?(on\s+board|aboard|on\s+the\s+ground)\b/i;
/** "Of the dead, 241 were on board": bare numbers in the sentence count the dead. */
const OF_THE_DEAD = /^\s*Of\s+the\s+(?:dead|victims|people\s+killed|fatalities)\s*,/i;

/**
 * "nine of them", "three more bodies", "two new cases": not a count of its own. After a counted
 * noun ("eight pieces of the crown jewels") or before a known whole ("241 of the 242 people"),
 * "of the" is no part-of.
 */
function isPartOrIncrement(text: string, figure: Figure): boolean {
  const after = text.slice(figure.end, figure.end + 24);
  const partOf = figure.counted === undefined && !OUT_OF.test(after);
  return (partOf ? PART_OR_INCREMENT : INCREMENT).test(after) || /\b(?:more|additional|further|new)\s+\S+$/i.test(figure.text);
}

function claimOf(source: ClaimSource, analysis: ArticleAnalysis, lines: LineIndex, figure: Figure): Claim | null {
  const { text } = analysis;
  const sentence = sentenceAround(analysis.sentences, text, figure.start, figure.end);
  const clause = clauseAround(text, sentence, figure.start, figure.end);
  const before = text.slice(Math.max(clause.start, figure.start - 40), figure.start);
  if (PAST_VALUE.test(before) || EARLIER_COUNT.test(text.slice(sentence.start, figure.start)) || isPartOrIncrement(text, figure)) return null;
  const after = text.slice(figure.end, Math.min(clause.end, figure.end + 60));
  const sentenceText = text.slice(sentence.start, sentence.end);
  const measured = measureOf(figure, `${before}${figure.text}${after}`, after)
    ?? ((figure.unit ?? null) === null && figure.kind === 'count' && OF_THE_DEAD.test(sentenceText) ? 'deaths' : null);
  if (measured === null) return null;
  // Deaths on board and on the ground are counts of their own, beside the whole toll.
  const group = /^(?:deaths|injuries|missing)$/.test(measured) ? SUBGROUP.exec(after)?.[1] : undefined;
  const measure = group === undefined ? measured : `${measured}:${/ground/i.test(group) ? 'on the ground' : 'on board'}`;

  const at = figure.start - sentence.start;
  const clauseInSentence = { start: clause.start - sentence.start, end: clause.end - sentence.start };
  const { scope, from: scopeFrom } = scopeOf(sentenceText, clauseInSentence, at, figure.end - sentence.start, measure, figure.text);
  const { asOf, asOfFrom } = asOfOf(analysis, sentence, figure);
  if (asOfFrom === 'sentence' && isHistorical(asOf, source.published)) return null;
  let event: string | null = null;
  let place: string | null = null;
  if (scope === 'event') {
    // "Another strike on Tuesday": one of several that day, so the day does not name it.
    const dayNamesIt = asOfFrom === 'sentence' && asOf !== null && !ANOTHER_EVENT.test(sentenceText);
    event = ordinalEvent(sentenceText, at, figure.end - sentence.start) ?? (dayNamesIt ? `on:${asOf}` : null);
    const [where] = spansWithin(analysis.entities, clause.start, clause.end).filter((e) => e.type === 'LOC');
    place = where === undefined ? null : entityKey(where.type, where.canonical);
  }
  const position = lines.positionAt(figure.start);
  return {
    // Named one by one: V8's optimised object spread gives each source's claims a map of their
    // own (thousands of maps, ~8 KB an article), a literal shares one.
    uri: source.uri,
    title: source.title,
    outlet: source.outlet,
    published: source.published,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    line: position.line,
    character: position.character,
    measure: intern(measure),
    // A single event is named by its ordinal or date; the place matters for running totals.
    // Arrests are told of the case, whoever's police made them ("French police arrested two men").
    subject: scope === 'total' && measure !== 'arrests' ? internOrNull(subjectOf(text, sentence, clause, analysis.entities, figure)) : null,
    value: figure.value,
    valueMax: figure.valueMax ?? null,
    qualifier: figure.qualifier === null ? null : (intern(figure.qualifier) as Qualifier),
    scope,
    asOf: internOrNull(asOf),
    asOfFrom,
    quote: quoteOf(text, sentence),
    scopeFrom,
    event: internOrNull(event),
    place: internOrNull(place),
  };
}

/**
 * Claims stay in memory for the whole workspace (157,000 at 10,000 articles), and their keys
 * repeat: a date, a place, a measure, made afresh for each claim, would be a copy each (~10 MB).
 * Kept once here; the pool starts over if it ever holds more than POOL_LIMIT strings.
 */
const pool = new Map<string, string>();
const POOL_LIMIT = 100_000;

function intern(s: string): string {
  const kept = pool.get(s);
  if (kept !== undefined) return kept;
  if (pool.size >= POOL_LIMIT) pool.clear();
  pool.set(s, s);
  return s;
}

function internOrNull(s: string | null): string | null {
  return s === null ? null : intern(s);
}

/**
 * The figure's as-of date and where it came from. The recogniser's date stands, except when it
 * names the event rather than the count ("Saturday's earthquake", "since Saturday"): then
 * another day in the sentence, else the article's date.
 */
function asOfOf(analysis: ArticleAnalysis, sentence: Span, figure: Figure): { asOf: string | null; asOfFrom: Claim['asOfFrom'] } {
  const articleDate = analysis.referenceDate ?? analysis.meta.published;
  if (figure.asOf === null) return { asOf: null, asOfFrom: null };
  const inSentence = spansWithin(analysis.dates, sentence.start, sentence.end);
  const giver = inSentence.find((d) => d.value.startsWith(figure.asOf as string));
  if (giver === undefined) return { asOf: figure.asOf, asOfFrom: 'article' };
  if (!namesTheEvent(analysis.text, giver, sentence.start)) return { asOf: figure.asOf, asOfFrom: 'sentence' };
  let best: DateMention | null = null;
  for (const d of inSentence) {
    if (d === giver || d.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value) || namesTheEvent(analysis.text, d, sentence.start)) continue;
    if (best === null || Math.abs(d.start - figure.start) < Math.abs(best.start - figure.start)) best = d;
  }
  return best !== null ? { asOf: best.value, asOfFrom: 'sentence' } : { asOf: articleDate, asOfFrom: articleDate === null ? null : 'article' };
}

/** Half a year before the article: a figure from history ("in 2019, floods killed 120"), not about the story. */
const HISTORY_DAYS = 183;

function isHistorical(asOf: string | null, published: string | null): boolean {
  if (asOf === null || published === null) return false;
  const end = periodEnd(asOf);
  const pub = Date.parse(`${published}T00:00:00Z`);
  return end !== null && !Number.isNaN(pub) && pub - end > HISTORY_DAYS * 86_400_000;
}

/** The last day of '2024', '2025-08' or '2025-08-14', as a UTC time; null for weeks and the like. */
function periodEnd(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return Date.UTC(year, 11, 31);
  if (m[3] === undefined) return Date.UTC(year, Number(m[2]), 0);
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
}

/**
 * "Saturday's earthquake", "since Saturday", "floods that struck on the Fourth of July": a date
 * that dates the event, not a count. `from` is where the sentence starts.
 */
function namesTheEvent(text: string, date: DateMention, from: number): boolean {
  return /^(?:'s|’s)\b/.test(text.slice(date.end, date.end + 3))
    || /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, date.start - 16), date.start))
    || EVENT_CLAUSE_DATE.test(text.slice(Math.max(from, date.start - 90), date.start));
}

/** A relative clause telling when the event happened: "(floods) that struck central Texas on", "(the storm), which made landfall on". */
const EVENT_CLAUSE_DATE = /\b(?:that|which|when)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:first\s+)?(?:struck|hit|swept|slammed|tore|battered|pounded|began|started|erupted|collapsed|exploded|crashed|occurred|happened|took\s+place|made\s+landfall|came\s+ashore|broke\s+out)\b[^,;.]{0,60}?\b(?:on|in)\s+(?:the\s+)?$/iu;

/** An outlet's name; a URL in the `source` field becomes its host ("andeanobserver.com"). */
export function outletName(source: string | null): string | null {
  if (source === null) return null;
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(source.trim());
  if (url === null) return source.trim() || null;
  return (url[1] ?? '').replace(/^www\./i, '').replace(/:\d+$/, '') || null;
}

function lastSegment(uri: string): string {
  const trimmed = uri.replace(/[/\\]+$/, '');
  const segment = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(segment) || uri;
  } catch {
    return segment || uri;
  }
}
