// The team report from the pure core (src/core/report), on hand-built analyses: hostile text
// from articles and notes stays text, links are only the host's links to the articles, orphans
// (also of articles that are gone) are counted and listed, and the AnnotationCollection is in a
// stable order whatever order the sources come in.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TextualBody, WebAnnotation } from '../../../src/core/annotations/model';
import { annotationCollection, assembleReport, prepareSource, reportMarkdown, type ReportSourceInput } from '../../../src/core/report/index';
import { parseMarkdown } from '../../support/markdown';
import { buildAnalysis, spanOf } from '../export/build';

function annotation(source: string, text: string, quote: string, id: string, author: string, note: string, status?: string, tags: string[] = []): WebAnnotation {
  const span = spanOf(text, quote);
  const body: TextualBody[] = [{
    type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain', id: `urn:uuid:${id}-note`,
    creator: { type: 'Person', name: author }, created: '2025-11-05T09:00:00Z', modified: '2025-11-05T09:00:00Z',
  }];
  for (const tag of tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (status !== undefined) body.push({ type: 'TextualBody', purpose: 'assessing', value: status as 'open' });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: `urn:uuid:${id}`,
    created: '2025-11-05T09:00:00Z', modified: '2025-11-05T09:00:00Z', creator: { type: 'Person', name: author },
    motivation: 'commenting', body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, span.start - 32), span.start), suffix: text.slice(span.end, span.end + 32) },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ],
    },
  };
}

const HOSTILE_TITLE = 'Toll <script>alert(1)</script> [click](javascript:alert(1)) *rises*';
const HOSTILE_TEXT = `${HOSTILE_TITLE}\n\nThe toll rose to 80 people on Friday, officials said.`;
const CALM_TEXT = 'Ferry report\n\nDivers searched the hull again on Saturday.';

function sources(): ReportSourceInput[] {
  const a = 'news/a <b>.txt';
  const b = 'news/b.txt';
  return [
    {
      path: b,
      analysis: buildAnalysis({ text: CALM_TEXT, meta: { title: 'Ferry report', source: 'Calm Wire', published: '2025-11-06' } }),
      annotations: [annotation(b, CALM_TEXT, 'Divers searched', 'b1', 'Zoë <i>Q</i>', 'Fine.', 'verified', ['divers'])],
    },
    {
      path: a,
      analysis: buildAnalysis({
        text: HOSTILE_TEXT,
        meta: { title: HOSTILE_TITLE, source: '**Evil** [Outlet](http://evil.example)', published: '2025-11-05' },
        entities: [{ text: 'Friday', type: 'MISC', canonical: 'Friday' }],
      }),
      annotations: [
        annotation(a, HOSTILE_TEXT, 'rose to 80 people', 'a1', '[Mallory](javascript:x)', '<img src=x onerror=alert(1)> see www.evil.example # heading', 'disputed', ['x<y']),
      ],
    },
    // An annotation file whose article is gone.
    { path: 'news/gone.txt', analysis: null, annotations: [annotation('news/gone.txt', 'Was here.', 'Was here', 'g1', 'Ana', 'Lost article.')] },
  ];
}

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
}

describe('report core', () => {
  const links: string[] = [];
  const data = assembleReport(sources().map((s) => prepareSource(s)), { linkOf: (p) => { links.push(p); return `../${encodeURI(p)}`; } });
  const md = reportMarkdown(data);
  const tree: Root = parseMarkdown(md);

  it('counts sources present, annotations by status, and orphans of a missing article', () => {
    assert.equal(data.counts.sources, 2);
    assert.equal(data.counts.annotations, 3);
    assert.deepEqual(data.counts.byStatus, { open: 1, verified: 1, disputed: 1, resolved: 0 });
    assert.equal(data.counts.orphans, 1);
    const gone = data.sources.find((s) => s.path === 'news/gone.txt');
    assert.ok(gone && !gone.present);
    assert.deepEqual(gone.annotations.map((a) => a.anchor.state), ['orphan']);
  });

  it('lists sources by path, whatever order they came in', () => {
    assert.deepEqual(data.sources.map((s) => s.path), ['news/a <b>.txt', 'news/b.txt', 'news/gone.txt']);
  });

  it('keeps article and note text as text: no HTML, no image, and links only to the articles', () => {
    const nodes = all(tree);
    assert.deepEqual(nodes.filter((n) => n.type === 'html' || n.type === 'image'), []);
    for (const link of nodes.filter((n) => n.type === 'link')) {
      assert.ok(link.type === 'link' && link.url.startsWith('../news/'), `unexpected link ${link.type === 'link' ? link.url : ''}`);
    }
    assert.ok(links.includes('news/a <b>.txt'), 'the host makes the links');
    const headings = nodes.filter((n) => n.type === 'heading').map((n) => toString(n));
    assert.ok(headings.includes(HOSTILE_TITLE), 'the hostile title is a heading\'s text, as written');
    assert.ok(headings.includes('[Mallory](javascript:x) (1)'), 'an author name is text');
    assert.match(toString(tree), /<img src=x onerror=alert\(1\)> see www\.evil\.example # heading/);
  });

  it('writes the AnnotationCollection in a stable order, items as stored', () => {
    const again = annotationCollection(assembleReport(sources().reverse().map((s) => prepareSource(s))));
    const collection = annotationCollection(data);
    assert.deepEqual(again, collection);
    assert.equal(collection.total, 3);
    assert.deepEqual((collection.first.items as { id: string }[]).map((i) => i.id), ['urn:uuid:a1', 'urn:uuid:b1', 'urn:uuid:g1']);
    assert.equal(collection.first.partOf, collection.id);
  });

  it('links the first ten sources of an entity and counts the rest', () => {
    const many: ReportSourceInput[] = Array.from({ length: 12 }, (_, i) => ({
      path: `s/${String(i).padStart(2, '0')}.txt`,
      analysis: buildAnalysis({ text: 'Petro spoke.', entities: [{ text: 'Petro', type: 'PER', canonical: 'Gustavo Petro' }] }),
      annotations: [],
    }));
    const table = parseMarkdown(reportMarkdown(assembleReport(many.map((s) => prepareSource(s))))).children.at(-1);
    assert.equal(table?.type, 'table');
    const row = table.type === 'table' ? table.children[1] : undefined;
    const cell = row?.children[3];
    assert.ok(cell);
    assert.equal(all(cell).filter((n) => n.type === 'link').length, 10);
    assert.match(toString(cell), / and 2 more$/);
  });

  it('an empty workspace still gives every section', () => {
    const empty = parseMarkdown(reportMarkdown(assembleReport([])));
    const h2 = empty.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    assert.deepEqual(h2, ['Sources', 'Figures compared across outlets', 'Conflicts', 'Annotations by status', 'Annotations by author', 'Entities']);
    assert.equal(annotationCollection(assembleReport([])).total, 0);
  });
});
