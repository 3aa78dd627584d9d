import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../../src/core/text/sentences';
import { maskArticle } from '../../../src/core/text/markdown';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const rows: [string, string, string[]][] = [
    // [what, text, expected sentences]
    ['two sentences', 'The storm hit. Roads closed.', ['The storm hit.', 'Roads closed.']],
    ['question and exclamation', 'Who knew? Nobody! Then rain.', ['Who knew?', 'Nobody!', 'Then rain.']],
    ['closing quote stays with its sentence', 'He said "we will stay." Then he left.', ['He said "we will stay."', 'Then he left.']],
    ['closing bracket', 'It rose (by 3%.) The end.', ['It rose (by 3%.)', 'The end.']],
    ['opening quote starts the next', 'It ended. "We lost," she said.', ['It ended.', '"We lost," she said.']],
    ['curly quotes', 'It ended.” “Next,” she said.', ['It ended.”', '“Next,” she said.']],
    ['a digit starts the next', 'Rain fell. 83 people left.', ['Rain fell.', '83 people left.']],
    ['ellipsis', 'He paused... Then spoke.', ['He paused...', 'Then spoke.']],
    ['a blank line ends a sentence', 'No period here\n\nNext paragraph', ['No period here', 'Next paragraph']],
    ['a blank line of spaces (masked markup) too', 'First part\n   \nSecond part', ['First part', 'Second part']],
    ['a headline line', 'Storm hits the coast\nCARACAS, Nov 12 (Reuters) - Rain fell.', ['Storm hits the coast', 'CARACAS, Nov 12 (Reuters) - Rain fell.']],
    ['list items (masked Markdown)', '  Apples\n  Oranges\n  Pears', ['Apples', 'Oranges', 'Pears']],
    ['CRLF', 'One.\r\nTwo.\r\n\r\nThree\r\n', ['One.', 'Two.', 'Three']],
    ['lone CR', 'One.\rTwo.', ['One.', 'Two.']],
    ['emoji', 'Rain 🌧️ fell. 😀 Fun. Sun ☀️.', ['Rain 🌧️ fell. 😀 Fun.', 'Sun ☀️.']],
    ['Arabic', 'هطلت الأمطار. أغلقت الطرق؟ نعم.', ['هطلت الأمطار.', 'أغلقت الطرق؟', 'نعم.']],
    ['Hebrew', 'ירד גשם. הכבישים נסגרו.', ['ירד גשם.', 'הכבישים נסגרו.']],
    ['Chinese full stops need no space', '下雨了。道路关闭！好', ['下雨了。', '道路关闭！', '好']],
    ['Spanish opening marks', 'Llovió. ¿Cuándo? ¡Hoy!', ['Llovió.', '¿Cuándo?', '¡Hoy!']],
    ['no punctuation at all', 'just words without an end', ['just words without an end']],
    ['leading and trailing whitespace trimmed', '  \n  Hello there.  \n ', ['Hello there.']],
    ['empty', '', []],
    ['only whitespace', ' \r\n\t \n', []],
    ['an abbreviation that may end a sentence, before a sentence opener', 'Shares of Acme Inc. The firm fell.', ['Shares of Acme Inc.', 'The firm fell.']],
    ['U.S. at the end before "He"', 'He flew to the U.S. He landed.', ['He flew to the U.S.', 'He landed.']],
    ['p.m. then a sentence opener', 'It ended at 5 p.m. Officials left.', ['It ended at 5 p.m.', 'Officials left.']],
    ['"said no." is not "No. 10"', 'He said no. The talks ended.', ['He said no.', 'The talks ended.']],
    ['a capital letter before a sentence opener', 'Tesla cut the price of the Model S. In February it rose.', ['Tesla cut the price of the Model S.', 'In February it rose.']],
    ['a word ending in a non-ASCII letter', 'Llegó a Bogotá. Luego salió.', ['Llegó a Bogotá.', 'Luego salió.']],
    ['the items of a ranked list, each with its number', 'Result :\n1. Miss Stamper 3-1\n2. Paddy Lad 16-1', ['Result :\n1. Miss Stamper 3-1', '2. Paddy Lad 16-1']],
    ['a line ending in a bracket, then a capital', 'Lancashire 197-8 (W. Hegg 54)\nPortsmouth: Middlesex 199', ['Lancashire 197-8 (W. Hegg 54)', 'Portsmouth: Middlesex 199']],
  ];
  for (const [what, text, expected] of rows) {
    it(what, () => assert.deepEqual(sentencesOf(text), expected));
  }

  // False positives: periods and line breaks that must not end a sentence.
  const oneSentence: string[] = [
    'Mr. Smith met Mrs. Jones and Ms. Lee.',
    'Dr. Ortiz and Prof. Kim spoke with Gen. Padrino and Sen. Rubio.',
    'Rep. Diaz, Gov. Baker, Lt. Col. Vance, Sgt. Ruiz, Capt. Moss and Adm. Lee arrived.',
    'They met on Jan. 5, Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 12 and Dec. 1.',
    'The U.S. Senate and the U.K. Parliament and the U.N. Security Council and the E.U. Commission met.',
    'Acme Inc. Chief Executive Jo Park and Beta Corp. Chairman Al Roe and Gamma Ltd. Director Su Yi spoke.',
    'Jo Park Jr. Said nothing and Al Roe Sr. Left early.',
    'St. Louis and St. Petersburg, Washington, D.C. Police said.',
    'It was ranked No. 1 and No. 2 in the list.',
    'It was Spain vs. France, e.g. Sunday, i.e. Today, etc. Anyway it ended.',
    'J. K. Rowling and George R. R. Martin wrote books.',
    'Jerome H. Powell and J. A. Bayona spoke.',
    'It rose 3.5 percent to $4.5 billion.',
    'Shares fell 2.1% at 9 a.m. Eastern time.',
    'U.S.-backed forces entered.',
    'Visit example.com. today.',
    'He asked "why?" and she said "no!" quietly.',
    'The talks ended with the\nPresident and his team.',
    'Officials said that\nCaracas would respond.',
    'It was about 83,\nPolice said.',
    'Mr.\nSmith left.',
  ];
  for (const text of oneSentence) {
    it(`does not split ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.deepEqual(sentencesOf(text), [text]);
    });
  }

  it('breaks at headings and list items of masked Markdown', () => {
    const text = '# Storm hits coast\nRain fell all day\n\n- Roads closed\n- Schools shut\n\n> "It was bad," he said.';
    const { maskedText } = maskArticle(text, 'markdown');
    assert.deepEqual(sentencesOf(maskedText), ['Storm hits coast', 'Rain fell all day', 'Roads closed', 'Schools shut', '"It was bad," he said.']);
  });

  it('cuts an endless sentence at whitespace, never inside a word', () => {
    const text = 'word '.repeat(3000).trim();
    const spans = splitSentences(text);
    assert.ok(spans.length >= 2);
    for (const s of spans) {
      assert.ok(s.end - s.start <= 5010);
      assert.match(text.slice(s.start, s.end), /^word( word)*$/);
    }
  });

  it('always gives trimmed, non-empty, ordered, non-overlapping spans that never split a surrogate pair', () => {
    const pieces = ['. ', '? ', '! ', '.', ' ', '\n', '\r\n', '\n\n', 'Mr.', 'U.S.', 'The', 'word', '"', ')', '😀', 'é', 'مرحبا', '。', '…', 'A', '3'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      let previousEnd = 0;
      for (const { start, end } of splitSentences(t)) {
        assert.ok(start >= previousEnd && end > start && end <= t.length);
        const s = t.slice(start, end);
        assert.equal(s, s.trim(), 'trimmed');
        assert.ok(!/^[\uDC00-\uDFFF]/.test(s) && !/[\uD800-\uDBFF]$/.test(s), 'surrogate pair intact');
        previousEnd = end;
      }
      // Nothing but whitespace is left out.
      assert.equal(t.replace(/\s/g, '').length, splitSentences(t).reduce((n, s) => n + t.slice(s.start, s.end).replace(/\s/g, '').length, 0));
    }), { numRuns: 300 });
  });
});
