// Which files are sources, and keeping the index in step with them: a background walk of every
// workspace folder at start (with progress), file-watcher events after that, and the editor's
// own text for open documents (it wins over the disk until the document is closed).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import { AnalysisMemo, contentHash, type SourceIndex } from '../core';
import { readArticle } from '../host/files';
import type { Analyzer } from './analysisPool';
import type { SourceCache } from './cache';
import { inlineReader, type FileReader, type HashedRead } from './fileReader';
import type { NewsLensSettings } from './protocol';

export interface WorkspaceLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface IndexProgress {
  (done: number, total: number): void;
}

/** Files read per batch by the bulk reader, and batches read ahead of the main thread. */
const READ_BATCH = 64;
const READ_AHEAD = 3;
/** Fewer files than this are read on the main thread (a worker's start costs more). */
const READER_THREAD_MIN = 500;

/** Folders never walked, whatever the glob says. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.newslens', '.vscode', '.tools', '.harness-runs']);

export class SourceWorkspace {
  private folders: string[] = [];
  private matcher: (relative: string) => boolean = () => false;
  private readonly open = new Set<string>();
  /** Per open document, what its last analysis left for the next keystroke's (core/memo.ts). */
  private readonly memos = new Map<string, AnalysisMemo>();
  private readonly tooLarge = new Set<string>();
  private run = 0;
  skipped = 0;
  private cache: SourceCache | undefined;
  /** The cache save indexing started, if any (its garbage is collected after it: server.ts). */
  cacheSaved: Promise<void> = Promise.resolve();
  /** What the last indexing run did: analysed, or restored from the disk cache. */
  counts = { analysed: 0, restored: 0 };

  constructor(
    private readonly index: SourceIndex,
    private settings: NewsLensSettings,
    private readonly log: WorkspaceLogger,
    /** Analysis for bulk indexing (worker threads); made per run and let go after it. */
    private readonly bulkAnalyzer: () => Analyzer,
    /** Analysis for one file at a time (watcher events). */
    private readonly singleAnalyzer: Analyzer,
    /** Reading for bulk indexing (a worker thread); made per run and let go after it. */
    private readonly bulkReader: () => FileReader = inlineReader,
  ) {
    this.compile();
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((u) => URI.parse(u).fsPath);
  }

  setSettings(settings: NewsLensSettings): void {
    this.settings = settings;
    this.compile();
  }

  /** Is this file a source under the current settings? (Open documents of any path count.) */
  isSource(uri: string): boolean {
    const file = URI.parse(uri).fsPath;
    const folder = this.folders.find((f) => file === f || file.startsWith(f + path.sep));
    if (folder === undefined) return false;
    return this.matcher(path.relative(folder, file).split(path.sep).join('/'));
  }

  /**
   * Find and index every source, yielding to the event loop between files so that hovers and
   * edits are answered while it runs. A newer call cancels an older one.
   */
  async indexAll(progress: IndexProgress): Promise<void> {
    const run = ++this.run;
    const started = Date.now();
    const files: string[] = [];
    for (const folder of this.folders) await this.walk(folder, folder, files, run);
    if (run !== this.run) return;

    const wanted = new Set(files.map((f) => URI.file(f).toString()));
    for (const record of [...this.index.records()]) {
      if (!wanted.has(record.uri) && !this.open.has(record.uri)) this.index.delete(record.uri);
    }
    this.skipped = 0;
    this.counts = { analysed: 0, restored: 0 };
    progress(0, files.length);
    await this.cache?.load();
    // Worker threads start with the first file the cache does not hold (a reopened window may
    // need none), and are let go afterwards: each holds its own engine and model in memory.
    let bulk: Analyzer | undefined;
    const analyzer = (): Analyzer => (bulk ??= this.bulkAnalyzer());
    // Files are read in batches, a few ahead, while the ones before are restored or analysed.
    const maxBytes = this.settings.maxFileSizeKB * 1024;
    const reader = files.length >= READER_THREAD_MIN ? this.bulkReader() : inlineReader();
    const batches: Promise<HashedRead[]>[] = [];
    const batchCount = Math.ceil(files.length / READ_BATCH);
    const readBatch = (b: number): Promise<HashedRead[]> =>
      (batches[b] ??= reader.read(files.slice(b * READ_BATCH, (b + 1) * READ_BATCH), maxBytes));
    async function* reads(): AsyncGenerator<{ file: string; read: HashedRead }> {
      for (let b = 0; b < batchCount; b++) {
        for (let ahead = b; ahead < Math.min(batchCount, b + READ_AHEAD); ahead++) void readBatch(ahead);
        const batch = await readBatch(b);
        delete batches[b];
        for (let i = 0; i < batch.length; i++) yield { file: files[b * READ_BATCH + i] as string, read: batch[i] as HashedRead };
      }
    }
    const queue = reads();
    let done = 0;
    // Several files in flight, so that the analysis workers are never idle while one is read.
    const lane = async (): Promise<void> => {
      while (run === this.run) {
        const next = await queue.next();
        if (next.done === true) return;
        await this.intoIndex(next.value.file, next.value.read, analyzer);
        done++;
        if (done % 25 === 0 || done === files.length) progress(done, files.length);
        if ((bulk === undefined || bulk.parallelism === 1) && done % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    try {
      await Promise.all(Array.from({ length: 8 }, lane));
    } finally {
      bulk?.dispose();
      reader.dispose();
    }
    if (run !== this.run) return;
    const { analysed, restored } = this.counts;
    this.log.info(`Indexed ${this.index.size} sources in ${Date.now() - started} ms: ${analysed} analysed, ${restored} from the cache, ${this.skipped} skipped.`);
    if (this.cache !== undefined && (analysed > 0 || this.cache.size !== this.index.size)) this.cacheSaved = this.cache.save(this.index.stores());
    this.cache?.release();
  }

  /** The disk cache analyses are read from before analysing and saved to after indexing. */
  setCache(cache: SourceCache | undefined): void {
    this.cache = cache;
  }

  /** Saves what changed since the last save (after watcher events and closed editors). */
  saveCache(): Promise<void> {
    return this.cache?.save(this.index.stores()) ?? Promise.resolve();
  }

  /** A watched file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    if (this.open.has(uri) || !this.isSource(uri)) return;
    await this.readIntoIndex(URI.parse(uri).fsPath, this.singleAnalyzer);
    this.cache?.saveSoon(() => this.index.stores());
  }

  fileDeleted(uri: string): void {
    if (!this.open.has(uri)) this.index.delete(uri);
  }

  /** The editor's text for an open document. */
  documentChanged(uri: string, text: string): void {
    this.open.add(uri);
    // An open file over the size limit is not analysed on every keystroke either; said once.
    if (text.length > this.settings.maxFileSizeKB * 1024) {
      if (!this.tooLarge.has(uri)) {
        this.tooLarge.add(uri);
        this.log.warn(`${URI.parse(uri).fsPath}: larger than newslens.maxFileSizeKB (${this.settings.maxFileSizeKB} KB); not analysed`);
      }
      this.index.delete(uri);
      this.memos.delete(uri);
      return;
    }
    this.tooLarge.delete(uri);
    let memo = this.memos.get(uri);
    if (memo === undefined) this.memos.set(uri, (memo = new AnalysisMemo()));
    this.index.set(uri, text, undefined, memo);
  }

  /** Closed: the file on disk is the truth again (or it leaves the index if it is no source). */
  async documentClosed(uri: string): Promise<void> {
    this.open.delete(uri);
    this.memos.delete(uri);
    if (URI.parse(uri).scheme === 'file' && this.isSource(uri)) await this.readIntoIndex(URI.parse(uri).fsPath, this.singleAnalyzer);
    else this.index.delete(uri);
  }

  private async readIntoIndex(file: string, analyzer: Analyzer): Promise<void> {
    const read = await readArticle(file, this.settings.maxFileSizeKB * 1024);
    await this.intoIndex(file, read.ok ? { ...read, hash: contentHash(read.text) } : read, analyzer);
  }

  /** A read file into the index: restored from the cache when it holds the text's hash, else analysed. */
  private async intoIndex(file: string, read: HashedRead, analyzer: Analyzer | (() => Analyzer)): Promise<void> {
    const uri = URI.file(file).toString();
    if (this.open.has(uri)) return;
    if (!read.ok) {
      this.skipped++;
      this.index.delete(uri);
      this.log.warn(read.message);
      return;
    }
    for (const issue of read.issues) this.log.warn(`${file}: ${issue.message}`);
    const { hash } = read;
    if (this.index.get(uri)?.hash === hash) return; // unchanged since it was indexed
    const cached = this.cache?.get(hash);
    if (cached !== undefined && this.index.restore(uri, hash, (ctx) => cached.restore(ctx, read.text), cached.claims(uri, read.text)) !== null) {
      this.counts.restored++;
      return;
    }
    try {
      const analysis = await (typeof analyzer === 'function' ? analyzer() : analyzer).analyze(uri, read.text, read.issues);
      this.counts.analysed++;
      // The editor may have opened it meanwhile: the editor's text wins.
      if (!this.open.has(uri)) this.index.setAnalysis(uri, hash, analysis);
    } catch (error) {
      // One article must never stop the others from being indexed.
      this.skipped++;
      this.log.warn(`${file}: could not be analysed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async walk(root: string, dir: string, out: string[], run: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.log.warn(`${dir}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const exportDir = path.resolve(root, this.settings.exportFolder);
    for (const entry of entries) {
      if (run !== this.run) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && full !== exportDir) await this.walk(root, full, out, run);
      } else if (entry.isFile() && !entry.name.toLowerCase().endsWith('.annotated.md')) {
        if (this.matcher(path.relative(root, full).split(path.sep).join('/'))) out.push(full);
      }
    }
  }

  private compile(): void {
    const glob = picomatch(this.settings.sources, { dot: false });
    const exportPrefix = this.settings.exportFolder.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    this.matcher = (relative) =>
      glob(relative) &&
      !relative.startsWith(exportPrefix) &&
      !relative.toLowerCase().endsWith('.annotated.md') &&
      !relative.split('/').some((part) => SKIPPED_FOLDERS.has(part));
  }
}
