// Hover Markdown is built from escaped text: whatever an article says, the only links in a card
// are NewsLens's own open-location command, and the text reads back as written.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { EntityCard } from '../../../src/core';
import { renderCard } from '../../../src/server/hover';
import { escapeText, MarkdownBuilder } from '../../../src/server/markdown';
import { DEFAULT_SETTINGS } from '../../../src/server/protocol';
import { parseMarkdown } from '../../support/markdown';

const HOSTILE = [
  '[click](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  'https://evil.example/steal and www.evil.example',
  '**bold** _em_ `code` # heading',
  '![pic](https://evil.example/p.png)',
  '<https://evil.example>',
  'a | b | c\n---\n> quote',
  '[ref]: https://evil.example',
  'mail me: someone@evil.example',
];

function links(markdown: string): string[] {
  const urls: string[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push((node as { url: string }).url);
    if (node.type === 'html') urls.push(`html:${(node as { value: string }).value}`);
  });
  return urls;
}

test('escaped article text never becomes a link, an image or HTML, and reads as written', () => {
  for (const text of HOSTILE) {
    const md = new MarkdownBuilder().text(text).toString();
    assert.deepEqual(links(md), [], text);
    assert.equal(toString(parseMarkdown(md)), text.replace(/\s+/g, ' '), text);
  }
});

test('escaping holds for any text (property)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
    const md = escapeText(text);
    return links(md).length === 0;
  }), { numRuns: 500 });
});

test('a hover card quoting hostile articles links only to newslens.openLocation', () => {
  const context = (title: string, i: number) => ({
    uri: `file:///w/${i}.txt`, title, outlet: title, date: '2025-11-12',
    quote: { before: title, text: 'Petro', after: title }, start: 0, end: 5, line: 0, character: 0, moreInSource: 1,
  });
  const card: EntityCard = {
    kind: 'entity',
    range: { start: 0, end: 5, line: 0, character: 0, endLine: 0, endCharacter: 5 },
    key: 'PER:gustavo petro', type: 'PER', canonical: HOSTILE[0]!, aliases: HOSTILE,
    mentionsHere: 1, sourcesTotal: HOSTILE.length + 1,
    others: HOSTILE.map(context), othersMore: 0,
  };
  const md = renderCard(card, DEFAULT_SETTINGS);
  const urls = links(md);
  assert.equal(urls.length, HOSTILE.length);
  for (const url of urls) assert.match(url, /^command:newslens\.openLocation\?/);
});
