// The date one source gives for an event: "Petro announced on November 11", "Hegseth announced
// Operation Southern Spear on Thursday". The event is named by its verb (as a lemma), the
// entity doing it right before the verb, and what it acts on (the first name or noun after the
// verb), so "Hegseth announced the strike on Saturday" and "Hegseth announced Operation Southern
// Spear on Thursday" stay two events. Only a short list of verbs that happen once is read;
// "said on Tuesday" happens every day.

import type { ArticleAnalysis, DateMention, EntityMention, Span } from '../model';
import { nameKey } from '../recognize/names/aliases';
import { entityKey } from '../sources/keys';
import type { LineIndex } from '../text/lines';
import { quoteOf, sentenceAround, spansWithin } from './context';
import type { ClaimSource, EventDateClaim } from './types';

/** Inflected forms -> lemma, for verbs that name one-off events. */
const EVENT_VERBS: ReadonlyMap<string, string> = new Map(
  ([
    ['announce', ['announced', 'announces']], ['sign', ['signed', 'signs']], ['declare', ['declared', 'declares']],
    ['order', ['ordered']], ['suspend', ['suspended', 'suspends']], ['launch', ['launched', 'launches']],
    ['designate', ['designated', 'designates']], ['sanction', ['sanctioned']], ['resign', ['resigned']],
    ['arrest', ['arrested']], ['approve', ['approved', 'approves']], ['issue', ['issued']],
    ['appoint', ['appointed']], ['unveil', ['unveiled', 'unveils']], ['open', ['opened', 'reopened']],
    ['close', ['closed']], ['elect', ['elected']], ['sworn in', ['sworn']], ['die', ['died']],
    ['land', ['landed']], ['collapse', ['collapsed']], ['erupt', ['erupted']], ['halt', ['halted']],
    ['release', ['released']], ['publish', ['published']], ['file', ['filed']], ['vote', ['voted']],
  ] as const).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])),
);

/** Words allowed between the doer and the verb ("Petro has formally announced"). */
const BETWEEN_DOER_AND_VERB = /^(?:,\s+who)?(?:\s+(?:has|have|had|also|formally|officially|publicly|first|then|finally|was|were|is|quietly|abruptly))*\s+$/i;
/** Words allowed between the verb (and its object) and the date: "on", "late on", "early on". */
const BEFORE_DATE = /\s+(?:(?:late|early)\s+)?(?:on|in)\s+$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Between the verb and a name it acts on: an article at most. */
const OBJECT_LEAD = /^\s+(?:(?:the|a|an)\s+)?$/i;
/** The last word before a preposition (or the end) of the words after the verb: the object's head noun. */
const HEAD_NOUN = /^\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:for|of|to|with|at|from|against|over|into|under|by|about)\b.*)?\s*$/su;
const STOP_OBJECT: ReadonlySet<string> = new Set(['that', 'it', 'this', 'them', 'him', 'her', 'late', 'early']);

/** Event-date claims of one source. */
export function eventDateClaims(source: ClaimSource, analysis: ArticleAnalysis, lines: LineIndex): EventDateClaim[] {
  const out: EventDateClaim[] = [];
  for (const date of analysis.dates) {
    if (date.type !== 'DATE' || !DAY.test(date.value)) continue;
    const claim = claimFor(source, analysis, lines, date) ?? namedEventClaim(source, analysis, lines, date);
    if (claim !== null) out.push(claim);
  }
  return out;
}

function claimFor(source: ClaimSource, analysis: ArticleAnalysis, lines: LineIndex, date: DateMention): EventDateClaim | null {
  const { text } = analysis;
  const sentence = sentenceAround(analysis.sentences, text, date.start, date.end);
  // The verb: the last event verb before the date, within 60 characters, no clause break between.
  const window = text.slice(Math.max(sentence.start, date.start - 60), date.start);
  if (!BEFORE_DATE.test(window)) return null;
  const base = date.start - window.length;
  let verb: { lemma: string; start: number; end: number } | null = null;
  for (const m of window.matchAll(/\b[a-z]+\b/g)) {
    const lemma = EVENT_VERBS.get(m[0]);
    if (lemma !== undefined) verb = { lemma, start: base + m.index, end: base + m.index + m[0].length };
  }
  if (verb === null || /[,;:—–()]/.test(text.slice(verb.end, date.start))) return null;
  const doer = doerOf(text, analysis.entities, sentence.start, verb.start);
  if (doer === null) return null;
  const object = objectOf(text, analysis.entities, verb.end, date.start);
  const label = `${doer.canonical} ${text.slice(verb.start, verb.end)}${object === '' ? '' : ` ${objectLabel(text, analysis.entities, verb.end, date.start)}`}`;
  return eventClaim(source, text, lines, sentence, date, `${verb.lemma}|${doerKey(doer)}|${object}`, label);
}

/** The claim that `date` is when `event` happened. */
function eventClaim(source: ClaimSource, text: string, lines: LineIndex, sentence: Span, date: DateMention, event: string, label: string): EventDateClaim {
  const position = lines.positionAt(date.start);
  return {
    // Named one by one: V8's optimised object spread gives each source's claims a map of their
    // own (thousands of maps, ~8 KB an article), a literal shares one.
    uri: source.uri,
    title: source.title,
    outlet: source.outlet,
    published: source.published,
    start: date.start,
    end: date.end,
    text: date.text,
    line: position.line,
    character: position.character,
    event,
    label,
    value: date.value,
    quote: quoteOf(text, sentence),
  };
}

/**
 * The story's event named by a noun ("the theft on October 19", "the heist of the crown jewels
 * on Sunday", "the jewels stolen from the Louvre on Sunday", "made landfall on Oct. 28"). With
 * no doer, one noun may name several events (strikes, raids): its key ends in '|', so that the
 * comparison reports it only when its sources agree (compare.ts), never as a conflict.
 */
function namedEventClaim(source: ClaimSource, analysis: ArticleAnalysis, lines: LineIndex, date: DateMention): EventDateClaim | null {
  const { text } = analysis;
  const sentence = sentenceAround(analysis.sentences, text, date.start, date.end);
  const before = text.slice(Math.max(sentence.start, date.start - 70), date.start);
  const m = NAMED_EVENT.exec(before);
  if (m === null) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const lemma = EVENT_NOUNS.get(word);
  return lemma === undefined ? null : eventClaim(source, text, lines, sentence, date, `the|${lemma}|`, `the ${lemma}`);
}

/** Event nouns (and the participles and phrases that name the same events) -> one name. */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map(
  ([
    ['theft', ['theft', 'heist', 'robbery', 'break-in', 'stolen', 'robbed']],
    ['landfall', ['landfall', 'made landfall', 'came ashore']],
    ['collapse', ['collapse', 'collapsed']],
    ['explosion', ['explosion', 'blast']],
    ['earthquake', ['earthquake', 'quake']],
    ['crash', ['crash', 'plane crash', 'derailment', 'crashed']],
    ['shooting', ['shooting', 'massacre']],
    ['bombing', ['bombing']],
    ['eruption', ['eruption']],
    ['sinking', ['sinking', 'capsized', 'sank']],
    ['coup', ['coup']],
    ['assassination', ['assassination']],
    ['election', ['election', 'runoff', 'referendum']],
  ] as const).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])),
);

/**
 * Before a date: "the NOUN (of|from|at|in ... up to 40 characters) on" with no clause break, or
 * a participle or phrase right before "on": "stolen from the Louvre on", "made landfall on".
 */
const NAMED_EVENT = /(?:\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(theft|heist|robbery|break-in|collapse|explosion|blast|earthquake|quake|crash|plane crash|derailment|shooting|massacre|bombing|eruption|sinking|coup|assassination|election|runoff|referendum)\b(?:\s+(?:of|from|at|in|near)\b[^,;:.()—–]{0,40})?|\b(stolen|robbed|collapsed|crashed|capsized|sank|made\s+landfall|came\s+ashore)\b(?:\s+(?:from|at|in|near|off)\b[^,;:.()—–]{0,40})?)\s+(?:(?:late|early)\s+)?on\s+$/u;

/** The entity right before the verb (only auxiliaries and adverbs between). */
function doerOf(text: string, entities: readonly EntityMention[], from: number, verbStart: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const e of spansWithin(entities, from, verbStart)) if (best === null || e.end > best.end) best = e;
  if (best === null || !BETWEEN_DOER_AND_VERB.test(text.slice(best.end, verbStart))) return null;
  return best.type === 'MISC' ? null : best;
}

/**
 * The doer as events are matched across sources: a person by surname, as outlets name them
 * ("President Donald Trump", "Trump"); others by their entity key.
 */
function doerKey(doer: EntityMention): string {
  if (doer.type !== 'PER') return entityKey(doer.type, doer.canonical);
  const words = nameKey(doer.canonical).split(' ');
  return `PER:${words[words.length - 1] ?? ''}`;
}

/**
 * What the verb acts on, as a key: a name right after the verb ("announced Operation Southern
 * Spear"), else the head noun of the phrase before its first preposition ("a major disaster
 * declaration for Kerr County" -> "declaration", "the closure of the river port" -> "closure"),
 * or '' for none.
 */
function objectOf(text: string, entities: readonly EntityMention[], verbEnd: number, dateStart: number): string {
  const [named] = spansWithin(entities, verbEnd, dateStart);
  if (named !== undefined && OBJECT_LEAD.test(text.slice(verbEnd, named.start))) return entityKey(named.type, named.canonical);
  const phrase = text.slice(verbEnd, dateStart).replace(/\s+(?:(?:late|early)\s+)?(?:on|in)\s+$/i, ' ');
  const head = HEAD_NOUN.exec(phrase)?.[1] ?? '';
  if (head === '' || STOP_OBJECT.has(head.toLowerCase())) return '';
  return nameKey(head);
}

function objectLabel(text: string, entities: readonly EntityMention[], verbEnd: number, dateStart: number): string {
  const [named] = spansWithin(entities, verbEnd, dateStart);
  if (named !== undefined) return named.canonical;
  return text.slice(verbEnd, dateStart).replace(/\s+(?:(?:late|early)\s+)?(?:on|in)\s+$/i, '').trim().replace(/\s+/g, ' ');
}
