// Golden exports: every fixture article's annotated Markdown is compared with the reviewed file
// under test/golden/. Regenerate only on purpose, with UPDATE=1, and read the diff.
// Each export is also parsed back with remark: reduced to plain text it must give the article.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { engine, fixturesDir, listArticles, readFixture, repoRoot } from '../../support/engine';
import { markdownToPlainText, parseMarkdown, textArticlePlainText } from '../../support/markdown';

const goldenDir = path.join(repoRoot, 'test/golden');
const update = process.env['UPDATE'] === '1';
const sets = [
  { dir: path.join(fixturesDir, 'articles'), prefix: '' },
  { dir: path.join(fixturesDir, 'edge'), prefix: 'edge/' },
];

describe('annotated Markdown export', () => {
  for (const { dir, prefix } of sets) {
    for (const rel of listArticles(dir)) {
      const file = path.join(dir, rel);
      const name = prefix + rel;
      test(`${name}: matches its golden file and reads back as the article`, () => {
        const text = readFixture(file);
        const analysis = engine().analyze({ uri: file, text });
        const exported = engine().exportMarkdown(analysis);

        const golden = path.join(goldenDir, name.replace(/\.(txt|md|news)$/, '.annotated.md'));
        if (update || !existsSync(golden)) {
          assert.ok(update, `${golden} is missing: run the tests with UPDATE=1 and review it`);
          mkdirSync(path.dirname(golden), { recursive: true });
          writeFileSync(golden, exported);
        }
        assert.equal(exported, readFileSync(golden, 'utf8'), `${name}: export differs from ${path.relative(repoRoot, golden)} (UPDATE=1 to accept)`);

        const tree = parseMarkdown(exported);
        assert.equal(tree.children[0]?.type, 'yaml', 'front matter first');
        const expectedText = analysis.format === 'markdown' ? markdownToPlainText(text) : textArticlePlainText(text);
        assert.equal(markdownToPlainText(exported), expectedText, `${name}: the export reads back as the article`);
      });
    }
  }
});
