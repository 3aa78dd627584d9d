// A holiday is a date and a name at once: "Labor Day" resolves to its day, and is an other name
// (MISC), as CoNLL-2003 types it; where both are shown, the date speaks for it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSourceIndex, LineIndex } from '../../../src/core';
import { encodeTokens, TOKEN_TYPES } from '../../../src/server/semanticTokens';
import { engine } from '../../support/engine';

const TEXT = 'Markets shut\nDate: September 6, 2025\n\nNYMEX was closed on Monday for Labor Day. Traders left early before the Labor Day weekend, and shops expect a busy Christmas. Election day is November 4.\n';

test('a capitalised holiday is both a date and a MISC name, whether or not the recogniser read it', () => {
  const a = engine().analyze({ uri: 'markets.txt', text: TEXT });
  const holidays = a.entities.filter((e) => /Labor Day|Christmas/.test(e.text));
  assert.deepEqual(holidays.map((e) => `${e.type}:${e.text}`), ['MISC:Labor Day', 'MISC:Labor Day', 'MISC:Christmas']);
  assert.deepEqual(a.dates.filter((d) => /Labor Day/.test(d.text)).map((d) => d.text), ['Labor Day', 'Labor Day weekend']);
  assert.ok(!a.entities.some((e) => /Election/i.test(e.text)), '"Election day" in lower case is no name');
});

test('hovering a holiday shows its date; its colour is the date\'s', () => {
  const index = createSourceIndex(engine());
  const uri = 'file:///markets.txt';
  index.set(uri, TEXT);
  const at = TEXT.indexOf('Labor Day') + 2;
  assert.equal(index.mentionAt(uri, at)?.kind, 'date');
  const analysis = index.get(uri)!.analysis;
  const data = encodeTokens(analysis, new LineIndex(TEXT));
  // Tokens are [deltaLine, deltaStart, length, type, modifiers]; find the one on "Labor Day".
  const lines = new LineIndex(TEXT);
  const want = lines.positionAt(TEXT.indexOf('Labor Day'));
  let line = 0;
  let char = 0;
  let type: string | undefined;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    if (line === want.line && char === want.character) type = TOKEN_TYPES[data[i + 3]!];
  }
  assert.equal(type, 'newsDate');
});

test('"GMT" in a wire time stays the MISC name the recogniser read, beside the time; "EDT" is no name', () => {
  const text = 'Bond prices\nDate: August 30, 1996\n\nThe Canadian bond market ends early at 1400 EDT / 1800 GMT on Friday, dealers in Toronto said.\n';
  const a = engine().analyze({ uri: 'bonds.txt', text });
  assert.ok(a.dates.some((d) => d.type === 'TIME' && d.text.includes('1800 GMT')), 'the time keeps its zone');
  assert.deepEqual(a.entities.filter((e) => /GMT|EDT/.test(e.text)).map((e) => `${e.type}:${e.text}`), ['MISC:GMT']);
});
