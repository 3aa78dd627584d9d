// The worker thread behind workerReader (src/server/fileReader.ts): reads, decodes and hashes
// batches of articles while the main thread restores or analyses the ones before.

import { parentPort } from 'node:worker_threads';
import { readHashed, type ReadJob } from './fileReader';

parentPort?.on('message', (job: ReadJob) => {
  parentPort?.postMessage({ id: job.id, reads: readHashed(job.files, job.maxBytes) });
});
