import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, type ArticleAnalysis } from '../../../src/core';
import { quoteAround } from '../../../src/core/sources/quote';

test('contentHash is 16 hex digits, stable, and tells near-identical texts apart', () => {
  const h = contentHash('At least 80 people died.');
  assert.match(h, /^[0-9a-f]{16}$/);
  assert.equal(contentHash('At least 80 people died.'), h);
  const variants = ['At least 81 people died.', 'At least 80 people died', 'at least 80 people died.', '', '\u00e9', 'e\u0301', 'ab', 'ba'];
  const hashes = new Set([h, ...variants.map(contentHash)]);
  assert.equal(hashes.size, variants.length + 1);
});

function analysisOf(text: string, sentences: { start: number; end: number }[]): ArticleAnalysis {
  return { text, sentences } as unknown as ArticleAnalysis;
}

test('quotes keep the sentence around a mention, collapse whitespace and cut at words', () => {
  const text = 'First one.  The   toll,\nofficials said, rose to 83 people by Friday evening in the port.  Last.';
  const sentence = { start: 12, end: text.indexOf('Last') - 2 };
  const at = text.indexOf('83 people');
  const a = analysisOf(text, [{ start: 0, end: 10 }, sentence, { start: text.indexOf('Last'), end: text.length }]);
  const table: [number, { before: string; text: string; after: string }][] = [
    [80, { before: 'The toll, officials said, rose to ', text: '83 people', after: ' by Friday evening in the port.' }],
    [12, { before: '…rose to ', text: '83 people', after: ' by Friday…' }],
    [5, { before: '…to ', text: '83 people', after: ' by…' }],
    [0, { before: '…', text: '83 people', after: '…' }],
  ];
  for (const [chars, expected] of table) {
    assert.deepEqual(quoteAround(a, at, at + '83 people'.length, chars), expected, `quoteChars ${chars}`);
  }
});

test('a mention outside every sentence is quoted from the text around it', () => {
  const text = 'Headline about Petro';
  assert.deepEqual(quoteAround(analysisOf(text, []), 15, 20, 80), { before: 'Headline about ', text: 'Petro', after: '' });
});
