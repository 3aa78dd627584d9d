// The `news` TextMate grammar and the Markdown quotation injection, tokenised the way VS Code
// does it: vscode-textmate over vscode-oniguruma (the same regex engine), not JavaScript RegExp,
// because Oniguruma and JS disagree on lookbehind, `\p{..}` and inline `(?i:...)` groups.
// Each row names a piece of an article and the scope it must (or must not) carry.
//
// Needs the dev dependencies vscode-textmate@9.3.2 and vscode-oniguruma@1.7.0 (package.json has
// them): without them the tokenising tests fail rather than skip, so a broken install cannot
// pass silently. NEWSLENS_TEXTMATE_MODULES=<a node_modules folder holding both> points elsewhere.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const newsGrammarPath = path.join(root, 'syntaxes/news.tmLanguage.json');
const injectionGrammarPath = path.join(root, 'syntaxes/news-injection.tmLanguage.json');

// ---- the two libraries, typed only as far as this test uses them --------------------------

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown } }
interface Registry { loadGrammar(scopeName: string): Promise<Grammar | null> }
interface RawGrammar { scopeName: string }
interface TextMate {
  INITIAL: unknown;
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scopeName: string): Promise<RawGrammar | null>;
    getInjections?(scopeName: string): string[] | undefined;
  }) => Registry;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  createOnigScanner(patterns: string[]): unknown;
  createOnigString(text: string): unknown;
}

function loadLibraries(): { textmate: TextMate; oniguruma: Oniguruma; wasm: string } | string {
  const places = [path.join(root, 'package.json')];
  if (process.env.NEWSLENS_TEXTMATE_MODULES) places.unshift(path.join(process.env.NEWSLENS_TEXTMATE_MODULES, 'x.js'));
  for (const place of places) {
    const load = createRequire(place);
    try {
      const onigMain = load.resolve('vscode-oniguruma');
      const wasm = path.join(path.dirname(onigMain), 'onig.wasm');
      if (!existsSync(wasm)) continue;
      return { textmate: load('vscode-textmate') as TextMate, oniguruma: load('vscode-oniguruma') as Oniguruma, wasm };
    } catch {
      // not installed here; try the next place
    }
  }
  return 'needs the dev dependencies vscode-textmate@9.3.2 and vscode-oniguruma@1.7.0';
}

const libraries = loadLibraries();
const skip = false;
it('the tokenising libraries are installed', () => {
  assert.notEqual(typeof libraries, 'string', String(libraries));
});

/** A host standing in for VS Code's Markdown grammar: prose, inline code and fenced code, with its scope names. */
const markdownStub = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```.*$', end: '^```\\s*$', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
    { match: '(\\[)[^\\]]*(\\])(\\()[^)]*(\\))', name: 'meta.link.inline.markdown' },
  ],
};

let registry: Registry | undefined;

async function grammar(scopeName: string): Promise<Grammar> {
  if (typeof libraries === 'string') throw new Error(libraries);
  if (!registry) {
    const { textmate, oniguruma, wasm } = libraries;
    const bytes = readFileSync(wasm);
    await oniguruma.loadWASM(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const onigLib = Promise.resolve({
      createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
      createOnigString: (text: string) => oniguruma.createOnigString(text),
    });
    const raw: Record<string, RawGrammar> = {
      'text.news': JSON.parse(readFileSync(newsGrammarPath, 'utf8')),
      'text.news.injection': JSON.parse(readFileSync(injectionGrammarPath, 'utf8')),
      'text.html.markdown': markdownStub,
    };
    registry = new textmate.Registry({
      onigLib,
      loadGrammar: async (name) => raw[name] ?? null,
      getInjections: (name) => (name === 'text.html.markdown' ? ['text.news.injection'] : undefined),
    });
  }
  const loaded = await registry.loadGrammar(scopeName);
  assert.ok(loaded, `grammar ${scopeName} loads`);
  return loaded;
}

interface Piece { line: number; start: number; end: number; text: string; scopes: string[] }

/** Tokenises a whole document line by line, carrying the rule stack like the editor does. */
function tokenize(g: Grammar, text: string, initial: unknown): Piece[] {
  const pieces: Piece[] = [];
  let state = initial;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = g.tokenizeLine(line, state);
    for (const t of result.tokens) {
      pieces.push({ line: index, start: t.startIndex, end: t.endIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = result.ruleStack;
  });
  return pieces;
}

/** The scopes over every token that `needle` (its `nth` occurrence in the document) covers. */
function scopesAt(pieces: Piece[], text: string, needle: string, nth = 0): string[][] {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      const at = (lines[line] ?? '').indexOf(needle, from);
      if (at < 0) break;
      if (seen++ === nth) {
        const covering = pieces.filter((p) => p.line === line && p.start < at + needle.length && p.end > at);
        assert.ok(covering.length > 0, `no tokens over ${JSON.stringify(needle)}`);
        return covering.map((p) => p.scopes);
      }
      from = at + 1;
    }
  }
  throw new Error(`${JSON.stringify(needle)} (occurrence ${nth}) is not in the sample`);
}

function hasScope(stacks: string[][], scope: string): boolean {
  return stacks.every((stack) => stack.some((s) => s === scope || s.startsWith(`${scope}.`)));
}

// ---- the sample ---------------------------------------------------------------------------

const article = [
  '',
  'HEGSETH NAMES BOAT CAMPAIGN OPERATION SOUTHERN SPEAR AS CARRIER ARRIVES',
  'By Reggie Tran',
  'Source: Gulf Coast Sentinel',
  'Date: November 14, 2025',
  'URL: https://www.example.com/2025/11/14/southern-spear.html',
  '',
  'CARACAS, Venezuela, Nov 14 (Reuters) - The U.S. military has killed at least 83 people in 21 strikes since early September, officials said on Thursday.',
  '',
  'WASHINGTON (AP) — The deployment brings roughly 15,000 US troops to the region, and the operation costs $4.5 billion, about 12% of the budget.',
  '',
  'By Thursday, officials had said more than 80 people were dead. The 20th strike, on Nov. 12, 2025, killed four men; the first was in mid-November 2025, not on 2025-09-02.',
  '',
  '"Nobody has shown this committee a single piece of evidence," one senator said. “Those are working boats out there, same as ours,” said a captain who saw 3 boats.',
  '',
  '“I just hope they know who they\'re shooting at.',
  '',
  'Petro\'s government said the talks would resume on Tuesday at 9:30 a.m. ET, and cited a 2019 report, the COVID-19 rules and F-16 jets, with details at www.example.org/report.',
  '',
  'BOGOTÁ — Colombia will stop handing intelligence to US agencies until the strikes end, President Gustavo Petro said in May.',
  '',
  '(Reporting by Jane Doe in Caracas; Editing by John Roe)',
].join('\n');

type Row = readonly [what: string, needle: string, scope: string | null, nth?: number];

const expectations: readonly Row[] = [
  ['the first non-empty line is the headline', 'HEGSETH NAMES BOAT CAMPAIGN', 'markup.heading.news'],
  ['the headline text is a section name', 'CARRIER ARRIVES', 'entity.name.section.news'],
  ['the byline keyword', 'By', 'keyword.other.byline.news', 0],
  ['the byline names the author', 'Reggie Tran', 'entity.name.type.author.news'],
  ['a header line is meta.header', 'Source: Gulf Coast Sentinel', 'meta.header.news'],
  ['the header field name', 'Source', 'keyword.other.header.news'],
  ['the date in a Date: header', 'November 14, 2025', 'constant.other.date.news'],
  ['the address in a URL: header', 'https://www.example.com/2025/11/14/southern-spear.html', 'markup.underline.link.news'],
  ['a Reuters dateline', 'CARACAS, Venezuela, Nov 14 (Reuters) -', 'meta.dateline.news'],
  ['the dateline place', 'CARACAS', 'entity.name.tag.place.news'],
  ['the dateline country', 'Venezuela', 'entity.name.tag.place.news'],
  ['the dateline date', 'Nov 14', 'constant.other.date.news'],
  ['the dateline agency', 'Reuters', 'entity.name.type.agency.news'],
  ['an AP dateline', 'WASHINGTON (AP) —', 'meta.dateline.news'],
  ['a dateline with only a place', 'BOGOTÁ —', 'meta.dateline.news'],
  ['the qualifier of a figure', 'at least', 'keyword.operator.qualifier.news'],
  ['the amount of a figure', '83', 'constant.numeric.news'],
  ['a qualified figure is one meta.figure', 'at least 83', 'meta.figure.news'],
  ['a plain count', '21', 'constant.numeric.news'],
  ['a thousands separator stays inside the figure', '15,000', 'constant.numeric.news'],
  ['money with a scale word', '$4.5 billion', 'constant.numeric.news'],
  ['the scale word is a unit', 'billion', 'keyword.other.unit.news'],
  ['a percentage', '12%', 'constant.numeric.news'],
  ['"more than" is a qualifier', 'more than', 'keyword.operator.qualifier.news'],
  ['an ordinal', '20th', 'constant.numeric.news'],
  ['a month-name date with a period', 'Nov. 12, 2025', 'constant.other.date.news'],
  ['a part of a month', 'mid-November 2025', 'constant.other.date.news'],
  ['a month with a part word', 'early September', 'constant.other.date.news'],
  ['an ISO date', '2025-09-02', 'constant.other.date.news'],
  ['a weekday', 'Thursday', 'constant.other.date.news', 0],
  ['a weekday at the start of a body paragraph', 'Thursday', 'constant.other.date.news', 1],
  ['a clock time', '9:30 a.m. ET', 'constant.other.date.news'],
  ['a year', '2019', 'constant.other.date.news'],
  ['"May" with no day or year is not a date (it is also a verb)', 'May', null],
  ['a straight-quoted quotation', 'Nobody has shown this committee', 'string.quoted.double.news'],
  ['a curly-quoted quotation', 'Those are working boats out there', 'string.quoted.double.news'],
  ['the text after a closed quotation is not quoted', 'said a captain', null],
  ['a figure inside the same line after a quote', '3', 'constant.numeric.news', 0],
  ['an unclosed quotation runs to the end of its paragraph', 'shooting at', 'string.quoted.double.news'],
  ['a quotation does not leak into the next paragraph', 'government said the talks', null],
  ['a bare web address', 'www.example.org/report', 'markup.underline.link.news'],
  ['a wire credit line', '(Reporting by Jane Doe in Caracas; Editing by John Roe)', 'comment.line.credits.news'],
];

const falsePositives: readonly (readonly [what: string, needle: string, nth?: number])[] = [
  ['an ordinary word in the body', 'military'],
  ['a name in the body', 'Gustavo Petro'],
  ['an abbreviation', 'U.S.'],
  ['a possessive', "Petro's"],
  ['"By" at the start of a body paragraph is no byline', 'By', 1],
  ['a spelled-out number (left to the language server)', 'four men'],
  ['a number inside a name', 'COVID-19'],
  ['a number inside a model name', 'F-16'],
  ['"one" is not a figure', 'one senator'],
  ['a sentence that begins with capitals but no dash is not a dateline', 'Colombia will stop'],
];

describe('news grammar: what each part of an article is scoped as', { skip }, () => {
  let pieces: Piece[] = [];
  before(async () => {
    const g = await grammar('text.news');
    pieces = tokenize(g, article, (libraries as { textmate: TextMate }).textmate.INITIAL);
  });
  for (const [what, needle, scope, nth] of expectations) {
    it(what, () => {
      const stacks = scopesAt(pieces, article, needle, nth ?? 0);
      if (scope === null) {
        assert.ok(stacks.every((s) => s.length === 1), `${needle}: ${JSON.stringify(stacks)}`);
      } else {
        assert.ok(hasScope(stacks, scope), `${needle} should be ${scope}, got ${JSON.stringify(stacks)}`);
      }
    });
  }
  for (const [what, needle, nth] of falsePositives) {
    it(`no scope: ${what}`, () => {
      const stacks = scopesAt(pieces, article, needle, nth ?? 0);
      assert.ok(stacks.every((s) => s.length === 1 && s[0] === 'text.news'), `${needle}: ${JSON.stringify(stacks)}`);
    });
  }
  it('capitals in the headline are a headline, not a dateline', () => {
    const stacks = scopesAt(pieces, article, 'HEGSETH');
    assert.ok(!hasScope(stacks, 'meta.dateline.news') && hasScope(stacks, 'markup.heading.news'), JSON.stringify(stacks));
  });
  it('a headline after leading blank lines, and header rules only under it', async () => {
    const text = '\n\n  Storm kills 12\nDate: Nov 3\n\nSource: not a header here';
    const p = tokenize(await grammar('text.news'), text, (libraries as { textmate: TextMate }).textmate.INITIAL);
    assert.ok(hasScope(scopesAt(p, text, 'Storm kills'), 'markup.heading.news'));
    assert.ok(hasScope(scopesAt(p, text, 'Date'), 'keyword.other.header.news'));
    assert.ok(!hasScope(scopesAt(p, text, 'Source'), 'keyword.other.header.news'));
  });
  it('tokenises a 200,000-character line of digits, quotes and capitals quickly (no catastrophic backtracking)', async () => {
    const g = await grammar('text.news');
    const line = 'WASHINGTON, '.repeat(2000) + '"1,000,000.5 '.repeat(5000) + 'at least 12 November 2025 '.repeat(2000);
    const started = process.hrtime.bigint();
    tokenize(g, `Headline\n\n${line}`, (libraries as { textmate: TextMate }).textmate.INITIAL);
    // Generous bound: a catastrophic pattern takes minutes here, a linear one well under a second.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 5000);
  });
});

describe('Markdown injection: quotations in prose only', { skip }, () => {
  const markdown = [
    'The minister said "we will respond" and “the talks are over” on Tuesday, with 83 dead.',
    'Use `"quoted" code` here, see [the "report"](https://example.com "Title").',
    '```',
    'const s = "not a quotation";',
    '```',
  ].join('\n');
  let pieces: Piece[] = [];
  before(async () => {
    pieces = tokenize(await grammar('text.html.markdown'), markdown, (libraries as { textmate: TextMate }).textmate.INITIAL);
  });
  const rows: readonly (readonly [string, string, boolean])[] = [
    ['a straight-quoted quotation in a paragraph', '"we will respond"', true],
    ['a curly-quoted quotation in a paragraph', '“the talks are over”', true],
    ['figures and dates are left to the language server', '83', false],
    ['a weekday is left to the language server', 'Tuesday', false],
    ['inline code', '"quoted"', false],
    ['a link', '"report"', false],
    ['fenced code', '"not a quotation"', false],
  ];
  for (const [what, needle, quoted] of rows) {
    it(what, () => {
      assert.equal(hasScope(scopesAt(pieces, markdown, needle), 'string.quoted.double.news'), quoted, JSON.stringify(scopesAt(pieces, markdown, needle)));
    });
  }
});

describe('news grammar: shape', () => {
  const g = JSON.parse(readFileSync(newsGrammarPath, 'utf8')) as { scopeName: string; repository: Record<string, unknown> };
  it('is text.news', () => assert.equal(g.scopeName, 'text.news'));
  it('every #include names a rule in the repository', () => {
    const includes = [...readFileSync(newsGrammarPath, 'utf8').matchAll(/"include": "#([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const name of includes) assert.ok(name in g.repository, `#${name}`);
  });
});

describe('language configuration: the word under the cursor', () => {
  const config = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as {
    wordPattern: { pattern: string; flags: string };
  };
  const wordPattern = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);

  /** The word VS Code takes at `offset` (getWordAtText: the match that contains the offset). */
  function wordAt(line: string, offset: number): string | null {
    for (const m of line.matchAll(wordPattern)) {
      if (m.index <= offset && offset <= m.index + m[0].length) return m[0];
    }
    return null;
  }
  const rows: readonly (readonly [line: string, cursorOn: string, word: string | null])[] = [
    ['troops from the U.S. arrived', 'S.', 'U.S.'],
    ['the U.S.-backed plan', 'backed', 'backed'],
    ['a $4.5bn package', '4.5', '$4.5bn'],
    ['a US$4.5bn package', 'US', 'US$4.5bn'],
    ['a $4.5 billion package', '4.5', '$4.5'],
    ['about 12% of the budget', '12', '12%'],
    ['rose to 15,000 troops', '000', '15,000'],
    ['the 20th strike', '20', '20th'],
    ['on 2025-11-12 at 9:30', '11', '2025-11-12'],
    ['on 2025-11-12 at 9:30', '30', '9:30'],
    ['Bashar al-Assad fled', 'Assad', 'al-Assad'],
    ['eighty-three people', 'three', 'eighty-three'],
    ['in mid-November', 'Nov', 'mid-November'],
    ["Petro's order", 'Pet', 'Petro'],
    ['Petro’s order', 'Pet', 'Petro'],
    ["O'Brien said", 'Bri', "O'Brien"],
    ['they didn’t say', 'did', 'didn’t'],
    ['Nicolás Maduro', 'col', 'Nicolás'],
    ['BOGOTÁ — Colombia', 'GOT', 'BOGOTÁ'],
    ['the COVID-19 rules', 'VID', 'COVID-19'],
    ['(Reuters) - The', 'Reu', 'Reuters'],
  ];
  for (const [line, cursorOn, word] of rows) {
    it(`${JSON.stringify(line)} at ${JSON.stringify(cursorOn)} → ${JSON.stringify(word)}`, () => {
      assert.equal(wordAt(line, line.indexOf(cursorOn) + 1), word);
    });
  }
});
