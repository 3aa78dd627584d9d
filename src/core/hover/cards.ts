// Building hover cards from the index: the hovered mention, then what other sources say about
// the same entity, measure or date. Other sources are read from the index's sorted lists and
// quoted only for the capped list, so a card costs the same with 10 sources or 10,000.

import type { DateMention, EntityMention, Figure } from '../model';
import { mergeNewestFirst, type SourceBucket } from '../sources/buckets';
import { dateKey, entityKey, figureMeasure } from '../sources/keys';
import { quoteAround } from '../sources/quote';
import type { Source } from '../sources/source';
import type { FigureRef, IndexView } from '../sources/sourceIndex';
import type { CancellationToken, MentionAt } from '../sources/types';
import { figureRelation } from './relation';
import type { DateCard, EntityCard, FigureCard, FigureComparison, HoverCard, HoverOptions, SourceContext } from './model';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The card for a mention in `source`, or null when the request was cancelled. */
export function buildHoverCard(
  view: IndexView, source: Source, at: MentionAt, options: HoverOptions, token?: CancellationToken,
): HoverCard | null {
  switch (at.kind) {
    case 'entity': return entityCard(view, source, at.mention, options, token);
    case 'figure': return figureCard(view, source, at.figure, options, token);
    case 'date': return dateCard(view, source, at.date, options, token);
  }
}

function entityCard(
  view: IndexView, source: Source, mention: EntityMention, options: HoverOptions, token?: CancellationToken,
): EntityCard | null {
  const { key, buckets } = view.entityGroup(entityKey(mention.type, mention.canonical));
  const here = source.entityGroups.get(entityKey(mention.type, mention.canonical)) ?? [mention];
  const aliases: string[] = [];
  for (const cluster of source.analysis.entityClusters) {
    if (cluster.type !== mention.type || !here.includes(cluster.mentions[0] as EntityMention)) continue;
    for (const alias of cluster.aliases) if (!aliases.includes(alias)) aliases.push(alias);
  }
  const sourcesTotal = view.sourceCount(buckets);
  const others = contexts(mergeNewestFirst(buckets), source.uri, options, token);
  if (others === null) return null;
  const otherSources = sourcesTotal - (buckets.some((b) => b.byUri.has(source.uri)) ? 1 : 0);
  return {
    kind: 'entity', range: source.locate(mention), key, type: mention.type, canonical: view.displayName(key),
    aliases, mentionsHere: here.length, sourcesTotal, others, othersMore: Math.max(0, otherSources - others.length),
  };
}

function dateCard(
  view: IndexView, source: Source, date: DateMention, options: HoverOptions, token?: CancellationToken,
): DateCard | null {
  const value = dateKey(date);
  const bucket: SourceBucket<Source, DateMention> | undefined = value === null ? undefined : view.dates(value);
  const others = bucket === undefined ? [] : contexts(bucket.sorted, source.uri, options, token);
  if (others === null) return null;
  const otherSources = bucket === undefined ? 0 : bucket.size - (bucket.byUri.has(source.uri) ? 1 : 0);
  return {
    kind: 'date', range: source.locate(date), date, iso: date.value, weekday: weekdayOf(date.value),
    others, othersMore: Math.max(0, otherSources - others.length),
  };
}

function figureCard(
  view: IndexView, source: Source, figure: Figure, options: HoverOptions, token?: CancellationToken,
): FigureCard | null {
  const measure = figureMeasure(figure);
  const bucket = measure === null ? undefined : view.figures(measure);
  const picked: FigureRef[] = [];
  let total = 0;
  if (bucket !== undefined) {
    total = bucket.sorted.length - (bucket.byUri.get(source.uri)?.length ?? 0);
    for (const ref of bucket.sorted) {
      if (picked.length >= options.maxSources) break;
      if (ref.uri !== source.uri) picked.push(ref);
    }
  }
  const others: FigureComparison[] = [];
  // The latest figures are the ones a reader weighs; they are listed oldest first, as a timeline.
  for (const ref of picked.reverse()) {
    if (token?.isCancellationRequested) return null;
    const f = ref.figure;
    const sameMeasure = bucket?.byUri.get(ref.uri)?.length ?? 1;
    others.push({
      ...context(ref.record, f, sameMeasure - 1, options.quoteChars),
      value: f.value, valueMax: f.valueMax ?? null, qualifier: f.qualifier, asOf: f.asOf, text: f.text,
      relation: figureRelation(figure, f),
    });
  }
  return { kind: 'figure', range: source.locate(figure), figure, others, othersMore: Math.max(0, total - others.length) };
}

/** The first `maxSources` entries from another source than `ownUri`, as contexts; null if cancelled. */
function contexts<T extends EntityMention | DateMention>(
  entries: Iterable<{ readonly uri: string; readonly record: Source; readonly items: readonly T[] }>,
  ownUri: string, options: HoverOptions, token?: CancellationToken,
): SourceContext[] | null {
  const out: SourceContext[] = [];
  if (options.maxSources === 0) return out;
  for (const entry of entries) {
    if (token?.isCancellationRequested) return null;
    if (entry.uri === ownUri) continue;
    let first = entry.items[0];
    for (const item of entry.items) if (first === undefined || item.start < first.start) first = item;
    if (first === undefined) continue;
    out.push(context(entry.record, first, entry.items.length - 1, options.quoteChars));
    if (out.length >= options.maxSources) break;
  }
  return out;
}

function context(record: Source, span: { start: number; end: number }, moreInSource: number, quoteChars: number): SourceContext {
  const at = record.lines.positionAt(span.start);
  return {
    uri: record.uri, ...record.label,
    quote: quoteAround(record.analysis, span.start, span.end, quoteChars),
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
