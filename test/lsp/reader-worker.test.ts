// The bulk reader's worker thread (dist/readerWorker.js, built): it reads, decodes and hashes
// exactly as the main thread would, says why a file cannot be read, and a reader whose worker
// cannot run reads on the calling thread instead.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, it } from 'node:test';
import { readHashed, workerReader } from '../../src/server/fileReader';
import { ROOT } from './support';

let dir: string;
let files: string[];

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newslens-reader-'));
  const write = (name: string, data: string | Uint8Array): string => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  files = [
    write('plain.txt', 'Reuters said 83 people died on Tuesday.\n'),
    write('bom-crlf.txt', '\uFEFFBogotá 🇨🇴\r\nمحمد said so.\r\n'),
    write('bad-utf8.txt', Buffer.from([0x41, 0xff, 0x42, 0x0a])),
    write('binary.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    write('empty.txt', ''),
    path.join(dir, 'missing.txt'),
  ];
});

after(() => rmSync(dir, { recursive: true, force: true }));

it('the worker reads, decodes and hashes as the calling thread does, and says why a file is refused', async () => {
  const reader = workerReader(path.join(ROOT, 'dist/readerWorker.js'));
  try {
    const reads = await reader.read(files, 1024 * 1024);
    assert.deepEqual(reads, readHashed(files, 1024 * 1024));
    assert.deepEqual(reads.map((r) => r.ok), [true, true, true, false, true, false]);
    assert.equal(reads[1]?.ok === true && reads[1].text, 'Bogotá 🇨🇴\r\nمحمد said so.\r\n');
    assert.equal(reads[2]?.ok === true && reads[2].issues[0]?.code, 'invalid-utf8');
    assert.match(reads[3]?.ok === false ? reads[3].message : '', /binary/);
    assert.match(reads[5]?.ok === false ? reads[5].message : '', /missing\.txt/);
  } finally {
    reader.dispose();
  }
});

it('the size limit holds in the worker too', async () => {
  const reader = workerReader(path.join(ROOT, 'dist/readerWorker.js'));
  try {
    const [read] = await reader.read([files[0] as string], 10);
    assert.equal(read?.ok, false);
    assert.match(read?.ok === false ? read.message : '', /larger than/);
  } finally {
    reader.dispose();
  }
});

it('a worker that cannot run leaves the reading to the calling thread', async () => {
  const broken = path.join(dir, 'broken-worker.js');
  writeFileSync(broken, 'throw new Error("this worker fails at start");');
  const reader = workerReader(broken);
  try {
    assert.deepEqual(await reader.read(files.slice(0, 2), 1024 * 1024), readHashed(files.slice(0, 2), 1024 * 1024));
    // And after the failure, still.
    assert.deepEqual(await reader.read(files.slice(2, 3), 1024 * 1024), readHashed(files.slice(2, 3), 1024 * 1024));
  } finally {
    reader.dispose();
  }
});
