// `newslens report` and the annotations in `newslens export`, run as a process (dist/cli.js) on
// a small workspace written for this test (test/fixtures/workspaces/ferry-report: three outlets
// on one ferry disaster, hand-written W3C annotation files with several statuses, authors and
// tags, a stale position that must be re-anchored by its quote, and an orphan).
//
// The Markdown and JSON reports are golden files (test/golden/report/), regenerated only on
// purpose with UPDATE=1 and reviewed in the diff. Beyond the bytes, the Markdown is parsed back
// with remark and its structure checked, and the JSON is validated as an AnnotationCollection
// whose items are exactly the stored annotations.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';
import type { Heading, Nodes, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseAnnotationFile } from '../../src/core/annotations/serialize';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const workspace = path.join(root, 'test/fixtures/workspaces/ferry-report');
const goldenDir = path.join(root, 'test/golden/report');
const update = process.env['UPDATE'] === '1';

const COURIER = 'articles/2025-11-03-coastal-courier.txt';
const BAY = 'articles/2025-11-03-bay-times.txt';
const HERALD = 'articles/2025-11-04-island-herald.md';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function parse(md: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(md);
}

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
}

/** A copy of the fixture workspace to change freely. */
function copyOfWorkspace(): string {
  const dir = path.join(tempDir('newslens-report-'), 'ferry-report');
  cpSync(workspace, dir, { recursive: true });
  return dir;
}

function checkGolden(name: string, actual: string): void {
  const golden = path.join(goldenDir, name);
  if (update || !existsSync(golden)) {
    assert.ok(update, `${golden} is missing: run the tests with UPDATE=1 and review it`);
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(golden, actual);
  }
  assert.equal(actual, readFileSync(golden, 'utf8'), `${name} differs from test/golden/report/${name} (UPDATE=1 to accept, then read the diff)`);
}

/** The children of the h2 section titled `title`, up to the next h2. */
function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n) === title);
  assert.ok(start >= 0, `section "${title}"`);
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= 2);
  return tree.children.slice(start + 1, end < 0 ? undefined : end);
}

function rows(table: RootContent | undefined): string[][] {
  assert.equal(table?.type, 'table');
  return (table as Table).children.map((row) => row.children.map((cell) => toString(cell)));
}

function storedAnnotations(dir: string): unknown[] {
  return [BAY, COURIER, HERALD].flatMap((rel) => {
    const text = readFileSync(path.join(dir, '.newslens/annotations', `${rel}.json`), 'utf8');
    return (JSON.parse(text) as { annotations: unknown[] }).annotations;
  });
}

describe('newslens report on the ferry-report workspace', () => {
  const md = run(['report', '.'], workspace);
  const json = run(['report', '--format', 'json', '.'], workspace);

  test('Markdown: exit 0, nothing on stderr, matches test/golden/report/report.md', () => {
    assert.equal(md.stderr, '');
    assert.equal(md.code, 0);
    checkGolden('report.md', md.stdout);
  });

  test('Markdown read back with remark: title, counts, sections in order', () => {
    const tree = parse(md.stdout);
    const h1 = tree.children[0] as Heading;
    assert.equal(h1.type === 'heading' && h1.depth, 1);
    assert.equal(toString(h1), 'NewsLens annotation report');
    const h2 = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    assert.deepEqual(h2, ['Sources', 'Figures compared across outlets', 'Conflicts', 'Annotations by status', 'Annotations by author', 'Entities']);
    const counts = Object.fromEntries(rows(tree.children.find((n) => n.type === 'table')).slice(1).map(([k, v]) => [k, Number(v)]));
    assert.deepEqual(counts, {
      Sources: 3, Entities: counts['Entities'], 'Facts compared across sources': 3, Conflicts: 1, Annotations: 6,
      'Annotations open': 3, 'Annotations verified': 1, 'Annotations disputed': 1, 'Annotations resolved': 1, 'Annotations orphaned': 1,
    });
    assert.ok((counts['Entities'] ?? 0) >= 4, 'the entities of the three articles are counted');
  });

  test('a section per source with outlet, date, a link to its path and its annotations', () => {
    const tree = parse(md.stdout);
    const blocks = section(tree, 'Sources');
    const titles = blocks.filter((n) => n.type === 'heading').map((n) => toString(n));
    assert.deepEqual(titles, [
      'Ferry overturns near Port Selwyn as relatives wait at the harbour',
      'Ferry capsizes off Port Selwyn in high winds',
      'Divers recover more bodies from the Northern Star',
    ]);
    const about = blocks.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    assert.match(about[0] ?? '', /Outlet: Bay Times · Date: 2025-11-03 · Path: articles\/2025-11-03-bay-times\.txt/);
    assert.match(about[2] ?? '', /Outlet: Island Herald · Date: 2025-11-04/);
    const tables = blocks.filter((n) => n.type === 'table');
    assert.deepEqual(tables.map((t) => rows(t).length - 1), [2, 3, 1], 'annotations per source');
    const bay = rows(tables[0]);
    assert.deepEqual(bay[0], ['Quote', 'Status', 'Tags', 'Notes', 'Place']);
    assert.match(bay[2]?.[4] ?? '', /^orphaned: /, 'the orphan says so');
    assert.equal(bay[2]?.[0], '“Fourteen crew members were still missing late on Monday”', 'the orphan keeps its quote');
    // The annotation stored with a stale position is found again by its quote.
    const courier = rows(tables[1]);
    assert.deepEqual(courier.map((r) => r[0]).slice(1), ['“rose to at least 12 people”', '“Maria Okonkwo”', '“two cutters and a helicopter”']);
    assert.equal(courier[3]?.[4], '');
  });

  test('figures compared across outlets: a table per fact with outlet, date, value as written, as-of and verdict', () => {
    const blocks = section(parse(md.stdout), 'Figures compared across outlets');
    assert.equal(toString(blocks[0] as Nodes), 'Deaths: conflict');
    const table = rows(blocks.find((n) => n.type === 'table'));
    assert.deepEqual(table, [
      ['Outlet', 'Date', 'As written', 'As of', 'Verdict'],
      ['Bay Times', '2025-11-03', '9 people', '2025-11-03', 'conflicts'],
      ['Coastal Courier', '2025-11-03', 'at least 12 people', '2025-11-03', 'conflicts'],
      ['Island Herald', '2025-11-04', '15 people', '2025-11-04', 'agrees'],
    ]);
  });

  test('conflicts quote both sources, each with its outlet, date and a link', () => {
    const blocks = section(parse(md.stdout), 'Conflicts');
    const quotes = blocks.filter((n) => n.type === 'blockquote').map((n) => toString(n));
    assert.equal(quotes.length, 2);
    assert.match(quotes[0] ?? '', /rose to 9 people on Monday, police said/);
    assert.match(quotes[1] ?? '', /rose to at least 12 people on Monday, harbour master/);
    const links = blocks.flatMap((n) => all(n)).filter((n) => n.type === 'link').map((n) => (n.type === 'link' ? n.url : ''));
    assert.deepEqual(links, [BAY, COURIER]);
  });

  test('every annotation by status (threads in full, replies in order) and by author', () => {
    const tree = parse(md.stdout);
    const byStatus = section(tree, 'Annotations by status');
    assert.deepEqual(byStatus.filter((n) => n.type === 'heading').map((n) => toString(n)), ['Open (3)', 'Verified (1)', 'Disputed (1)', 'Resolved (1)']);
    const lists = byStatus.filter((n) => n.type === 'list');
    assert.deepEqual(lists.map((l) => (l.type === 'list' ? l.children.length : 0)), [3, 1, 1, 1]);
    const disputed = toString(lists[2] as Nodes);
    assert.ok(disputed.indexOf('Ana Ruiz, 2025-11-05') < disputed.indexOf('Ben Okafor, 2025-11-05'), 'the reply follows the first note');
    const byAuthor = section(tree, 'Annotations by author');
    assert.deepEqual(byAuthor.filter((n) => n.type === 'heading').map((n) => toString(n)), ['Ana Ruiz (3)', 'Ben Okafor (3)', 'Chen Wei (2)']);
    const ana = rows(byAuthor[1]);
    assert.deepEqual(ana[0], ['Quote', 'Status', 'Tags', 'Source', 'Note']);
    assert.deepEqual(ana.slice(1).map((r) => r[1]), ['resolved', 'open (orphaned)', 'disputed']);
  });

  test('the entity index lists canonical names, types, aliases and the sources that mention them', () => {
    const table = rows(section(parse(md.stdout), 'Entities').find((n) => n.type === 'table'));
    assert.deepEqual(table[0], ['Entity', 'Type', 'Aliases', 'Sources', 'Mentions']);
    const okonkwo = table.find((r) => r[0] === 'Maria Okonkwo');
    assert.ok(okonkwo, 'Maria Okonkwo is in the index');
    assert.equal(okonkwo[1], 'PER (person)');
    assert.match(okonkwo[2] ?? '', /\bOkonkwo\b/);
    assert.equal(okonkwo[3], [BAY, COURIER, HERALD].join(', '));
  });

  test('what people typed stays text: no HTML, and the only links are to the articles', () => {
    const nodes = all(parse(md.stdout));
    assert.deepEqual(nodes.filter((n) => n.type === 'html' || n.type === 'image' || n.type === 'footnoteReference'), []);
    for (const link of nodes.filter((n) => n.type === 'link')) {
      assert.ok(link.type === 'link' && existsSync(path.join(workspace, decodeURIComponent(link.url))), `link ${link.type === 'link' ? link.url : ''} leads to an article`);
    }
    assert.match(md.stdout, /The Coast Guard release says \\\*three\\\* cutters: `https:\/\/example\.org\/release` \\<b>check\\<\/b>/);
  });

  test('JSON: matches test/golden/report/report.json and is a W3C AnnotationCollection of the stored annotations', () => {
    assert.equal(json.code, 0, json.stderr);
    checkGolden('report.json', json.stdout);
    const collection = JSON.parse(json.stdout);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(typeof collection.id, 'string');
    assert.equal(typeof collection.label, 'string');
    assert.equal(collection.total, 6);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.partOf, collection.id);
    assert.equal(collection.first.startIndex, 0);
    assert.equal(collection.first.items.length, collection.total);
    assert.deepEqual(collection.first.items, storedAnnotations(workspace), 'items are the annotations exactly as stored, sources in path order');
    const bySource = new Map<string, unknown[]>();
    for (const item of collection.first.items as { target: { source: string } }[]) {
      assert.ok(!path.isAbsolute(item.target.source) && !item.target.source.startsWith('..'), 'target.source is workspace-relative');
      bySource.set(item.target.source, [...(bySource.get(item.target.source) ?? []), item]);
    }
    for (const [source, annotations] of bySource) {
      const parsed = parseAnnotationFile(JSON.stringify({ source, annotations }));
      assert.ok(parsed.ok, `items of ${source} are valid annotations: ${parsed.ok ? '' : parsed.message}`);
    }
  });

  test('the same workspace gives the same bytes', () => {
    assert.equal(run(['report', '.'], workspace).stdout, md.stdout);
    assert.equal(run(['report', '--format', 'json', '.'], workspace).stdout, json.stdout);
  });
});

describe('newslens report: files, errors and what is left alone', () => {
  test('--out writes the report atomically, prints its path, and is not read back as an article', () => {
    const dir = copyOfWorkspace();
    const first = run(['report', '--out', 'report.md', '.'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), 'report.md');
    assert.equal(readFileSync(path.join(dir, 'report.md'), 'utf8'), readFileSync(path.join(goldenDir, 'report.md'), 'utf8'));
    const again = run(['report', '--out', 'report.md', '.'], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(readFileSync(path.join(dir, 'report.md'), 'utf8'), readFileSync(path.join(goldenDir, 'report.md'), 'utf8'));
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  test('links point from where the report is written', () => {
    const dir = copyOfWorkspace();
    const { code, stderr } = run(['report', '--out', 'out/deep/report.md', '.'], dir);
    assert.equal(code, 0, stderr);
    const urls = all(parse(readFileSync(path.join(dir, 'out/deep/report.md'), 'utf8'))).flatMap((n) => (n.type === 'link' ? [n.url] : []));
    assert.ok(urls.length > 0);
    for (const url of urls) assert.ok(url.startsWith('../../articles/') && existsSync(path.join(dir, 'out/deep', decodeURIComponent(url))), url);
  });

  test('a malformed annotation file is reported, left untouched, and the report is made from the rest (exit 1)', () => {
    const dir = copyOfWorkspace();
    const broken = path.join(dir, '.newslens/annotations', `${BAY}.json`);
    const bytes = '{"source": "articles/2025-11-03-bay-times.txt", "annotations": [ {"type": "Annotation", ';
    writeFileSync(broken, bytes);
    const { code, stdout, stderr } = run(['report', '--out', 'report.json', '--format', 'json', '.'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /2025-11-03-bay-times\.txt\.json: not valid JSON/);
    assert.match(stderr, /the annotations of articles\/2025-11-03-bay-times\.txt are left out of this report; the file was not changed/);
    assert.equal(stdout.trim(), 'report.json');
    assert.equal(readFileSync(broken, 'utf8'), bytes, 'the broken file is byte for byte as it was');
    const collection = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    assert.equal(collection.total, 4);
    assert.ok(collection.first.items.every((a: { target: { source: string } }) => a.target.source !== BAY));
  });

  test('a malformed lexicon is reported and left as it is; the report is made without it (exit 1)', () => {
    const dir = copyOfWorkspace();
    const lexicon = path.join(dir, '.newslens/lexicon.json');
    writeFileSync(lexicon, '{"version": 1, "entities": [');
    const { code, stdout, stderr } = run(['report', '.'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /lexicon\.json: .*ignored until fixed/);
    assert.match(stdout, /^# NewsLens annotation report/);
    assert.equal(readFileSync(lexicon, 'utf8'), '{"version": 1, "entities": [');
  });

  test('annotations whose article is gone are listed as orphans under their path', () => {
    const dir = copyOfWorkspace();
    rmSync(path.join(dir, HERALD));
    const { code, stdout, stderr } = run(['report', '.'], dir);
    assert.equal(code, 0, stderr);
    const tree = parse(stdout);
    const sources = section(tree, 'Sources');
    assert.ok(sources.some((n) => n.type === 'heading' && toString(n) === '2025-11-04-island-herald.md'));
    assert.match(toString({ type: 'root', children: sources }), /the article is not in the workspace any more; its annotations are kept/);
    assert.match(stdout, /\| Annotations orphaned +\| 2 +\|/);
    assert.match(stdout, /“has risen to 15 people” +\| open +\| #casualties .*orphaned: the article is not in the workspace any more/);
  });

  test('usage errors exit 2 with a message and write nothing', () => {
    const dir = copyOfWorkspace();
    for (const [args, message] of [
      [['report', '--format', 'xml', '.'], /--format must be md or json, got 'xml'/],
      [['report'], /report needs at least one file or folder/],
      [['report', '--bogus', '.'], /Unknown option '--bogus'/],
      [['report', '--out', COURIER, '.'], /is one of the articles the report reads/],
    ] as const) {
      const before = readFileSync(path.join(dir, COURIER), 'utf8');
      const { code, stdout, stderr } = run([...args], dir);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Run 'newslens --help' for usage\./);
      assert.equal(readFileSync(path.join(dir, COURIER), 'utf8'), before);
    }
  });

  test('--out naming a folder is refused with a message (exit 1)', () => {
    const dir = copyOfWorkspace();
    const { code, stderr } = run(['report', '--out', 'articles', '.'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /articles: is a folder, not a file; no report was written/);
  });

  test('a missing path is reported and the report is still made from the others (exit 1)', () => {
    const { code, stdout, stderr } = run(['report', 'articles', 'no-such-folder'], workspace);
    assert.equal(code, 1);
    assert.match(stderr, /no-such-folder: no such file or folder/);
    assert.match(stdout, /^# NewsLens annotation report/);
  });
});

describe('newslens export with annotations', () => {
  test('each annotated span gets a footnote with its thread; orphans are listed with their quote', () => {
    const dir = copyOfWorkspace();
    const out = path.join(dir, '..', 'exported');
    const { code, stderr } = run(['export', '--out', out, 'articles'], dir);
    assert.equal(code, 0, stderr);
    const courier = parse(readFileSync(path.join(out, '2025-11-03-coastal-courier.annotated.md'), 'utf8'));
    const definitions = all(courier).flatMap((n) => (n.type === 'footnoteDefinition' ? [[n.identifier, toString(n)] as const] : []));
    const notes = definitions.filter(([id]) => /^n\d+$/.test(id));
    assert.equal(notes.length, 3);
    assert.match(notes[0]?.[1] ?? '', /Status: disputed · Tags: #casualties #sourcing.*Ana Ruiz, 2025-11-05: Police gave 9.*Ben Okafor, 2025-11-05: Asked the harbour office/s);
    const references = all(courier).filter((n) => n.type === 'footnoteReference').map((n) => (n.type === 'footnoteReference' ? n.identifier : ''));
    for (const [id] of notes) assert.ok(references.includes(id), `[^${id}] is referenced in the text`);

    const bay = readFileSync(path.join(out, '2025-11-03-bay-times.annotated.md'), 'utf8');
    const orphans = section(parse(bay), 'Orphaned annotations');
    assert.match(toString({ type: 'root', children: orphans }), /Fourteen crew members were still missing late on Monday/);
  });

  test('a malformed annotation file: the article is exported without annotations, the file untouched (exit 1)', () => {
    const dir = copyOfWorkspace();
    const broken = path.join(dir, '.newslens/annotations', `${COURIER}.json`);
    writeFileSync(broken, '[]');
    const out = path.join(dir, '..', 'exported');
    const { code, stderr } = run(['export', '--out', out, 'articles'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /coastal-courier\.txt\.json: top level: expected an object, found an array; exported without its annotations, and the file was not changed/);
    assert.equal(readFileSync(broken, 'utf8'), '[]');
    assert.ok(existsSync(path.join(out, '2025-11-03-coastal-courier.annotated.md')));
    assert.match(readFileSync(path.join(out, '2025-11-03-bay-times.annotated.md'), 'utf8'), /\[\^n1\]/);
  });
});
