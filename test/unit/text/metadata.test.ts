import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskArticle } from '../../../src/core/text/markdown';
import { readArticleMeta, type ArticleMetaResult } from '../../../src/core/text/metadata';
import type { ArticleFormat, ArticleMeta } from '../../../src/core/model';

function read(text: string, format: ArticleFormat = 'markdown'): ArticleMetaResult {
  const masked = maskArticle(text, format);
  return readArticleMeta(text, masked.maskedText, masked.frontMatter);
}

const none: ArticleMeta = { title: null, source: null, url: null, author: null, published: null, publishedFrom: null, tags: [] };

describe('readArticleMeta: web clippers', () => {
  it('reads Obsidian Web Clipper front matter', () => {
    const text = [
      '---',
      'title: "Floods close roads across the valley"',
      'source: "https://www.example-news.com/world/floods-close-roads-2025-11-12/"',
      'author:',
      '  - "[[Jane Doe]]"',
      '  - "[[people/John Roe|John Roe]]"',
      'published: 2025-11-12',
      'created: 2025-11-14',
      'description: "Heavy rain shut three roads."',
      'tags:',
      '  - "clippings"',
      '---',
      '# Floods close roads across the valley',
      '',
      'VALLEYTOWN, Nov 12 (Example Wire) - Heavy rain shut three roads on Wednesday.',
    ].join('\n');
    assert.deepEqual(read(text), {
      meta: {
        title: 'Floods close roads across the valley',
        source: 'Example Wire', // the agency the dateline credits names the outlet better than a host name
        url: 'https://www.example-news.com/world/floods-close-roads-2025-11-12/',
        author: 'Jane Doe, John Roe',
        published: '2025-11-12',
        publishedFrom: 'front-matter',
        tags: ['clippings'],
      },
      datelineDate: 'XXXX-11-12',
    });
  });

  it('falls back to the clip date only without a dated dateline (Obsidian, empty `published`)', () => {
    const head = '---\ntitle: Roads reopen\nsource: https://example.org/a\npublished:\ncreated: 2025-11-14T08:00:00+01:00\n---\n';
    const withDateline = read(head + 'VALLEYTOWN, Nov 13 (Example Wire) - Roads reopened.');
    assert.equal(withDateline.meta.published, null);
    assert.equal(withDateline.datelineDate, 'XXXX-11-13');
    const without = read(head + 'Roads reopened on Thursday.');
    assert.deepEqual([without.meta.published, without.meta.publishedFrom], ['2025-11-14', 'front-matter']);
  });

  it('reads MarkDownload front matter (title from the first heading)', () => {
    const text = [
      '---',
      'created: 2025-11-14T09:12:44 (UTC +01:00)',
      'tags: [news, floods]',
      'source: https://example.org/story/floods',
      'author: Jane Doe',
      '---',
      '',
      '# Floods close roads | Example Times',
      '',
      '> ## Excerpt',
      '> Heavy rain shut three roads.',
      '',
      '---',
      'Heavy rain shut three roads on Wednesday.',
    ].join('\n');
    assert.deepEqual(read(text).meta, {
      title: 'Floods close roads | Example Times',
      source: 'example.org',
      url: 'https://example.org/story/floods',
      author: 'Jane Doe',
      published: '2025-11-14',
      publishedFrom: 'front-matter',
      tags: ['news', 'floods'],
    });
  });

  it('reads MarkDownload with title, url, date and a site name', () => {
    const text = '---\ntitle: Storm ends\nurl: https://news.example.net/x\nsite_name: Example Times\nauthor: [Ann Poe]\ndate: "November 12, 2025"\ntags: "weather, #storms"\n---\nText.';
    assert.deepEqual(read(text).meta, {
      title: 'Storm ends',
      source: 'Example Times',
      url: 'https://news.example.net/x',
      author: 'Ann Poe',
      published: '2025-11-12',
      publishedFrom: 'front-matter',
      tags: ['weather', 'storms'],
    });
  });

  it('reads YAML timestamps given as Date objects', () => {
    const result = readArticleMeta('Body', 'Body', { start: 0, end: 0, prose: [], data: { Published: new Date(Date.UTC(2025, 10, 12)) } });
    assert.deepEqual([result.meta.published, result.meta.publishedFrom], ['2025-11-12', 'front-matter']);
  });

  it('gives all nulls for an empty article', () => {
    assert.deepEqual(read('', 'text'), { meta: none, datelineDate: null });
    assert.deepEqual(read('\n\n  \n', 'markdown'), { meta: none, datelineDate: null });
  });
});

describe('readArticleMeta: plain .txt header lines', () => {
  it('reads headline, byline, source and date lines', () => {
    const text = [
      'Floods close roads across the valley',
      'By Jane Doe and John Roe, Example News',
      'Source: Example News Wire',
      'Date: November 12, 2025',
      '',
      'VALLEYTOWN, Nov. 12, 2025 — Heavy rain shut three roads.',
    ].join('\r\n');
    assert.deepEqual(read(text, 'text'), {
      meta: {
        title: 'Floods close roads across the valley',
        source: 'Example News Wire',
        url: null,
        author: 'Jane Doe and John Roe',
        published: '2025-11-12',
        publishedFrom: 'header',
        tags: [],
      },
      datelineDate: '2025-11-12',
    });
  });

  it('takes the outlet from the byline when nothing else names it', () => {
    assert.equal(read('Headline\nBy Jane Doe, Example Wire\n\nText.', 'text').meta.source, 'Example Wire');
  });

  it('takes a URL from a Source: line', () => {
    const { meta } = read('Headline\nSource: https://www.example.org/a/b\n\nText.', 'text');
    assert.deepEqual([meta.source, meta.url], ['example.org', 'https://www.example.org/a/b']);
  });

  it('reads header lines written in Markdown emphasis', () => {
    const { meta } = read('# Headline\n\n**Source:** Example Wire  \n*By Jane Doe*\n\nText.');
    assert.deepEqual([meta.title, meta.source, meta.author], ['Headline', 'Example Wire', 'Jane Doe']);
  });

  const dates: [string, string | null][] = [
    ['Date: Nov. 12, 2025', '2025-11-12'],
    ['Published: 12 November 2025 10:00 GMT', '2025-11-12'],
    ['Published on Nov 12, 2025', '2025-11-12'],
    ['Updated: November 13, 2025', '2025-11-13'],
    ['Published: Nov 12, 2025\nUpdated: Nov 13, 2025', '2025-11-12'],
    ['Updated: Nov 13, 2025\nPublished: Nov 12, 2025', '2025-11-12'],
    ['Date: 2025-11-12T23:30:00-05:00', '2025-11-12'],
    // False positives: no full date, so no published date.
    ['Date: yesterday', null],
    ['Date: Nov 12', null],
    ['Published: Feb 30, 2025', null],
    ['Updated 3 hours ago', null],
  ];
  for (const [lines, published] of dates) {
    it(`reads the date from ${JSON.stringify(lines)}`, () => {
      const { meta } = read(`Headline\n${lines}\n\nText.`, 'text');
      assert.deepEqual([meta.published, meta.publishedFrom], [published, published ? 'header' : null]);
    });
  }

  it('does not take a headline that starts like a header word for a date line', () => {
    assert.equal(read('Posted workers strike in three cities\n\nText.', 'text').meta.title, 'Posted workers strike in three cities');
  });
});

describe('readArticleMeta: bylines', () => {
  const bylines: [string, string | null, string | null][] = [
    // [line, author, outlet]
    ['By Jane Doe', 'Jane Doe', null],
    ['By Jane Doe and John Roe, Example Wire', 'Jane Doe and John Roe', 'Example Wire'],
    ['By Jane Doe, John Roe and Ann Poe', 'Jane Doe, John Roe and Ann Poe', null],
    ['By Jane Doe, John Roe, and Ann Poe', 'Jane Doe, John Roe, and Ann Poe', null],
    ['By JANE DOE | Staff Writer', 'JANE DOE', null],
    ['By Jane Doe, Staff Correspondent', 'Jane Doe', null],
    ['by María José de la Cruz', 'María José de la Cruz', null],
    ['By J. R. Doe-Smith', 'J. R. Doe-Smith', null],
    // False positives: prose that starts with "By".
    ['By the end of the year, prices rose.', null, null],
    ['By Sunday, the rebels had retreated.', null, null],
    ['Bystanders gathered in the square.', null, null],
  ];
  for (const [line, author, outlet] of bylines) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const { meta } = read(`Headline\n${line}\n\nText.`, 'text');
      assert.deepEqual([meta.author, meta.source], [author, outlet]);
    });
  }
});

describe('readArticleMeta: titles', () => {
  const titles: [string, ArticleFormat, string | null][] = [
    ['Plain headline\nBody.', 'text', 'Plain headline'],
    ['\n\n  Indented headline  \nBody.', 'text', 'Indented headline'],
    ['## Second-level *heading* ##\n\nBody.', 'markdown', 'Second-level heading'],
    ['# A .txt with a hash\nBody.', 'text', 'A .txt with a hash'],
    ['![photo](a.png)\n\n# After the image\n', 'markdown', 'After the image'],
    ['---\ntitle: From front matter\n---\n# From the heading\n', 'markdown', 'From front matter'],
    ['Title: From a header line\n\nBody.', 'text', 'From a header line'],
    // False positives: a dateline paragraph or a long paragraph is not a headline.
    ['CARACAS, Nov 12 (Reuters) - Text.\nMore text.', 'text', null],
    [`${'word '.repeat(80)}\nMore.`, 'text', null],
  ];
  for (const [text, format, title] of titles) {
    it(`title of ${JSON.stringify(text.slice(0, 40))} is ${JSON.stringify(title)}`, () => {
      assert.equal(read(text, format).meta.title, title);
    });
  }
});

describe('readArticleMeta: outlet, URL, tags', () => {
  const rows: [string, Partial<ArticleMeta>][] = [
    ['source: https://www.reuters.com/world/americas/x-2025-11-12/', { source: 'reuters.com', url: 'https://www.reuters.com/world/americas/x-2025-11-12/' }],
    ['source: Example Wire\nlink: https://example.org/x', { source: 'Example Wire', url: 'https://example.org/x' }],
    ['publisher: Example Times\ncanonical: https://example.com/a', { source: 'Example Times', url: 'https://example.com/a' }],
    ['url: https://m.example.org/a', { source: 'm.example.org', url: 'https://m.example.org/a' }],
    ['outlet: Example Radio', { source: 'Example Radio', url: null }],
    ['tags: [a, "#b", a]', { tags: ['a', 'b'] }],
    ['tags: one, two', { tags: ['one', 'two'] }],
    ['Tags:\n  - Politics\n  - 2025', { tags: ['Politics', '2025'] }],
    ['author: "[[Jane Doe]]"', { author: 'Jane Doe' }],
    ['authors: [Jane Doe, John Roe]', { author: 'Jane Doe, John Roe' }],
  ];
  for (const [yaml, expected] of rows) {
    it(`reads ${JSON.stringify(yaml)}`, () => {
      const { meta } = read(`---\n${yaml}\n---\nText.`);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(meta[key as keyof ArticleMeta], value, key);
    });
  }

  const published: [string, string | null][] = [
    ['2025-11-12', '2025-11-12'],
    ['2025-11-12T23:30:00-05:00', '2025-11-12'], // the date as written, not converted to UTC
    ['"November 12, 2025"', '2025-11-12'],
    ['"Wed, 12 Nov 2025 10:00:00 GMT"', '2025-11-12'],
    ['2025-11-14T09:12:44 (UTC +01:00)', '2025-11-14'],
    ['2024-02-29', '2024-02-29'],
    // False positives: not a full date.
    ['"yesterday"', null],
    ['"Nov 12"', null],
    ['2025', null],
    ['"2025-02-29"', null],
    ['""', null],
    ['[2025-11-12]', null],
  ];
  for (const [value, expected] of published) {
    it(`reads published: ${value} as ${expected}`, () => {
      assert.equal(read(`---\npublished: ${value}\n---\nText.`).meta.published, expected);
    });
  }
});

describe('readArticleMeta: datelines', () => {
  const datelines: [string, string | null][] = [
    ['CARACAS, Nov 12 (Reuters) - Officials said', 'XXXX-11-12'],
    ['WASHINGTON, Nov. 12, 2025 — Officials said', '2025-11-12'],
    ['LONDON (AP) — Officials said', null],
    ['NEW YORK, November 3 (Reuters) - Officials said', 'XXXX-11-03'],
    ['KYIV, Ukraine, Sept. 30 (AP) — Officials said', 'XXXX-09-30'],
    ['BEIJING, 12 November 2025 – Officials said', '2025-11-12'],
    ['SÃO PAULO, Feb 29 (Reuters) - Officials said', 'XXXX-02-29'],
    ['ST. LOUIS, Mo., Jan. 5 (AP) -- Officials said', 'XXXX-01-05'],
    ['**CARACAS**, Nov 12 (Reuters) - Officials said', 'XXXX-11-12'],
    // False positives.
    ['The talks, Nov 12, were tense - officials said', null],
    ['BREAKING — Officials said', null],
    ['CARACAS, Nov 31 (Reuters) - Officials said', null],
    ['Nov 12 (Reuters) - Officials said', null],
    ['UN, Nov 12 officials said', null],
    ['CARACAS, Nov 12 (Reuters)-based group said', null],
  ];
  for (const [line, date] of datelines) {
    it(`reads the dateline date of ${JSON.stringify(line)}`, () => {
      assert.equal(read(`# Headline\n\n${line} the talks ended.\n`).datelineDate, date);
    });
  }

  it('reads wire-style bylines with the name in capitals', () => {
    const rows: [string, string | null, string | null][] = [
      ['By CHRISTOPHER RUGABER AP Economics Writer', 'Christopher Rugaber', 'AP'],
      ['By JOSHUA GOODMAN and REGINA GARCIA CANO Associated Press', 'Joshua Goodman and Regina Garcia Cano', null],
      ['By MARÍA VERZA', 'María Verza', null],
    ];
    for (const prose of ['BY THE NUMBERS', 'BY TUESDAY NIGHT officials had left']) {
      assert.equal(read(`Headline\n\n${prose}\n\nBody text follows here.\n`, 'text').meta.author, null, prose);
    }
    for (const [line, author, outlet] of rows) {
      const { meta } = read(`Headline\n\n${line}\n\nBody text follows here.\n`, 'text');
      assert.equal(meta.author, author, line);
      if (outlet) assert.equal(meta.source, outlet, line);
    }
  });

  it('takes the outlet from the agency a dateline credits, after front matter and header lines', () => {
    const rows: [string, string | null][] = [
      ['CARACAS, Nov 12 (Reuters) - Officials said', 'Reuters'],
      ['BELEM, Brazil, Nov 8 (Southern Cross Wire) - Pledges rose', 'Southern Cross Wire'],
      ['LONDON (AP) — Officials said', 'AP'],
      ['WASHINGTON, Nov. 12, 2025 — Officials said', null],
    ];
    for (const [line, outlet] of rows) {
      assert.equal(read(`# Headline\n\n${line} the talks ended.\n`).meta.source, outlet, line);
    }
    assert.equal(read(`Headline\nSource: Harbor Ledger\n\nCARACAS, Nov 12 (Reuters) - Text.\n`, 'text').meta.source, 'Harbor Ledger');
  });

  it('does not look for a dateline deep in the body', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} text.`).join('\n\n');
    assert.equal(read(`Headline\n\n${body}\n\nCARACAS, Nov 12 (Reuters) - Late.`, 'text').datelineDate, null);
  });
});
