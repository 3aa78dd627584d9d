// Whole articles through the whole pipeline: the fixtures written for this project, checked
// against hand annotations (test/fixtures/expected), which a careful reader made for each one.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis, Span } from '../../../src/core';
import { engine, fixturesDir, listArticles, readFixture, repoRoot } from '../../support/engine';

interface Expected {
  referenceDate?: string;
  entities?: { text: string; type: string; canonical?: string; occurrence?: number }[];
  figures?: { text: string; value: number; unit?: string | null; qualifier?: string | null; occurrence?: number }[];
  dates?: { text: string; type?: string; value: string; mod?: string; occurrence?: number }[];
  notFigures?: string[];
  notEntities?: string[];
}

const articlesDir = path.join(fixturesDir, 'articles');
const samplesDir = path.join(repoRoot, 'samples/articles');
const corpora = [
  ...listArticles(articlesDir).map((rel) => ({ rel, file: path.join(articlesDir, rel) })),
  ...listArticles(samplesDir).map((rel) => ({ rel: `samples/${rel}`, file: path.join(samplesDir, rel) })),
];

function assertWellFormed(a: ArticleAnalysis, label: string): void {
  const kinds: [string, readonly (Span & { text: string })[]][] = [['entities', a.entities], ['figures', a.figures], ['dates', a.dates]];
  for (const [kind, spans] of kinds) {
    let last = -1;
    for (const s of spans) {
      assert.equal(a.text.slice(s.start, s.end), s.text, `${label}: ${kind} span text`);
      assert.ok(s.start >= last, `${label}: ${kind} in order and not overlapping at ${s.start}`);
      assert.ok(s.end > s.start, `${label}: ${kind} non-empty`);
      last = s.end;
    }
  }
}

/** Offset of the n-th (1-based) occurrence of `needle`, or -1. */
function nth(text: string, needle: string, n = 1): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

describe('fixture articles', () => {
  assert.ok(corpora.length >= 8, 'at least 8 fixture articles');
  for (const { rel, file } of corpora) {
    test(`${rel}: spans are exact, ordered and non-overlapping`, () => {
      const a = engine().analyze({ uri: file, text: readFixture(file) });
      assertWellFormed(a, rel);
      assert.ok(a.entities.length > 0 && a.figures.length > 0 && a.dates.length > 0, `${rel}: finds something of each kind`);
    });

    const expectedFile = path.join(fixturesDir, 'expected', rel + '.json');
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;

    test(`${rel}: agrees with the hand annotations`, () => {
      const a = engine().analyze({ uri: file, text: readFixture(file) });
      const misses: string[] = [];
      if (expected.referenceDate && a.referenceDate !== expected.referenceDate) {
        misses.push(`referenceDate ${a.referenceDate} != ${expected.referenceDate}`);
      }
      for (const e of expected.entities ?? []) {
        const at = nth(a.text, e.text, e.occurrence);
        const found = a.entities.find((m) => m.start === at && m.end === at + e.text.length);
        if (!found) misses.push(`entity "${e.text}" not found`);
        else if (found.type !== e.type || (e.canonical && found.canonical !== e.canonical)) {
          misses.push(`entity "${e.text}": ${found.type} "${found.canonical}", expected ${e.type} "${e.canonical ?? ''}"`);
        }
      }
      for (const f of expected.figures ?? []) {
        const at = nth(a.text, f.text, f.occurrence);
        const found = a.figures.find((m) => m.start < at + f.text.length && at < m.end && m.value === f.value);
        if (!found) misses.push(`figure "${f.text}" (${f.value}) not found`);
        else {
          if (f.unit !== undefined && found.unit !== f.unit) misses.push(`figure "${f.text}": unit ${found.unit}, expected ${f.unit}`);
          if (f.qualifier !== undefined && found.qualifier !== f.qualifier) misses.push(`figure "${f.text}": qualifier ${found.qualifier}, expected ${f.qualifier}`);
        }
      }
      for (const d of expected.dates ?? []) {
        const at = nth(a.text, d.text, d.occurrence);
        const found = a.dates.find((m) => m.start < at + d.text.length && at < m.end);
        if (!found) misses.push(`date "${d.text}" not found`);
        else if (found.value !== d.value || (d.type && found.type !== d.type)) misses.push(`date "${d.text}": ${found.type} ${found.value}, expected ${d.type ?? ''} ${d.value}`);
      }
      for (const text of expected.notFigures ?? []) {
        for (let at = a.text.indexOf(text); at >= 0; at = a.text.indexOf(text, at + 1)) {
          const wrong = a.figures.find((m) => m.start <= at && at + text.length <= m.end && m.kind !== 'ordinal');
          if (wrong) misses.push(`"${text}" is not a figure, got "${wrong.text}"`);
        }
      }
      for (const text of expected.notEntities ?? []) {
        const wrong = a.entities.find((m) => m.text === text);
        if (wrong) misses.push(`"${text}" is not an entity, got ${wrong.type}`);
      }
      assert.deepEqual(misses, [], `${rel}:\n  ${misses.join('\n  ')}`);
    });
  }
});
