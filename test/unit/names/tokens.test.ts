// Token splitting: the run-time tokens must look like CoNLL-2003's, or the name model sees
// words it was never trained on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../../src/core/text/tokens';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

const SPLITS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['possessive split off', "Petro's aides", ['Petro', "'s", 'aides']],
  ['curly possessive split off', 'Petro’s aides', ['Petro', '’s', 'aides']],
  ["n't split off", "They didn't say", ['They', 'did', "n't", 'say']],
  ["can't", "can't", ['ca', "n't"]],
  ['curly n’t', 'won’t', ['wo', 'n’t']],
  ["'re and 'll", "they're here, we'll see", ['they', "'re", 'here', ',', 'we', "'ll", 'see']],
  ['plural possessive apostrophe', "the workers' union", ['the', 'workers', "'", 'union']],
  ['dotted initialism keeps periods', 'U.S. forces', ['U.S.', 'forces']],
  ['initialism at the end of a sentence', 'sanctions by the U.N.', ['sanctions', 'by', 'the', 'U.N.']],
  ['lower-case initialism', 'at 4 p.m. local', ['at', '4', 'p.m.', 'local']],
  ['month abbreviation', 'on Jan. 5', ['on', 'Jan.', '5']],
  ['titles', 'Dr. Smith and Sen. Graham', ['Dr.', 'Smith', 'and', 'Sen.', 'Graham']],
  ['company suffixes', 'Apple Inc. and Acme Corp.', ['Apple', 'Inc.', 'and', 'Acme', 'Corp.']],
  ['middle initial', 'John F. Kennedy', ['John', 'F.', 'Kennedy']],
  ['sentence period split', 'He left. She stayed.', ['He', 'left', '.', 'She', 'stayed', '.']],
  ['thousands separator', '1,200 people', ['1,200', 'people']],
  ['decimal', '4.5 billion', ['4.5', 'billion']],
  ['currency symbol separate', '$4.5bn', ['$', '4.5bn']],
  ['euro and pound', '€20 and £3', ['€', '20', 'and', '£', '3']],
  ['percent separate', '12% rise', ['12', '%', 'rise']],
  ['hyphenated name', 'Bashar al-Assad', ['Bashar', 'al-Assad']],
  ['model number', 'F-35 jets', ['F-35', 'jets']],
  ['hyphenated initialism', 'a U.S.-led coalition', ['a', 'U.S.-led', 'coalition']],
  ['ISO date', 'on 2025-11-12', ['on', '2025-11-12']],
  ['clock time', 'at 14:30', ['at', '14:30']],
  ['apostrophe inside a name', "O'Brien spoke", ["O'Brien", 'spoke']],
  ['curly quotes separate', '“We will,” he said', ['“', 'We', 'will', ',', '”', 'he', 'said']],
  ['parentheses', '(Reuters)', ['(', 'Reuters', ')']],
  ['ellipsis is one token', 'wait... what', ['wait', '...', 'what']],
  ['em dash separate', 'strikes—and more', ['strikes', '—', 'and', 'more']],
  ['accented letters stay in the word', 'Bogotá and Nicolás', ['Bogotá', 'and', 'Nicolás']],
  ['CJK word', '東京 office', ['東京', 'office']],
  ['emoji is one symbol', 'great 👍 news', ['great', '👍', 'news']],
  ['emoji with skin tone', 'ok 👍🏽 then', ['ok', '👍🏽', 'then']],
  ['ZWJ family emoji is one symbol', 'a 👨‍👩‍👧 b', ['a', '👨‍👩‍👧', 'b']],
  ['masked text leaves no token', 'Hello      world', ['Hello', 'world']],
  ["a wire label glued to the headline", 'EXCLUSIVE-Nvidia to invest', ['EXCLUSIVE', '-', 'Nvidia', 'to', 'invest']],
  ["an update's number glued to the headline", 'UPDATE 2-Israel strikes', ['UPDATE', '2', '-', 'Israel', 'strikes']],
  // Pre-tokenised text (CoNLL-2003, Penn Treebank): the tokens it was cut into come back whole.
  ['a possessive standing alone', "at Lord 's , London", ['at', 'Lord', "'s", ',', 'London']],
  ["n't standing alone", "I do n't know", ['I', 'do', "n't", 'know']],
  ['an initialism with its last period split off', 'in the U.S .', ['in', 'the', 'U.S', '.']],
  ['a dollar with its country letters', 'fell C$ 0.45, HK$2 and US$ 5', ['fell', 'C$', '0.45', ',', 'HK$', '2', 'and', 'US$', '5']],
  ['a dollar inside a name', 'the rapper A$AP Rocky paid A$5', ['the', 'rapper', 'A$AP', 'Rocky', 'paid', 'A$', '5']],
  ['an initialism after a hyphen', 'the Korea-U.S. trade pact and China-U.S. talks, not Jean-P. Sartre', ['the', 'Korea-U.S.', 'trade', 'pact', 'and', 'China-U.S.', 'talks', ',', 'not', 'Jean-P', '.', 'Sartre']],
  ['an abbreviation in capitals', 'ST. LOUIS 1996-08-30', ['ST.', 'LOUIS', '1996-08-30']],
  ['an ampersand between capitals', "the S&P 500 and AT&T's unit", ['the', 'S&P', '500', 'and', 'AT&T', "'s", 'unit']],
  ["a ranked list's number at the start of a line", 'Results :\n2. Paddy Lad 16-1\n  10. Pelham', ['Results', ':', '2.', 'Paddy', 'Lad', '16-1', '10.', 'Pelham']],
];

// Things that must NOT be split or merged.
const FALSE_POSITIVES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['"'+"s"+'" inside a word is not a clitic', "O'Sullivan", ["O'Sullivan"]],
  ['a list of numbers is not a thousands number', '1,2,3', ['1', ',', '2', ',', '3']],
  ['four digits after a comma are not a thousands group', '1,2345', ['1', ',', '2345']],
  ['lower-case word before a period keeps no period', 'he said no.', ['he', 'said', 'no', '.']],
  ['unknown capitalised word before a period', 'in Paris.', ['in', 'Paris', '.']],
  ['hyphen before a space is punctuation', 'pre- and post-war', ['pre', '-', 'and', 'post-war']],
  ['double hyphen is a dash, not a joiner', 'this--that', ['this', '--', 'that']],
  ['a period between words is not an initialism', 'end.Next', ['end', '.', 'Next']],
  ['a trailing period after a number is punctuation', 'in 2024.', ['in', '2024', '.']],
  ['words are not merged across a slash', 'and/or', ['and', '/', 'or']],
  ['quoted word keeps its quotes apart', "'yes'", ["'", 'yes', "'"]],
  ['capitals and a hyphen are no wire label unless they are one', 'ABC-News and UPDATES-Now', ['ABC-News', 'and', 'UPDATES-Now']],
  ['a number and a hyphen are no update number without UPDATE', 'a 12-Year plan', ['a', '12-Year', 'plan']],
  ['a quote before an s-word is no clitic', "he said 'sorry' twice", ['he', 'said', "'", 'sorry', "'", 'twice']],
  ['a number and a period inside a line is no list number', 'rose 2. Then 10. fell', ['rose', '2', '.', 'Then', '10', '.', 'fell']],
  ['a list number keeps its period only before a space', '2.5 percent\n3.Next', ['2.5', 'percent', '3', '.', 'Next']],
  ['a single initial with a letter after a space stays an initial', 'John F. Kennedy', ['John', 'F.', 'Kennedy']],
  ['lower-case letters before a dollar are no currency', 'pay$5', ['pay', '$', '5']],
  ['an initial before a name with an apostrophe is no initialism', "T.O'Gorman 109", ['T.', "O'Gorman", '109']],
  ['an ampersand with spaces, or between longer words, stays apart', 'S & P and BANK&TRUST', ['S', '&', 'P', 'and', 'BANK', '&', 'TRUST']],
  ['"NO." in capitals may end a sentence', 'HE SAID NO.', ['HE', 'SAID', 'NO', '.']],
];

test('tokenize splits the way CoNLL-2003 does', () => {
  for (const [what, text, expected] of SPLITS) assert.deepEqual(words(text), expected, what);
});

test('tokenize does not split or merge what must stay as written', () => {
  for (const [what, text, expected] of FALSE_POSITIVES) assert.deepEqual(words(text), expected, what);
});

test('token kinds: words, numbers, punctuation, symbols', () => {
  const text = 'Petro paid $1,200 (12%) 👍';
  assert.deepEqual(
    tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]),
    [['Petro', 'word'], ['paid', 'word'], ['$', 'symbol'], ['1,200', 'number'], ['(', 'punct'], ['12', 'number'],
      ['%', 'punct'], [')', 'punct'], ['👍', 'symbol']],
  );
});

test('an unpaired surrogate is one symbol token, never half of a pair', () => {
  const text = 'a \uD83D b \uDC4D';
  assert.deepEqual(words(text), ['a', '\uD83D', 'b', '\uDC4D']);
});

test('tokens are ordered, non-empty, inside the text, never split a surrogate pair, and skip only spaces', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      const tokens = tokenize(text);
      let last = 0;
      for (const t of tokens) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length);
        const before = text.charCodeAt(t.start - 1);
        const first = text.charCodeAt(t.start);
        // Never starts on the low half of a pair, never ends between the halves.
        assert.ok(!(first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff));
        const lastUnit = text.charCodeAt(t.end - 1);
        assert.ok(!(lastUnit >= 0xd800 && lastUnit <= 0xdbff && t.end < text.length));
        assert.notEqual(text.slice(t.start, t.end).trim(), '');
        last = t.end;
      }
    }),
  );
});

test('masking: spaces in place of masked text produce no tokens there', () => {
  const text = 'See [Petro](https://example.com/petro) now';
  const masked = 'See  Petro                             now';
  assert.equal(masked.length, text.length);
  assert.deepEqual(tokenize(masked).map((t) => text.slice(t.start, t.end)), ['See', 'Petro', 'now']);
});
