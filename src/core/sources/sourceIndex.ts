// The cross-source index: many analysed articles and the maps that connect them (entity key,
// figure measure, date value -> the sources that mention it). Maps are kept up to date on every
// set/delete/rename, so queries read only what they answer; only workspaceSymbols and
// entitySummary walk all keys (never all sources' text).
//
// Cross-source aliasing: entities are keyed `${type}:${nameKey(canonical)}` as the articles give
// them, and read at query time through src/core/aliases/resolver.ts (a bare surname as the one
// full name with it, an acronym as its one expansion, a name as the type most sources give it,
// the lexicon's decisions first), so adding or removing a "Gustavo Petro" or a "Sandra Petro"
// anywhere changes the answer without re-indexing anything. The workspace lexicon is applied to
// every analysis as it is filed; setLexicon says which sources a change touches.

import type { ArticleAnalysis, DateMention, EntityMention, Figure, InputIssue, Span } from '../model';
import type { NewsLens } from '../index';
import type { AnalysisMemo } from '../memo';
import { nameKey } from '../recognize/names/aliases';
import { buildHoverCard } from '../hover/cards';
import { DEFAULT_HOVER_OPTIONS, type HoverOptions } from '../hover/model';
import { compareStrings, FigureBucket, itemsIn, KeyBucket, mergeNewestFirst } from './buckets';
import { contentHash } from './hash';
import { entityKey, keyName, keyType } from './keys';
import { Resident, Source } from './source';
import { createStore, DAT, ENT, F_CANONICAL, FIG, StoreContext, type Kind, type Store } from './store';
import { StringTable } from './strings';
import { documentSymbolsOf, matchScore } from './symbols';
import { FactIndex } from './facts';
import { claimsOf } from '../facts/claims';
import type { EventDateFact, Fact, SourceClaims } from '../facts/types';
import { AliasResolver } from '../aliases/resolver';
import { decodeIssuesOf, groupForms, lexiconTouches } from '../aliases/indexing';
import { applyLexicon, type Lexicon } from '../annotations/lexicon';
import type {
  EntityLocation, EntitySummary, IndexSnapshot, MentionAt, SetResult, SourceIndex,
  SourceLocation, SourceSummary, WorkspaceSymbol,
} from './types';

export { FigureBucket, KeyBucket };
export type { FigureRef } from './buckets';

/** What the hover cards read from the index. */
export interface IndexView {
  readonly sources: ReadonlyMap<string, Source>;
  /** The buckets of the entity a key resolves to (its own, plus one-word aliases). */
  entityGroup(key: string): { key: string; buckets: KeyBucket[] };
  /** Sources mentioning the resolved entity. */
  sourceCount(buckets: readonly KeyBucket[]): number;
  displayName(key: string): string;
  figures(measure: string): FigureBucket | undefined;
  dates(value: string): KeyBucket | undefined;
  /** The facts and event dates a source takes part in (src/core/sources/facts.ts). */
  factsOf(source: Source): { facts: Fact[]; events: EventDateFact[] };
}

/** The mention under a cursor and its number in its source. */
export interface Hit {
  readonly at: MentionAt;
  readonly kind: Kind;
  readonly index: number;
}

export interface SourceIndexOptions {
  /** Sources whose analysis and line index stay built (the most recently used); default 32. */
  readonly resident?: number;
  /** The workspace lexicon, applied to every analysis filed (src/core/annotations/lexicon.ts). */
  readonly lexicon?: Lexicon | undefined;
}

/** Create an empty index that analyses with `engine`. */
export function createSourceIndex(engine: NewsLens, options: SourceIndexOptions = {}): SourceIndex {
  const sources = new Map<string, Source>();
  const context = new StoreContext(new StringTable());
  const resident = new Resident(Math.max(0, Math.floor(options.resident ?? 32)));
  const entities = new Map<string, KeyBucket>();
  /** Entity key -> canonical spelling -> sources spelling it so; names a key for display. */
  const spellings = new Map<string, Map<string, number>>();
  const figures = new Map<string, FigureBucket>();
  const dates = new Map<string, KeyBucket>();
  /** Last word -> multi-word PER keys ending in it. */
  const surnames = new Map<string, Set<string>>();
  let generation = 0;
  /** Figures as facts: which sources claim what (src/core/sources/facts.ts). */
  const factIndex = new FactIndex((uri) => sources.get(uri));
  /** Cross-source aliasing (src/core/aliases/resolver.ts), shared with the CLI's compare. */
  const aliases = new AliasResolver();
  let lexicon = options.lexicon;
  aliases.setLexicon(lexicon);

  // --- Maintenance -----------------------------------------------------------------------------

  function file(source: Source): void {
    const { store } = source;
    factIndex.add(source);
    for (let g = 0; g < store.groupCount(ENT); g++) {
      const key = store.groupKey(ENT, g);
      let bucket = entities.get(key);
      if (bucket === undefined) {
        bucket = new KeyBucket(ENT, key);
        entities.set(key, bucket);
        const last = multiWordSurname(key);
        if (last !== null) getOrCreate(surnames, last, () => new Set<string>()).add(key);
      }
      bucket.add(source, g);
      aliases.add(groupForms(store, g));
      const counts = getOrCreate(spellings, key, () => new Map<string, number>());
      for (const spelling of distinctCanonicals(source, g)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
    for (let g = 0; g < store.groupCount(FIG); g++) {
      const measure = store.groupKey(FIG, g);
      getOrCreate(figures, measure, () => new FigureBucket(measure)).add(source, g);
    }
    for (let g = 0; g < store.groupCount(DAT); g++) {
      const value = store.groupKey(DAT, g);
      getOrCreate(dates, value, () => new KeyBucket(DAT, value)).add(source, g);
    }
  }

  function unfile(source: Source): void {
    const { store } = source;
    factIndex.remove(source);
    for (let g = 0; g < store.groupCount(ENT); g++) {
      const key = store.groupKey(ENT, g);
      const bucket = entities.get(key);
      if (bucket === undefined) continue;
      bucket.remove(source);
      aliases.remove(groupForms(store, g));
      const counts = spellings.get(key);
      for (const spelling of distinctCanonicals(source, g)) {
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
    for (let g = 0; g < store.groupCount(FIG); g++) {
      const measure = store.groupKey(FIG, g);
      const bucket = figures.get(measure);
      if (bucket === undefined) continue;
      bucket.remove(source);
      if (bucket.length === 0) figures.delete(measure);
    }
    for (let g = 0; g < store.groupCount(DAT); g++) {
      const value = store.groupKey(DAT, g);
      const bucket = dates.get(value);
      if (bucket === undefined) continue;
      bucket.remove(source);
      if (bucket.size === 0) dates.delete(value);
    }
  }

  function put(uri: string, hash: string, analysis: ArticleAnalysis): SetResult {
    const old = sources.get(uri);
    if (old !== undefined && old.hash === hash) return { record: old, changed: false };
    // The new store first, so that strings shared with the old one stay in the table.
    const applied = applyLexicon(analysis, lexicon);
    const store = createStore(context, applied);
    if (old !== undefined) {
      unfile(old);
      old.dispose();
    }
    const source = new Source(uri, hash, store, resident, applied);
    source.setClaims(claimsOf(uri, applied));
    sources.set(uri, source);
    file(source);
    generation++;
    return { record: source, changed: true };
  }

  /** Like put(), for a store read back from the disk cache (src/server/cache.ts); null when it does not fit this build. */
  /** `steps`, ended early when the index changes. */
  function* stepsWhileUnchanged(steps: Iterable<void>): Generator<void> {
    const started = generation;
    for (const _ of steps) {
      yield;
      if (generation !== started) return;
    }
  }

  function restore(uri: string, hash: string, make: (ctx: StoreContext) => Store | null, claims?: () => SourceClaims | undefined): SetResult | null {
    const old = sources.get(uri);
    if (old !== undefined && old.hash === hash) return { record: old, changed: false };
    const store = make(context);
    if (store === null) return null;
    if (old !== undefined) {
      unfile(old);
      old.dispose();
    }
    const source = new Source(uri, hash, store, resident);
    if (claims !== undefined) source.setClaimsLoader(claims);
    sources.set(uri, source);
    file(source);
    generation++;
    return { record: source, changed: true };
  }

  // --- Resolution --------------------------------------------------------------------------------

  /** The key an entity is read as across the workspace (see the header). */
  function resolve(key: string): string {
    return aliases.resolve(key);
  }

  function entityGroup(key: string): { key: string; buckets: KeyBucket[] } {
    const resolved = resolve(key);
    const buckets: KeyBucket[] = [];
    for (const member of aliases.members(resolved)) {
      const bucket = entities.get(member);
      if (bucket !== undefined) buckets.push(bucket);
    }
    return { key: resolved, buckets };
  }

  function sourceCount(buckets: readonly KeyBucket[]): number {
    const [first, ...rest] = buckets;
    if (first === undefined) return 0;
    let count = first.size;
    for (const bucket of rest) for (const source of bucket.sources) if (!first.has(source)) count++;
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
    factsOf: (source) => factIndex.about(generation, source),
  };

  // --- Queries -----------------------------------------------------------------------------------

  function hitAt(uri: string, offset: number): Hit | null {
    const source = sources.get(uri);
    if (source === undefined) return null;
    const { store } = source;
    const hits: { hit: Hit; span: Span; rank: number }[] = [];
    const entity = source.mentionAt(ENT, offset);
    if (entity >= 0) {
      const mention = store.item(ENT, entity) as EntityMention;
      hits.push({ hit: { at: { kind: 'entity', mention }, kind: ENT, index: entity }, span: source.span(ENT, entity), rank: 0 });
    }
    const figure = source.mentionAt(FIG, offset);
    if (figure >= 0) {
      const item = store.item(FIG, figure) as Figure;
      const span = source.span(FIG, figure);
      // A name inside a figure is its currency ("C$", "HK$" in "HK$2 billion"): the figure speaks for it.
      if (hits[0] !== undefined && hits[0].span.start >= span.start && hits[0].span.end <= span.end) hits.shift();
      hits.push({ hit: { at: { kind: 'figure', figure: item }, kind: FIG, index: figure }, span, rank: 1 });
    }
    const date = source.mentionAt(DAT, offset);
    if (date >= 0) {
      const item = store.item(DAT, date) as DateMention;
      const span = source.span(DAT, date);
      // A name inside a date is the holiday it names ("Labor Day"): the date speaks for it.
      if (hits[0]?.hit.kind === ENT && hits[0].span.start >= span.start && hits[0].span.end <= span.end) hits.shift();
      hits.push({ hit: { at: { kind: 'date', date: item }, kind: DAT, index: date }, span, rank: 2 });
    }
    // Overlaps are rare; inside beats touching the end, then the narrower span.
    hits.sort((a, b) => Number(offset >= a.span.end) - Number(offset >= b.span.end)
      || (a.span.end - a.span.start) - (b.span.end - b.span.start) || a.rank - b.rank);
    return hits[0]?.hit ?? null;
  }

  function mentionAt(uri: string, offset: number): MentionAt | null {
    return hitAt(uri, offset)?.at ?? null;
  }

  function entityKeyAt(uri: string, offset: number): string | null {
    const at = mentionAt(uri, offset);
    return at?.kind === 'entity' ? entityKey(at.mention.type, at.mention.canonical) : null;
  }

  function locationOf(source: Source, span: Span): SourceLocation {
    return { uri: source.uri, ...source.locate(span) };
  }

  function earliestMention(buckets: readonly KeyBucket[]): SourceLocation | null {
    let best: Source | undefined;
    for (const bucket of buckets) {
      const e = bucket.sources.earliest();
      if (e !== undefined && (best === undefined || earlierSource(e, best))) best = e;
    }
    if (best === undefined) return null;
    const { store } = best;
    let first = -1;
    for (const bucket of buckets) {
      const m = bucket.items(best)[0];
      if (m !== undefined && (first < 0 || store.startOf(ENT, m) < store.startOf(ENT, first))) first = m;
    }
    return first < 0 ? null : locationOf(best, best.span(ENT, first));
  }

  function summaryKeys(): string[] {
    // One-word PER keys read as a full name are counted under that name.
    return [...entities.keys()].filter((key) => resolve(key) === key);
  }

  const index: SourceIndex = {
    set(uri: string, text: string, decodeIssues?: readonly InputIssue[], memo?: AnalysisMemo): SetResult {
      const hash = contentHash(text);
      const old = sources.get(uri);
      if (old !== undefined && old.hash === hash) return { record: old, changed: false };
      const analysis = engine.analyze(decodeIssues === undefined ? { uri, text } : { uri, text, decodeIssues }, memo ? { memo } : undefined);
      return put(uri, hash, analysis);
    },
    setAnalysis: put,
    setLexicon(next: Lexicon | undefined): string[] {
      const before = lexicon;
      lexicon = next;
      aliases.setLexicon(next);
      generation++;
      const touched: string[] = [];
      for (const source of sources.values()) if (lexiconTouches(source.store, before, next)) touched.push(source.uri);
      return touched;
    },
    reanalyse(uri: string): boolean {
      const source = sources.get(uri);
      if (source === undefined) return false;
      const decodeIssues = decodeIssuesOf(source.analysis.issues);
      const analysis = engine.analyze({ uri, text: source.text, decodeIssues });
      // Out of the map first so that put() files it again although its hash is the same; the
      // old store is let go after the new one is made, so their shared strings stay in the table.
      sources.delete(uri);
      put(uri, source.hash, analysis);
      unfile(source);
      source.dispose();
      return true;
    },
    restore,
    *stores() {
      for (const source of sources.values()) yield { hash: source.hash, store: source.store, claims: source.claimsKnown ? source.claims : undefined };
    },
    has: (uri) => sources.has(uri),
    get: (uri) => sources.get(uri),
    delete(uri: string): boolean {
      const source = sources.get(uri);
      if (source === undefined) return false;
      unfile(source);
      sources.delete(uri);
      source.dispose();
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
        existing.dispose();
      }
      unfile(source);
      sources.delete(from);
      const moved = source.movedTo(to);
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
      const hit = hitAt(uri, offset);
      if (source === undefined || hit === null) return null;
      const settings: HoverOptions = {
        maxSources: Math.max(0, Math.floor(options?.maxSources ?? DEFAULT_HOVER_OPTIONS.maxSources)),
        quoteChars: Math.max(0, Math.floor(options?.quoteChars ?? DEFAULT_HOVER_OPTIONS.quoteChars)),
      };
      return buildHoverCard(view, source, hit, settings, token);
    },
    references(uri, offset, token) {
      const key = entityKeyAt(uri, offset);
      if (key === null) return [];
      const out: SourceLocation[] = [];
      const { buckets } = entityGroup(key);
      for (const source of mergeNewestFirst(buckets)) {
        if (token?.isCancellationRequested) break;
        for (const m of itemsIn(source, buckets)) out.push(locationOf(source, source.span(ENT, m)));
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
      const { buckets } = entityGroup(key);
      for (const record of mergeNewestFirst(buckets)) {
        if (token?.isCancellationRequested) break;
        const mentions = itemsIn(record, buckets).map((p) => record.store.item(ENT, p) as EntityMention);
        for (const m of mentions.sort((a, b) => a.start - b.start)) {
          out.push({
            ...locationOf(record, m), text: m.text, ...record.label,
            quote: record.quote(m.start, m.end, DEFAULT_HOVER_OPTIONS.quoteChars),
          });
        }
      }
      return out;
    },
    sourceSummaries(token) {
      const out: SourceSummary[] = [];
      for (const source of sources.values()) {
        if (token?.isCancellationRequested) break;
        const { store, label } = source;
        out.push({
          uri: source.uri, ...label,
          entities: store.groupCount(ENT), figures: store.count(FIG), dates: store.count(DAT),
        });
      }
      return out.sort((a, b) => compareStrings(a.uri, b.uri));
    },
    claims: (uri) => sources.get(uri)?.claims,
    setClaims(uri, claims) {
      const source = sources.get(uri);
      if (source === undefined) return false;
      factIndex.remove(source);
      source.setClaims(claims);
      factIndex.add(source);
      generation++;
      return true;
    },
    comparison: (filter) => factIndex.comparison(generation, sources.values(), filter),
    comparisonSteps: () => stepsWhileUnchanged(factIndex.steps()),
    claimSteps: () => stepsWhileUnchanged(factIndex.claimSteps()),
    factsAbout(uri) {
      const source = sources.get(uri);
      return source === undefined ? [] : factIndex.about(generation, source).facts;
    },
    eventsAbout(uri) {
      const source = sources.get(uri);
      return source === undefined ? [] : factIndex.about(generation, source).events;
    },
    factNeighbours(uri) {
      const source = sources.get(uri);
      return source === undefined ? [] : [...factIndex.neighbours(source)];
    },
    snapshot(): IndexSnapshot {
      const sortedKeys = <T>(map: ReadonlyMap<string, T>): string[] => [...map.keys()].sort(compareStrings);
      const starts = (bucket: KeyBucket) => [...bucket.sources].map((s) => [s.uri, bucket.items(s).map((i) => s.store.startOf(bucket.kind, i))] as const);
      return {
        entities: sortedKeys(entities).map((key) => [key, starts(entities.get(key) as KeyBucket)] as const),
        figures: sortedKeys(figures).map((key) => [key, [...(figures.get(key) as FigureBucket)].map((r) => [r.uri, r.record.store.startOf(FIG, r.index)] as const)] as const),
        dates: sortedKeys(dates).map((key) => [key, starts(dates.get(key) as KeyBucket)] as const),
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

function distinctCanonicals(source: Source, g: number): Set<string> {
  const { store } = source;
  const out = new Set<string>();
  for (let j = 0; j < store.groupSize(ENT, g); j++) out.add(store.field(ENT, store.groupItem(ENT, g, j), F_CANONICAL) as string);
  return out;
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
