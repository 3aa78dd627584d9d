// `newslens compare` as users run it: `node dist/cli.js` as a separate process over the
// multi-source fixtures and over small articles written here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/temp';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const bridge = path.join(root, 'test/fixtures/stories/harlow-bridge');
const hurricane = path.join(root, 'test/fixtures/articles/hurricane-melissa');

function run(args: string[], cwd = root): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface JsonClaim { file: string; start: number; end: number; text: string; value: number; qualifier: string | null; asOf: string | null }
interface JsonFact { measure: string; verdict: string; claims: JsonClaim[]; subject: string | null }
interface JsonEvent { label: string; verdict: string; claims: { file: string; start: number; end: number; text: string; value: string }[] }
interface JsonEntity { canonical: string; type: string; aliases: string[]; mentions: { file: string; start: number; end: number; text: string }[] }
interface JsonComparison { entities: JsonEntity[]; facts: JsonFact[]; events: JsonEvent[] }

function compareJson(args: string[]): JsonComparison {
  const { code, stdout, stderr } = run(['compare', '--json', ...args]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, 'one JSON object');
  return JSON.parse(lines[0] ?? '') as JsonComparison;
}

test('compare --json prints entities and facts with the contract fields, spans exact in each file', () => {
  const result = compareJson([bridge]);
  assert.ok(result.entities.length > 0 && result.facts.length > 0);
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    return text;
  };
  for (const entity of result.entities) {
    assert.deepEqual(Object.keys(entity).slice(0, 4), ['canonical', 'type', 'aliases', 'mentions']);
    assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(entity.type));
    for (const m of entity.mentions) assert.equal(textOf(m.file).slice(m.start, m.end), m.text);
  }
  for (const fact of result.facts) {
    assert.ok(['agree', 'conflict', 'evolving'].includes(fact.verdict), fact.verdict);
    assert.ok(new Set(fact.claims.map((c) => c.file)).size >= 2, 'a fact is reported by two sources or more');
    for (const c of fact.claims) {
      assert.deepEqual(Object.keys(c).slice(0, 7), ['file', 'start', 'end', 'text', 'value', 'qualifier', 'asOf']);
      assert.equal(textOf(c.file).slice(c.start, c.end), c.text);
      assert.ok(c.file.startsWith(bridge), 'file is the path as found under the folder given');
    }
  }
  const brandt = result.entities.find((e) => e.canonical === 'Ellen Brandt');
  assert.equal(brandt?.type, 'PER');
  assert.equal(new Set(brandt?.mentions.map((m) => m.file)).size, 3);
});

test('compare finds the injured conflict, the agreeing vessels and the evolving toll, and the event-date conflict', () => {
  const result = compareJson([bridge]);
  const verdictOf = (measure: string): string | undefined => result.facts.find((f) => f.measure === measure)?.verdict;
  assert.equal(verdictOf('injuries'), 'conflict');
  assert.equal(verdictOf('vessels'), 'agree');
  assert.equal(verdictOf('deaths'), 'evolving');
  const injured = result.facts.find((f) => f.measure === 'injuries');
  assert.deepEqual(injured?.claims.map((c) => c.value).sort(), [40, 55]);
  const inquiry = result.events.find((e) => /Reiter/.test(e.label));
  assert.equal(inquiry?.verdict, 'conflict');
  assert.deepEqual(inquiry?.claims.map((c) => c.value).sort(), ['2026-03-02', '2026-03-03']);
  assert.equal(result.events.find((e) => /Brandt/.test(e.label))?.verdict, 'agree');
});

test('compare keeps deaths in Jamaica and in Haiti apart: only Jamaica\'s same-day counts conflict', () => {
  const result = compareJson([hurricane]);
  const jamaica = result.facts.find((f) => f.measure === 'deaths' && f.subject === 'LOC:jamaica');
  const haiti = result.facts.find((f) => f.measure === 'deaths' && f.subject === 'LOC:haiti');
  assert.equal(jamaica?.verdict, 'conflict');
  assert.equal(haiti?.verdict, 'evolving');
  const conflicts = result.facts.filter((f) => f.verdict === 'conflict');
  assert.deepEqual(conflicts.map((f) => `${f.measure}|${f.subject ?? ''}`), ['deaths|LOC:jamaica']);
});

test('compare over several stories at once reads conflicts only within a story', () => {
  const result = compareJson([bridge, hurricane, path.join(root, 'test/fixtures/articles/boat-strikes')]);
  const conflicts = result.facts.filter((f) => f.verdict === 'conflict');
  assert.deepEqual(conflicts.map((f) => `${f.measure}|${f.subject ?? ''}`).sort(), ['deaths|', 'deaths|LOC:jamaica', 'injuries|']);
  // The campaign's 79 against 80, not the bridge's 12 or 15 against the campaign's tolls.
  const campaign = conflicts.find((f) => f.measure === 'deaths' && f.subject === null) as JsonFact & { conflicts: { a: number; b: number }[] };
  for (const { a, b } of campaign.conflicts) {
    for (const i of [a, b]) assert.match(campaign.claims[i]?.file ?? '', /boat-strikes/);
  }
  assert.deepEqual(result.events.filter((e) => e.verdict === 'conflict').map((e) => e.label), ['Jonas Reiter ordered an independent inquiry']);
});

test('compare without --json prints a summary with conflicts first and marked, then entities with their aliases', () => {
  const { code, stdout, stderr } = run(['compare', bridge]);
  assert.equal(code, 0, stderr);
  const lines = stdout.split('\n');
  assert.match(lines[0] ?? '', /3 sources: 4 figures reported by more than one \(1 in conflict/);
  const firstFact = lines.findIndex((l) => /^ {2}(CONFLICT|evolving|agree)/.test(l));
  assert.match(lines[firstFact] ?? '', /^ {2}CONFLICT injuries/);
  assert.match(stdout, /! 40 people \(The Lindenport Herald, as of 2026-03-04\) vs 55 people \(The River Courier, as of 2026-03-04\)/);
  assert.match(stdout, /CONFLICT Jonas Reiter ordered an independent inquiry/);
  assert.ok(stdout.indexOf('Entities (') > stdout.indexOf('Event dates'), 'entities come after the facts');
  // One place under both spellings (which one leads is the alias grouping's choice).
  assert.match(stdout, /^ {2}(?:Lindenport|LINDENPORT) \(LOC\).*also "(?:LINDENPORT|Lindenport)"/m);
});

test('compare: sources that agree raise no conflict', () => {
  const dir = tempDir('newslens-compare-');
  writeFileSync(path.join(dir, 'a.txt'), 'Flood toll rises\nDate: May 4, 2026\n\nThe death toll from the floods has risen to 21, officials said.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'Floods\nDate: May 4, 2026\n\nSo far at least 20 people have been killed in the floods, the agency said.\n');
  const result = compareJson([dir]);
  const deaths = result.facts.find((f) => f.measure === 'deaths');
  assert.equal(deaths?.verdict, 'agree');
  assert.equal(result.facts.filter((f) => f.verdict === 'conflict').length, 0);
});

test('compare: usage errors exit 2, nothing found exits 1, with messages on stderr', () => {
  const usage = run(['compare']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /compare needs at least one file or folder/);
  const option = run(['compare', '--bogus', bridge]);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /newslens: .*bogus/);
  const empty = tempDir('newslens-compare-');
  const nothing = run(['compare', empty]);
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /no articles found/);
  assert.equal(nothing.stdout, '');
});

test('compare: a path that cannot be read is reported, the rest still compared, and the exit status is 1', () => {
  const { code, stdout, stderr } = run(['compare', '--json', bridge, path.join(bridge, 'no-such-article.txt')]);
  assert.equal(code, 1);
  assert.match(stderr, /^newslens: .*no-such-article\.txt/m);
  const result = JSON.parse(stdout.trim()) as JsonComparison;
  assert.ok(result.facts.some((f) => f.measure === 'injuries' && f.verdict === 'conflict'));
});
