// The CLI as users run it: `node dist/cli.js` as a separate process (npm test builds it first).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, existsSync, readdirSync, cpSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/articles');

function run(args: string[], cwd = root): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A small article written for these tests. */
const ARTICLE = [
  'Colombia protests as US strike toll rises',
  'Date: November 14, 2025',
  '',
  'President Gustavo Petro said on Tuesday that at least 83 people had been killed in 21 strikes.',
  'Petro called the attacks illegal. The Pentagon declined to comment.',
  '',
].join('\n');

test('analyze --json prints one JSON object per file with the contract fields and exact spans', () => {
  const dir = tempDir('newslens-cli-');
  const file = path.join(dir, 'petro.txt');
  writeFileSync(file, ARTICLE);
  const { code, stdout, stderr } = run(['analyze', '--json', file]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const result = JSON.parse(lines[0]!);
  assert.equal(result.file, file);
  assert.equal(result.referenceDate, '2025-11-14');
  for (const key of ['entities', 'figures', 'dates']) assert.ok(Array.isArray(result[key]), key);
  for (const span of [...result.entities, ...result.figures, ...result.dates]) {
    assert.equal(ARTICLE.slice(span.start, span.end), span.text);
  }
  const petro = result.entities.filter((e: { canonical: string }) => e.canonical === 'Gustavo Petro');
  assert.deepEqual(petro.map((e: { text: string }) => e.text), ['Gustavo Petro', 'Petro']);
  const toll = result.figures.find((f: { value: number }) => f.value === 83);
  assert.deepEqual([toll.unit, toll.counted, toll.qualifier, toll.asOf], ['deaths', 'people', 'at least', '2025-11-11']);
  const tuesday = result.dates.find((d: { text: string }) => d.text === 'Tuesday');
  assert.deepEqual([tuesday.type, tuesday.value], ['DATE', '2025-11-11']);
});

test('analyze --reference-date resolves relative dates against the given day', () => {
  const dir = tempDir('newslens-cli-');
  const file = path.join(dir, 'petro.txt');
  writeFileSync(file, ARTICLE);
  const { code, stdout } = run(['analyze', '--json', '--reference-date', '2025-12-05', file]);
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.referenceDate, '2025-12-05');
  assert.equal(result.dates.find((d: { text: string }) => d.text === 'Tuesday').value, '2025-12-02');
});

test('analyze without --json prints readable tables', () => {
  const dir = tempDir('newslens-cli-');
  const file = path.join(dir, 'petro.txt');
  writeFileSync(file, ARTICLE);
  const { code, stdout } = run(['analyze', file]);
  assert.equal(code, 0);
  assert.match(stdout, /Colombia protests as US strike toll rises/);
  assert.match(stdout, /Entities \(\d+\)/);
  assert.match(stdout, /Gustavo Petro\s+PER\s+2/);
  assert.match(stdout, /at least 83 people\s+83\s+deaths\s+at least/);
});

test('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['analyze', '--json', '--reference-date', '14/11/2025', 'x.txt'], /--reference-date must be a date written YYYY-MM-DD/],
    [['analyze', '--reference-date', '2025-02-30', 'x.txt'], /YYYY-MM-DD/],
    [['analyze'], /needs at least one file/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['export', '--bogus', 'x'], /Unknown option '--bogus'/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = run(args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, message);
  }
});

test('a missing path is reported and the other files are still analysed', () => {
  const dir = tempDir('newslens-cli-');
  const file = path.join(dir, 'ok.txt');
  writeFileSync(file, ARTICLE);
  const { code, stdout, stderr } = run(['analyze', '--json', path.join(dir, 'missing.txt'), file]);
  assert.equal(code, 1);
  assert.match(stderr, /missing\.txt: no such file or folder/);
  assert.equal(JSON.parse(stdout).file, file);
});

test('a binary file is skipped with a message; the others are still exported', () => {
  const dir = tempDir('newslens-cli-');
  writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const { code, stdout, stderr } = run(['export', dir]);
  assert.equal(code, 1);
  assert.match(stderr, /photo\.txt: .*binary/);
  assert.ok(existsSync(path.join(dir, 'good.annotated.md')));
  assert.ok(!existsSync(path.join(dir, 'photo.annotated.md')));
  assert.match(stdout, /good\.annotated\.md/);
});

test('a 20 MB file is refused with a message that says why, and the others are still analysed', () => {
  const dir = tempDir('newslens-cli-');
  const huge = path.join(dir, 'dump.txt');
  writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, 'Gustavo Petro said 83 people died. '));
  const small = path.join(dir, 'small.txt');
  writeFileSync(small, ARTICLE);
  const { code, stdout, stderr } = run(['analyze', '--json', huge, small]);
  assert.equal(code, 1);
  assert.match(stderr, /dump\.txt: 20\.0 MB is larger than the 10\.0 MB limit for one article; skipped/);
  assert.equal(JSON.parse(stdout).file, small);
});

test('invalid UTF-8 is replaced, reported as a warning, and the article still analysed', () => {
  const dir = tempDir('newslens-cli-');
  const file = path.join(dir, 'latin1.txt');
  writeFileSync(file, Buffer.concat([Buffer.from('Bogot'), Buffer.from([0xe1]), Buffer.from(' officials met Gustavo Petro on Nov. 3, 2025.\n')]));
  const { code, stdout, stderr } = run(['analyze', '--json', file]);
  assert.equal(code, 0);
  assert.match(stderr, /warning: .*latin1\.txt: .*UTF-8/i);
  const result = JSON.parse(stdout);
  assert.ok(result.entities.some((e: { canonical: string }) => e.canonical === 'Gustavo Petro'));
});

test('an empty folder and a folder of non-articles say that nothing was found', () => {
  const dir = tempDir('newslens-cli-');
  writeFileSync(path.join(dir, 'notes.pdf'), 'not an article');
  const { code, stderr } = run(['export', dir]);
  assert.equal(code, 1);
  assert.match(stderr, /no articles \(\.txt, \.md, \.news\) in this folder/);
  assert.match(stderr, /nothing to do/);
});

test('export walks folders, writes <name>.annotated.md under --out keeping sub-folders, and prints the paths', () => {
  const dir = tempDir('newslens-cli-');
  const articles = path.join(dir, 'articles');
  cpSync(fixtures, articles, { recursive: true });
  const out = path.join(dir, 'out');
  const { code, stdout, stderr } = run(['export', '--out', out, articles], dir);
  assert.equal(code, 0, stderr);
  const printed = stdout.trim().split('\n');
  const expected = listArticles(articles).map((f) => path.relative(articles, f).replace(/\.(txt|md|news)$/, '.annotated.md'));
  assert.equal(printed.length, expected.length);
  for (const rel of expected) {
    const written = path.join(out, rel);
    assert.ok(existsSync(written), rel);
    assert.ok(printed.includes(path.relative(dir, written)), rel);
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(readFileSync(written, 'utf8'));
    assert.equal(tree.children[0]?.type, 'yaml', `${rel} starts with front matter`);
    assert.ok(tree.children.some((n) => n.type === 'table'), `${rel} has tables`);
  }
  // A second export over the same folder does not pick up its own output as articles.
  const again = run(['export', '--out', out, articles, out], dir);
  assert.match(again.stderr, /no articles/);
});

test('two articles with one name in one folder get distinct export files', () => {
  const dir = tempDir('newslens-cli-');
  writeFileSync(path.join(dir, 'story.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'story.md'), '---\ntitle: Story\n---\n\n# Story\n\nGustavo Petro spoke on Tuesday.\n');
  const { code, stdout } = run(['export', dir]);
  assert.equal(code, 0);
  const written = stdout.trim().split('\n').map((p) => path.basename(p)).sort();
  assert.deepEqual(written, ['story.annotated.md', 'story.txt.annotated.md'].sort());
});

function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listArticles(full));
    else if (/\.(txt|md|news)$/.test(entry.name)) out.push(full);
  }
  return out;
}

test('--help and --version', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /newslens analyze \[--json\]/);
  // A command's own --help prints the usage too, rather than failing on an unknown option.
  for (const command of ['analyze', 'export', 'report', 'compare']) {
    const own = run([command, '--help']);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /newslens analyze \[--json\]/);
  }
  // After `--` it is a file name like any other.
  const file = run(['analyze', '--', '--help']);
  assert.equal(file.code, 1);
  assert.match(file.stderr, /--help/);
  const version = run(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
});

test('output piped into a reader that stops early ends quietly, with exit status 0', async () => {
  const { spawn } = await import('node:child_process');
  // Over 100 KB of JSON: more than a pipe holds, so the CLI is still writing when the reader goes.
  const child = spawn(process.execPath, [cli, 'analyze', '--json', fixtures], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '', 'no stack trace');
  assert.equal(code, 0);
});
