// How one source's analysis is kept in the index. An analysis as it arrives (~190 small objects,
// each with its own strings) costs ~48 KB; kept here it is its text, one Int32Array and a small
// head object: every mention is a row of numbers, every string an id in the index's shared
// StringTable, a `text` field that is the slice of the article it covers is not stored at all.
// `materialise()` rebuilds an analysis deep-equal to the one stored: same keys in the same order,
// same values, cluster mentions the same objects as those in `entities`.
//
// An analysis that does not fit the compact form (a field the model does not have, a value of an
// unexpected kind, cluster mentions that are copies rather than the entities themselves) is kept
// as it is (PlainStore), behind the same interface, so the index answers the same either way.
//
// Both stores also hold what the index reads for one source: the mentions in text order and the
// groups it files under each cross-source key (entity key, figure measure, date value), as lists
// of mention numbers. Entity mentions are numbered in a "pool": the entities array, then any
// cluster mention that is not one of them (plain stores only); one object, one number.

import type { ArticleAnalysis, EntityCluster, Span } from '../model';
import { dateKey, entityKey, figureMeasure } from './keys';
import type { StringTable } from './strings';

export const ENT = 0;
export const FIG = 1;
export const DAT = 2;
export type Kind = typeof ENT | typeof FIG | typeof DAT;

/** The fields each kind of mention may have; `start`, `end`, `text` first. */
const FIELDS: readonly (readonly string[])[] = [
  ['start', 'end', 'text', 'type', 'canonical', 'entityId'],
  ['start', 'end', 'text', 'kind', 'value', 'valueMax', 'unit', 'counted', 'currency', 'qualifier', 'qualifierText', 'asOf'],
  ['start', 'end', 'text', 'type', 'value', 'mod'],
];
const CLUSTER_FIELDS: readonly string[] = ['id', 'canonical', 'type', 'aliases', 'mentions'];
const ARRAY_KEYS: readonly string[] = ['sentences', 'entities', 'entityClusters', 'figures', 'dates'];

/** Field numbers read by the index. */
export const F_TEXT = 2;
export const F_CANONICAL = 4;
export const F_ASOF = 11;

const FIELD_INDEX = FIELDS.map((fields) => new Map(fields.map((f, i) => [f, i])));
const CLUSTER_INDEX = new Map(CLUSTER_FIELDS.map((f, i) => [f, i]));
/** Slots of one mention row: its shape, then one per field. */
const WIDTH = FIELDS.map((fields) => 1 + fields.length);
const CLUSTER_WIDTH = 8;

// Value codes: >= 0 a string id; these; <= NUMBER an entry of the number pool.
const NULL = -1;
const UNDEFINED = -2;
const TRUE = -3;
const FALSE = -4;
/** The `text` field equals the article's text between the mention's start and end. */
const SLICE = -5;
/** The object has no such key. */
const ABSENT = -6;
const NUMBER = -16;

// Header slots.
const H_PERM = 0; // 3: text-order permutation per kind, -1 when the list is in text order
const H_GROUPS = 3; // 3: where each kind's groups are
const H_SENTENCES = 6; // count, base
const H_ROWS = 8; // 3 counts, 3 bases
const H_CLUSTERS = 14; // count, base
const H_NUMBERS = 16;
const H_LISTS = 17;
const HEADER = 18;

const float = new Float64Array(1);
const floatWords = new Int32Array(float.buffer);

class Unfit extends Error {}
const UNFIT = new Unfit('not compact');

/** Key orders of mentions and clusters, shared by the whole index (a handful in practice). */
export class StoreContext {
  private readonly shapeIds = new Map<string, number>();
  readonly shapeKeys: (readonly string[])[] = [];
  readonly shapeFields: (readonly number[])[] = [];

  constructor(readonly strings: StringTable) {}

  /** The shape of an object's keys, or -1 when a key is not one of `index`. */
  shape(family: number, keys: readonly string[], index: ReadonlyMap<string, number>): number {
    const fields: number[] = [];
    for (const key of keys) {
      const f = index.get(key);
      if (f === undefined) return -1;
      fields.push(f);
    }
    const signature = `${family}:${fields.join(',')}`;
    let id = this.shapeIds.get(signature);
    if (id === undefined) {
      id = this.shapeKeys.length;
      this.shapeKeys.push(keys);
      this.shapeFields.push(fields);
      this.shapeIds.set(signature, id);
    }
    return id;
  }
}

/** One source's analysis, mentions and groups. */
export abstract class Store {
  /** The analysis without its five arrays (they are null here): text, format, meta, ... */
  abstract readonly head: ArticleAnalysis;

  protected constructor(readonly text: string, protected readonly d: Int32Array, protected readonly strings: StringTable) {}

  /** An analysis deep-equal to the one stored. */
  abstract materialise(): ArticleAnalysis;
  /** Mentions of a kind as the analysis lists them (entities: the array, not the pool). */
  abstract count(kind: Kind): number;
  /** Mention `i` (a pool number for entities) as an object. */
  abstract item(kind: Kind, i: number): unknown;
  abstract startOf(kind: Kind, i: number): number;
  abstract endOf(kind: Kind, i: number): number;
  /** A field of mention `i` (undefined when it has none). */
  abstract field(kind: Kind, i: number, f: number): unknown;
  /** The sentence holding [start, end), by binary search; null when none does. */
  abstract sentenceOf(start: number, end: number): Span | null;
  abstract clusterCount(): number;
  abstract clusterType(c: number): unknown;
  /** Pool number of the cluster's first mention, -1 when it has none. */
  abstract clusterFirst(c: number): number;
  abstract clusterAliases(c: number): readonly unknown[];

  /** Mention number of the `rank`th mention in text order. */
  atRank(kind: Kind, rank: number): number {
    const perm = this.d[H_PERM + kind] as number;
    return perm < 0 ? rank : (this.d[perm + rank] as number);
  }

  /** Number of mentions in text order (the entities array's length for entities). */
  ranks(kind: Kind): number {
    return this.count(kind);
  }

  groupCount(kind: Kind): number {
    return this.d[this.d[H_GROUPS + kind] as number] as number;
  }

  groupKey(kind: Kind, g: number): string {
    return this.strings.get(this.d[(this.d[H_GROUPS + kind] as number) + 1 + 3 * g] as number);
  }

  groupSize(kind: Kind, g: number): number {
    return this.d[(this.d[H_GROUPS + kind] as number) + 3 + 3 * g] as number;
  }

  /** Mention number of the `j`th item of group `g`. */
  groupItem(kind: Kind, g: number, j: number): number {
    return this.d[(this.d[(this.d[H_GROUPS + kind] as number) + 2 + 3 * g] as number) + j] as number;
  }

  groupItems(kind: Kind, g: number): number[] {
    const out: number[] = [];
    const n = this.groupSize(kind, g);
    for (let j = 0; j < n; j++) out.push(this.groupItem(kind, g, j));
    return out;
  }

  /** The group filed under `key`, -1 when there is none. */
  findGroup(kind: Kind, key: string): number {
    const base = this.d[H_GROUPS + kind] as number;
    const n = this.d[base] as number;
    for (let g = 0; g < n; g++) if (this.strings.get(this.d[base + 1 + 3 * g] as number) === key) return g;
    return -1;
  }

  /** Gives back every string id this store holds. */
  release(): void {
    for (let kind = ENT; kind <= DAT; kind++) {
      const base = this.d[H_GROUPS + kind] as number;
      const n = this.d[base] as number;
      for (let g = 0; g < n; g++) this.strings.release(this.d[base + 1 + 3 * g] as number);
    }
  }
}

/** The store for an analysis: compact when it fits, else the analysis as it is. */
export function createStore(ctx: StoreContext, analysis: ArticleAnalysis): Store {
  return CompactStore.encode(ctx, analysis) ?? PlainStore.of(ctx.strings, analysis);
}

// --- Compact ---------------------------------------------------------------------------------------

class CompactStore extends Store {
  private constructor(text: string, d: Int32Array, strings: StringTable, private readonly ctx: StoreContext, readonly head: ArticleAnalysis) {
    super(text, d, strings);
  }

  static encode(ctx: StoreContext, a: ArticleAnalysis): CompactStore | null {
    const strings = ctx.strings;
    const acquired: number[] = [];
    try {
      if (!isPlainObject(a) || typeof a.text !== 'string') return null;
      const text = a.text;
      const head: Record<string, unknown> = {};
      for (const key of Object.keys(a)) head[key] = ARRAY_KEYS.includes(key) ? null : (a as unknown as Record<string, unknown>)[key];
      for (const key of ARRAY_KEYS) if (!isPlainArray((a as unknown as Record<string, unknown>)[key])) return null;

      const out: number[] = new Array<number>(HEADER).fill(0);
      const numbers: number[] = [];
      const lists: number[] = [];
      const code = (v: unknown): number => {
        if (typeof v === 'string') {
          const id = strings.acquire(v);
          acquired.push(id);
          return id;
        }
        if (v === null) return NULL;
        if (v === undefined) return UNDEFINED;
        if (v === true) return TRUE;
        if (v === false) return FALSE;
        if (typeof v === 'number') {
          numbers.push(v);
          return NUMBER - (numbers.length - 1);
        }
        throw UNFIT;
      };

      out[H_SENTENCES] = a.sentences.length;
      out[H_SENTENCES + 1] = out.length;
      for (const s of a.sentences) {
        if (!isPlainObject(s)) return null;
        const keys = Object.keys(s);
        if (keys.length !== 2 || keys[0] !== 'start' || keys[1] !== 'end' || !isInt32(s.start) || !isInt32(s.end)) return null;
        out.push(s.start, s.end);
      }

      const rows: readonly (readonly unknown[])[] = [a.entities, a.figures, a.dates];
      for (let kind = ENT; kind <= DAT; kind++) {
        const list = rows[kind] as readonly unknown[];
        const index = FIELD_INDEX[kind] as ReadonlyMap<string, number>;
        const width = FIELDS[kind]?.length as number;
        out[H_ROWS + kind] = list.length;
        out[H_ROWS + 3 + kind] = out.length;
        for (const item of list) {
          if (!isPlainObject(item)) return null;
          const keys = Object.keys(item);
          const shape = ctx.shape(kind, keys, index);
          const start = item.start;
          const end = item.end;
          if (shape < 0 || !isInt32(start) || !isInt32(end)) return null;
          const row = out.length;
          out.push(shape);
          for (let f = 0; f < width; f++) out.push(ABSENT);
          out[row + 1] = start;
          out[row + 2] = end;
          for (const f of ctx.shapeFields[shape] as readonly number[]) {
            if (f < 2) continue;
            const value = item[FIELDS[kind]?.[f] as string];
            out[row + 1 + f] = f === F_TEXT && value === text.slice(start, end) ? SLICE : code(value);
          }
        }
      }

      // Cluster mentions must be the entities themselves (as an analysis made here or
      // structured-cloned is), so that one number stands for one object.
      const entityIndex = new Map<unknown, number>();
      a.entities.forEach((m, i) => entityIndex.set(m, i));
      if (entityIndex.size !== a.entities.length) return null;
      out[H_CLUSTERS] = a.entityClusters.length;
      out[H_CLUSTERS + 1] = out.length;
      for (const cluster of a.entityClusters) {
        if (!isPlainObject(cluster)) return null;
        const shape = ctx.shape(3, Object.keys(cluster), CLUSTER_INDEX);
        const { aliases, mentions } = cluster;
        if (shape < 0 || !isPlainArray(aliases) || !isPlainArray(mentions)) return null;
        const fields = ctx.shapeFields[shape] as readonly number[];
        out.push(
          shape,
          fields.includes(0) ? code(cluster.id) : ABSENT,
          fields.includes(1) ? code(cluster.canonical) : ABSENT,
          fields.includes(2) ? code(cluster.type) : ABSENT,
          lists.length, aliases.length, 0, mentions.length,
        );
        for (const alias of aliases) {
          if (typeof alias !== 'string') return null;
          lists.push(code(alias));
        }
        out[out.length - 2] = lists.length;
        for (const m of mentions) {
          const i = entityIndex.get(m);
          if (i === undefined) return null;
          lists.push(i);
        }
      }

      out[H_NUMBERS] = out.length;
      for (const n of numbers) {
        float[0] = n;
        out.push(floatWords[0] as number, floatWords[1] as number);
      }
      out[H_LISTS] = out.length;
      for (const n of lists) out.push(n);

      buildIndex(out, a, a.entities, entityIndex, strings);
      return new CompactStore(text, Int32Array.from(out), strings, ctx, head as unknown as ArticleAnalysis);
    } catch (error) {
      for (const id of acquired) strings.release(id);
      if (error instanceof Unfit) return null;
      throw error;
    }
  }

  count(kind: Kind): number {
    return this.d[H_ROWS + kind] as number;
  }

  private row(kind: Kind, i: number): number {
    return (this.d[H_ROWS + 3 + kind] as number) + i * (WIDTH[kind] as number);
  }

  private value(c: number, row: number): unknown {
    if (c >= 0) return this.strings.get(c);
    if (c <= NUMBER) {
      const at = (this.d[H_NUMBERS] as number) + 2 * (NUMBER - c);
      floatWords[0] = this.d[at] as number;
      floatWords[1] = this.d[at + 1] as number;
      return float[0];
    }
    switch (c) {
      case NULL: return null;
      case TRUE: return true;
      case FALSE: return false;
      case SLICE: return this.text.slice(this.d[row + 1], this.d[row + 2]);
      default: return undefined;
    }
  }

  item(kind: Kind, i: number): unknown {
    const row = this.row(kind, i);
    const shape = this.d[row] as number;
    const keys = this.ctx.shapeKeys[shape] as readonly string[];
    const fields = this.ctx.shapeFields[shape] as readonly number[];
    const o: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const f = fields[k] as number;
      o[keys[k] as string] = f < 2 ? this.d[row + 1 + f] : this.value(this.d[row + 1 + f] as number, row);
    }
    return o;
  }

  startOf(kind: Kind, i: number): number {
    return this.d[this.row(kind, i) + 1] as number;
  }

  endOf(kind: Kind, i: number): number {
    return this.d[this.row(kind, i) + 2] as number;
  }

  field(kind: Kind, i: number, f: number): unknown {
    const row = this.row(kind, i);
    return f < 2 ? this.d[row + 1 + f] : this.value(this.d[row + 1 + f] as number, row);
  }

  sentenceOf(start: number, end: number): Span | null {
    const base = this.d[H_SENTENCES + 1] as number;
    const found = lastStartingAtOrBefore(this.d[H_SENTENCES] as number, (i) => this.d[base + 2 * i] as number, start);
    if (found < 0) return null;
    const s = { start: this.d[base + 2 * found] as number, end: this.d[base + 2 * found + 1] as number };
    return s.end >= end ? s : null;
  }

  clusterCount(): number {
    return this.d[H_CLUSTERS] as number;
  }

  private cluster(c: number): number {
    return (this.d[H_CLUSTERS + 1] as number) + c * CLUSTER_WIDTH;
  }

  clusterType(c: number): unknown {
    return this.value(this.d[this.cluster(c) + 3] as number, -1);
  }

  clusterFirst(c: number): number {
    const at = this.cluster(c);
    return (this.d[at + 7] as number) > 0 ? (this.d[(this.d[H_LISTS] as number) + (this.d[at + 6] as number)] as number) : -1;
  }

  clusterAliases(c: number): string[] {
    const at = this.cluster(c);
    const base = (this.d[H_LISTS] as number) + (this.d[at + 4] as number);
    const out: string[] = [];
    for (let j = 0; j < (this.d[at + 5] as number); j++) out.push(this.strings.get(this.d[base + j] as number));
    return out;
  }

  materialise(): ArticleAnalysis {
    const d = this.d;
    const sentences: Span[] = [];
    const sentenceBase = d[H_SENTENCES + 1] as number;
    for (let i = 0; i < (d[H_SENTENCES] as number); i++) sentences.push({ start: d[sentenceBase + 2 * i] as number, end: d[sentenceBase + 2 * i + 1] as number });
    const rows: unknown[][] = [[], [], []];
    for (let kind: Kind = ENT; kind <= DAT; kind = (kind + 1) as Kind) {
      for (let i = 0; i < this.count(kind); i++) rows[kind]?.push(this.item(kind, i));
    }
    const entities = rows[ENT] as unknown[];
    const clusters: unknown[] = [];
    const lists = d[H_LISTS] as number;
    for (let c = 0; c < this.clusterCount(); c++) {
      const at = this.cluster(c);
      const shape = d[at] as number;
      const keys = this.ctx.shapeKeys[shape] as readonly string[];
      const fields = this.ctx.shapeFields[shape] as readonly number[];
      const o: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const f = fields[k] as number;
        if (f < 3) o[keys[k] as string] = this.value(d[at + 1 + f] as number, -1);
        else if (f === 3) o[keys[k] as string] = this.clusterAliases(c);
        else {
          const mentions: unknown[] = [];
          for (let j = 0; j < (d[at + 7] as number); j++) mentions.push(entities[d[lists + (d[at + 6] as number) + j] as number]);
          o[keys[k] as string] = mentions;
        }
      }
      clusters.push(o);
    }
    return {
      ...this.head, sentences, entities, entityClusters: clusters, figures: rows[FIG], dates: rows[DAT],
    } as unknown as ArticleAnalysis;
  }

  /** The raw parts, for serialize.ts (through compactParts). */
  parts(): CompactParts {
    return { head: this.head, d: this.d, ctx: this.ctx };
  }

  static fromParts(ctx: StoreContext, text: string, head: ArticleAnalysis, d: Int32Array): CompactStore {
    return new CompactStore(text, d, ctx.strings, ctx, head);
  }

  override release(): void {
    super.release();
    const d = this.d;
    for (let kind = ENT; kind <= DAT; kind++) {
      const width = WIDTH[kind] as number;
      const base = d[H_ROWS + 3 + kind] as number;
      for (let i = 0; i < (d[H_ROWS + kind] as number); i++) {
        for (let f = 2; f < width - 1; f++) {
          const c = d[base + i * width + 1 + f] as number;
          if (c >= 0) this.strings.release(c);
        }
      }
    }
    const lists = d[H_LISTS] as number;
    for (let c = 0; c < this.clusterCount(); c++) {
      const at = this.cluster(c);
      for (let f = 1; f <= 3; f++) if ((d[at + f] as number) >= 0) this.strings.release(d[at + f] as number);
      for (let j = 0; j < (d[at + 5] as number); j++) this.strings.release(d[lists + (d[at + 4] as number) + j] as number);
    }
  }
}

// --- Serialisation hooks (src/core/sources/serialize.ts writes and reads the layout above) --------

export interface CompactParts {
  readonly head: ArticleAnalysis;
  readonly d: Int32Array;
  readonly ctx: StoreContext;
}

/** Where string and shape ids sit in a compact store's numbers; see the header slots above. */
export const LAYOUT = { HEADER, H_GROUPS, H_ROWS, H_CLUSTERS, H_LISTS, WIDTH, CLUSTER_WIDTH, FIELD_INDEX, CLUSTER_INDEX } as const;

/** A compact store's parts, null for a plain one (which is not cached). */
export function compactParts(store: Store): CompactParts | null {
  return store instanceof CompactStore ? store.parts() : null;
}

/** A compact store over parts whose string and shape ids are already `ctx`'s (and acquired). */
export function compactFromParts(ctx: StoreContext, text: string, head: ArticleAnalysis, d: Int32Array): Store {
  return CompactStore.fromParts(ctx, text, head, d);
}

// --- Plain ---------------------------------------------------------------------------------------

class PlainStore extends Store {
  private constructor(
    private readonly analysis: ArticleAnalysis, d: Int32Array, strings: StringTable,
    private readonly pool: readonly unknown[], private readonly poolIndex: ReadonlyMap<unknown, number>,
  ) {
    super(analysis.text, d, strings);
  }

  static of(strings: StringTable, a: ArticleAnalysis): PlainStore {
    const pool: unknown[] = [...a.entities];
    const poolIndex = new Map<unknown, number>();
    pool.forEach((m, i) => {
      if (!poolIndex.has(m)) poolIndex.set(m, i);
    });
    for (const cluster of a.entityClusters) {
      for (const m of cluster.mentions) {
        if (!poolIndex.has(m)) {
          poolIndex.set(m, pool.length);
          pool.push(m);
        }
      }
    }
    const out: number[] = new Array<number>(HEADER).fill(0);
    buildIndex(out, a, pool, poolIndex, strings);
    return new PlainStore(a, Int32Array.from(out), strings, pool, poolIndex);
  }

  get head(): ArticleAnalysis {
    return this.analysis;
  }

  materialise(): ArticleAnalysis {
    return this.analysis;
  }

  private list(kind: Kind): readonly unknown[] {
    return kind === ENT ? this.pool : kind === FIG ? this.analysis.figures : this.analysis.dates;
  }

  count(kind: Kind): number {
    return kind === ENT ? this.analysis.entities.length : this.list(kind).length;
  }

  item(kind: Kind, i: number): unknown {
    return this.list(kind)[i];
  }

  startOf(kind: Kind, i: number): number {
    return (this.list(kind)[i] as Span).start;
  }

  endOf(kind: Kind, i: number): number {
    return (this.list(kind)[i] as Span).end;
  }

  field(kind: Kind, i: number, f: number): unknown {
    return (this.list(kind)[i] as Record<string, unknown>)[FIELDS[kind]?.[f] as string];
  }

  sentenceOf(start: number, end: number): Span | null {
    const sentences = this.analysis.sentences;
    const s = sentences[lastStartingAtOrBefore(sentences.length, (i) => (sentences[i] as Span).start, start)];
    return s !== undefined && s.end >= end ? s : null;
  }

  clusterCount(): number {
    return this.analysis.entityClusters.length;
  }

  clusterType(c: number): unknown {
    return (this.analysis.entityClusters[c] as EntityCluster).type;
  }

  clusterFirst(c: number): number {
    const first = (this.analysis.entityClusters[c] as EntityCluster).mentions[0];
    return first === undefined ? -1 : (this.poolIndex.get(first) ?? -1);
  }

  clusterAliases(c: number): readonly unknown[] {
    return (this.analysis.entityClusters[c] as EntityCluster).aliases;
  }
}

// --- Text order and groups -------------------------------------------------------------------------

/**
 * Appends the text-order permutations and the groups to `out` (whose header it fills in):
 * entity groups from the clusters (two clusters with one key are one group, in text order),
 * figure groups by measure and date groups by value, each in text order.
 */
function buildIndex(out: number[], a: ArticleAnalysis, pool: readonly unknown[], poolIndex: ReadonlyMap<unknown, number>, strings: StringTable): void {
  const startOf = (o: unknown): number => (o as Span).start;
  const endOf = (o: unknown): number => (o as Span).end;
  const poolStart = (p: number): number => startOf(pool[p]);
  const poolEnd = (p: number): number => endOf(pool[p]);

  const lists: readonly (readonly unknown[])[] = [a.entities, a.figures, a.dates];
  const ordered: number[][] = [];
  for (let kind = ENT; kind <= DAT; kind++) {
    const list = lists[kind] as readonly unknown[];
    const order = inTextOrder(list.map((_, i) => i), (i) => startOf(list[i]), (i) => endOf(list[i]));
    const numbers = kind === ENT ? order.map((i) => poolIndex.get(list[i]) as number) : order;
    ordered.push(numbers);
    if (numbers.every((n, k) => n === k)) out[H_PERM + kind] = -1;
    else {
      out[H_PERM + kind] = out.length;
      for (const n of numbers) out.push(n);
    }
  }

  const entityGroups = new Map<string, number[]>();
  for (const cluster of a.entityClusters) {
    const key = entityKey(cluster.type, cluster.canonical);
    if (key.endsWith(':') || cluster.mentions.length === 0) continue;
    const items = cluster.mentions.map((m) => poolIndex.get(m) as number);
    const seen = entityGroups.get(key);
    // Two clusters with one key ("BOGOTÁ" and "Bogotá") are one entity to the workspace.
    entityGroups.set(key, seen === undefined ? items : inTextOrder([...seen, ...items], poolStart, poolEnd));
  }
  const figureGroups = groupBy(ordered[FIG] as number[], (i) => figureMeasure(a.figures[i] as never));
  const dateGroups = groupBy(ordered[DAT] as number[], (i) => dateKey(a.dates[i] as never));

  const acquired: number[] = [];
  try {
    [entityGroups, figureGroups, dateGroups].forEach((groups, kind) => {
      const base = out.length;
      out[H_GROUPS + kind] = base;
      out.push(groups.size);
      for (const key of groups.keys()) {
        const id = strings.acquire(key);
        acquired.push(id);
        out.push(id, 0, 0);
      }
      let g = 0;
      for (const items of groups.values()) {
        out[base + 2 + 3 * g] = out.length;
        out[base + 3 + 3 * g] = items.length;
        for (const n of items) out.push(n);
        g++;
      }
    });
  } catch (error) {
    for (const id of acquired) strings.release(id);
    throw error;
  }
}

function inTextOrder(list: number[], startOf: (n: number) => number, endOf: (n: number) => number): number[] {
  for (let i = 1; i < list.length; i++) {
    if (startOf(list[i] as number) < startOf(list[i - 1] as number)) {
      return [...list].sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b));
    }
  }
  return list;
}

function groupBy(list: readonly number[], keyOf: (n: number) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const n of list) {
    const key = keyOf(n);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [n]);
    else group.push(n);
  }
  return groups;
}

/** The last of `count` items, in ascending start order, starting at or before `at`; -1 if none. */
function lastStartingAtOrBefore(count: number, startOf: (i: number) => number, at: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (startOf(mid) <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

function isPlainArray(v: unknown): v is readonly unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype;
}

function isInt32(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);
}
