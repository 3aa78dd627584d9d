// Reading articles for bulk indexing: each file read, decoded and hashed. In a reopened window
// with thousands of articles this is a quarter of the main thread's work (the rest is restoring
// the cached analyses), so it runs on a worker thread of its own, a few batches ahead of the
// main thread, which meanwhile restores what was read before. Falls back to reading on the main
// thread when the worker cannot start or fails.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { contentHash } from '../core/sources/hash';
import { readArticleSync, type ReadResult } from '../host/files';

/** A read article with the hash of its text (what the cache and the index are keyed by). */
export type HashedRead = (ReadResult & { readonly ok: false }) | (ReadResult & { readonly ok: true; readonly hash: string });

export interface FileReader {
  /** The files read in order; never rejects (a file that cannot be read says why). */
  read(files: readonly string[], maxBytes: number): Promise<HashedRead[]>;
  dispose(): void;
}

export interface ReadJob {
  readonly id: number;
  readonly files: readonly string[];
  readonly maxBytes: number;
}

/** Read, decode and hash, on the calling thread. */
export function readHashed(files: readonly string[], maxBytes: number): HashedRead[] {
  return files.map((file) => {
    const read = readArticleSync(file, maxBytes);
    return read.ok ? { ...read, hash: contentHash(read.text) } : read;
  });
}

export function inlineReader(): FileReader {
  return { read: (files, maxBytes) => Promise.resolve(readHashed(files, maxBytes)), dispose: () => undefined };
}

/** A reader on a worker thread running `script` (dist/readerWorker.js); inline when it is missing. */
export function workerReader(script: string): FileReader {
  if (!existsSync(script)) return inlineReader();
  let worker: Worker | undefined = new Worker(script);
  let nextId = 0;
  const pending = new Map<number, { files: readonly string[]; maxBytes: number; resolve: (reads: HashedRead[]) => void }>();
  const fail = (): void => {
    // Whatever was asked of it is read here instead.
    void worker?.terminate();
    worker = undefined;
    for (const job of pending.values()) job.resolve(readHashed(job.files, job.maxBytes));
    pending.clear();
  };
  worker.on('message', (reply: { id: number; reads: HashedRead[] }) => {
    const job = pending.get(reply.id);
    if (job === undefined) return;
    pending.delete(reply.id);
    job.resolve(reply.reads);
  });
  worker.on('error', fail);
  worker.on('exit', () => {
    if (pending.size > 0) fail();
  });
  return {
    read(files, maxBytes) {
      if (worker === undefined) return Promise.resolve(readHashed(files, maxBytes));
      const id = nextId++;
      const job: ReadJob = { id, files, maxBytes };
      return new Promise((resolve) => {
        pending.set(id, { files, maxBytes, resolve });
        worker?.postMessage(job);
      });
    },
    dispose() {
      // Reads still asked for belong to a run that is over (or cancelled): nobody waits for them.
      pending.clear();
      void worker?.terminate();
      worker = undefined;
    },
  };
}
