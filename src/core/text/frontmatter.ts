// YAML front matter: a `---` line at the very start, the YAML, then a `---` (or `...`) line.
// Looked for in .txt files too, because web clippers write it there as well. Bad YAML never
// stops an article: it is reported with its line and the fields are ignored.

import { parseDocument } from 'yaml';
import type { InputIssue } from '../model';

export interface FrontMatter {
  /** Always 0: front matter only counts at the very start of the text. */
  readonly start: number;
  /** End of the closing fence line, before its line break. */
  readonly end: number;
  readonly data: Record<string, unknown>;
}

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
      const { data, issues } = parseYaml(text.slice(contentStart, lineStart), contentStart);
      return { frontMatter: { start: 0, end: lineEnd, data }, issues };
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

function parseYaml(source: string, at: number): { data: Record<string, unknown>; issues: InputIssue[] } {
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
        issues: [{
          code: 'front-matter',
          message: `front matter is not valid YAML (line ${line}: ${reason}); its fields are ignored`,
          offset: at + error.pos[0],
        }],
      };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {}, issues: [] };
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
      return {
        data: {},
        issues: [{ code: 'front-matter', message: 'front matter is not a list of "key: value" fields (line 2); its content is ignored', offset: at }],
      };
    }
    return { data: value as Record<string, unknown>, issues: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, issues: [{ code: 'front-matter', message: `front matter could not be read (${reason}); its fields are ignored`, offset: at }] };
  }
}
