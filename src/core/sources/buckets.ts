// The sorted lists behind the cross-source maps. Each key (an entity, a figure measure, a date
// value) keeps its sources in the order queries read them, updated by binary search and one
// splice on every set/delete, so a hover takes the first few entries instead of sorting
// thousands: the cost moves to indexing (a memmove per key per source), where it is cheap.
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

export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  list.splice(lowerBound(list, item, compare), 0, item);
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
 * A list kept in newest-first date order, stored as one small list per date (ordered by
 * `compare`) under a sorted array of the distinct dates. Inserting costs a binary search and a
 * splice into one date's list, not into the whole list: with 10,000 sources under one key a
 * flat array made every re-analysis move megabytes.
 */
export class DatedList<T> {
  /** Distinct dates, newest first; undated items live under null, after all of them. */
  private readonly dates: string[] = [];
  private readonly groups = new Map<string | null, T[]>();
  length = 0;

  constructor(private readonly dateOf: (item: T) => string | null, private readonly compare: (a: T, b: T) => number) {}

  insert(item: T): void {
    const date = this.dateOf(item);
    let group = this.groups.get(date);
    if (group === undefined) {
      group = [];
      this.groups.set(date, group);
      if (date !== null) this.dates.splice(lowerBound(this.dates, date, newerDate), 0, date);
    }
    insertSorted(group, item, this.compare);
    this.length++;
  }

  remove(item: T): boolean {
    const date = this.dateOf(item);
    const group = this.groups.get(date);
    if (group === undefined || !removeSorted(group, item, this.compare)) return false;
    this.length--;
    if (group.length === 0) {
      this.groups.delete(date);
      if (date !== null) removeSorted(this.dates, date, newerDate);
    }
    return true;
  }

  *[Symbol.iterator](): Generator<T> {
    for (const date of this.dates) yield* this.groups.get(date) as T[];
    const undated = this.groups.get(null);
    if (undated !== undefined) yield* undated;
  }

  /** The first item of the oldest date; of the undated ones when nothing is dated. */
  oldestFirst(): T | undefined {
    const oldest = this.dates[this.dates.length - 1];
    return this.groups.get(oldest ?? null)?.[0];
  }
}

function newerDate(a: string, b: string): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** Few sources under a key are one sorted array; past this many, a DatedList. */
const FLAT_MAX = 128;

/** Sources in newest-first order: a flat sorted array while small, else a DatedList. */
export class SourceList<T extends SourceOrder> {
  private flat: T[] | null = [];
  private dated: DatedList<T> | null = null;
  size = 0;

  add(item: T): void {
    if (this.flat !== null) {
      if (this.flat.length < FLAT_MAX && (item.date === null || typeof item.date === 'string')) {
        insertSorted(this.flat, item, newestFirst);
        this.size++;
        return;
      }
      const dated = new DatedList<T>((e) => e.date, newestFirst);
      for (const e of this.flat) dated.insert(e);
      this.dated = dated;
      this.flat = null;
    }
    (this.dated as DatedList<T>).insert(item);
    this.size++;
  }

  remove(item: T): boolean {
    const removed = this.flat !== null ? removeSorted(this.flat, item, newestFirst) : (this.dated as DatedList<T>).remove(item);
    if (removed) this.size--;
    return removed;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.flat !== null ? this.flat[Symbol.iterator]() : (this.dated as DatedList<T>)[Symbol.iterator]();
  }

  /** The earliest: first of the oldest date, then smallest uri; undated only when all are. */
  earliest(): T | undefined {
    const flat = this.flat;
    if (flat === null) return (this.dated as DatedList<T>).oldestFirst();
    let i = flat.length - 1;
    while (i >= 0 && (flat[i] as T).date === null) i--;
    if (i < 0) return flat[0];
    const date = (flat[i] as T).date;
    while (i > 0 && (flat[i - 1] as T).date === date) i--;
    return flat[i];
  }
}

/** The sources filing mentions under one entity key or date value, newest first. */
export class KeyBucket {
  readonly sources = new SourceList<Source>();
  /** Mentions filed by all of them. */
  itemCount = 0;

  constructor(readonly kind: Kind, readonly key: string) {}

  add(source: Source): void {
    const g = source.group(this.kind, this.key);
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
  private readonly groups = new Map<unknown, Source[]>();
  /** Figures of all sources. */
  length = 0;

  constructor(readonly measure: string) {}

  add(source: Source): void {
    const g = source.group(FIG, this.measure);
    if (g < 0) return;
    for (const asOf of asOfsOf(source, g)) {
      let group = this.groups.get(asOf);
      if (group === undefined) {
        group = [];
        this.groups.set(asOf, group);
        if (asOf !== null) this.dates.splice(lowerBound(this.dates, asOf, newer), 0, asOf);
      }
      insertSorted(group, source, byUri);
    }
    this.length += source.store.groupSize(FIG, g);
  }

  remove(source: Source): void {
    const g = source.group(FIG, this.measure);
    if (g < 0) return;
    for (const asOf of asOfsOf(source, g)) {
      const group = this.groups.get(asOf);
      if (group === undefined || !removeSorted(group, source, byUri)) continue;
      if (group.length === 0) {
        this.groups.delete(asOf);
        if (asOf !== null) removeSorted(this.dates, asOf, newer);
      }
    }
    this.length -= source.store.groupSize(FIG, g);
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
    for (const record of this.groups.get(asOf) ?? []) {
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
