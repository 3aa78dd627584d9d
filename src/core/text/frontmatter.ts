// YAML front matter: a `---` line at the very start, the YAML, then a `---` (or `...`) line.
// Looked for in .txt files too, because web clippers write it there as well. Bad YAML never
// stops an article: it is reported with its line and the fields are ignored.

import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { InputIssue } from '../model';

export interface FrontMatter {
  /** Always 0: front matter only counts at the very start of the text. */
  readonly start: number;
  /** End of the closing fence line, before its line break. */
  readonly end: number;
  readonly data: Record<string, unknown>;
  /**
   * Where the headline fields' values (title, subtitle, description…) are in the text: they are
   * prose the recognisers read, so a name in a clipped article's title is a name like any other.
   * One-line scalar values only, without their quotes.
   */
  readonly prose: readonly { readonly start: number; readonly end: number }[];
}

/** Front matter keys whose values are the article's own words. */
const PROSE_KEYS = new Set(['title', 'headline', 'subtitle', 'dek', 'description', 'summary', 'excerpt']);

export interface FrontMatterResult {
  readonly frontMatter: FrontMatter | null;
  readonly issues: InputIssue[];
}

// The opening fence, then the first content line: it must start like YAML (a key, a list of
// keys, a comment) or be the closing fence, so that a .txt beginning with a `---` rule and
// holding another one further down is not swallowed as "front matter".
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const FIRST_LINE = /^(?:[ \t]*(?:#|$)|[ \t]*["']?[\p{L}\p{N}_$@-][^:\r\n]*["']?[ \t]*:(?:[ \t]|$)|---[ \t]*$|\.\.\.[ \t]*$)/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** Find and parse the YAML front matter at the start of a text; never throws. */
export function readFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: null, issues: [] };
  const contentStart = opening[0].length;

  let lineStart = contentStart;
  let first = true;
  while (lineStart <= text.length) {
    const lineEnd = nextLineBreak(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (first && !FIRST_LINE.test(line)) return { frontMatter: null, issues: [] };
    first = false;
    if (CLOSING.test(line)) {
      const { data, prose, issues } = parseYaml(text.slice(contentStart, lineStart), contentStart);
      return { frontMatter: { start: 0, end: lineEnd, data, prose }, issues };
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  // No closing fence: in Markdown the first line is a thematic break, not front matter.
  return { frontMatter: null, issues: [] };
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

interface ParsedYaml {
  data: Record<string, unknown>;
  prose: { start: number; end: number }[];
  issues: InputIssue[];
}

function parseYaml(source: string, at: number): ParsedYaml {
  try {
    // uniqueKeys off: a clipper writing a key twice is not worth losing every field for.
    const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      // +1: YAML line 1 is the line after the opening `---`, which is line 1 of the file.
      const line = (error.linePos?.[0].line ?? 1) + 1;
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return {
        data: {},
        prose: [],
        issues: [{
          code: 'front-matter',
          message: `front matter is not valid YAML (line ${line}: ${reason}); its fields are ignored`,
          offset: at + error.pos[0],
        }],
      };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {}, prose: [], issues: [] };
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
      return {
        data: {},
        prose: [],
        issues: [{ code: 'front-matter', message: 'front matter is not a list of "key: value" fields (line 2); its content is ignored', offset: at }],
      };
    }
    return { data: value as Record<string, unknown>, prose: proseRanges(doc.contents, source, at), issues: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, prose: [], issues: [{ code: 'front-matter', message: `front matter could not be read (${reason}); its fields are ignored`, offset: at }] };
  }
}

/**
 * The text ranges of the headline fields' values, shifted by `at`: one-line plain or quoted
 * scalars whose source text is their value (a quoted value with escapes is left out, since its
 * characters are not the value's), without the quotes.
 */
function proseRanges(contents: unknown, source: string, at: number): { start: number; end: number }[] {
  if (!isMap(contents)) return [];
  const ranges: { start: number; end: number }[] = [];
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !PROSE_KEYS.has(pair.key.value.toLowerCase())) continue;
    const node = pair.value;
    if (!isScalar(node) || typeof node.value !== 'string' || node.range === undefined || node.range === null) continue;
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    if (!quoted && node.type !== Scalar.PLAIN) continue;
    const start = node.range[0] + (quoted ? 1 : 0);
    const end = node.range[1] - (quoted ? 1 : 0);
    const raw = source.slice(start, end);
    if (raw !== node.value || /[\r\n]/.test(raw)) continue;
    ranges.push({ start: at + start, end: at + end });
  }
  return ranges;
}
