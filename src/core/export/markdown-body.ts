// The body of a Markdown article: its own tree (headings, links, emphasis, lists, code, tables
// kept), its front matter dropped, and the mentions marked inside its text nodes. Analysis
// offsets are offsets into the file, as are the parser's node positions.
//
// Decisions: inside the article's own links, entities are not linked (links cannot nest) and
// figures and dates are strong with their footnote reference placed right after the link. Raw
// HTML in the article is shown as text, not passed through; links and images whose URL is not
// http(s), mailto or relative are dropped (a link keeps its text, an image its alt text), so a published export cannot
// carry `javascript:` from a clipped page.

import type { Definition, FootnoteReference, Nodes, Parents, Root, RootContent, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  articleText, locateLastPieces, notePointsBySegment, renderSegment,
  type LastPieces, type NotePoint, type Segment, type SegmentPoint,
} from './inline';
import type { PlacedMark } from './marks';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);

/** The article parsed as GFM with front matter, positions kept. */
export function parseArticle(text: string): Root {
  return parser.parse(text);
}

/** Identifiers of the article's own footnotes, lower-cased as GFM compares them. */
export function articleFootnoteIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') ids.add(node.identifier.toLowerCase());
  });
  return ids;
}

/** True for URLs an export may keep: relative ones and http, https, mailto. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = [...url].filter((c) => c > ' ' && c !== '\u007f').join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return scheme === null || ['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase());
}

const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

function decodedLength(reference: string): number {
  const numeric = /^&#[xX]?([0-9a-fA-F]+);$/.exec(reference);
  if (numeric === null) return 0;
  const code = Number.parseInt(numeric[1] ?? '', /^&#[xX]/.test(reference) ? 16 : 10);
  return code > 0xffff && code <= 0x10ffff ? 2 : 1;
}

/**
 * Article offset of each character of a text node's value (and of its end). The value differs
 * from the source where the source has backslash escapes, character references, or
 * indentation and markers the parser dropped; characters are matched in order.
 */
function alignOffsets(value: string, text: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let j = start;
  let i = 0;
  while (i < value.length) {
    if (j >= end) {
      offsets.push(end);
      i++;
      continue;
    }
    if (text[j] === '&') {
      CHARACTER_REFERENCE.lastIndex = j;
      const reference = CHARACTER_REFERENCE.exec(text)?.[0];
      if (reference !== undefined && !value.startsWith(reference, i)) {
        // A named reference decodes to one or two code units; the next source character tells which.
        const next = text[j + reference.length];
        const length = decodedLength(reference) || (i + 1 >= value.length || value[i + 1] === next ? 1 : 2);
        for (let k = 0; k < length && i < value.length; k++, i++) offsets.push(j);
        j += reference.length;
        continue;
      }
    }
    if (text[j] === '\\' && text[j + 1] === value[i] && /[!-/:-@[-`{-~]/.test(value[i] ?? '')) j++;
    if (text[j] === value[i]) {
      offsets.push(j);
      i++;
    }
    j++;
  }
  offsets.push(end);
  return offsets;
}

function segmentOf(node: Text, text: string): Segment | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (text.slice(start, end) === node.value) return { value: node.value, start };
  return { value: node.value, start, offsets: alignOffsets(node.value, text, start, end) };
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

interface BodyContext {
  readonly segments: ReadonlyMap<Text, Segment>;
  readonly placed: readonly PlacedMark[];
  readonly last: LastPieces;
  readonly points: ReadonlyMap<Segment, readonly SegmentPoint[]>;
}

/** Rewrites `parent`'s children in place; returns footnote references that must follow the enclosing link. */
function rewriteChildren(parent: Parents, ctx: BodyContext, insideLink: boolean): FootnoteReference[] {
  const phrasing = PHRASING_PARENTS.has(parent.type);
  const children: Nodes[] = [];
  const deferred: FootnoteReference[] = [];
  for (const child of parent.children as Nodes[]) {
    switch (child.type) {
      case 'yaml':
        break;
      case 'text': {
        const seg = ctx.segments.get(child);
        if (seg === undefined) {
          children.push(...articleText(child.value));
        } else {
          const rendered = renderSegment(seg, ctx.placed, ctx.last, insideLink, ctx.points.get(seg));
          children.push(...rendered.nodes);
          deferred.push(...rendered.deferred);
        }
        break;
      }
      case 'html':
        if (phrasing) children.push(...articleText(child.value));
        else children.push({ type: 'paragraph', children: articleText(child.value) });
        break;
      case 'link':
      case 'linkReference': {
        if (child.type === 'link' && !isSafeUrl(child.url)) {
          deferred.push(...rewriteChildren(child, ctx, insideLink));
          children.push(...child.children);
          break;
        }
        const refs = rewriteChildren(child, ctx, true);
        children.push(child);
        if (insideLink) deferred.push(...refs);
        else children.push(...refs);
        break;
      }
      case 'image':
        // An image that may not stay is shown as its alt text, which is what it said.
        if (isSafeUrl(child.url)) children.push(child);
        else if (phrasing) children.push(...articleText(child.alt ?? ''));
        break;
      case 'definition':
        children.push(isSafeUrl(child.url) ? child : ({ ...child, url: '' } satisfies Definition));
        break;
      default:
        if ('children' in child) deferred.push(...rewriteChildren(child, ctx, insideLink));
        children.push(child);
    }
  }
  keepShortcutReferences(children);
  (parent as { children: Nodes[] }).children = children;
  return deferred;
}

/**
 * `[x]` is a shortcut reference only when no link label follows it, so a mark written right
 * after one (`[x][83](#entity-…)`) would turn it back into text. Such references are written
 * collapsed (`[x][]`), which reads the same.
 */
function keepShortcutReferences(children: Nodes[]): void {
  children.forEach((child, i) => {
    const next = children[i + 1];
    if ((child.type === 'linkReference' || child.type === 'imageReference') && child.referenceType === 'shortcut'
      && next !== undefined && next.type !== 'text') {
      child.referenceType = 'collapsed';
    }
  });
}

/** The article's blocks with the placed marks and annotation references rendered (the parsed tree is rewritten). */
export function markdownBody(tree: Root, text: string, placed: readonly PlacedMark[], notes: readonly NotePoint[] = []): RootContent[] {
  const segments = new Map<Text, Segment>();
  visit(tree, 'text', (node) => {
    const seg = segmentOf(node, text);
    if (seg !== undefined) segments.set(node, seg);
  });
  const last = locateLastPieces(segments.values(), placed);
  const points = notePointsBySegment(segments.values(), notes);
  // References left over at the top level come from links that were not links after all.
  const stray = rewriteChildren(tree, { segments, placed, last, points }, false);
  if (stray.length > 0) tree.children.push({ type: 'paragraph', children: stray });
  return tree.children;
}
