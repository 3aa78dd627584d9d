// The keystroke path: an article re-analysed with the memo of its last analysis (core/memo.ts)
// must come out exactly as a fresh analysis, whatever the edit: a letter, a word, a line break,
// a word's capitals changed elsewhere in the article (which changes how the name tagger reads
// other sentences), a date that moves the focus of the sentences after it.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { AnalysisMemo } from '../../../src/core';
import { engine, fixturesDir, listArticles, readFixture, repoRoot } from '../../support/engine';

const articles = [
  ...listArticles(path.join(fixturesDir, 'articles')).map((rel) => path.join(fixturesDir, 'articles', rel)),
  ...listArticles(path.join(repoRoot, 'samples/articles')).map((rel) => path.join(repoRoot, 'samples/articles', rel)),
].map((file) => ({ uri: file, text: readFixture(file) }));

const INSERTS = [
  'a', 'A', ' ', '.', '\n', '\n\n', '7', 'é', ', ', 'Tuesday', ' the next day', 'President ', 'Mr. ', ' Corp',
  'at least 83 people', 'the DEA', 'Nov. 12', 'WASHINGTON', 'Reuters', ' in Caracas', '2024', 'mid-November',
  '1 p.m.', 'the third quarter', 'a year earlier', 'Dale Harlow', 'harlow', '# Heading\n\n',
];

type Edit = { kind: 'insert'; at: number; what: number } | { kind: 'delete'; at: number; length: number } | { kind: 'case'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.nat(INSERTS.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat() }),
);

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + INSERTS[e.what]! + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  // The first letter of the word at `at` changes case: "Harlow" <-> "harlow".
  const word = /\p{L}/u.exec(text.slice(at));
  if (!word) return text;
  const i = at + word.index;
  const c = text[i]!;
  return text.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + text.slice(i + 1);
}

describe('analysis with a memo (the keystroke path)', () => {
  it('equals a fresh analysis after every edit of a sequence', () => {
    fc.assert(
      fc.property(fc.nat(articles.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const { uri, text: original } = articles[which]!;
        const memo = new AnalysisMemo();
        let text = original;
        engine().analyze({ uri, text }, { memo });
        for (const e of edits) {
          text = apply(text, e);
          const incremental = engine().analyze({ uri, text }, { memo });
          const fresh = engine().analyze({ uri, text });
          assert.deepStrictEqual(incremental, fresh);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('re-uses the unchanged sentences and keeps no more than one version of the article', () => {
    const { uri, text } = articles.find((a) => a.text.length > 3000) ?? articles[0]!;
    const memo = new AnalysisMemo();
    engine().analyze({ uri, text }, { memo });
    const sentences = memo.names.size;
    assert.ok(sentences > 10, `${sentences} sentences tagged`);
    // A word typed in the middle: one sentence is new, the rest are found again.
    const middle = text.indexOf('. ', text.length / 2) + 1;
    const edited = text.slice(0, middle) + ' Indeed' + text.slice(middle);
    engine().analyze({ uri, text: edited }, { memo });
    engine().analyze({ uri, text: edited }, { memo });
    assert.ok(memo.names.size <= sentences + 1, `${memo.names.size} kept for ${sentences} sentences`);
    assert.deepStrictEqual(engine().analyze({ uri, text: edited }, { memo }), engine().analyze({ uri, text: edited }));
  });
});
