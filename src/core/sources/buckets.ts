// The sorted lists behind the cross-source maps. Each key (an entity, a figure measure, a date
// value) keeps its sources in the order queries read them, so a hover takes the first few
// entries instead of sorting thousands. Lists are sorted when read (SortedOnRead): indexing
// thousands of sources at once appends to each list and sorts it once.
// A bucket holds the sources themselves, nothing per mention: which mentions a source files
// under a key is in the source's own store (its group for that key).

import type { Source } from './source';
import { F_ASOF, FIG, type Kind } from './store';

/** Where a source stands in newest-first order. */
export interface SourceOrder {
  readonly uri: string;
  /** ISO date or null; undated sources come after dated ones. */
  readonly date: string | null;
}

/** Newest first: date descending, undated last, then uri ascending. */
export function newestFirst(a: SourceOrder, b: SourceOrder): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date > b.date ? -1 : 1;
  }
  return compareStrings(a.uri, b.uri);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index whose element is not before `probe`. */
export function lowerBound<T, P>(list: readonly T[], probe: P, compare: (a: T, b: P) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, probe) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Removes the element equal to `item` under `compare`; false when there is none. */
export function removeSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): boolean {
  const i = lowerBound(list, item, compare);
  if (i < list.length && compare(list[i] as T, item) === 0) {
    list.splice(i, 1);
    return true;
  }
  return false;
}

/**
 * A list sorted when it is read: adding appends, and the first read after that sorts. Indexing
 * thousands of sources adds to the same few lists over and over and reads them once; a sort of a
 * list that is sorted but for a few appended items is about linear (V8 sorts with TimSort), so a
 * re-analysed source costs what a binary-search insert did.
 */
export class SortedOnRead<T> {
  private readonly items: T[] = [];
  private sorted = true;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get length(): number {
    return this.items.length;
  }

  add(item: T): void {
    const last = this.items[this.items.length - 1];
    if (this.sorted && last !== undefined && this.compare(last, item) > 0) this.sorted = false;
    this.items.push(item);
  }

  /** Removes the element equal to `item` under the order; false when there is none. */
  remove(item: T): boolean {
    return removeSorted(this.list(), item, this.compare);
  }

  /** The items in order (the list itself: read it, do not change it). */
  list(): T[] {
    if (!this.sorted) {
      this.items.sort(this.compare);
      this.sorted = true;
    }
    return this.items;
  }
}

/** Sources in newest-first order. */
export class SourceList<T extends SourceOrder> {
  private readonly items = new SortedOnRead<T>(newestFirst);

  get size(): number {
    return this.items.length;
  }

  add(item: T): void {
    this.items.add(item);
  }

  remove(item: T): boolean {
    return this.items.remove(item);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items.list()[Symbol.iterator]();
  }

  /** The earliest: first of the oldest date, then smallest uri; undated only when all are. */
  earliest(): T | undefined {
    const list = this.items.list();
    let i = list.length - 1;
    while (i >= 0 && (list[i] as T).date === null) i--;
    if (i < 0) return list[0];
    const date = (list[i] as T).date;
    while (i > 0 && (list[i - 1] as T).date === date) i--;
    return list[i];
  }
}

/** The sources filing mentions under one entity key or date value, newest first. */
export class KeyBucket {
  readonly sources = new SourceList<Source>();
  /** Mentions filed by all of them. */
  itemCount = 0;

  constructor(readonly kind: Kind, readonly key: string) {}

  /** Files the source here; `g` is its group for this key when the caller knows it already. */
  add(source: Source, g = source.group(this.kind, this.key)): void {
    if (g < 0) return;
    this.sources.add(source);
    this.itemCount += source.store.groupSize(this.kind, g);
  }

  remove(source: Source): void {
    const g = source.group(this.kind, this.key);
    if (g < 0 || !this.sources.remove(source)) return;
    this.itemCount -= source.store.groupSize(this.kind, g);
  }

  get size(): number {
    return this.sources.size;
  }

  /** Does this (indexed) source file mentions here? */
  has(source: Source): boolean {
    return source.group(this.kind, this.key) >= 0;
  }

  /** The source's mentions under this key, in its group's order; empty when none. */
  items(source: Source): number[] {
    const g = source.group(this.kind, this.key);
    return g < 0 ? [] : source.store.groupItems(this.kind, g);
  }
}

/**
 * Sources of several buckets in newest-first order, lazily, each once (a source found in more
 * than one bucket, under two keys of one entity, comes once).
 */
export function* mergeNewestFirst(buckets: readonly KeyBucket[]): Generator<Source> {
  if (buckets.length === 1) {
    yield* (buckets[0] as KeyBucket).sources;
    return;
  }
  const iterators = buckets.map((b) => b.sources[Symbol.iterator]());
  const heads = iterators.map((it) => it.next().value as Source | undefined);
  for (;;) {
    let best: Source | undefined;
    for (const e of heads) if (e !== undefined && (best === undefined || newestFirst(e, best) < 0)) best = e;
    if (best === undefined) return;
    for (let b = 0; b < heads.length; b++) {
      const e = heads[b];
      if (e !== undefined && e.uri === best.uri) heads[b] = (iterators[b] as Iterator<Source>).next().value as Source | undefined;
    }
    yield best;
  }
}

/** The mentions a source files under any of the buckets, bucket by bucket. */
export function itemsIn(source: Source, buckets: readonly KeyBucket[]): number[] {
  if (buckets.length === 1) return (buckets[0] as KeyBucket).items(source);
  const out: number[] = [];
  for (const bucket of buckets) for (const i of bucket.items(source)) out.push(i);
  return out;
}

/** One figure of some source. */
export interface FigureRef {
  readonly uri: string;
  readonly record: Source;
  /** The figure's number in its source. */
  readonly index: number;
}

/**
 * The figures of one measure across sources: latest as-of first (undated last), then uri, then
 * offset. Stored as, per as-of date, the sources (by uri) with figures of that date.
 */
export class FigureBucket {
  /** Distinct as-of dates, latest first; undated figures live under null, after all. */
  private readonly dates: unknown[] = [];
  private readonly groups = new Map<unknown, SortedOnRead<Source>>();
  /** Figures of all sources. */
  length = 0;
  /** Sources with figures of this measure. */
  sources = 0;

  constructor(readonly measure: string) {}

  /** Files the source's figures; `g` is its group for this measure when the caller knows it already. */
  add(source: Source, g = source.group(FIG, this.measure)): void {
    if (g < 0) return;
    for (const asOf of asOfsOf(source, g)) {
      let group = this.groups.get(asOf);
      if (group === undefined) {
        group = new SortedOnRead<Source>(byUri);
        this.groups.set(asOf, group);
        if (asOf !== null) this.dates.splice(lowerBound(this.dates, asOf, newer), 0, asOf);
      }
      group.add(source);
    }
    this.length += source.store.groupSize(FIG, g);
    this.sources++;
  }

  remove(source: Source): void {
    const g = source.group(FIG, this.measure);
    if (g < 0) return;
    for (const asOf of asOfsOf(source, g)) {
      const group = this.groups.get(asOf);
      if (group === undefined || !group.remove(source)) continue;
      if (group.length === 0) {
        this.groups.delete(asOf);
        if (asOf !== null) removeSorted(this.dates, asOf, newer);
      }
    }
    this.length -= source.store.groupSize(FIG, g);
    this.sources--;
  }

  /** Figures of this measure in the source. */
  countIn(source: Source): number {
    const g = source.group(FIG, this.measure);
    return g < 0 ? 0 : source.store.groupSize(FIG, g);
  }

  *[Symbol.iterator](): Generator<FigureRef> {
    for (const asOf of this.dates) yield* this.refs(asOf);
    yield* this.refs(null);
  }

  private *refs(asOf: unknown): Generator<FigureRef> {
    for (const record of this.groups.get(asOf)?.list() ?? []) {
      const store = record.store;
      const g = record.group(FIG, this.measure);
      const n = store.groupSize(FIG, g);
      const picked: { index: number; at: number }[] = [];
      for (let j = 0; j < n; j++) {
        const index = store.groupItem(FIG, g, j);
        if (sameValueZero(store.field(FIG, index, F_ASOF), asOf)) picked.push({ index, at: j });
      }
      // By offset; a figure spanning exactly what an earlier one spans comes before it.
      picked.sort((a, b) => store.startOf(FIG, a.index) - store.startOf(FIG, b.index)
        || store.endOf(FIG, a.index) - store.endOf(FIG, b.index) || b.at - a.at);
      for (const p of picked) yield { uri: record.uri, record, index: p.index };
    }
  }
}

function asOfsOf(source: Source, g: number): Set<unknown> {
  const store = source.store;
  const out = new Set<unknown>();
  const n = store.groupSize(FIG, g);
  for (let j = 0; j < n; j++) out.add(store.field(FIG, store.groupItem(FIG, g, j), F_ASOF));
  return out;
}

function byUri(a: Source, b: Source): number {
  return compareStrings(a.uri, b.uri);
}

function newer(a: unknown, b: unknown): number {
  return (a as string) > (b as string) ? -1 : (a as string) < (b as string) ? 1 : 0;
}

function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}
