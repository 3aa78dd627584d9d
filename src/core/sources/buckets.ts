// The sorted lists behind the cross-source maps. Each key (an entity, a figure measure, a date
// value) keeps its sources in the order queries read them, updated by binary search and one
// splice on every set/delete, so a hover takes the first few entries instead of sorting
// thousands: the cost moves to indexing (a memmove per key per source), where it is cheap.

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

/** One source's items under one key. */
export interface SourceEntry<R, T> extends SourceOrder {
  readonly record: R;
  readonly items: readonly T[];
}

/** The sources under one key, newest first, with a by-uri lookup and running item count. */
export class SourceBucket<R, T> {
  readonly sorted = new DatedList<SourceEntry<R, T>>((e) => e.date, newestFirst);
  readonly byUri = new Map<string, SourceEntry<R, T>>();
  itemCount = 0;

  add(entry: SourceEntry<R, T>): void {
    this.byUri.set(entry.uri, entry);
    this.sorted.insert(entry);
    this.itemCount += entry.items.length;
  }

  remove(uri: string): void {
    const entry = this.byUri.get(uri);
    if (entry === undefined) return;
    this.byUri.delete(uri);
    this.sorted.remove(entry);
    this.itemCount -= entry.items.length;
  }

  get size(): number {
    return this.byUri.size;
  }

  /** The earliest source: oldest date, then smallest uri; undated only when all are. */
  earliest(): SourceEntry<R, T> | undefined {
    return this.sorted.oldestFirst();
  }
}

/**
 * Entries of several buckets in newest-first order, lazily, one per source: a source found in
 * more than one bucket (two keys of one entity) comes once with the items of all.
 */
export function* mergeNewestFirst<R, T>(buckets: readonly SourceBucket<R, T>[]): Generator<SourceEntry<R, T>> {
  if (buckets.length === 1) {
    yield* (buckets[0] as SourceBucket<R, T>).sorted;
    return;
  }
  const iterators = buckets.map((b) => b.sorted[Symbol.iterator]());
  const heads = iterators.map((it) => it.next().value as SourceEntry<R, T> | undefined);
  for (;;) {
    let best: SourceEntry<R, T> | undefined;
    for (const e of heads) if (e !== undefined && (best === undefined || newestFirst(e, best) < 0)) best = e;
    if (best === undefined) return;
    let items: T[] | undefined;
    for (let b = 0; b < heads.length; b++) {
      const e = heads[b];
      if (e === undefined || e.uri !== best.uri) continue;
      heads[b] = (iterators[b] as Generator<SourceEntry<R, T>>).next().value as SourceEntry<R, T> | undefined;
      if (e !== best) items = [...(items ?? best.items), ...e.items];
    }
    yield items === undefined ? best : { ...best, items };
  }
}
