// `npm run eval` as a process: without the datasets it says so and exits 0, so no test and no
// CI run depends on data that is not in the repository.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');

function runEval(datasets: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NEWSLENS_DATASETS: datasets },
    timeout: 120_000,
  });
}

test('with no datasets, eval names what is missing, prints JSON with no scores, and exits 0', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'newslens-eval-empty-'));
  try {
    const run = runEval(empty);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /CoNLL-2003 test .* not found; skipped/);
    assert.match(run.stdout, /TempEval-3 platinum .* not found; skipped/);
    assert.ok(run.stdout.includes(empty), 'the message says where it looked');
    const last = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    assert.equal(last.conll2003Test, null);
    assert.equal(last.tempeval3Platinum, null);
    assert.equal((last.missing as unknown[]).length, 2);
    // The project's own annotated news is always there, so it is always scored.
    const news = last.news as { articles: number; names: { micro: { tp: number } }; dates: { gold: number } };
    assert.ok(news.articles >= 9 && news.names.micro.tp > 0 && news.dates.gold > 0, JSON.stringify(news));
    assert.match(run.stdout, /Recent news written and annotated for NewsLens/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('with a tiny CoNLL test file, eval scores the pipeline on it and prints the table and JSON', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'newslens-eval-tiny-'));
  try {
    mkdirSync(path.join(root, 'conll2003'));
    writeFileSync(path.join(root, 'conll2003', 'test.txt'), [
      '-DOCSTART- -X- -X- O', '',
      'The DT O O', 'minister NN O O', 'Angela NNP O B-PER', 'Merkel NNP O I-PER', 'visited VBD O O',
      'Paris NNP O B-LOC', 'on IN O O', 'Monday NNP O O', '. . O O', '',
    ].join('\n'));
    const run = runEval(root);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /TempEval-3 platinum .* not found; skipped/);
    assert.match(run.stdout, /Names, CoNLL-2003 test: 1 documents, 9 tokens/);
    assert.match(run.stdout, /^ {2}micro /m);
    const last = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { conll2003Test: { micro: { tp: number; fn: number; fp: number } } };
    const micro = last.conll2003Test.micro;
    assert.equal(micro.tp + micro.fn, 2, 'two gold names');
    assert.ok(micro.tp >= 1, `the pipeline finds at least one of "Angela Merkel" and "Paris": ${JSON.stringify(micro)}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a wrong --only value is a usage error', () => {
  const run = runEval(tmpdir(), '--only', 'everything');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--only takes 'names', 'dates' or 'news'/);
});
