// The workspace lexicon from the command line: `node dist/cli.js` as a process over a folder with
// `.newslens/lexicon.json`, checking that the decisions change `analyze --json` and exports, and
// that a malformed lexicon is reported on stderr, ignored, and left exactly as it was.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { tempDir } from '../support/temp';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

function run(args: string[], cwd = root): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = [
  'Colombia rejects US account of boat strikes',
  'Date: November 14, 2025',
  '',
  'President Gustavo Petro said on Tuesday that the Drug Enforcement Administration had not shared its evidence.',
  'Petro spoke in Bogota. The DEA declined to comment on Wednesday.',
  '',
].join('\n');

interface JsonEntity { text: string; type: string; canonical: string }

function workspaceWith(lexicon: string | null): { dir: string; file: string } {
  const dir = tempDir('newslens-lexicon-');
  mkdirSync(path.join(dir, '.newslens'));
  mkdirSync(path.join(dir, 'articles'));
  if (lexicon !== null) writeFileSync(path.join(dir, '.newslens/lexicon.json'), lexicon);
  const file = path.join(dir, 'articles/petro.txt');
  writeFileSync(file, ARTICLE);
  return { dir, file };
}

function entitiesOf(stdout: string): JsonEntity[] {
  return (JSON.parse(stdout.trim()) as { entities: JsonEntity[] }).entities;
}

test('analyze --json follows the lexicon of the article\'s workspace', () => {
  const plain = workspaceWith(null);
  const before = run(['analyze', '--json', plain.file]);
  assert.equal(before.code, 0, before.stderr);
  const machine = entitiesOf(before.stdout);
  const petro = machine.find((e) => e.text === 'Petro');
  assert.ok(petro, JSON.stringify(machine));
  assert.equal(petro.canonical, 'Gustavo Petro');
  assert.ok(machine.some((e) => e.text === 'Bogota'), 'the machine finds Bogota');

  const decided = workspaceWith(`${JSON.stringify({
    version: 1,
    entities: [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA'] }],
    split: [{ alias: 'Petro', from: 'Gustavo Petro' }],
    notEntities: ['Bogota'],
  }, null, 2)}\n`);
  // Run from elsewhere, naming the file: the workspace is found from the file's .newslens/.
  const after = run(['analyze', '--json', decided.file], tmpdir());
  assert.equal(after.code, 0, after.stderr);
  const entities = entitiesOf(after.stdout);
  assert.equal(entities.find((e) => e.text === 'Petro')?.canonical, 'Petro');
  assert.ok(!entities.some((e) => e.text === 'Bogota'), 'Bogota is not an entity any more');
  const dea = entities.find((e) => e.text === 'DEA');
  if (dea !== undefined) assert.deepEqual([dea.canonical, dea.type], ['Drug Enforcement Administration', 'ORG']);
  assert.equal(after.stderr, '');
});

test('a malformed lexicon is reported on stderr, ignored, and never rewritten', () => {
  const broken = '{\n  "version": 1,\n  "entities": [\n';
  const { dir, file } = workspaceWith(broken);
  const result = run(['analyze', '--json', file]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /lexicon\.json: The lexicon is not valid JSON/);
  assert.match(result.stderr, /ignored until fixed/);
  // The article was still analysed, without the lexicon.
  assert.equal(entitiesOf(result.stdout).find((e) => e.text === 'Petro')?.canonical, 'Gustavo Petro');
  const exported = run(['export', file]);
  assert.equal(exported.code, 1);
  assert.match(exported.stderr, /not valid JSON/);
  assert.equal(readFileSync(path.join(dir, '.newslens/lexicon.json'), 'utf8'), broken);
});

test('a lexicon from a newer NewsLens is refused with a message to update', () => {
  const newer = '{"version": 2, "entities": []}\n';
  const { dir, file } = workspaceWith(newer);
  const result = run(['analyze', file]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /version 2 is newer than this NewsLens understands \(1\); update NewsLens/);
  assert.equal(readFileSync(path.join(dir, '.newslens/lexicon.json'), 'utf8'), newer);
});
