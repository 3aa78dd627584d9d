import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../src/core/text/lines';

describe('LineIndex', () => {
  // [text, offset, expected line, expected character]
  const positions: [string, number, number, number][] = [
    ['', 0, 0, 0],
    ['abc', 0, 0, 0],
    ['abc', 3, 0, 3], // end of a last line without a newline
    ['ab\ncd', 2, 0, 2],
    ['ab\ncd', 3, 1, 0],
    ['ab\ncd', 5, 1, 2],
    ['ab\r\ncd', 2, 0, 2],
    ['ab\r\ncd', 3, 0, 2], // between \r and \n: the end of line 0's content
    ['ab\r\ncd', 4, 1, 0],
    ['ab\rcd', 3, 1, 0], // a lone \r ends a line
    ['a\r\rb', 2, 1, 0],
    ['a\r\rb', 3, 2, 0],
    ['a\n', 2, 1, 0], // a trailing newline opens an empty last line
    ['a\n\n\nb', 4, 3, 0],
    ['😀x\ny', 2, 0, 2], // UTF-16 code units, as LSP counts by default
    ['ab\ncd', -5, 0, 0], // clamped
    ['ab\ncd', 99, 1, 2], // clamped
    ['ab\ncd', Number.NaN, 0, 0],
  ];
  for (const [text, offset, line, character] of positions) {
    it(`positionAt(${offset}) in ${JSON.stringify(text)} is ${line}:${character}`, () => {
      assert.deepEqual(new LineIndex(text).positionAt(offset), { line, character });
    });
  }

  // [text, line, character, expected offset]
  const offsets: [string, number, number, number][] = [
    ['ab\r\ncd\r\nef', 0, 0, 0],
    ['ab\r\ncd\r\nef', 1, 1, 5],
    ['ab\r\ncd\r\nef', 2, 2, 10],
    ['ab\r\ncd\r\nef', 0, 9, 2], // past the line's end: clamped before its \r\n
    ['ab\rcd', 1, 1, 4],
    ['ab\ncd', 7, 0, 5], // past the last line: the end of the text
    ['ab\ncd', -1, 3, 0],
    ['ab\ncd', 1, -4, 3],
    ['ab\ncd', 1, 1.7, 4],
  ];
  for (const [text, line, character, offset] of offsets) {
    it(`offsetAt(${line}:${character}) in ${JSON.stringify(text)} is ${offset}`, () => {
      assert.equal(new LineIndex(text).offsetAt({ line, character }), offset);
    });
  }

  it('counts lines ending in \\n, \\r\\n and a lone \\r', () => {
    const cases: [string, number][] = [['', 1], ['a', 1], ['a\n', 2], ['a\r\nb\rc\nd', 4], ['\r\n\r\n', 3]];
    for (const [text, count] of cases) assert.equal(new LineIndex(text).lineCount, count, JSON.stringify(text));
  });

  it('round-trips every offset that is not inside a CRLF', () => {
    const pieces = fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '\r', ' ');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        assert.equal(index.offsetAt(index.positionAt(offset)), offset);
      }
    }), { numRuns: 200 });
  });
});
