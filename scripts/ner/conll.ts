// Reads CoNLL-2003 files (token POS chunk NER per line, blank line between sentences,
// -DOCSTART- between documents). Accepts IOB1 and IOB2 tags: both become entity spans.

import { readFileSync } from 'node:fs';

export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity as token offsets in its sentence: tokens [start, end). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NameType;
}

export interface ConllSentence {
  readonly words: readonly string[];
  readonly spans: readonly TokenSpan[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/** Entity spans from a tag sequence, read the way conlleval reads them (IOB1 or IOB2). */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? '' : tag.slice(2);
    if (tag !== 'O' && !TYPES.has(t)) throw new Error(`unknown tag ${tag}`);
    const continues = prefix === 'I' && t === type;
    if (start >= 0 && !continues) {
      spans.push({ start, end: i, type: type as NameType });
      start = -1;
      type = '';
    }
    if (prefix !== 'O' && !continues) {
      start = i;
      type = t;
    }
  }
  return spans;
}

/** Parses the text of a CoNLL-2003 file into documents of sentences. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let current: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) current.push({ words, spans: spansFromTags(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (current.length > 0) docs.push(current);
      current = [];
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endSentence();
  if (current.length > 0) docs.push(current);
  return docs.map((sentences) => ({ sentences }));
}

/** Reads and parses a CoNLL-2003 file. */
export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}
