// What an export of a Markdown article holds: the article's own structure, with mentions
// marked inside its text, read back with remark.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { exportAnnotatedMarkdown } from '../../../src/core/export/index';
import { parseMarkdown } from '../../support/markdown';
import { buildAnalysis, type ArticleInput } from './build';

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
}

function exported(input: ArticleInput): Root {
  return parseMarkdown(exportAnnotatedMarkdown(buildAnalysis({ format: 'markdown', ...input })));
}

/** A block's children in short form: text as is, strong as **x**, links as [x](url), notes as [^id]. */
function inline(node: Nodes | undefined): string {
  if (node === undefined || !('children' in node)) return '';
  return node.children.map((n) => {
    switch (n.type) {
      case 'strong': return `**${inline(n)}**`;
      case 'emphasis': return `_${inline(n)}_`;
      case 'link': return `[${inline(n)}](${n.url})`;
      case 'footnoteReference': return `[^${n.identifier}]`;
      case 'inlineCode': return `\`${n.value}\``;
      default: return toString(n);
    }
  }).join('');
}

const ARTICLE = [
  '---',
  'title: Strikes on boats',
  'source: Reuters',
  '---',
  '# Strikes on boats',
  '',
  'President *Gustavo Petro* said **at least 83** people died.',
  '',
  '- first strike on *Sept 2*',
  '- 21 strikes in all',
  '',
  '```',
  'Petro 83',
  '```',
  '',
].join('\n');

describe('export of a Markdown article', () => {
  const tree = exported({
    text: ARTICLE,
    meta: { title: 'Strikes on boats', source: 'Reuters' },
    entities: [{ text: 'Gustavo Petro', type: 'PER', canonical: 'Gustavo Petro' }, { text: 'Petro', type: 'PER', canonical: 'Gustavo Petro', occurrence: 2 }],
    figures: [{ text: 'at least 83** people', value: 83, unit: 'people', qualifier: 'at least' }, { text: '21 strikes', value: 21, unit: 'strikes' }],
    dates: [{ text: 'Sept 2', type: 'DATE', value: '2025-09-02' }],
  });

  it('replaces the article\'s front matter with the export\'s', () => {
    const yaml = tree.children.filter((n) => n.type === 'yaml');
    assert.equal(yaml.length, 1);
    assert.equal(tree.children[0], yaml[0]);
    assert.deepEqual(Object.keys(parseYaml(yaml[0]?.type === 'yaml' ? yaml[0].value : '')), ['title', 'source', 'exported']);
  });

  it('keeps the article\'s headings, emphasis, lists and code', () => {
    assert.deepEqual(tree.children.slice(1, 5).map((n) => n.type), ['heading', 'paragraph', 'list', 'code']);
    const code = tree.children[4];
    assert.equal(code?.type === 'code' ? code.value : '', 'Petro 83');
  });

  it('marks a mention inside emphasis, and one that crosses out of strong text, with one footnote', () => {
    // The article's own strong text holds the first piece; the second piece follows it.
    assert.equal(inline(tree.children[2]), 'President _[Gustavo Petro](#entity-gustavo-petro)_ said ****at least 83****** people**[^f1] died.');
  });

  it('marks mentions inside list items', () => {
    const items = all(tree.children[3] as Nodes).filter((n) => n.type === 'paragraph').map(inline);
    assert.deepEqual(items, ['first strike on _**Sept 2**[^d1]_', '**21 strikes**[^f2] in all']);
  });

  it('leaves code alone even when a span points into it', () => {
    const withCode = exported({ text: 'Text.\n\n```\nPetro 83\n```\n', entities: [{ text: 'Petro', type: 'PER', canonical: 'Gustavo Petro' }] });
    assert.equal(all(withCode).filter((n) => n.type === 'link').length, 0);
  });

  it('finds the right characters behind escapes and character references', () => {
    const escaped = exported({
      text: 'AT&amp;T paid \\$4.5 billion to Petro &mdash; 12% \\*more\\* &#128512; then 7 more.',
      entities: [{ text: 'Petro', type: 'PER', canonical: 'Gustavo Petro' }],
      figures: [{ text: '4.5 billion', value: 4.5e9 }, { text: '12%', value: 12, kind: 'percent', unit: '%' }, { text: '7 more', value: 7 }],
    });
    assert.equal(inline(escaped.children[1]), 'AT&T paid $**4.5 billion**[^f1] to [Petro](#entity-gustavo-petro) — **12%**[^f2] *more* 😀 then **7 more**[^f3].');
  });

  it('does not nest links: inside the article\'s links figures are strong and their note follows the link', () => {
    const linked = exported({
      text: 'Read [Petro on the 83 deaths](https://example.org/p) today.',
      entities: [{ text: 'Petro', type: 'PER', canonical: 'Gustavo Petro' }],
      figures: [{ text: '83 deaths', value: 83, unit: 'deaths' }],
    });
    assert.equal(inline(linked.children[1]), 'Read [Petro on the **83 deaths**](https://example.org/p)[^f1] today.');
  });

  it('shows raw HTML as text and drops javascript: links and images', () => {
    const hostile = exported({ text: '<div onclick="x()">\nhi\n</div>\n\nA <b>bold</b> [click](javascript:alert(1)) ![alt text](javascript:x)\n' });
    assert.deepEqual(all(hostile).filter((n) => ['html', 'link', 'image'].includes(n.type)), []);
    assert.equal(toString(hostile.children[1] as Nodes), '<div onclick="x()">\nhi\n</div>');
    assert.equal(inline(hostile.children[2]), 'A <b>bold</b> click alt text');
  });

  it('keeps the article\'s own footnotes and gives its own labels that do not clash', () => {
    const noted = exported({
      text: 'Toll rose to 83.[^f1]\n\n[^f1]: Per the ministry.\n',
      figures: [{ text: '83', value: 83 }],
    });
    assert.equal(inline(noted.children[1]), 'Toll rose to **83**[^newslens-f1].[^f1]');
    const definitions = all(noted).flatMap((n) => (n.type === 'footnoteDefinition' ? [`${n.identifier}: ${toString(n)}`] : []));
    assert.deepEqual(definitions, ['f1: Per the ministry.', 'newslens-f1: Figure (count): 83.']);
  });
});
