// Analysis off the main thread: a small pool of worker threads (one per core, at most four).
// Falls back to analysing on the main thread when workers cannot start.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis, InputIssue, NewsLens } from '../core';
import type { AnalysisJob } from './analysisWorker';

export interface Analyzer {
  analyze(uri: string, text: string, issues: readonly InputIssue[]): Promise<ArticleAnalysis>;
  /** How many analyses may usefully run at once. */
  readonly parallelism: number;
  dispose(): void;
}

type Reply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };

/** Analyse on the calling thread (tests, tiny workspaces, or when workers are unavailable). */
export function inlineAnalyzer(engine: NewsLens): Analyzer {
  return {
    parallelism: 1,
    analyze: (uri, text, issues) => Promise.resolve(engine.analyze({ uri, text, decodeIssues: issues })),
    dispose: () => undefined,
  };
}

export function workerAnalyzer(script: string, fallback: NewsLens, size = Math.min(4, Math.max(1, availableParallelism()))): Analyzer {
  if (!existsSync(script)) return inlineAnalyzer(fallback);
  const workers: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, { resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void; slot: { busy: number } }>();
  let nextId = 0;
  let broken = false;

  for (let i = 0; i < size; i++) {
    const worker = new Worker(script);
    const slot = { worker, busy: 0 };
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (job === undefined) return;
      pending.delete(reply.id);
      job.slot.busy--;
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.analysis);
    });
    worker.on('error', (error) => {
      broken = true;
      for (const [id, job] of pending) {
        if (job.slot === slot) {
          pending.delete(id);
          job.reject(error);
        }
      }
    });
    workers.push(slot);
  }

  return {
    parallelism: size * 2,
    analyze(uri, text, issues) {
      if (broken) return Promise.resolve(fallback.analyze({ uri, text, decodeIssues: issues }));
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      return new Promise<ArticleAnalysis>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        const job: AnalysisJob = { id, uri, text, issues };
        slot.worker.postMessage(job);
      });
    },
    dispose() {
      for (const { worker } of workers) void worker.terminate();
    },
  };
}
