// The reading-back helpers the round-trip and golden tests rely on (test/support/markdown.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToPlainText, textArticlePlainText } from '../../support/markdown';

describe('markdownToPlainText', () => {
  it('drops front matter, footnotes and the trailing Entities/Figures/Dates sections', () => {
    const md = [
      '---', 'title: x', '---', '',
      'A **83**[^f1] b [Petro](#entity-petro).', '',
      '## Entities', '', '| a |', '| - |', '| b |', '',
      '## Figures', '', 'None recognised.', '',
      '## Dates', '', 'None recognised.', '',
      '[^f1]: Figure: 83.', '',
    ].join('\n');
    assert.equal(markdownToPlainText(md), 'A 83 b Petro.');
  });

  it('keeps an article\'s own "Entities" section that is not the export\'s tail', () => {
    assert.equal(markdownToPlainText('## Entities\n\nPetro.\n\n## Figures\n\nToll 83.\n'), 'Entities\n\nPetro.\n\nFigures\n\nToll 83.');
  });

  it('reads a hard line break as a line break and joins blocks with a blank line', () => {
    assert.equal(markdownToPlainText('one\\\ntwo  \nthree\n\n# Four\n\n- five\n\n---\n'), 'one\ntwo\nthree\n\nFour\n\nfive');
  });
});

describe('textArticlePlainText', () => {
  it('normalises only front matter, line endings and blank lines', () => {
    assert.equal(
      textArticlePlainText('---\ntitle: x\n---\r\n\r\n  Head *line*  \r\nnext\r\r \t\n\n\nlast\t\n'),
      '  Head *line*  \nnext\n\nlast\t',
    );
  });

  it('keeps a body that only looks like front matter further down', () => {
    assert.equal(textArticlePlainText('Body\n---\nmore\n---\n'), 'Body\n---\nmore\n---');
  });
});
