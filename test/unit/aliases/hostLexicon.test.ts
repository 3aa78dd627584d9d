// Reading and writing a workspace's lexicon file: missing, malformed, not UTF-8, written
// atomically in the stable format, never over a file that does not parse, never outside.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadLexicon, updateLexicon } from '../../../src/host/lexicon';
import { editLexicon } from '../../../src/core/annotations/lexiconEdits';
import { tempDir } from '../../support/temp';

function workspace(lexicon?: string | Buffer): string {
  const dir = tempDir('newslens-host-lexicon-');
  if (lexicon !== undefined) {
    mkdirSync(path.join(dir, '.newslens'));
    writeFileSync(path.join(dir, '.newslens/lexicon.json'), lexicon);
  }
  return dir;
}

test('no lexicon file is no lexicon and no problem', async () => {
  const loaded = await loadLexicon(workspace());
  assert.equal(loaded.lexicon, undefined);
  assert.equal(loaded.problem, undefined);
});

test('a malformed file is a problem with the place the parser stopped', async () => {
  const loaded = await loadLexicon(workspace('\uFEFF{\n "version": 1\n "entities": []}\n'));
  assert.equal(loaded.lexicon, undefined);
  assert.match(loaded.problem ?? '', /lexicon\.json: The lexicon is not valid JSON: .*position 17\. The lexicon is ignored until fixed\.$/);
  assert.deepEqual(loaded.problemAt, { line: 2, character: 1 });
  // Messages that quote the file stay on one line.
  const quoted = await loadLexicon(workspace('{"version": 1, "entities": [{},,\n]}'));
  assert.doesNotMatch(quoted.problem ?? '\n', /\n/);
  assert.equal(quoted.problemAt, undefined);
});

test('a file that is not UTF-8 is a problem, not a crash', async () => {
  const loaded = await loadLexicon(workspace(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
  assert.match(loaded.problem ?? '', /not valid UTF-8/);
});

test('a decision creates the file in the stable format, atomically (no temporary file left)', async () => {
  const dir = workspace();
  await updateLexicon(dir, (l) => editLexicon(l, { kind: 'notEntity', name: 'Breaking News' }));
  const file = path.join(dir, '.newslens/lexicon.json');
  assert.equal(readFileSync(file, 'utf8'), '{\n  "version": 1,\n  "entities": [],\n  "split": [],\n  "notEntities": [\n    "Breaking News"\n  ]\n}\n');
  assert.deepEqual(readdirSync(path.dirname(file)), ['lexicon.json']);
  const loaded = await loadLexicon(dir);
  assert.deepEqual(loaded.lexicon?.notEntities, ['Breaking News']);
});

test('a decision is refused, and the file left byte for byte, while the file does not parse', async () => {
  const broken = '{"version": 1, "entities": [ <<<<<<< HEAD\n';
  const dir = workspace(broken);
  await assert.rejects(updateLexicon(dir, (l) => editLexicon(l, { kind: 'notEntity', name: 'X' })), /not valid JSON/);
  assert.equal(readFileSync(path.join(dir, '.newslens/lexicon.json'), 'utf8'), broken);
});

test('a .newslens folder that is a link out of the workspace is not written through', async () => {
  const outside = tempDir('newslens-outside-');
  const dir = workspace();
  symlinkSync(outside, path.join(dir, '.newslens'));
  await assert.rejects(updateLexicon(dir, (l) => editLexicon(l, { kind: 'notEntity', name: 'X' })), /outside the workspace/);
  assert.deepEqual(readdirSync(outside), []);
});
