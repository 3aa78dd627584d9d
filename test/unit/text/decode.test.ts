import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle } from '../../../src/core/text/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (littleEndian) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

function decodedText(input: Uint8Array): string {
  const result = decodeArticle(input);
  assert.ok(result.ok, `expected text, got: ${result.ok ? '' : result.message}`);
  return result.text;
}

describe('decodeArticle', () => {
  const roundTrips: [string, Uint8Array, string][] = [
    ['empty file', new Uint8Array(0), ''],
    ['plain ASCII', utf8('Headline\nBody.'), 'Headline\nBody.'],
    ['UTF-8 BOM removed', bytes([0xef, 0xbb, 0xbf], utf8('Headline')), 'Headline'],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf]), ''],
    ['a second BOM is content', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x')), '\uFEFFx'],
    ['CRLF kept', utf8('Line one\r\nLine two\r\n'), 'Line one\r\nLine two\r\n'],
    ['lone CR and mixed endings kept', utf8('a\rb\nc\r\nd'), 'a\rb\nc\r\nd'],
    ['accents', utf8('Bogotá, São Paulo, Zürich, Łódź'), 'Bogotá, São Paulo, Zürich, Łódź'],
    ['emoji (astral)', utf8('Storm 🌀 hits 🇻🇪 coast 👩🏽‍⚕️'), 'Storm 🌀 hits 🇻🇪 coast 👩🏽‍⚕️'],
    ['Arabic (right to left)', utf8('قالت الحكومة إن ٨٣ شخصا قتلوا.'), 'قالت الحكومة إن ٨٣ شخصا قتلوا.'],
    ['UTF-16LE with BOM', utf16('Caracas 🌀\r\nNov 12', true), 'Caracas 🌀\r\nNov 12'],
    ['UTF-16BE with BOM', utf16('Caracas 🌀\r\nNov 12', false), 'Caracas 🌀\r\nNov 12'],
    ['UTF-16LE without BOM', utf16('Plain English headline\nand a body', true, false), 'Plain English headline\nand a body'],
    ['UTF-16BE without BOM', utf16('Plain English headline\nand a body', false, false), 'Plain English headline\nand a body'],
    ['tabs and form feed are text', utf8('a\tb\fc'), 'a\tb\fc'],
  ];
  for (const [name, input, expected] of roundTrips) {
    it(`decodes ${name}`, () => {
      const result = decodeArticle(input);
      assert.deepEqual(result, { ok: true, text: expected, issues: [] });
    });
  }

  const invalid: [string, Uint8Array, string, number, number][] = [
    // [name, bytes, expected text, offset of first bad sequence, count]
    ['a Windows-1252 é', bytes(utf8('Caf'), [0xe9], utf8(' ouvert')), 'Caf\uFFFD ouvert', 3, 1],
    ['two bad bytes apart', bytes(utf8('a'), [0xff], utf8('b'), [0xc0], utf8('c')), 'a\uFFFDb\uFFFDc', 1, 2],
    ['a truncated sequence at the end', bytes(utf8('end '), [0xe2, 0x82]), 'end \uFFFD', 4, 1],
    ['a broken sequence then ASCII', bytes(utf8('x'), [0xe2, 0x28, 0xa1]), 'x\uFFFD(\uFFFD', 1, 2],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), '\uFFFD\uFFFD\uFFFD', 0, 3],
    ['offset counts the BOM', bytes([0xef, 0xbb, 0xbf], utf8('ab'), [0x80]), 'ab\uFFFD', 5, 1],
  ];
  for (const [name, input, text, offset, count] of invalid) {
    it(`replaces and reports invalid UTF-8: ${name}`, () => {
      const result = decodeArticle(input);
      assert.ok(result.ok);
      assert.equal(result.text, text);
      assert.equal(result.issues.length, 1, 'reported once');
      const issue = result.issues[0]!;
      assert.equal(issue.code, 'invalid-utf8');
      assert.equal(issue.offset, offset);
      assert.match(issue.message, new RegExp(`^${count} invalid UTF-8 byte sequences? \\(the first at byte ${offset}\\)`));
      // The count matches the replacement characters the decoder produced.
      assert.equal([...result.text].filter((ch) => ch === '\uFFFD').length, count);
    });
  }

  it('reports an odd trailing byte in UTF-16', () => {
    const result = decodeArticle(bytes(utf16('ab', true), [0x41]));
    assert.ok(result.ok);
    assert.equal(result.text, 'ab\uFFFD');
    assert.deepEqual(result.issues.map((i) => i.code), ['invalid-utf16']);
  });

  const binary: [string, Uint8Array, RegExp][] = [
    ['NUL bytes', bytes(utf8('abc'), [0, 1, 2, 0, 0, 5]), /NUL bytes, the first at byte 3/],
    ['control characters', bytes(utf8('ab'), [1, 2, 3, 4, 5, 6, 7, 8], utf8('cd')), /control characters/],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['a ZIP (docx)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /ZIP archive/],
    ['random bytes with NULs', Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256), /binary file/],
  ];
  for (const [name, input, reason] of binary) {
    it(`refuses binary data: ${name}`, () => {
      const result = decodeArticle(input);
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.equal(result.code, 'binary');
      assert.match(result.message, /^looks like a binary file \(.+\), not an article; skipped$/);
      assert.match(result.message, reason);
    });
  }

  // False positives: text that must not be taken for binary.
  const notBinary: [string, Uint8Array][] = [
    ['one stray control character in a long text', bytes(utf8('word '.repeat(100)), [0x07], utf8(' end'))],
    ['NUL bytes only after the first 8 KB', bytes(utf8('x'.repeat(9000)), [0], utf8('y'))],
    ['text starting with "PK" is not a ZIP', utf8('PK-12 school funding rises')],
    ['text starting with "%PD" is not a PDF', utf8('%PD is not a file header')],
  ];
  for (const [name, input] of notBinary) {
    it(`reads as text: ${name}`, () => {
      assert.equal(decodedText(input).length > 0, true);
    });
  }
});
