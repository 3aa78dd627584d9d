// Compact stores to bytes and back, for the disk cache (src/server/cache.ts). A pack holds many
// sources: one JSON header (engine version, the pack's own string and shape tables, and per
// source its content hash, its head without the text, and what else the caller keeps beside it)
// followed by the stores' numbers. Inside a pack, string and shape ids are the pack's; reading a
// store back maps them to the index's own tables, so a restored source costs a walk over its
// numbers instead of a new analysis and a new encoding (~0.8 ms an article here).
//
// The article text is never stored: the reader has it (it read the file to hash it), and a
// source is only restored under the hash of the text it was analysed from.
//
// Bytes: "NLPACK01", then four little-endian u32 (header bytes, data words, header checksum,
// data checksum), the UTF-8 header padded to 4 bytes, then the Int32 data. Anything that does
// not add up is an error (a torn or foreign file), never a half-read pack.

import type { SourceClaims } from '../facts/types';
import type { ArticleAnalysis } from '../model';
import { compactFromParts, compactParts, LAYOUT, type Store, type StoreContext } from './store';

const MAGIC = 'NLPACK01';
const PREAMBLE = 8 + 16;
const CLUSTER_FAMILY = 3;

/** One source as a pack lists it. */
export interface PackEntry<Extra> {
  readonly hash: string;
  /** The analysis head with `text` null (its five arrays are null too). */
  readonly head: Record<string, unknown>;
  /** Whatever the caller keeps beside the store (claims, for the index). */
  readonly extra: Extra;
  readonly at: number;
  readonly words: number;
}

interface PackHeader<Extra> {
  readonly version: string;
  readonly strings: readonly string[];
  readonly shapes: readonly (readonly [number, readonly string[]])[];
  readonly entries: readonly PackEntry<Extra>[];
}

/** Collects stores into one pack. */
export class PackWriter<Extra> {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapes: [number, readonly string[]][] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly entries: PackEntry<Extra>[] = [];
  private readonly chunks: Int32Array[] = [];
  private words = 0;

  constructor(private readonly version: string) {}

  get size(): number {
    return this.entries.length;
  }

  /** Adds a store; false when it is not compact (plain stores are rare and simply not cached). */
  add(hash: string, store: Store, extra: Extra): boolean {
    const parts = compactParts(store);
    if (parts === null) return false;
    const { ctx } = parts;
    const d = Int32Array.from(parts.d);
    mapIds(d, (id) => {
      const s = ctx.strings.get(id);
      let local = this.stringIds.get(s);
      if (local === undefined) {
        local = this.strings.length;
        this.strings.push(s);
        this.stringIds.set(s, local);
      }
      return local;
    }, (family, id) => {
      const keys = ctx.shapeKeys[id] as readonly string[];
      const signature = `${family}:${keys.join(',')}`;
      let local = this.shapeIds.get(signature);
      if (local === undefined) {
        local = this.shapes.length;
        this.shapes.push([family, keys]);
        this.shapeIds.set(signature, local);
      }
      return local;
    });
    const head: Record<string, unknown> = { ...(parts.head as unknown as Record<string, unknown>) };
    head.text = null; // the reader puts the text back, in the same place among the keys
    this.entries.push({ hash, head, extra, at: this.words, words: d.length });
    this.chunks.push(d);
    this.words += d.length;
    return true;
  }

  /** The pack as bytes. */
  bytes(): Uint8Array {
    const header: PackHeader<Extra> = { version: this.version, strings: this.strings, shapes: this.shapes, entries: this.entries };
    const json = new TextEncoder().encode(JSON.stringify(header));
    const padded = (json.length + 3) & ~3;
    const out = new Uint8Array(PREAMBLE + padded + 4 * this.words);
    for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
    out.set(json, PREAMBLE);
    const data = new Int32Array(out.buffer, PREAMBLE + padded, this.words);
    let at = 0;
    for (const chunk of this.chunks) {
      data.set(chunk, at);
      at += chunk.length;
    }
    const view = new DataView(out.buffer);
    view.setUint32(8, json.length, true);
    view.setUint32(12, this.words, true);
    view.setUint32(16, checksumBytes(json), true);
    view.setUint32(20, checksumWords(data), true);
    return out;
  }
}

/** A pack read back; throws on anything torn, foreign or corrupt. */
export class PackReader<Extra> {
  readonly version: string;
  readonly entries: readonly PackEntry<Extra>[];
  private readonly header: PackHeader<Extra>;
  private readonly data: Int32Array;
  /**
   * Per index context, the pack's ids as that context numbers them, filled as entries are
   * restored: a pack's thousands of entries share a few hundred strings and a handful of shapes.
   * A string id is only reused after checking the table still holds that string there.
   */
  private readonly mapped = new WeakMap<StoreContext, { strings: number[]; shapes: number[] }>();

  constructor(bytes: Uint8Array) {
    if (bytes.length < PREAMBLE) throw new Error('too short to be a pack');
    for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) throw new Error('not a NewsLens pack');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonBytes = view.getUint32(8, true);
    const words = view.getUint32(12, true);
    const padded = (jsonBytes + 3) & ~3;
    if (bytes.length !== PREAMBLE + padded + 4 * words) throw new Error(`truncated or padded: ${bytes.length} bytes, expected ${PREAMBLE + padded + 4 * words}`);
    const json = bytes.subarray(PREAMBLE, PREAMBLE + jsonBytes);
    if (checksumBytes(json) !== view.getUint32(16, true)) throw new Error('header checksum mismatch');
    // Int32Array needs 4-byte alignment; a Buffer from a file read may not have it.
    const start = bytes.byteOffset + PREAMBLE + padded;
    this.data = start % 4 === 0
      ? new Int32Array(bytes.buffer, start, words)
      : new Int32Array(bytes.slice(PREAMBLE + padded).buffer);
    if (checksumWords(this.data) !== view.getUint32(20, true)) throw new Error('data checksum mismatch');
    const header = JSON.parse(new TextDecoder().decode(json)) as PackHeader<Extra>;
    if (typeof header.version !== 'string' || !Array.isArray(header.strings) || !Array.isArray(header.shapes) || !Array.isArray(header.entries)) {
      throw new Error('header has the wrong shape');
    }
    for (const e of header.entries) {
      if (typeof e.hash !== 'string' || typeof e.head !== 'object' || e.head === null || !(e.at >= 0 && e.words > 0 && e.at + e.words <= words)) {
        throw new Error('an entry has the wrong shape');
      }
    }
    this.header = header;
    this.version = header.version;
    this.entries = header.entries;
  }

  /**
   * The entry's store over `text` (the text it was made from), its ids now `ctx`'s; null when a
   * shape is one this build does not know (the layout changed: analyse again).
   */
  restore(ctx: StoreContext, entry: PackEntry<Extra>, text: string): Store | null {
    const d = this.data.slice(entry.at, entry.at + entry.words);
    const { strings, shapes } = this.header;
    let mapped = this.mapped.get(ctx);
    if (mapped === undefined) {
      mapped = { strings: [], shapes: [] };
      this.mapped.set(ctx, mapped);
    }
    const { strings: ownStrings, shapes: ownShapes } = mapped;
    const acquired: number[] = [];
    try {
      mapIds(d, (id) => {
        const s = strings[id];
        if (typeof s !== 'string') throw new RangeError(`string ${id} is not in the pack`);
        const known = ownStrings[id];
        const own = known !== undefined && ctx.strings.get(known) === s ? ctx.strings.retain(known) : (ownStrings[id] = ctx.strings.acquire(s));
        acquired.push(own);
        return own;
      }, (family, id) => {
        const shape = shapes[id];
        if (shape === undefined || shape[0] !== family) throw new RangeError(`shape ${id} is not in the pack`);
        let own = ownShapes[id];
        if (own === undefined) {
          const index = family === CLUSTER_FAMILY ? LAYOUT.CLUSTER_INDEX : LAYOUT.FIELD_INDEX[family];
          own = index === undefined ? -1 : ctx.shape(family, shape[1], index);
          ownShapes[id] = own;
        }
        if (own < 0) throw new RangeError('unknown field');
        return own;
      });
    } catch (error) {
      for (const id of acquired) ctx.strings.release(id);
      if (error instanceof RangeError) return null;
      throw error;
    }
    const head: Record<string, unknown> = { ...entry.head };
    head.text = text;
    return compactFromParts(ctx, text, head as unknown as ArticleAnalysis, d);
  }
}

/**
 * Passes every string id and shape id of a compact store's numbers through the maps, in place:
 * mention fields, cluster names and aliases, group keys (exactly what Store.release gives back).
 */
function mapIds(d: Int32Array, mapString: (id: number) => number, mapShape: (family: number, id: number) => number): void {
  const at = (i: number): number => {
    const v = d[i];
    if (v === undefined) throw new RangeError(`slot ${i} is outside the store`);
    return v;
  };
  for (let kind = 0; kind < 3; kind++) {
    const count = at(LAYOUT.H_ROWS + kind);
    const base = at(LAYOUT.H_ROWS + 3 + kind);
    const width = LAYOUT.WIDTH[kind] as number;
    for (let i = 0; i < count; i++) {
      const row = base + i * width;
      d[row] = mapShape(kind, at(row));
      for (let slot = row + 3; slot < row + width; slot++) {
        const c = at(slot);
        if (c >= 0) d[slot] = mapString(c);
      }
    }
  }
  const clusters = at(LAYOUT.H_CLUSTERS);
  const clusterBase = at(LAYOUT.H_CLUSTERS + 1);
  const lists = at(LAYOUT.H_LISTS);
  for (let c = 0; c < clusters; c++) {
    const row = clusterBase + c * LAYOUT.CLUSTER_WIDTH;
    d[row] = mapShape(CLUSTER_FAMILY, at(row));
    for (let f = 1; f <= 3; f++) if (at(row + f) >= 0) d[row + f] = mapString(at(row + f));
    const aliases = lists + at(row + 4);
    for (let j = 0; j < at(row + 5); j++) d[aliases + j] = mapString(at(aliases + j));
  }
  for (let kind = 0; kind < 3; kind++) {
    const base = at(LAYOUT.H_GROUPS + kind);
    for (let g = 0; g < at(base); g++) d[base + 1 + 3 * g] = mapString(at(base + 1 + 3 * g));
  }
}

function checksumBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

function checksumWords(words: Int32Array): number {
  let h = 0x9747b28c;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193) ^ (h >>> 15);
  return h >>> 0;
}

// --- Claims ----------------------------------------------------------------------------------------
// A source's claims (src/core/facts) beside its store, so that a restored source needs no
// claimsOf() (~2.5 ms an article). Kept by column: numbers as they are, strings in one list per
// source (the outlet, title and date every claim repeats, and quotes sharing a sentence, once),
// `uri` left out (the reader knows it), `text` left out when it is the article's own slice, and
// quotes found verbatim in the article kept as offsets (a slice of the text costs ~20 bytes).

type Column =
  | { readonly t: 'n'; readonly v: readonly (number | null)[] }
  | { readonly t: 's'; readonly v: readonly number[] }
  | { readonly t: 'raw'; readonly v: readonly unknown[] }
  | { readonly t: 'uri' }
  | { readonly t: 'slice' }
  /** Strings found verbatim in the article (quotes), by offset: read back as slices of its text. */
  | { readonly t: 'at'; readonly v: readonly number[]; readonly len: readonly number[] };

interface PackedList {
  readonly n: number;
  /** Column per key, in the items' key order; null when the items do not share one key order. */
  readonly cols: Record<string, Column> | null;
  readonly raw?: readonly unknown[];
}

export interface PackedClaims {
  readonly str: readonly string[];
  readonly claims: PackedList;
  readonly events: PackedList;
}

/** Claims in their cached form (see above). */
export function packClaims(claims: SourceClaims, text: string): PackedClaims {
  const str: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let n = ids.get(s);
    if (n === undefined) {
      n = str.length;
      str.push(s);
      ids.set(s, n);
    }
    return n;
  };
  const list = (items: readonly object[]): PackedList => {
    const rows = items as readonly Record<string, unknown>[];
    const keys = rows.length === 0 ? [] : Object.keys(rows[0] as object);
    const sameKeys = rows.every((r) => {
      const k = Object.keys(r);
      return k.length === keys.length && k.every((key, i) => key === keys[i]);
    });
    if (!sameKeys) return { n: rows.length, cols: null, raw: rows };
    const cols: Record<string, Column> = {};
    for (const key of keys) {
      const values = rows.map((r) => r[key]);
      if (key === 'uri') cols[key] = { t: 'uri' };
      else if (key === 'text' && rows.every((r) => r.text === text.slice(r.start as number, r.end as number))) cols[key] = { t: 'slice' };
      else if (values.every((v) => v === null || typeof v === 'number')) cols[key] = { t: 'n', v: values as (number | null)[] };
      else if (key === 'quote' && values.every((v) => typeof v === 'string' && text.includes(v))) {
        cols[key] = { t: 'at', v: values.map((v) => text.indexOf(v as string)), len: values.map((v) => (v as string).length) };
      } else if (values.every((v) => typeof v === 'string')) cols[key] = { t: 's', v: values.map((v) => id(v as string)) };
      else cols[key] = { t: 'raw', v: values };
    }
    return { n: rows.length, cols };
  };
  return { claims: list(claims.claims), events: list(claims.events), str };
}

/** Claims back from their cached form, for the source at `uri` whose text is `text`. */
export function unpackClaims(packed: PackedClaims, uri: string, text: string): SourceClaims {
  const list = (p: PackedList): object[] => {
    if (p.cols === null) return ((p.raw ?? []) as Record<string, unknown>[]).map((r) => ('uri' in r ? { ...r, uri } : r));
    const out: Record<string, unknown>[] = [];
    const cols = Object.entries(p.cols);
    // Objects made key by key past a few keys are dictionaries (~860 bytes a claim, against ~220
    // for a copy of one object with every key): a source's claims live as long as it is indexed.
    const template: Record<string, unknown> = {};
    for (const [key] of cols) template[key] = null;
    for (let i = 0; i < p.n; i++) {
      const o: Record<string, unknown> = { ...template };
      for (const [key, col] of cols) {
        switch (col.t) {
          case 'uri': o[key] = uri; break;
          case 'slice': o[key] = null; break; // after the loop: `start` may come later
          case 's': o[key] = packed.str[col.v[i] as number]; break;
          case 'at': o[key] = text.slice(col.v[i] as number, (col.v[i] as number) + (col.len[i] as number)); break;
          default: o[key] = col.v[i];
        }
      }
      for (const [key, col] of cols) if (col.t === 'slice') o[key] = text.slice(o.start as number, o.end as number);
      out.push(o);
    }
    return out;
  };
  return { claims: list(packed.claims), events: list(packed.events) } as unknown as SourceClaims;
}
