// The disk cache of analysed sources, so that a reopened window with thousands of articles is
// ready in seconds and only changed articles are analysed again. Per source it keeps what the
// index holds (the compact store, src/core/sources/serialize.ts) keyed by the content hash of
// the text it was made from, in a few pack files under the extension's storage folder:
//
//   <dir>/pack-<stamp>-<n>.nlpack   at most PACK_SOURCES sources each
//
// Packs are written whole and never changed: new sources go into new packs, and a pack whose
// sources have mostly left the workspace is rewritten from the index (its live sources) and then
// deleted. Every pack is written to a temporary file and renamed, so a crash leaves the old
// packs or the new ones, and a pack that does not read back (torn, foreign, another engine
// version) is logged, ignored and replaced at the next save. The whole cache is kept under
// `maxBytes`; past that, the sources left over are simply analysed at the next start.

import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { contentHash } from '../core';
import type { SourceClaims } from '../core/facts/types';
import { packClaims, PackReader, PackWriter, unpackClaims, type PackedClaims, type PackEntry } from '../core/sources/serialize';
import type { Store, StoreContext } from '../core/sources/store';
import { findPackageRoot, NAME_MODEL_FILE } from '../host/models';

const PACK_SOURCES = 2000;
const PACK_SUFFIX = '.nlpack';
const DEFAULT_MAX_BYTES = 1024 * 2 ** 20;
const SAVE_DELAY_MS = 5000;

/** What the cache keeps beside a store: the source's claims (null when it had none worked out). */
export type CacheExtra = PackedClaims | null;

export interface CacheLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** A cached source, ready to be restored into an index. */
export interface CachedSource {
  restore(ctx: StoreContext, text: string): Store | null;
  /**
   * What reads the source's claims under `uri` back when they are first needed (undefined when
   * none were cached). It holds the packed claims alone, not the pack they came in.
   */
  claims(uri: string, text: string): (() => SourceClaims) | undefined;
}

/** One source the index holds now, as the cache needs it when it saves. */
export interface LiveSource {
  readonly hash: string;
  readonly store: Store;
  readonly claims: SourceClaims | undefined;
}

interface Pack {
  readonly file: string;
  readonly version: string;
  readonly bytes: number;
  readonly hashes: readonly string[];
}

export class SourceCache {
  private readonly found = new Map<string, { reader: PackReader<CacheExtra>; entry: PackEntry<CacheExtra> }>();
  private packs: Pack[] = [];
  private loaded: Promise<void> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private stamp = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly dir: string,
    private readonly version: string,
    private readonly log: CacheLogger,
    /** What else the stores depend on (the workspace lexicon applied to them), read at each load and save. */
    private readonly salt: () => string = () => '',
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  private currentVersion(): string {
    return `${this.version}/${contentHash(this.salt())}`;
  }

  /** Reads every pack once (later calls wait for the first). */
  load(): Promise<void> {
    this.loaded ??= this.readPacks();
    return this.loaded;
  }

  /** The cached source made from text with this hash, if any. */
  get(hash: string): CachedSource | undefined {
    const hit = this.found.get(hash);
    if (hit === undefined) return undefined;
    return {
      restore: (ctx, text) => hit.reader.restore(ctx, hit.entry, text),
      claims: (uri, text) => claimsLoader(hit.entry.extra, uri, text),
    };
  }

  /** Lets go of the packs read at start (the index holds what it restored from them). */
  release(): void {
    this.found.clear();
  }

  /** save() a few seconds after the last call: watcher events and edits come in bursts. */
  saveSoon(live: () => Iterable<LiveSource>): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save(live());
    }, SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** Sources the cache holds. */
  get size(): number {
    return this.found.size;
  }

  /**
   * Brings the packs in step with the index: new sources into new packs, mostly stale packs
   * rewritten, the rest kept. Saves run one after another.
   */
  save(live: Iterable<LiveSource>): Promise<void> {
    const sources = new Map<string, LiveSource>();
    for (const s of live) sources.set(s.hash, s);
    this.saving = this.saving.then(() => this.write(sources)).catch((error: unknown) => {
      this.log.warn(`NewsLens cache: could not be saved in ${this.dir}: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.saving;
  }

  private async readPacks(): Promise<void> {
    let names: string[];
    try {
      names = (await fs.readdir(this.dir)).filter((n) => n.endsWith(PACK_SUFFIX)).sort();
    } catch {
      return; // no cache yet
    }
    const version = this.currentVersion();
    for (const name of names) {
      const file = path.join(this.dir, name);
      try {
        const bytes = await fs.readFile(file);
        const reader = new PackReader<CacheExtra>(bytes);
        if (reader.version !== version) {
          this.log.info(`NewsLens cache: ${name} was made by another engine version or with another lexicon; it will be replaced`);
          await fs.rm(file, { force: true });
          continue;
        }
        for (const entry of reader.entries) this.found.set(entry.hash, { reader, entry });
        this.packs.push({ file, version, bytes: bytes.length, hashes: reader.entries.map((e) => e.hash) });
      } catch (error) {
        // A torn or damaged pack costs only the analyses it held; it is deleted at the next save.
        this.log.warn(`NewsLens cache: ${name} is damaged and is ignored (${error instanceof Error ? error.message : String(error)})`);
        this.packs.push({ file, version: '', bytes: 0, hashes: [] });
      }
    }
  }

  private async write(live: ReadonlyMap<string, LiveSource>): Promise<void> {
    await this.load();
    const version = this.currentVersion();
    const kept: Pack[] = [];
    const covered = new Set<string>();
    const dropped: Pack[] = [];
    let bytes = 0;
    for (const pack of this.packs) {
      const alive = pack.hashes.filter((h) => live.has(h) && !covered.has(h));
      // Mostly stale (or damaged): its live sources are written again and it goes.
      if (pack.version !== version || alive.length * 2 < pack.hashes.length || alive.length === 0 || bytes + pack.bytes > this.maxBytes) {
        dropped.push(pack);
        continue;
      }
      for (const h of alive) covered.add(h);
      kept.push(pack);
      bytes += pack.bytes;
    }
    const pending = [...live].filter(([hash]) => !covered.has(hash));
    if (pending.length === 0 && dropped.length === 0) return;
    await fs.mkdir(this.dir, { recursive: true });
    const written: Pack[] = [];
    const stamp = `${Date.now().toString(36)}-${process.pid}-${this.stamp++}`;
    for (let i = 0; i < pending.length && bytes < this.maxBytes; i += PACK_SOURCES) {
      const writer = new PackWriter<CacheExtra>(version);
      const hashes: string[] = [];
      for (const [hash, { store, claims }] of pending.slice(i, i + PACK_SOURCES)) {
        if (writer.add(hash, store, claims === undefined ? null : packClaims(claims, store.text))) hashes.push(hash);
      }
      if (writer.size === 0) continue;
      const data = writer.bytes();
      if (bytes + data.length > this.maxBytes) {
        this.log.warn(`NewsLens cache: over ${Math.round(this.maxBytes / 2 ** 20)} MB; ${pending.length - i} sources are not cached`);
        break;
      }
      const file = path.join(this.dir, `pack-${stamp}-${written.length}${PACK_SUFFIX}`);
      await writeBytesAtomic(file, data);
      written.push({ file, version, bytes: data.length, hashes });
      bytes += data.length;
    }
    // New packs are in place before old ones go: a crash in between leaves a source twice, never none.
    for (const pack of dropped) await fs.rm(pack.file, { force: true });
    this.packs = [...kept, ...written];
  }
}

/** A function that unpacks `packed`, made apart so that it keeps nothing else alive. */
function claimsLoader(packed: PackedClaims | null, uri: string, text: string): (() => SourceClaims) | undefined {
  return packed === null ? undefined : () => unpackClaims(packed, uri, text);
}

/** The cache the client asked for in `initializationOptions.cacheDir`, if it did. */
export function cacheFromOptions(options: unknown, log: CacheLogger, salt?: () => string): SourceCache | undefined {
  const dir = typeof options === 'object' && options !== null ? (options as { cacheDir?: unknown }).cacheDir : undefined;
  if (typeof dir !== 'string' || dir === '') return undefined;
  log.info(`NewsLens cache: ${dir}`);
  return new SourceCache(dir, engineVersion(), log, salt);
}

/** Temporary file beside the target, then a rename over it. */
async function writeBytesAtomic(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * What must match for a cached analysis to be used: the code that analysed it (the running
 * bundle's own text) and the name model (size and time of its file).
 */
export function engineVersion(entry = require.main?.filename ?? __filename): string {
  let code = 'unknown';
  try {
    code = contentHash(readFileSync(entry, 'latin1'));
  } catch {
    // Without its own file the cache is still keyed by the model and the package version.
  }
  let model = 'none';
  const root = findPackageRoot(__dirname);
  const modelFile = root === null ? null : path.join(root, NAME_MODEL_FILE);
  if (modelFile !== null && existsSync(modelFile)) {
    const stat = statSync(modelFile);
    model = `${stat.size}-${Math.round(stat.mtimeMs)}`;
  }
  return `newslens-0.1.0/${code}/${model}`;
}
