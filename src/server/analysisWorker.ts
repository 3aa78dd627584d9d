// A worker thread that analyses articles for the server's initial indexing, so that both cores
// work and the main thread stays free to answer hovers. It loads its own engine and model.

import { parentPort } from 'node:worker_threads';
import { createNewsLens, type InputIssue } from '../core';
import { loadNameRecognizer } from '../host/models';

export interface AnalysisJob {
  readonly id: number;
  readonly uri: string;
  readonly text: string;
  readonly issues: readonly InputIssue[];
}

const engine = createNewsLens({ names: loadNameRecognizer(), today: () => new Date().toISOString().slice(0, 10) });

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    const analysis = engine.analyze({ uri: job.uri, text: job.text, decodeIssues: job.issues });
    parentPort?.postMessage({ id: job.id, analysis });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
