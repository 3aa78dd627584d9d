// Masking: the text recognisers read, with everything that is not prose replaced by spaces.
// The masked text has exactly the length of the article's text and keeps every \r and \n, so an
// offset found in it is an offset in the article and lines and paragraph breaks survive.
//
// For Markdown the parser decides what prose is, not hand-written patterns: the result starts
// as all spaces and only the source ranges of mdast `text` nodes are copied back. Everything
// else — code, HTML, link destinations, image alt text, heading/emphasis/list/quote/table
// syntax — stays blank without having to be listed.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { SKIP, visit } from 'unist-util-visit';
import type { Link, Root, Text } from 'mdast';
import type { ArticleFormat, InputIssue } from '../model';
import { readFrontMatter, type FrontMatter } from './frontmatter';

export interface MaskedArticle {
  /** Same length as the text; non-prose characters are spaces, \r and \n are kept. */
  readonly maskedText: string;
  readonly frontMatter: FrontMatter | null;
  readonly issues: InputIssue[];
}

const SPACE = 0x20;
/**
 * Markdown larger than this is masked as plain text: remark parses about half a megabyte a
 * second and builds a tree many times the text's size, and no news article is this long.
 */
export const MAX_MARKDOWN_CHARS = 1_000_000;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);

/** Blank out front matter, URLs and (for Markdown) all non-prose, keeping offsets and lines. */
export function maskArticle(text: string, format: ArticleFormat): MaskedArticle {
  const { frontMatter, issues } = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const body = blank(text.slice(0, bodyStart)) + text.slice(bodyStart);
  let prose = body;
  if (format === 'markdown' && text.length > MAX_MARKDOWN_CHARS) {
    issues.push({
      code: 'markdown-too-large',
      message: `${(text.length / 1e6).toFixed(1)} million characters is too long to parse as Markdown `
        + `(the limit is ${MAX_MARKDOWN_CHARS / 1e6} million); read as plain text, so Markdown syntax may be taken for prose`,
    });
  } else if (format === 'markdown') {
    prose = markdownProse(text, body);
  }
  // The headline fields of the front matter (title, description…) are prose too, read in place,
  // unless the body's prose repeats them (a clipped title is often the first heading as well,
  // "# Divers recover … the *Northern Star*" for "Divers recover … the Northern Star").
  const headlines = frontMatter?.prose ?? [];
  if (headlines.length > 0) {
    const bodyText = prose.slice(bodyStart).replace(/\s+/g, ' ');
    for (const r of headlines) {
      const value = text.slice(r.start, r.end);
      if (!bodyText.includes(value.replace(/\s+/g, ' ').trim())) prose = prose.slice(0, r.start) + value + prose.slice(r.end);
    }
  }
  return { maskedText: blankControls(blankBareUrls(prose)), frontMatter, issues };
}

/**
 * Parses `body` (the text with its front matter already blanked, so that remark and our own
 * front-matter reading cannot disagree) and copies the prose ranges of `text` back.
 */
function markdownProse(text: string, body: string): string {
  const out = new Uint16Array(text.length).fill(SPACE);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) out[i] = c;
  }
  const tree = parser.runSync(parser.parse(body)) as Root;
  visit(tree, (node) => {
    if (node.type === 'link' && isAutolink(text, node)) return SKIP; // its text is the URL itself
    if (node.type === 'text') keepProse(text, node, out);
    return undefined;
  });
  return fromCodes(out);
}

/** `<https://…>` and bare `www.…`/`https://…` (GFM literals) are links whose text is a URL. */
function isAutolink(text: string, link: Link): boolean {
  const start = link.position?.start.offset;
  return start === undefined || text.charCodeAt(start) !== 0x5b; // not '['
}

function keepProse(text: string, node: Text, out: Uint16Array): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  let lineStart = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      continue;
    }
    // A text node spanning lines also spans the container prefixes of its continuation lines
    // ("> " of a block quote, list indentation): those are syntax, not prose.
    if (lineStart && (c === 0x3e || c === SPACE || c === 9)) continue;
    lineStart = false;
    // A backslash escape ("\*") is syntax; the escaped character is the prose.
    if (c === 0x5c && i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) continue;
    out[i] = c;
  }
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

// Bare URLs in prose, in either format. Trailing punctuation is left outside the URL (as GFM
// does) because the period that ends a sentence after a URL must stay for sentence splitting.
const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+/giu;
const TRAILING = /[.,:;!?'"*_~)\]}]+$/u;

/** Without one of these, BARE_URL cannot match (no character but "w" folds to "w"). */
const URL_HINT = /:\/\/|www\./i;

function blankBareUrls(s: string): string {
  if (!URL_HINT.test(s)) return s;
  return s.replace(BARE_URL, (url) => {
    let keep = url.replace(TRAILING, '');
    // A closing parenthesis belongs to the URL when the URL opened one: en.wikipedia.org/wiki/X_(y)
    const trailing = url.slice(keep.length);
    let i = 0;
    while (i < trailing.length && trailing[i] === ')' && count(keep, '(') > count(keep, ')')) keep += trailing[i++];
    return ' '.repeat(keep.length) + url.slice(keep.length);
  });
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

// Control characters (a stray NUL, form feed, escape) are never prose; tab stays whitespace.
// \r and \n are kept because they are the line structure.
function blankControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/** Every character but line breaks becomes a space (per code unit, no /u: a surrogate pair is two). */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function fromCodes(codes: Uint16Array): string {
  // In chunks: String.fromCharCode(...all) overflows the call stack on long articles, and a
  // TextDecoder would turn lone surrogates into U+FFFD and break the offset invariant.
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
  return s;
}
