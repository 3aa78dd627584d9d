// Annotation files on a real disk (a temporary workspace): atomic read-modify-write that keeps
// changes made meanwhile by others, broken files reported and never written over, moves that
// carry annotations along, and paths that cannot leave the workspace.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  annotationPath,
  listAnnotationSources,
  moveAnnotationFile,
  readAnnotationFile,
  sourceOfAnnotationPath,
  updateAnnotationFile,
} from '../../../src/host/annotations';
import { createAnnotation, upsertAnnotations, type Stamp } from '../../../src/core/annotations/create';
import { serializeAnnotationFile } from '../../../src/core/annotations/serialize';
import { tempDir } from '../../support/temp';

const TEXT = 'At least 83 people were killed, officials said on Tuesday.';
let counter = 0;
const stamp: Stamp = { newId: () => `urn:uuid:test-${++counter}`, now: '2025-11-14T10:00:00.000Z', author: 'Ana' };

async function workspace(): Promise<string> {
  return tempDir('newslens-annotations-');
}

function note(source: string, start: number, end: number, text = 'a note') {
  return createAnnotation(source, TEXT, start, end, text, stamp);
}

test('a missing file reads as missing; the first note creates it, canonical and newline-terminated', async () => {
  const root = await workspace();
  assert.deepEqual(await readAnnotationFile(root, 'news/a.txt'), { state: 'missing' });
  const a = note('news/a.txt', 0, 8);
  const result = await updateAnnotationFile(root, 'news/a.txt', (f) => upsertAnnotations(f, [a]));
  assert.equal(result.state, 'written');
  const file = path.join(root, '.newslens', 'annotations', 'news', 'a.txt.json');
  const text = await fs.readFile(file, 'utf8');
  assert.equal(text, serializeAnnotationFile({ source: 'news/a.txt', annotations: [a] }));
  const read = await readAnnotationFile(root, 'news/a.txt');
  assert.equal(read.state === 'ok' && read.file.annotations[0]?.id, a.id);
  // No temporary files left behind.
  assert.deepEqual(await fs.readdir(path.dirname(file)), ['a.txt.json']);
});

test('writing the same data again changes nothing on disk', async () => {
  const root = await workspace();
  const a = note('a.txt', 0, 8);
  await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [a]));
  const file = annotationPath(root, 'a.txt');
  const before = await fs.stat(file);
  const again = await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [a]));
  assert.equal(again.state, 'unchanged');
  assert.equal((await fs.stat(file)).mtimeMs, before.mtimeMs);
});

test('a corrupt or truncated file is reported with its path and left byte for byte as it was', async () => {
  const root = await workspace();
  const good = serializeAnnotationFile({ source: 'a.txt', annotations: [note('a.txt', 0, 8)] });
  for (const broken of [good.slice(0, good.length - 20), '{"source": "a.txt", "annotations": [ {"type": "Annotation"} ]}', '<<<<<<< HEAD\n' + good, '\u0000\u0000']) {
    const file = annotationPath(root, 'a.txt');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, broken);
    const read = await readAnnotationFile(root, 'a.txt');
    assert.equal(read.state, 'invalid');
    assert.ok(read.state === 'invalid' && read.message.startsWith(file), read.state === 'invalid' ? read.message : '');
    const result = await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [note('a.txt', 9, 11)]));
    assert.equal(result.state, 'invalid');
    assert.equal(await fs.readFile(file, 'utf8'), broken, 'a broken file must not be written over');
    // Nor moved away with its article, nor deleted by an update that empties it.
    assert.equal((await moveAnnotationFile(root, 'a.txt', 'b.txt')).state, 'invalid');
    assert.equal((await updateAnnotationFile(root, 'a.txt', () => ({ source: 'a.txt', annotations: [] }))).state, 'invalid');
    assert.equal(await fs.readFile(file, 'utf8'), broken);
  }
});

test('a file naming another article as its source is reported, not adopted', async () => {
  const root = await workspace();
  const file = annotationPath(root, 'a.txt');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, serializeAnnotationFile({ source: 'other.txt', annotations: [note('other.txt', 0, 8)] }));
  const read = await readAnnotationFile(root, 'a.txt');
  assert.equal(read.state, 'invalid');
  assert.match(read.state === 'invalid' ? read.message : '', /belongs to "a\.txt"/);
});

test('changes made at the same moment are all kept (one queue per file)', async () => {
  const root = await workspace();
  const notes = Array.from({ length: 20 }, (_, i) => note('a.txt', i, i + 3, `note ${i}`));
  await Promise.all(notes.map((a) => updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [a]))));
  const read = await readAnnotationFile(root, 'a.txt');
  assert.equal(read.state === 'ok' && read.file.annotations.length, 20);
});

test('a change made on disk by someone else (git pull, another window) is kept by the next update', async () => {
  const root = await workspace();
  const mine = note('a.txt', 0, 8, 'mine');
  await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [mine]));
  const theirs = note('a.txt', 9, 11, 'theirs');
  // The other window writes its own version of the file.
  await fs.writeFile(annotationPath(root, 'a.txt'), serializeAnnotationFile({ source: 'a.txt', annotations: [mine, theirs] }));
  const another = note('a.txt', 12, 18, 'another of mine');
  await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [another]));
  const read = await readAnnotationFile(root, 'a.txt');
  assert.deepEqual(read.state === 'ok' && read.file.annotations.map((a) => a.id).sort(), [mine.id, theirs.id, another.id].sort());
});

test('removing the last annotation removes the file', async () => {
  const root = await workspace();
  const a = note('a.txt', 0, 8);
  await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [a]));
  const result = await updateAnnotationFile(root, 'a.txt', (f) => ({ source: f.source, annotations: [] }));
  assert.equal(result.state, 'deleted');
  assert.deepEqual(await readAnnotationFile(root, 'a.txt'), { state: 'missing' });
});

test('moving an article carries its annotations: new file written with new sources, old one removed', async () => {
  const root = await workspace();
  const a = note('old/a.txt', 0, 8);
  await updateAnnotationFile(root, 'old/a.txt', (f) => upsertAnnotations(f, [a]));
  assert.deepEqual(await moveAnnotationFile(root, 'old/a.txt', 'new/deeper/b.txt'), { state: 'moved' });
  assert.deepEqual(await readAnnotationFile(root, 'old/a.txt'), { state: 'missing' });
  const moved = await readAnnotationFile(root, 'new/deeper/b.txt');
  assert.equal(moved.state === 'ok' && moved.file.annotations[0]?.target.source, 'new/deeper/b.txt');
  assert.deepEqual(await listAnnotationSources(root), ['new/deeper/b.txt']);
  // The emptied folder is tidied away.
  await assert.rejects(fs.stat(path.join(root, '.newslens', 'annotations', 'old')));
  assert.deepEqual(await moveAnnotationFile(root, 'nothing.txt', 'x.txt'), { state: 'nothing' });
});

test('a temporary file left by an interrupted write is not taken for an annotation file', async () => {
  const root = await workspace();
  await updateAnnotationFile(root, 'a.txt', (f) => upsertAnnotations(f, [note('a.txt', 0, 8)]));
  const folder = path.join(root, '.newslens', 'annotations');
  await fs.writeFile(path.join(folder, '.a.txt.json.4242.1700000000000.tmp'), '{"source": "a.txt", "annot');
  assert.deepEqual(await listAnnotationSources(root), ['a.txt']);
  assert.equal((await readAnnotationFile(root, 'a.txt')).state, 'ok');
});

test('paths cannot leave the workspace', () => {
  const root = '/tmp/ws';
  for (const bad of ['../etc/passwd', 'a/../../b.txt', '/etc/passwd', '', 'a//b.txt']) assert.throws(() => annotationPath(root, bad), /not a path inside the workspace/, bad);
  assert.equal(annotationPath(root, 'a/b.txt'), path.join(root, '.newslens', 'annotations', 'a', 'b.txt.json'));
  assert.equal(sourceOfAnnotationPath(root, path.join(root, '.newslens', 'annotations', 'a', 'b.txt.json')), 'a/b.txt');
  assert.equal(sourceOfAnnotationPath(root, path.join(root, 'a.txt')), undefined);
});
