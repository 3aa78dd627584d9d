// Bad input never crashes the pipeline, loses text or yields a span that is not its own text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeArticle, type ArticleAnalysis } from '../../../src/core';
import { engine } from '../../support/engine';

function spansAreExact(a: ArticleAnalysis): boolean {
  return [...a.entities, ...a.figures, ...a.dates].every((s) => a.text.slice(s.start, s.end) === s.text && s.start < s.end);
}

const INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \n\t\r\n  '],
  ['CRLF', 'Petro speaks\r\nDate: November 14, 2025\r\n\r\nPresident Gustavo Petro said on Tuesday that 83 people died.\r\n'],
  ['lone CR', 'Headline\rGustavo Petro said 12% of voters agreed on Nov. 12, 2025.\r'],
  ['emoji and accents', 'José Raúl Mulino 🇵🇦 said “at least 83 deaths” 😢 occurred in Panamá on 12 Nov. 2025 👍🏽.'],
  ['right-to-left', 'قال الرئيس غوستافو بيترو إن 83 شخصا قتلوا. Gustavo Petro spoke in Bogotá on Nov 12 2025. שלום 12%'],
  ['replacement characters', 'Bogot\uFFFD officials \uFFFD\uFFFD said 40 people \uFFFD died on Tuesday.'],
  ['lone surrogates', 'Petro \uD83D said \uDE00 83 deaths'],
  ['no punctuation at all', 'gustavo petro eighty three deaths tuesday november twelve '.repeat(200)],
  ['one very long line', ('The Pentagon said 83 people died on Nov. 12, 2025 in Venezuela, ').repeat(2000)],
  ['markdown only syntax', '# \n\n* * *\n\n| | |\n|-|-|\n\n```\n```\n'],
  ['front matter only', '---\ntitle: x\n---\n'],
  ['broken front matter', '---\ntitle: [unclosed\ndate: : :\n---\nGustavo Petro said 83 people died.\n'],
];

for (const [name, text] of INPUTS) {
  for (const uri of ['a.txt', 'a.md']) {
    test(`${name} (${uri}) is analysed without a crash and spans are exact`, () => {
      const a = engine().analyze({ uri, text });
      assert.equal(a.text, text);
      assert.ok(spansAreExact(a));
      const md = engine().exportMarkdown(a);
      assert.equal(typeof md, 'string');
    });
  }
}

// The hosts refuse files over 10 MB with a message (see the CLI tests); below that, size alone
// must not break anything.
test('a 2 MB article is decoded and analysed without a crash', () => {
  const paragraph = 'President Gustavo Petro said on Tuesday that at least 83 people had died in 21 strikes since September 2025. ';
  const text = paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length));
  const decoded = decodeArticle(new TextEncoder().encode(text));
  assert.ok(decoded.ok);
  const a = engine().analyze({ uri: 'huge.txt', text: decoded.ok ? decoded.text : '' });
  assert.ok(a.figures.length > 1000);
  assert.ok(spansAreExact(a));
});

test('analysis never throws and every span is its own text, on arbitrary Unicode (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('a.txt', 'a.md', 'a.news'), (text, uri) => {
      const a = engine().analyze({ uri, text });
      return spansAreExact(a);
    }),
    { numRuns: 300 },
  );
});

test('analysis never throws on news-like text with random splices (property)', () => {
  const pieces = ['Gustavo Petro', ' said ', 'at least 83', ' deaths', ' on Tuesday', 'Nov. 12, 2025', '$4.5bn', '12%', '\n\n', '# ', '*', '_', '[', '](', ')', '`', '---\n', '\r\n', 'U.S.', "'s", ' 🇨🇴 ', 'مرحبا', 'mid-November', ' two weeks ago', '.'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom('a.txt', 'a.md'), (parts, uri) => {
      const a = engine().analyze({ uri, text: parts.join('') });
      return spansAreExact(a);
    }),
    { numRuns: 300 },
  );
});
