// Annotations in the per-article export, read back with remark as any reader would: a footnote
// reference right after each annotated span, a definition with status, tags and every note with
// author and date, orphans in their own section with their quote, and every word people typed
// escaped (no links, HTML or Markdown syntax from a note).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { TextualBody, WebAnnotation } from '../../../src/core/annotations/model';
import { exportAnnotatedMarkdown } from '../../../src/core/export/index';
import { markdownToPlainText, parseMarkdown, textArticlePlainText } from '../../support/markdown';
import { buildAnalysis, spanOf, type ArticleInput } from './build';

interface NoteInput { text: string; author: string; created: string; modified?: string }
interface AnnotationInput {
  id: string;
  quote: string;
  occurrence?: number;
  notes: NoteInput[];
  tags?: string[];
  status?: 'open' | 'verified' | 'disputed' | 'resolved';
  /** Where the annotation was made, when the text has changed since (defaults to the quote's span now). */
  at?: { start: number; end: number; prefix?: string; suffix?: string };
}

/** A W3C annotation on the `occurrence`-th `quote` of `text`, written out by hand as a file would hold it. */
function annotationOn(text: string, input: AnnotationInput): WebAnnotation {
  const span = input.at ?? spanOf(text, input.quote, input.occurrence);
  const [first] = input.notes;
  const body: TextualBody[] = input.notes.map((n, i) => ({
    type: 'TextualBody', purpose: 'commenting', value: n.text, format: 'text/plain', id: `urn:uuid:${input.id}-${i}`,
    creator: { type: 'Person', name: n.author }, created: n.created, modified: n.modified ?? n.created,
  }));
  for (const tag of input.tags ?? []) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (input.status !== undefined) body.push({ type: 'TextualBody', purpose: 'assessing', value: input.status });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `urn:uuid:${input.id}`,
    created: first?.created ?? '2025-11-13T09:00:00Z',
    modified: first?.created ?? '2025-11-13T09:00:00Z',
    creator: { type: 'Person', name: first?.author ?? 'nobody' },
    motivation: 'commenting',
    body,
    target: {
      source: 'article.txt',
      selector: [
        {
          type: 'TextQuoteSelector', exact: input.quote,
          prefix: input.at?.prefix ?? text.slice(Math.max(0, span.start - 32), span.start),
          suffix: input.at?.suffix ?? text.slice(span.end, span.end + 32),
        },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ],
    },
  };
}

function exported(input: ArticleInput, annotations: AnnotationInput[]): { md: string; tree: Root } {
  const analysis = buildAnalysis(input);
  const md = exportAnnotatedMarkdown(analysis, { annotations: annotations.map((a) => annotationOn(input.text, a)) });
  return { md, tree: parseMarkdown(md) };
}

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
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
      case 'break': return '\n';
      default: return toString(n);
    }
  }).join('');
}

function definitions(tree: Root): Map<string, FootnoteDefinition> {
  return new Map(all(tree).flatMap((n) => (n.type === 'footnoteDefinition' ? [[n.identifier, n] as const] : [])));
}

const ANA = 'Ana Ruiz';
const BEN = 'Ben Okafor';
const TEXT = 'Strike toll rises\n\nPresident Gustavo Petro said at least 83 people died in 21 strikes.\nThe Pentagon declined to comment.';

describe('annotations in the export', () => {
  const { md, tree } = exported({
    text: TEXT,
    entities: [{ text: 'Gustavo Petro', type: 'PER', canonical: 'Gustavo Petro' }, { text: 'Pentagon', type: 'ORG', canonical: 'Pentagon' }],
    figures: [{ text: 'at least 83 people', value: 83, unit: 'deaths', qualifier: 'at least' }],
  }, [
    {
      id: 'a', quote: 'said at least 83', status: 'disputed', tags: ['sourcing', 'casualties'],
      notes: [
        { text: 'The ministry said 76 that day.', author: ANA, created: '2025-11-13T09:00:00Z' },
        { text: 'Reuters has 83 too.', author: BEN, created: '2025-11-14T10:30:00Z', modified: '2025-11-15T08:00:00Z' },
      ],
    },
    { id: 'b', quote: 'The Pentagon declined', status: 'verified', notes: [{ text: 'Checked with the press office.', author: BEN, created: '2025-11-14T11:00:00Z' }] },
  ]);

  it('puts a reference after each span, and after a whole mention when the span ends inside one', () => {
    const paragraph = tree.children.find((n) => n.type === 'paragraph' && toString(n).startsWith('President'));
    // "said at least 83" ends inside the figure "at least 83 people": the reference follows the figure and its own note.
    assert.equal(inline(paragraph), 'President [Gustavo Petro](#entity-gustavo-petro) said **at least 83 people**[^f1][^n1] died in 21 strikes.\nThe [Pentagon](#entity-pentagon) declined[^n2] to comment.');
  });

  it('writes each thread as a footnote: status, tags, every note with author and date, replies in order', () => {
    const defs = definitions(tree);
    const first = defs.get('n1');
    assert.ok(first, 'n1 is defined');
    assert.deepEqual(first.children.map((c) => inline(c)), [
      '**Status:** disputed · **Tags:** #casualties #sourcing',
      `**${ANA}**, 2025-11-13: The ministry said 76 that day.`,
      `**${BEN}**, 2025-11-14 (edited 2025-11-15): Reuters has 83 too.`,
    ]);
    assert.equal(inline(defs.get('n2')?.children[0]), '**Status:** verified');
  });

  it('counts the annotations in the front matter and still reads back as the article', () => {
    const yaml = tree.children[0];
    assert.equal(yaml?.type, 'yaml');
    assert.equal((parseYaml(yaml.type === 'yaml' ? yaml.value : '') as { exported: { annotations: number } }).exported.annotations, 2);
    assert.equal(markdownToPlainText(md), textArticlePlainText(TEXT));
  });

  it('leaves the export as it was when no annotations are given', () => {
    const input = { text: TEXT, figures: [{ text: 'at least 83 people', value: 83 }] };
    const plain = exportAnnotatedMarkdown(buildAnalysis(input));
    assert.equal(plain, exportAnnotatedMarkdown(buildAnalysis(input), {}));
    assert.doesNotMatch(plain, /\[\^n\d/);
    assert.doesNotMatch(plain, /annotations:/);
  });
});

describe('orphans and hostile notes', () => {
  const text = 'Headline\n\nThe toll rose to 80 on Friday.';
  const { md, tree } = exported({ text }, [
    {
      id: 'gone', quote: 'seventy-six people were killed in Bogotá', status: 'open', tags: ['toll'],
      at: { start: 100, end: 141, prefix: 'officials said ', suffix: ' on Monday' },
      notes: [{ text: 'Was in the first version.', author: ANA, created: '2025-11-12T08:00:00Z' }],
    },
    {
      id: 'evil', quote: 'toll rose', status: 'resolved',
      notes: [{
        text: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** www.evil.example\n# not a heading\n\n- not a list\n[^n1]: fake',
        author: '*Mallory* <b>', created: '2025-11-13T08:00:00Z',
      }],
    },
  ]);

  it('lists orphans in their own section with the quote they were made on', () => {
    const at = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Orphaned annotations');
    assert.ok(at > 0, 'the section is there');
    const entities = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Entities');
    assert.ok(at < entities, 'before the Entities section');
    const list = tree.children.slice(at).find((n) => n.type === 'list');
    assert.ok(list && list.type === 'list');
    assert.equal(list.children.length, 1);
    const item = list.children[0]!;
    assert.match(toString(item.children[0] as Nodes), /^Orphaned: the quoted text is no longer in the article/);
    assert.equal(item.children[1]?.type, 'blockquote');
    assert.equal(toString(item.children[1] as Nodes), 'seventy-six people were killed in Bogotá');
    assert.match(toString(item), /Status: open · Tags: #toll/);
    assert.match(toString(item), /Ana Ruiz, 2025-11-12: Was in the first version\./);
  });

  it('escapes everything people typed: no link, HTML, heading, list or footnote comes from a note', () => {
    const nodes = all(tree);
    assert.deepEqual(nodes.filter((n) => ['link', 'html', 'image'].includes(n.type)), []);
    assert.deepEqual(nodes.filter((n) => n.type === 'heading').map((n) => toString(n)), ['Orphaned annotations', 'Entities', 'Figures', 'Dates']);
    assert.equal(nodes.filter((n) => n.type === 'list').length, 1, 'only the list of orphans');
    const defs = definitions(tree);
    assert.deepEqual([...defs.keys()], ['n1'], 'only the export\'s own footnote');
    const note = defs.get('n1');
    assert.ok(note);
    const noteText = note.children.map((c) => inline(c)).join('\n');
    assert.match(noteText, /\*\*\*Mallory\* <b>\*\*, 2025-11-13: \[click\]\(javascript:alert\(1\)\) <img src=x onerror=alert\(1\)> \*\*bold\*\* `www\.evil\.example`\n# not a heading/);
    assert.match(noteText, /- not a list\n\[\^n1\]: fake/);
    assert.equal(all(note).filter((n) => n.type === 'link' || n.type === 'html' || n.type === 'footnoteReference').length, 0);
    assert.equal(markdownToPlainText(md).split('\n\n').slice(0, 2).join('\n\n'), textArticlePlainText(text));
  });
});

describe('annotations in a Markdown article', () => {
  it('defers the reference past the article\'s own link and keeps clear of its footnote labels', () => {
    const text = 'See [the 83 deaths report](https://example.org/r) today.[^n1]\n\n[^n1]: The article\'s own note.\n';
    const { tree } = exported({ format: 'markdown', text, figures: [{ text: '83 deaths', value: 83 }] }, [
      { id: 'x', quote: 'the 83', notes: [{ text: 'Which report?', author: ANA, created: '2025-11-13T08:00:00Z' }] },
    ]);
    assert.equal(inline(tree.children[1]), 'See [the **83 deaths** report](https://example.org/r)[^newslens-f1][^newslens-n1] today.[^n1]');
    const defs = definitions(tree);
    assert.equal(toString(defs.get('n1') as Nodes), 'The article\'s own note.');
    assert.match(toString(defs.get('newslens-n1') as Nodes), /Which report\?/);
  });

  it('lists an annotation on code, which the export shows without marks, with its quote', () => {
    const text = 'Intro.\n\n```\ntoll = 83\n```\n';
    const { tree } = exported({ format: 'markdown', text }, [
      { id: 'c', quote: 'toll = 83', notes: [{ text: 'Code?', author: ANA, created: '2025-11-13T08:00:00Z' }] },
    ]);
    assert.equal(all(tree).filter((n) => n.type === 'footnoteReference').length, 0);
    const section = toString(tree);
    assert.match(section, /Not shown in the text: it is on front matter, code or markup/);
    assert.match(section, /toll = 83/);
  });

  it('places references in a re-anchored span after the article changed', () => {
    const original = 'Petro said 83 people died.';
    const changed = 'Breaking: ' + original;
    const annotation = annotationOn(original, { id: 'm', quote: '83 people', notes: [{ text: 'Source?', author: ANA, created: '2025-11-13T08:00:00Z' }] });
    const tree = parseMarkdown(exportAnnotatedMarkdown(buildAnalysis({ text: changed }), { annotations: [annotation] }));
    assert.equal(inline(tree.children[1]), 'Breaking: Petro said 83 people[^n1] died.');
  });
});
