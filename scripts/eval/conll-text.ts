// A CoNLL-2003 document as an article a user could open: its tokens joined by single spaces,
// one sentence per line (the first line is the document's first sentence, usually the
// headline), and its gold names as character spans in that text. The independent scorer
// writes the documents the same way and runs `newslens analyze --json` on them.

import type { ConllDocument } from '../ner/conll';
import type { TypedSpan } from './score';

export interface ConllArticle {
  readonly text: string;
  readonly gold: readonly TypedSpan[];
  readonly tokens: number;
}

/** The text and gold character spans of one CoNLL document. */
export function conllArticle(doc: ConllDocument): ConllArticle {
  const lines: string[] = [];
  const gold: TypedSpan[] = [];
  let lineStart = 0;
  let tokens = 0;
  for (const sentence of doc.sentences) {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = lineStart;
    for (const word of sentence.words) {
      starts.push(at);
      ends.push(at + word.length);
      at += word.length + 1;
    }
    for (const span of sentence.spans) gold.push({ start: starts[span.start]!, end: ends[span.end - 1]!, type: span.type });
    const line = sentence.words.join(' ');
    lines.push(line);
    lineStart += line.length + 1;
    tokens += sentence.words.length;
  }
  return { text: lines.join('\n') + '\n', gold, tokens };
}
