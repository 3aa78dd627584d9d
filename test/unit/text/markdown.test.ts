import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_MARKDOWN_CHARS, maskArticle } from '../../../src/core/text/markdown';
import type { ArticleFormat } from '../../../src/core/model';

// Expected masks are written with '·' for a masked character, so that rows stay readable and
// their lengths can be checked by eye against the input.
const dots = (s: string): string => s.replaceAll('·', ' ');

function mask(text: string, format: ArticleFormat): string {
  const { maskedText } = maskArticle(text, format);
  assert.equal(maskedText.length, text.length, 'same length');
  return maskedText;
}

describe('maskArticle: Markdown', () => {
  const rows: [string, string, string][] = [
    // [what, input, expected with · for masked]
    ['heading marks', '# Head *line*', '··Head··line·'],
    ['closing heading marks', '## Head ##', '···Head···'],
    ['setext underline', 'Title\n=====', 'Title\n·····'],
    ['strong emphasis', 'Some **bold** text', 'Some ··bold·· text'],
    ['underscore emphasis', 'An _important_ word', 'An ·important· word'],
    ['strikethrough', 'Was ~~wrong~~ right', 'Was ··wrong·· right'],
    ['link: text kept, destination and title masked', 'See [the report](https://x.org/a "Title") now', 'See ·the report·························· now'],
    ['reference link and its definition', '[ref link][r]\n\n[r]: https://x.org', '·ref link····\n\n··················'],
    ['image with alt text', 'A ![alt text](pic.png) B', 'A ···················· B'],
    ['autolink', 'Go <https://auto.example> now', 'Go ······················ now'],
    ['bare www URL, final period kept', 'Visit www.example.com/x.', 'Visit ·················.'],
    ['bare https URL', 'Read https://x.org/a?b=1, then', 'Read ···················, then'],
    ['email autolink', 'Write to desk@example.org today', 'Write to ················ today'],
    ['inline code', 'Run `npm test` now', 'Run ·········· now'],
    ['fenced code block', '```js\nlet x = 83;\n```\nAfter', '·····\n···········\n···\nAfter'],
    ['indented code block', 'Text\n\n    code here\n\nMore', 'Text\n\n·············\n\nMore'],
    ['block quote markers, also on continuation lines', '> quoted line\n> second', '··quoted line\n··second'],
    ['nested block quote', '> > deep\n> > er', '····deep\n····er'],
    ['bullet list', '- one\n- two', '··one\n··two'],
    ['ordered list', '1. First\n2. Second', '···First\n···Second'],
    ['task list', '- [x] Done', '······Done'],
    ['table pipes and rule', '| a | b |\n|---|---|\n| c | d |', '··a···b··\n·········\n··c···d··'],
    ['thematic break', 'Up\n\n***\n\nDown', 'Up\n\n···\n\nDown'],
    ['inline HTML tags, their text kept', 'a <b>bold</b> c', 'a ···bold···· c'],
    ['HTML block', '<div class="x">\nhidden\n</div>', '···············\n······\n······'],
    ['HTML comment', 'Keep <!-- note --> this', 'Keep ············· this'],
    ['backslash escapes', 'Escaped \\*star\\*', 'Escaped ·*star·*'],
    ['footnote reference and definition', 'Claim[^1]\n\n[^1]: The note.', 'Claim····\n\n······The note.'],
    ['hard break backslash', 'one\\\ntwo', 'one·\ntwo'],
    ['CRLF kept', '# Title\r\n\r\nBody *em*\r\n', '··Title\r\n\r\nBody ·em·\r\n'],
    ['emoji and RTL text kept', '# 🌀 عاصفة\n\n*مرحبا* 😀', '··🌀 عاصفة\n\n·مرحبا· 😀'],
  ];
  for (const [what, input, expected] of rows) {
    it(what, () => {
      assert.equal(dots(expected).length, input.length, 'the row itself is well formed');
      assert.equal(mask(input, 'markdown'), dots(expected));
    });
  }

  // False positives: prose that looks a little like syntax and must survive unmasked.
  const prose = [
    'Prices rose 5% to $4.5 billion.',
    'AT&T and C++ are names; 5 * 3 = 15.',
    'Item #3 on the list was under_score_words.',
    'He said (quietly) that the U.S. would act on Sept. 11.',
    'The words http and www are not URLs.',
    'A - B and C > D are comparisons.',
    'Ratio 3:2, 1/2 and "quoted" text.',
  ];
  for (const text of prose) {
    it(`keeps prose as it is: ${text}`, () => {
      assert.equal(mask(text, 'markdown'), text);
    });
  }

  it('keeps link text and emphasised words at their exact offsets', () => {
    const text = 'The [Ministry of Health](https://example.org/moh) said **83 people** died in _Caracas_.';
    const masked = mask(text, 'markdown');
    for (const word of ['Ministry of Health', '83 people', 'Caracas', 'The', 'said', 'died in']) {
      const at = text.indexOf(word);
      assert.equal(masked.slice(at, at + word.length), word, word);
    }
    assert.equal(masked.includes('example.org'), false);
  });
});

describe('maskArticle: very large Markdown', () => {
  it('reads it as plain text and says so, instead of parsing for seconds', () => {
    const text = `# Head\n\n${'x'.repeat(MAX_MARKDOWN_CHARS)} https://x.org\n`;
    const result = maskArticle(text, 'markdown');
    assert.equal(result.maskedText.slice(0, 6), '# Head', 'Markdown syntax not masked');
    assert.equal(result.maskedText.length, text.length);
    assert.equal(result.maskedText.includes('https://'), false, 'URLs still masked');
    assert.deepEqual(result.issues.map((i) => i.code), ['markdown-too-large']);
  });

  it('parses ordinary Markdown without an issue', () => {
    assert.deepEqual(maskArticle('# Head', 'markdown').issues, []);
  });
});

describe('maskArticle: plain text', () => {
  const rows: [string, string, string][] = [
    ['Markdown-looking syntax stays in .txt', '# Head *line*', '# Head *line*'],
    ['bare URL masked', 'See https://x.org/a today.', 'See ··············· today.'],
    ['www URL masked', 'See www.x.org.', 'See ·········.'],
    ['parenthesised URL keeps the closing bracket out', '(see https://x.org/a)', '(see ···············)'],
    ['URL with balanced parentheses', 'at https://en.wikipedia.org/wiki/A_(b).', 'at ···································.'],
    ['control characters blanked, tab kept', 'a\u0000b\u0007c\td', 'a·b·c\td'],
    ['CRLF kept', 'Head\r\nhttps://x.org\r\n', 'Head\r\n·············\r\n'],
  ];
  for (const [what, input, expected] of rows) {
    it(what, () => {
      assert.equal(dots(expected).length, input.length, 'the row itself is well formed');
      assert.equal(mask(input, 'text'), dots(expected));
    });
  }
});

describe('maskArticle: front matter', () => {
  const clip = '---\ntitle: "Storm hits coast"\ntags: [news, weather]\n---\nBody text.';
  for (const format of ['text', 'markdown'] as const) {
    it(`masks and parses front matter in ${format}`, () => {
      const result = maskArticle(clip, format);
      const end = clip.indexOf('\nBody');
      const title = { start: clip.indexOf('Storm'), end: clip.indexOf('coast') + 5 };
      assert.deepEqual(result.frontMatter, { start: 0, end, data: { title: 'Storm hits coast', tags: ['news', 'weather'] }, prose: [title] });
      // Only the title's words are read, where they stand; keys, quotes and tags are blank.
      const blank = clip.slice(0, end).replace(/[^\n]/g, ' ');
      assert.equal(result.maskedText, blank.slice(0, title.start) + 'Storm hits coast' + blank.slice(title.end) + '\nBody text.');
      assert.deepEqual(result.issues, []);
    });
  }

  const headlines: [string, string, string[]][] = [
    ['a plain title', '---\ntitle: Petro halts intelligence sharing\n---\nBody', ['Petro halts intelligence sharing']],
    ['a single-quoted description', "---\ndescription: 'Colombia pauses ties'\n---\nBody", ['Colombia pauses ties']],
    ['title and subtitle, other keys left out', '---\ntitle: A\nsource: https://x.org\nsubtitle: B c\nauthor: D\n---\nBody', ['A', 'B c']],
    ['a title the body repeats is read there only', '---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nBody', []],
    ['a title the body repeats with emphasis is read there only', '---\ntitle: Storm hits the Northern Star\n---\n# Storm hits the *Northern Star*\n\nBody', []],
    ['a quoted title with escapes is left out', '---\ntitle: "Say \\"no\\""\n---\nBody', []],
    ['a folded title is left out', '---\ntitle: >\n  Long\n  title\n---\nBody', []],
    ['a title that is not text is left out', '---\ntitle: 2025\n---\nBody', []],
  ];
  for (const [what, text, read] of headlines) {
    it(`reads the front matter's headline fields as prose: ${what}`, () => {
      const result = maskArticle(text, 'markdown');
      const end = result.frontMatter?.end ?? 0;
      assert.deepEqual(result.maskedText.slice(0, end).split(/\s{2,}|\n/).map((w) => w.trim()).filter((w) => w !== ''), read);
    });
  }

  const found: [string, string, Record<string, unknown>][] = [
    ['CRLF line endings', '---\r\ntitle: A\r\n---\r\nBody', { title: 'A' }],
    ['"..." closing fence', '---\ntitle: A\n...\nBody', { title: 'A' }],
    ['empty front matter', '---\n---\nBody', {}],
    ['a date stays the string written', '---\npublished: 2025-11-12\n---\n', { published: '2025-11-12' }],
    ['a comment first', '---\n# clipped\nsource: https://x.org\n---\n', { source: 'https://x.org' }],
    ['trailing spaces on the fences', '---  \ntitle: A\n--- \nBody', { title: 'A' }],
  ];
  for (const [what, text, data] of found) {
    it(`reads front matter: ${what}`, () => {
      const result = maskArticle(text, 'text');
      assert.deepEqual(result.frontMatter?.data, data);
      const title = typeof data['title'] === 'string' ? data['title'] : '';
      assert.equal(result.maskedText.replace(/\s+/g, ' ').trim(), [title, text.endsWith('Body') ? 'Body' : ''].join(' ').trim());
    });
  }

  // False positives: things that start with '---' but are not front matter.
  const notFound: [string, string][] = [
    ['no closing fence', '---\ntitle: A\nBody'],
    ['a rule, prose, a rule', '---\nJust a line of prose.\n---\nMore'],
    ['not at the very start', '\n---\ntitle: A\n---\n'],
    ['four dashes', '----\ntitle: A\n----\n'],
    ['a list between rules', '---\n- a\n- b\n---\nBody'],
  ];
  for (const [what, text] of notFound) {
    it(`is not front matter: ${what}`, () => {
      const result = maskArticle(text, 'text');
      assert.equal(result.frontMatter, null);
      assert.equal(result.maskedText, text);
    });
  }

  const malformed: [string, string, RegExp][] = [
    ['an unclosed flow list', '---\ntitle: A\ntags: [a, b\n---\nBody', /line \d/],
    ['a bad indentation', '---\ntitle: A\n  bad: indent\n---\nBody', /line 2: Nested mappings/],
    ['a list instead of fields', '---\n# people\n- a\n- b\n---\nBody', /not a list of "key: value" fields/],
  ];
  for (const [what, text, message] of malformed) {
    it(`reports malformed front matter, never throws: ${what}`, () => {
      const result = maskArticle(text, 'markdown');
      assert.deepEqual(result.frontMatter?.data, {});
      assert.equal(result.issues.length, 1);
      assert.equal(result.issues[0]?.code, 'front-matter');
      assert.match(result.issues[0]?.message ?? '', message);
      assert.equal(result.maskedText.trim(), 'Body', 'the block is still masked');
    });
  }
});

describe('maskArticle: properties', () => {
  const pieces = [
    '#', '*', '_', '`', '```', '~', '[', ']', '(', ')', '<', '>', '!', '|', '-', '+', '=', '\\', '&amp;', '---',
    '\n', '\r\n', '\r', ' ', '    ', '\t', 'word', 'Caracas', '83', '.', 'https://x.org/a', 'www.y.com', '<b>', '</b>',
    '[^1]', ':', '"', 'é', '😀', 'عاصفة', '\u0000', '\uD800',
  ];
  const markdownish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 })
    .map((parts) => parts.join(''));
  const withFrontMatter = fc.tuple(markdownish, markdownish).map(([a, b]) => `---\n${a}\n---\n${b}`);
  const anyText = fc.oneof(markdownish, withFrontMatter, fc.string({ unit: 'binary', maxLength: 80 }));

  for (const format of ['text', 'markdown'] as const) {
    it(`never throws, keeps the length, line breaks and every kept character (${format})`, () => {
      fc.assert(fc.property(anyText, (text) => {
        const { maskedText } = maskArticle(text, format);
        assert.equal(maskedText.length, text.length);
        for (let i = 0; i < text.length; i++) {
          const m = maskedText[i];
          const t = text[i];
          if (t === '\n' || t === '\r') assert.equal(m, t, `line break at ${i}`);
          else if (m !== ' ') assert.equal(m, t, `offset ${i}`);
        }
      }), { numRuns: 300 });
    });
  }
});
