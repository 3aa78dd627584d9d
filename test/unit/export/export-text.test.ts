// What an export of a plain-text article holds, read back with remark as a reader would.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { analysisToMdast, exportAnnotatedMarkdown } from '../../../src/core/export/index';
import { parseMarkdown } from '../../support/markdown';
import { buildAnalysis, type ArticleInput } from './build';

const REPORT: ArticleInput = {
  text: [
    'US strikes kill at least 83 in Caribbean',
    '',
    'BOGOTÁ, Nov 13 (Reuters) - Colombian President Gustavo Petro said on Tuesday that',
    'U.S. strikes on boats had killed at least 83 individuals since September.',
    '',
    'Petro said 20 to 25 boats were hit, costing about $4.5 billion over two decades.',
  ].join('\n'),
  meta: { title: 'US strikes kill at least 83 in Caribbean', source: 'Reuters', url: 'https://example.org/a', author: 'Jane Doe', published: '2025-11-13', tags: ['colombia', 'strikes'] },
  entities: [
    { text: 'BOGOTÁ', type: 'LOC', canonical: 'Bogotá' },
    { text: 'Reuters', type: 'ORG', canonical: 'Reuters' },
    { text: 'President Gustavo Petro', type: 'PER', canonical: 'Gustavo Petro' },
    { text: 'Petro', type: 'PER', canonical: 'Gustavo Petro', occurrence: 2 },
  ],
  // Listed out of text order on purpose: labels follow the text.
  figures: [
    { text: '$4.5 billion', value: 4.5e9, kind: 'money', unit: 'USD', qualifier: 'about', qualifierText: 'about', asOf: '2025-11-13' },
    { text: 'at least 83 individuals', value: 83, unit: 'people', counted: 'individuals', qualifier: 'at least', asOf: '2025-11-11' },
    { text: '20 to 25 boats', value: 20, valueMax: 25, unit: 'boats', counted: 'boats', asOf: '2025-11-13' },
  ],
  dates: [
    { text: 'Tuesday', type: 'DATE', value: '2025-11-11' },
    { text: 'Nov 13', type: 'DATE', value: '2025-11-13' },
    { text: 'since September', type: 'DATE', value: '2025-09', mod: 'ON_OR_AFTER' },
    { text: 'over two decades', type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN' },
  ],
};

function all(tree: Nodes): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes): void => {
    found.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

function exported(input: ArticleInput = REPORT): { md: string; tree: Root } {
  const md = exportAnnotatedMarkdown(buildAnalysis(input), { sourceLabel: 'articles/reuters.txt' });
  return { md, tree: parseMarkdown(md) };
}

function sectionTable(tree: Root, title: string): string[][] {
  const at = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === title);
  const table = tree.children[at + 1] as Table;
  assert.equal(table.type, 'table', `a table follows "${title}"`);
  return table.children.map((row) => row.children.map((cell) => toString(cell, { includeHtml: false })));
}

describe('export of a plain-text article', () => {
  it('starts with front matter from the analysis: metadata and what was exported', () => {
    const { tree } = exported();
    const [first] = tree.children;
    assert.equal(first?.type, 'yaml');
    assert.deepEqual(parseYaml(first.type === 'yaml' ? first.value : ''), {
      title: 'US strikes kill at least 83 in Caribbean',
      source: 'Reuters',
      url: 'https://example.org/a',
      author: 'Jane Doe',
      published: '2025-11-13',
      referenceDate: '2025-11-13',
      file: 'articles/reuters.txt',
      tags: ['colombia', 'strikes'],
      exported: { entities: 3, mentions: 4, figures: 3, dates: 4 },
    });
  });

  it('leaves out metadata the article does not have', () => {
    const { tree } = exported({ text: 'Short note.' });
    const yaml = tree.children[0];
    assert.deepEqual(parseYaml(yaml?.type === 'yaml' ? yaml.value : ''), { file: 'articles/reuters.txt', exported: { entities: 0, mentions: 0, figures: 0, dates: 0 } });
  });

  it('keeps front matter intact whatever the title holds', () => {
    const { tree } = exported({ text: 'Body.', meta: { title: 'Strikes\n---\n# not: a heading\n"quoted" & <b>' } });
    const yaml = tree.children[0];
    assert.equal(parseYaml(yaml?.type === 'yaml' ? yaml.value : '').title, 'Strikes\n---\n# not: a heading\n"quoted" & <b>');
    assert.equal(tree.children[1]?.type, 'paragraph');
  });

  it('is the same every time for the same analysis', () => {
    assert.equal(exported().md, exported().md);
  });

  it('keeps paragraphs as paragraphs and lines as lines', () => {
    const { tree } = exported();
    const body = tree.children.slice(1, 4);
    assert.deepEqual(body.map((n) => n.type), ['paragraph', 'paragraph', 'paragraph']);
    assert.equal(all(body[1] as Nodes).filter((n) => n.type === 'break').length, 1);
  });

  it('marks figures and dates as strong text followed by a footnote, labelled in text order', () => {
    const { tree } = exported();
    const calls: string[] = [];
    for (const node of all(tree)) {
      if (!('children' in node)) continue;
      node.children.forEach((child, i) => {
        const next = node.children[i + 1];
        if (child.type === 'strong' && next?.type === 'footnoteReference') calls.push(`${toString(child)} [^${next.identifier}]`);
      });
    }
    assert.deepEqual(calls, [
      'Nov 13 [^d1]', 'Tuesday [^d2]', 'at least 83 individuals [^f1]', 'since September [^d3]',
      '20 to 25 boats [^f2]', '$4.5 billion [^f3]', 'over two decades [^d4]',
    ]);
  });

  it('defines each footnote with the normalised value', () => {
    const { tree } = exported();
    const notes = Object.fromEntries(all(tree).flatMap((n) => (n.type === 'footnoteDefinition' ? [[n.identifier, toString(n)]] : [])));
    assert.deepEqual(notes, {
      f1: 'Figure (count): 83 people; counted: “individuals”; qualifier: at least; as of 2025-11-11.',
      f2: 'Figure (count): 20–25 boats; counted: “boats”; as of 2025-11-13.',
      f3: 'Figure (money): 4,500,000,000 USD; qualifier: about; as of 2025-11-13.',
      d1: 'Date (DATE): 2025-11-13.',
      d2: 'Date (DATE): 2025-11-11.',
      d3: 'Date (DATE): 2025-09 (ON_OR_AFTER).',
      d4: 'Date (DURATION): P20Y (MORE_THAN).',
    });
  });

  it('links each entity mention to an anchor that exists on its Entities row', () => {
    const { tree } = exported();
    const links = all(tree).flatMap((n) => (n.type === 'link' ? [[toString(n), n.url]] : []));
    assert.deepEqual(links, [
      ['BOGOTÁ', '#entity-bogota'],
      ['Reuters', '#entity-reuters'],
      ['President Gustavo Petro', '#entity-gustavo-petro'],
      ['Petro', '#entity-gustavo-petro'],
    ]);
    const rows = sectionTable(tree, 'Entities');
    const anchors = all(tree).flatMap((n) => (n.type === 'html' ? [/^<a id="([a-z0-9-]+)">$/.exec(n.value)?.[1]] : []));
    for (const [, url] of links) assert.ok(anchors.includes(url?.slice(1)), `${url} has an anchor`);
    assert.deepEqual(rows, [
      ['Entity', 'Type', 'Aliases', 'Mentions'],
      ['Bogotá', 'LOC', 'BOGOTÁ', '1'],
      ['Reuters', 'ORG', 'Reuters', '1'],
      ['Gustavo Petro', 'PER', 'President Gustavo Petro, Petro', '2'],
    ]);
  });

  it('lists figures and dates in tables', () => {
    const { tree } = exported();
    assert.deepEqual(sectionTable(tree, 'Figures'), [
      ['Figure', 'Value', 'Counted', 'Qualifier', 'As of'],
      ['at least 83 individuals', '83 people', 'individuals', 'at least', '2025-11-11'],
      ['20 to 25 boats', '20–25 boats', 'boats', '', '2025-11-13'],
      ['$4.5 billion', '4,500,000,000 USD', '', 'about', '2025-11-13'],
    ]);
    assert.deepEqual(sectionTable(tree, 'Dates'), [
      ['Date', 'Type', 'Value'],
      ['Nov 13', 'DATE', '2025-11-13'],
      ['Tuesday', 'DATE', '2025-11-11'],
      ['since September', 'DATE', '2025-09 (ON_OR_AFTER)'],
      ['over two decades', 'DURATION', 'P20Y (MORE_THAN)'],
    ]);
  });

  it('says so when a section has nothing to list', () => {
    const { tree } = exported({ text: 'Nothing here.' });
    const headings = tree.children.flatMap((n, i) => (n.type === 'heading' ? [`${toString(n)}: ${toString(tree.children[i + 1] as Nodes)}`] : []));
    assert.deepEqual(headings, ['Entities: None recognised.', 'Figures: None recognised.', 'Dates: None recognised.']);
  });

  it('puts one footnote after a mention that spans a line break', () => {
    const { tree } = exported({ text: 'On November\n12, 2025 it ended.', dates: [{ text: 'November\n12, 2025', type: 'DATE', value: '2025-11-12' }] });
    const paragraph = tree.children[1] as Nodes;
    assert.deepEqual(
      'children' in paragraph ? paragraph.children.map((n) => (n.type === 'footnoteReference' ? `[^${n.identifier}]` : `${n.type}:${toString(n)}`)) : [],
      ['text:On ', 'strong:November', 'break:', 'strong:12, 2025', '[^d1]', 'text: it ended.'],
    );
  });

  it('still gives a row to entity mentions whose cluster is missing', () => {
    const analysis = { ...buildAnalysis({ text: 'Petro spoke.', entities: [{ text: 'Petro', type: 'PER', canonical: 'Gustavo Petro' }] }), entityClusters: [] };
    const tree = parseMarkdown(exportAnnotatedMarkdown(analysis));
    assert.deepEqual(sectionTable(tree, 'Entities')[1], ['Gustavo Petro', 'PER', 'Petro', '1']);
    assert.ok(all(tree).some((n) => n.type === 'link' && n.url === '#entity-gustavo-petro'));
  });

  it('shows names from the article as text in the tables, never as markup', () => {
    const name = '<img src=x onerror=alert(1)> [x](javascript:y) | *z*';
    const analysis = buildAnalysis({ text: `${name} spoke.`, entities: [{ text: name, type: 'ORG', canonical: name }] });
    const tree = parseMarkdown(exportAnnotatedMarkdown(analysis));
    assert.deepEqual(sectionTable(tree, 'Entities')[1], [name, 'ORG', name, '1']);
    const html = all(tree).flatMap((n) => (n.type === 'html' ? [n.value] : []));
    assert.deepEqual(html, ['<a id="entity-img-src-x-onerror-alert-1-x-javascript-y-z">', '</a>']);
  });

  it('ignores spans that do not fit the text instead of failing', () => {
    const analysis = buildAnalysis({ text: 'Short.' });
    const broken = { ...analysis, figures: [{ start: 3, end: 99, text: 'x', kind: 'count', value: 1, unit: null, qualifier: null, asOf: null } as const] };
    const tree: Root = analysisToMdast(broken);
    assert.equal(all(tree).filter((n) => n.type === 'footnoteReference').length, 0);
    assert.equal(all(tree).filter((n) => n.type === 'footnoteDefinition').length, 0);
  });
});
