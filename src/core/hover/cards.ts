// Building hover cards from the index: the hovered mention, then what other sources say about
// the same entity, measure or date. Other sources are read from the index's sorted lists and
// quoted only for the capped list, so a card costs the same with 10 sources or 10,000.

import type { DateMention, EntityMention, Figure, Span } from '../model';
import type { Claim, Fact, Verdict } from '../facts/types';
import { type FigureRef, itemsIn, type KeyBucket, mergeNewestFirst } from '../sources/buckets';
import { dateKey, entityKey, figureMeasure } from '../sources/keys';
import type { Source } from '../sources/source';
import type { Hit, IndexView } from '../sources/sourceIndex';
import { DAT, ENT, FIG, type Kind } from '../sources/store';
import type { CancellationToken } from '../sources/types';
import { figureRelation } from './relation';
import { cardFact, claimsIn, conflictingClaims, factAt, pairVerdict, sourcesOf } from './verdicts';
import type { DateCard, EntityCard, FigureCard, FigureComparison, HoverCard, HoverOptions, SourceContext } from './model';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The card for a mention in `source`, or null when the request was cancelled. */
export function buildHoverCard(
  view: IndexView, source: Source, hit: Hit, options: HoverOptions, token?: CancellationToken,
): HoverCard | null {
  const { at } = hit;
  switch (at.kind) {
    case 'entity': return entityCard(view, source, at.mention, hit.index, options, token);
    case 'figure': return figureCard(view, source, at.figure, options, token);
    case 'date': return dateCard(view, source, at.date, options, token);
  }
}

function entityCard(
  view: IndexView, source: Source, mention: EntityMention, index: number, options: HoverOptions, token?: CancellationToken,
): EntityCard | null {
  const { key, buckets } = view.entityGroup(entityKey(mention.type, mention.canonical));
  const { store } = source;
  const own = source.group(ENT, entityKey(mention.type, mention.canonical));
  const here = own < 0 ? [index] : store.groupItems(ENT, own);
  const aliases: string[] = [];
  for (let c = 0; c < store.clusterCount(); c++) {
    if (store.clusterType(c) !== mention.type || !here.includes(store.clusterFirst(c))) continue;
    for (const alias of store.clusterAliases(c) as readonly string[]) if (!aliases.includes(alias)) aliases.push(alias);
  }
  const sourcesTotal = view.sourceCount(buckets);
  const others = contexts(mergeNewestFirst(buckets), ENT, (s) => itemsIn(s, buckets), source.uri, options, token);
  if (others === null) return null;
  const otherSources = sourcesTotal - (buckets.some((b) => b.has(source)) ? 1 : 0);
  return {
    kind: 'entity', range: source.locate(mention), key, type: mention.type, canonical: view.displayName(key),
    aliases, mentionsHere: here.length, sourcesTotal, others, othersMore: Math.max(0, otherSources - others.length),
  };
}

function dateCard(
  view: IndexView, source: Source, date: DateMention, options: HoverOptions, token?: CancellationToken,
): DateCard | null {
  const value = dateKey(date);
  const bucket: KeyBucket | undefined = value === null ? undefined : view.dates(value);
  const others = bucket === undefined ? [] : contexts(bucket.sources, DAT, (s) => bucket.items(s), source.uri, options, token);
  if (others === null) return null;
  const otherSources = bucket === undefined ? 0 : bucket.size - (bucket.has(source) ? 1 : 0);
  const dated = factAt(view.factsOf(source).events, source.uri, date.start, date.end);
  return {
    kind: 'date', range: source.locate(date), date, iso: date.value, weekday: weekdayOf(date.value),
    others, othersMore: Math.max(0, otherSources - others.length),
    event: dated === null ? null : cardFact(dated.fact, dated.index, view.displayName),
  };
}

function figureCard(
  view: IndexView, source: Source, figure: Figure, options: HoverOptions, token?: CancellationToken,
): FigureCard | null {
  const claimed = factAt(view.factsOf(source).facts, source.uri, figure.start, figure.end);
  if (claimed !== null) return factCard(view, source, figure, claimed, options, token);
  // Not a claim of any fact (no other source says it, or it is about something unknown): the
  // other sources' figures on the same measure, without verdicts.
  const measure = figureMeasure(figure);
  const bucket = measure === null ? undefined : view.figures(measure);
  // One line per other source: its latest figure of the measure, the latest sources first.
  const picked = new Map<string, FigureRef>();
  let sources = 0;
  if (bucket !== undefined) {
    sources = bucket.sources - (bucket.countIn(source) > 0 ? 1 : 0);
    for (const ref of bucket) {
      if (picked.size >= options.maxSources) break;
      if (ref.uri !== source.uri && !picked.has(ref.uri)) picked.set(ref.uri, ref);
    }
  }
  const others: FigureComparison[] = [];
  // The latest figures are the ones a reader weighs; they are listed oldest first, as a timeline.
  for (const ref of [...picked.values()].reverse()) {
    if (token?.isCancellationRequested) return null;
    const f = ref.record.store.item(FIG, ref.index) as Figure;
    const sameMeasure = bucket?.countIn(ref.record) ?? 1;
    others.push(comparison(ref.record, figure, f, sameMeasure - 1, options, null));
  }
  return { kind: 'figure', range: source.locate(figure), figure, others, othersMore: Math.max(0, sources - others.length), fact: null };
}

/**
 * A figure that is a claim of a fact: what the other sources claim of that same fact (same
 * measure, scope and subject), one line per source, the latest `maxSources` sources by as-of
 * date, each judged against it. A source's line is its claim in conflict with the hovered one
 * if it has one (so the line agrees with the card's warnings), else its latest claim.
 * A single strike's toll is not listed beside running totals: it is another fact.
 */
function factCard(
  view: IndexView, source: Source, figure: Figure, claimed: { fact: Fact; index: number }, options: HoverOptions, token?: CancellationToken,
): FigureCard | null {
  const { fact, index } = claimed;
  // Claims are in as-of order: walk back from the latest, a source at a time.
  const picked = new Map<string, number>();
  for (let k = fact.claims.length - 1; k >= 0 && picked.size < options.maxSources; k--) {
    const uri = (fact.claims[k] as Claim).uri;
    if (uri !== source.uri && !picked.has(uri)) picked.set(uri, k);
  }
  for (const j of conflictingClaims(fact, index)) {
    const uri = (fact.claims[j] as Claim).uri;
    if (picked.has(uri)) picked.set(uri, j);
  }
  const others: FigureComparison[] = [];
  for (const k of [...picked.values()].sort((a, b) => a - b)) {
    if (token?.isCancellationRequested) return null;
    const claim = fact.claims[k] as Claim;
    const record = view.sources.get(claim.uri);
    const at = record === undefined ? -1 : record.mentionAt(FIG, claim.start);
    if (record === undefined || at < 0) continue;
    const f = record.store.item(FIG, at) as Figure;
    if (f.start !== claim.start || f.end !== claim.end) continue;
    others.push(comparison(record, figure, f, claimsIn(fact, claim.uri) - 1, options, pairVerdict(fact, index, claim.uri, f)));
  }
  const theirs = sourcesOf(fact) - (claimsIn(fact, source.uri) > 0 ? 1 : 0);
  return {
    kind: 'figure', range: source.locate(figure), figure, others, othersMore: Math.max(0, theirs - others.length),
    fact: cardFact(fact, index, view.displayName),
  };
}

function comparison(record: Source, here: Figure, f: Figure, moreInSource: number, options: HoverOptions, verdict: Verdict | null): FigureComparison {
  return {
    ...context(record, f, moreInSource, options.quoteChars),
    value: f.value, valueMax: f.valueMax ?? null, qualifier: f.qualifier, asOf: f.asOf, text: f.text,
    relation: figureRelation(here, f),
    verdict,
  };
}

/** The first `maxSources` sources other than `ownUri`, as contexts; null if cancelled. */
function contexts(
  entries: Iterable<Source>, kind: Kind, itemsOf: (source: Source) => readonly number[],
  ownUri: string, options: HoverOptions, token?: CancellationToken,
): SourceContext[] | null {
  const out: SourceContext[] = [];
  if (options.maxSources === 0) return out;
  for (const record of entries) {
    if (token?.isCancellationRequested) return null;
    if (record.uri === ownUri) continue;
    const items = itemsOf(record);
    const { store } = record;
    let first = items[0];
    for (const item of items) if (first === undefined || store.startOf(kind, item) < store.startOf(kind, first)) first = item;
    if (first === undefined) continue;
    out.push(context(record, record.span(kind, first), items.length - 1, options.quoteChars));
    if (out.length >= options.maxSources) break;
  }
  return out;
}

function context(record: Source, span: Span, moreInSource: number, quoteChars: number): SourceContext {
  const at = record.lines.positionAt(span.start);
  return {
    uri: record.uri, ...record.label,
    quote: record.quote(span.start, span.end, quoteChars),
    start: span.start, end: span.end, line: at.line, character: at.character, moreInSource,
  };
}

/** 'Tuesday' for a full ISO day, else null. */
export function weekdayOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? WEEKDAYS[date.getUTCDay()] ?? null : null;
}
