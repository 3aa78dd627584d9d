// The project's own gold articles (test/fixtures/gold/news): recent news written for NewsLens and
// annotated by hand, names in CoNLL-2003 conventions and dates in TimeML ones, inline:
//
//   [[PER Gustavo Petro]]  [[ORG ...]]  [[LOC ...]]  [[MISC ...]]
//   [[DATE 2025-11-11|Tuesday]]  [[TIME 2025-10-19TMO|Sunday morning]]  [[DURATION P2D|two days]]
//   [[SET P1W|weekly]]
//
// Reading a file removes the markup and keeps the spans in the text that remains, which is the
// article a user would open. Unlike CoNLL-2003 (1996 Reuters) and TempEval-3, these are full of
// names the training data never saw, headlines in Title Case and ALL CAPS, bylines, datelines and
// Markdown front matter: what NewsLens meets in a workspace.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimexSpan, TypedSpan } from './score';

export interface GoldArticle {
  readonly file: string;
  readonly text: string;
  readonly names: readonly TypedSpan[];
  readonly dates: readonly TimexSpan[];
}

const MARK = /\[\[(PER|ORG|LOC|MISC|DATE|TIME|DURATION|SET) ([^\]|]+?)(?:\|([^\]]+))?\]\]/g;
const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Parses one annotated article; throws on markup it cannot read, naming the file and the mark. */
export function parseGoldArticle(file: string, annotated: string): GoldArticle {
  const names: TypedSpan[] = [];
  const dates: TimexSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of annotated.matchAll(MARK)) {
    const [whole, type, first, second] = m as unknown as [string, string, string, string | undefined];
    text += annotated.slice(last, m.index);
    last = m.index + whole.length;
    const isName = NAME_TYPES.has(type);
    if (isName === (second !== undefined)) throw new Error(`${file}: ${whole} — names are [[TYPE text]], dates [[TYPE value|text]]`);
    const surface = isName ? first : second!;
    const start = text.length;
    text += surface;
    if (isName) names.push({ type, start, end: text.length });
    else dates.push({ type, value: first, start, end: text.length });
  }
  text += annotated.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${file}: unreadable markup near "${text.slice(text.indexOf('[['), text.indexOf('[[') + 40)}"`);
  return { file, text, names, dates };
}

/** The gold articles in `dir`, in file-name order. */
export function readGoldArticles(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => parseGoldArticle(f, readFileSync(join(dir, f), 'utf8')));
}
