// The cross-source index: many analysed articles and the maps that connect them (entity key,
// figure measure, date value -> the sources that mention it). Maps are kept up to date on every
// set/delete/rename, so queries read only what they answer; only workspaceSymbols and
// entitySummary walk all keys (never all sources' text).
//
// Cross-source aliasing (a first version; issue 5 improves it): entities are keyed
// `${type}:${nameKey(canonical)}`, and a one-word PER key ("PER:petro", from an article that
// never gives the full name) is read as the multi-word PER key ending in that word, when the
// workspace holds exactly one ("PER:gustavo petro"). The maps store keys as the articles give
// them; the resolution happens at query time, so adding or removing a "Gustavo Petro" or a
// "Sandra Petro" anywhere changes the answer without re-indexing anything.

import type { ArticleAnalysis, DateMention, EntityMention, Figure, InputIssue, Span } from '../model';
import type { NewsLens } from '../index';
import { nameKey } from '../recognize/names/aliases';
import { buildHoverCard } from '../hover/cards';
import { DEFAULT_HOVER_OPTIONS, type HoverOptions } from '../hover/model';
import { compareStrings, DatedList, lowerBound, mergeNewestFirst, SourceBucket, type SourceEntry } from './buckets';
import { contentHash } from './hash';
import { entityKey, keyName, keyType } from './keys';
import { quoteAround } from './quote';
import { Source } from './source';
import { documentSymbolsOf, matchScore } from './symbols';
import type {
  EntityLocation, EntitySummary, IndexSnapshot, MentionAt, SetResult, SourceIndex,
  SourceLocation, SourceSummary, WorkspaceSymbol,
} from './types';

export type EntityBucket = SourceBucket<Source, EntityMention>;
export type DateBucket = SourceBucket<Source, DateMention>;

/** One figure filed under its measure. */
export interface FigureRef {
  readonly uri: string;
  readonly record: Source;
  readonly figure: Figure;
}

/** Latest as-of first (undated last), then uri, then offset: unique per figure. */
export function latestAsOfFirst(a: FigureRef, b: FigureRef): number {
  const x = a.figure.asOf;
  const y = b.figure.asOf;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x > y ? -1 : 1;
  }
  return compareStrings(a.uri, b.uri) || a.figure.start - b.figure.start || a.figure.end - b.figure.end;
}

/** The figures of one measure across sources. */
export class FigureBucket {
  readonly sorted = new DatedList<FigureRef>((r) => r.figure.asOf, latestAsOfFirst);
  readonly byUri = new Map<string, readonly FigureRef[]>();
}

/** What the hover cards read from the index. */
export interface IndexView {
  readonly sources: ReadonlyMap<string, Source>;
  /** The buckets of the entity a key resolves to (its own, plus one-word aliases). */
  entityGroup(key: string): { key: string; buckets: EntityBucket[] };
  /** Sources mentioning the resolved entity. */
  sourceCount(buckets: readonly EntityBucket[]): number;
  displayName(key: string): string;
  figures(measure: string): FigureBucket | undefined;
  dates(value: string): DateBucket | undefined;
}

/** Create an empty index that analyses with `engine`. */
export function createSourceIndex(engine: NewsLens): SourceIndex {
  const sources = new Map<string, Source>();
  const entities = new Map<string, EntityBucket>();
  /** Entity key -> canonical spelling -> sources spelling it so; names a key for display. */
  const spellings = new Map<string, Map<string, number>>();
  const figures = new Map<string, FigureBucket>();
  const dates = new Map<string, DateBucket>();
  /** Last word -> multi-word PER keys ending in it. */
  const surnames = new Map<string, Set<string>>();
  let generation = 0;

  // --- Maintenance -----------------------------------------------------------------------------

  function file(source: Source): void {
    const { uri } = source;
    const date = source.label.date;
    for (const [key, items] of source.entityGroups) {
      let bucket = entities.get(key);
      if (bucket === undefined) {
        bucket = new SourceBucket();
        entities.set(key, bucket);
        const last = multiWordSurname(key);
        if (last !== null) getOrCreate(surnames, last, () => new Set<string>()).add(key);
      }
      bucket.add({ uri, date, record: source, items });
      const counts = getOrCreate(spellings, key, () => new Map<string, number>());
      for (const spelling of distinctCanonicals(items)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
    for (const [measure, items] of source.figureGroups) {
      const bucket = getOrCreate(figures, measure, () => new FigureBucket());
      const refs = items.map((figure) => ({ uri, record: source, figure }));
      bucket.byUri.set(uri, refs);
      for (const ref of refs) bucket.sorted.insert(ref);
    }
    for (const [value, items] of source.dateGroups) {
      getOrCreate(dates, value, () => new SourceBucket<Source, DateMention>()).add({ uri, date, record: source, items });
    }
  }

  function unfile(source: Source): void {
    const { uri } = source;
    for (const [key, items] of source.entityGroups) {
      const bucket = entities.get(key);
      if (bucket === undefined) continue;
      bucket.remove(uri);
      const counts = spellings.get(key);
      for (const spelling of distinctCanonicals(items)) {
        const n = (counts?.get(spelling) ?? 0) - 1;
        if (n > 0) counts?.set(spelling, n);
        else counts?.delete(spelling);
      }
      if (bucket.size > 0) continue;
      entities.delete(key);
      spellings.delete(key);
      const last = multiWordSurname(key);
      const set = last === null ? undefined : surnames.get(last);
      if (last !== null && set !== undefined) {
        set.delete(key);
        if (set.size === 0) surnames.delete(last);
      }
    }
    for (const measure of source.figureGroups.keys()) {
      const bucket = figures.get(measure);
      const refs = bucket?.byUri.get(uri);
      if (bucket === undefined || refs === undefined) continue;
      bucket.byUri.delete(uri);
      for (const ref of refs) bucket.sorted.remove(ref);
      if (bucket.sorted.length === 0) figures.delete(measure);
    }
    for (const value of source.dateGroups.keys()) {
      const bucket = dates.get(value);
      if (bucket === undefined) continue;
      bucket.remove(uri);
      if (bucket.size === 0) dates.delete(value);
    }
  }

  function put(uri: string, hash: string, analysis: ArticleAnalysis): SetResult {
    const old = sources.get(uri);
    if (old !== undefined && old.hash === hash) return { record: old, changed: false };
    if (old !== undefined) unfile(old);
    const source = new Source(uri, hash, analysis);
    sources.set(uri, source);
    file(source);
    generation++;
    return { record: source, changed: true };
  }

  // --- Resolution --------------------------------------------------------------------------------

  /** The key an entity is read as across the workspace (see the header). */
  function resolve(key: string): string {
    if (!key.startsWith('PER:') || key.includes(' ')) return key;
    const set = surnames.get(keyName(key));
    if (set === undefined || set.size !== 1) return key;
    const [full] = set;
    return full ?? key;
  }

  function entityGroup(key: string): { key: string; buckets: EntityBucket[] } {
    const resolved = resolve(key);
    const buckets: EntityBucket[] = [];
    const own = entities.get(resolved);
    if (own !== undefined) buckets.push(own);
    const last = multiWordSurname(resolved);
    if (last !== null && surnames.get(last)?.size === 1) {
      const alias = entities.get(`PER:${last}`);
      if (alias !== undefined) buckets.push(alias);
    }
    return { key: resolved, buckets };
  }

  function sourceCount(buckets: readonly EntityBucket[]): number {
    const [first, ...rest] = buckets;
    if (first === undefined) return 0;
    let count = first.size;
    for (const bucket of rest) for (const uri of bucket.byUri.keys()) if (!first.byUri.has(uri)) count++;
    return count;
  }

  function displayName(key: string): string {
    let best: string | null = null;
    let bestCount = -1;
    for (const [spelling, count] of spellings.get(key) ?? []) {
      if (best === null || count > bestCount || (count === bestCount && preferSpelling(spelling, best))) {
        best = spelling;
        bestCount = count;
      }
    }
    return best ?? keyName(key);
  }

  const view: IndexView = {
    sources,
    entityGroup,
    sourceCount,
    displayName,
    figures: (measure) => figures.get(measure),
    dates: (value) => dates.get(value),
  };

  // --- Queries -----------------------------------------------------------------------------------

  function mentionAt(uri: string, offset: number): MentionAt | null {
    const source = sources.get(uri);
    if (source === undefined) return null;
    const hits: { hit: MentionAt; span: Span; rank: number }[] = [];
    const entity = spanAt(source.entities, offset);
    if (entity !== null) hits.push({ hit: { kind: 'entity', mention: entity }, span: entity, rank: 0 });
    const figure = spanAt(source.figures, offset);
    if (figure !== null) hits.push({ hit: { kind: 'figure', figure }, span: figure, rank: 1 });
    const date = spanAt(source.dates, offset);
    if (date !== null) hits.push({ hit: { kind: 'date', date }, span: date, rank: 2 });
    // Overlaps are rare; inside beats touching the end, then the narrower span.
    hits.sort((a, b) => Number(offset >= a.span.end) - Number(offset >= b.span.end)
      || (a.span.end - a.span.start) - (b.span.end - b.span.start) || a.rank - b.rank);
    return hits[0]?.hit ?? null;
  }

  function entityKeyAt(uri: string, offset: number): string | null {
    const at = mentionAt(uri, offset);
    return at?.kind === 'entity' ? entityKey(at.mention.type, at.mention.canonical) : null;
  }

  function locationOf(source: Source, span: Span): SourceLocation {
    return { uri: source.uri, ...source.locate(span) };
  }

  function earliestMention(buckets: readonly EntityBucket[]): SourceLocation | null {
    let best: SourceEntry<Source, EntityMention> | undefined;
    for (const bucket of buckets) {
      const e = bucket.earliest();
      if (e !== undefined && (best === undefined || earlierSource(e, best))) best = e;
    }
    if (best === undefined) return null;
    let first: EntityMention | undefined;
    for (const bucket of buckets) {
      const m = bucket.byUri.get(best.uri)?.items[0];
      if (m !== undefined && (first === undefined || m.start < first.start)) first = m;
    }
    return first === undefined ? null : locationOf(best.record, first);
  }

  function summaryKeys(): string[] {
    // One-word PER keys read as a full name are counted under that name.
    return [...entities.keys()].filter((key) => resolve(key) === key);
  }

  const index: SourceIndex = {
    set(uri: string, text: string, decodeIssues?: readonly InputIssue[]): SetResult {
      const hash = contentHash(text);
      const old = sources.get(uri);
      if (old !== undefined && old.hash === hash) return { record: old, changed: false };
      const analysis = engine.analyze(decodeIssues === undefined ? { uri, text } : { uri, text, decodeIssues });
      return put(uri, hash, analysis);
    },
    setAnalysis: put,
    has: (uri) => sources.has(uri),
    get: (uri) => sources.get(uri),
    delete(uri: string): boolean {
      const source = sources.get(uri);
      if (source === undefined) return false;
      unfile(source);
      sources.delete(uri);
      generation++;
      return true;
    },
    rename(from: string, to: string): boolean {
      const source = sources.get(from);
      if (source === undefined) return false;
      if (from === to) return true;
      const existing = sources.get(to);
      if (existing !== undefined) {
        unfile(existing);
        sources.delete(to);
      }
      unfile(source);
      sources.delete(from);
      const moved = new Source(to, source.hash, source.analysis);
      sources.set(to, moved);
      file(moved);
      generation++;
      return true;
    },
    records: () => sources.values(),
    get size() {
      return sources.size;
    },
    get generation() {
      return generation;
    },

    mentionAt,
    hoverCard(uri, offset, options, token) {
      const source = sources.get(uri);
      const at = mentionAt(uri, offset);
      if (source === undefined || at === null) return null;
      const settings: HoverOptions = {
        maxSources: Math.max(0, Math.floor(options?.maxSources ?? DEFAULT_HOVER_OPTIONS.maxSources)),
        quoteChars: Math.max(0, Math.floor(options?.quoteChars ?? DEFAULT_HOVER_OPTIONS.quoteChars)),
      };
      return buildHoverCard(view, source, at, settings, token);
    },
    references(uri, offset, token) {
      const key = entityKeyAt(uri, offset);
      if (key === null) return [];
      const out: SourceLocation[] = [];
      for (const entry of mergeNewestFirst(entityGroup(key).buckets)) {
        if (token?.isCancellationRequested) break;
        for (const m of entry.items) out.push(locationOf(entry.record, m));
      }
      return out.sort((a, b) => compareStrings(a.uri, b.uri) || a.start - b.start);
    },
    definition(uri, offset) {
      const key = entityKeyAt(uri, offset);
      return key === null ? null : earliestMention(entityGroup(key).buckets);
    },
    documentSymbols(uri) {
      const source = sources.get(uri);
      return source === undefined ? [] : documentSymbolsOf(source);
    },
    workspaceSymbols(query, limit = 200, token) {
      const folded = nameKey(query);
      const matches: { key: string; score: number; sources: number }[] = [];
      let n = 0;
      for (const key of entities.keys()) {
        if ((++n & 255) === 0 && token?.isCancellationRequested) return [];
        const score = matchScore(keyName(key), folded);
        if (score === 0 || resolve(key) !== key) continue;
        matches.push({ key, score, sources: sourceCount(entityGroup(key).buckets) });
      }
      matches.sort((a, b) => b.score - a.score || b.sources - a.sources || compareStrings(a.key, b.key));
      const out: WorkspaceSymbol[] = [];
      for (const match of matches.slice(0, Math.max(0, limit))) {
        const location = earliestMention(entityGroup(match.key).buckets);
        if (location === null) continue;
        out.push({ key: match.key, type: keyType(match.key), canonical: displayName(match.key), sources: match.sources, location });
      }
      return out;
    },
    entitySummary(token) {
      const out: EntitySummary[] = [];
      for (const key of summaryKeys()) {
        if (token?.isCancellationRequested) break;
        const { buckets } = entityGroup(key);
        const mentions = buckets.reduce((sum, b) => sum + b.itemCount, 0);
        out.push({ key, type: keyType(key), canonical: displayName(key), sources: sourceCount(buckets), mentions });
      }
      return out.sort((a, b) => b.sources - a.sources || b.mentions - a.mentions || compareStrings(a.key, b.key));
    },
    entityLocations(key, token) {
      const out: EntityLocation[] = [];
      for (const entry of mergeNewestFirst(entityGroup(key).buckets)) {
        if (token?.isCancellationRequested) break;
        const { record } = entry;
        for (const m of [...entry.items].sort((a, b) => a.start - b.start)) {
          out.push({
            ...locationOf(record, m), text: m.text, ...record.label,
            quote: quoteAround(record.analysis, m.start, m.end, DEFAULT_HOVER_OPTIONS.quoteChars),
          });
        }
      }
      return out;
    },
    sourceSummaries(token) {
      const out: SourceSummary[] = [];
      for (const source of sources.values()) {
        if (token?.isCancellationRequested) break;
        const { analysis, label } = source;
        out.push({
          uri: source.uri, ...label,
          entities: source.entityGroups.size, figures: analysis.figures.length, dates: analysis.dates.length,
        });
      }
      return out.sort((a, b) => compareStrings(a.uri, b.uri));
    },
    snapshot(): IndexSnapshot {
      const sortedKeys = <T>(map: ReadonlyMap<string, T>): string[] => [...map.keys()].sort(compareStrings);
      return {
        entities: sortedKeys(entities).map((key) => [key, [...(entities.get(key) as EntityBucket).sorted].map((e) => [e.uri, e.items.map((m) => m.start)] as const)] as const),
        figures: sortedKeys(figures).map((key) => [key, [...(figures.get(key) as FigureBucket).sorted].map((r) => [r.uri, r.figure.start] as const)] as const),
        dates: sortedKeys(dates).map((key) => [key, [...(dates.get(key) as DateBucket).sorted].map((e) => [e.uri, e.items.map((d) => d.start)] as const)] as const),
        surnames: sortedKeys(surnames).map((key) => [key, [...(surnames.get(key) ?? [])].sort(compareStrings)] as const),
      };
    },
  };
  return Object.freeze(index);
}

/** The last word of a multi-word PER key, else null. */
function multiWordSurname(key: string): string | null {
  if (!key.startsWith('PER:')) return null;
  const space = key.lastIndexOf(' ');
  return space < 0 ? null : key.slice(space + 1);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function distinctCanonicals(items: readonly EntityMention[]): Set<string> {
  return new Set(items.map((m) => m.canonical));
}

/** Mixed case reads better than capitals ("Bogotá" over "BOGOTÁ"); then a stable order. */
function preferSpelling(a: string, b: string): boolean {
  const capsA = a === a.toUpperCase();
  const capsB = b === b.toUpperCase();
  return capsA !== capsB ? capsB : a < b;
}

function earlierSource(a: { date: string | null; uri: string }, b: { date: string | null; uri: string }): boolean {
  if (a.date !== b.date) {
    if (a.date === null) return false;
    if (b.date === null) return true;
    return a.date < b.date;
  }
  return a.uri < b.uri;
}

/** The span holding `offset` (its end counts) in a list in text order, by binary search. */
function spanAt<T extends Span>(list: readonly T[], offset: number): T | null {
  const after = lowerBound(list, offset, (span, at) => (span.start <= at ? -1 : 1));
  let touching: T | null = null;
  // The span starting last at or before the offset; one before it may still reach it.
  for (let i = after - 1; i >= Math.max(0, after - 2); i--) {
    const span = list[i] as T;
    if (offset < span.end) return span;
    if (offset === span.end) touching ??= span;
  }
  return touching;
}
