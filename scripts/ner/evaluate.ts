// Runs a NameRecognizer over CoNLL documents and scores it. Each document becomes one article:
// its tokens joined by spaces, one sentence per CoNLL sentence, the CoNLL tokens as the tokens
// (so the score measures the recogniser, not the tokenizer).

import type { NameRecognizer, RecognitionInput, Span, Token } from '../../src/core/model';
import type { ConllDocument, TokenSpan } from './conll';
import { SpanScorer } from './score';

export interface ArticleFromConll {
  readonly input: RecognitionInput;
  /** Per sentence, the text offset where each token starts (to map spans back to tokens). */
  readonly tokenStarts: readonly (readonly number[])[];
  readonly tokenEnds: readonly (readonly number[])[];
}

/** Builds the RecognitionInput of a CoNLL document. */
export function articleFromConll(doc: ConllDocument): ArticleFromConll {
  const parts: string[] = [];
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const tokenStarts: number[][] = [];
  const tokenEnds: number[][] = [];
  let offset = 0;
  for (const sentence of doc.sentences) {
    const starts: number[] = [];
    const ends: number[] = [];
    const sStart = offset;
    for (const word of sentence.words) {
      const kind: Token['kind'] = /^[\p{L}\p{N}]/u.test(word) ? (/^[\d.,]+$/.test(word) ? 'number' : 'word') : 'punct';
      tokens.push({ start: offset, end: offset + word.length, kind });
      starts.push(offset);
      ends.push(offset + word.length);
      parts.push(word);
      offset += word.length + 1;
    }
    sentences.push({ start: sStart, end: offset - 1 });
    tokenStarts.push(starts);
    tokenEnds.push(ends);
    parts[parts.length - 1] += '\n';
    // the "\n" replaces the joining space: the offset arithmetic above already counts one char
  }
  const text = parts.join(' ').replace(/\n /g, '\n');
  return { input: { text, maskedText: text, sentences, tokens }, tokenStarts, tokenEnds };
}

/** Which spans a score counts (gold and predicted alike): all when absent. */
export type SpanFilter = (words: readonly string[], span: TokenSpan) => boolean;

/**
 * Keeps the names whose text never occurs as a name in `docs` (the training data): the score
 * on them says how the model does on names it has not memorised, as on the test set's.
 */
export function unseenNames(docs: readonly ConllDocument[]): SpanFilter {
  const seen = new Set<string>();
  for (const d of docs) for (const s of d.sentences) for (const sp of s.spans) seen.add(s.words.slice(sp.start, sp.end).join(' '));
  return (words, span) => !seen.has(words.slice(span.start, span.end).join(' '));
}

/** Scores a recogniser on documents: exact token spans and types. */
export function evaluateRecognizer(recognizer: NameRecognizer, docs: readonly ConllDocument[], filter?: SpanFilter): SpanScorer {
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const article = articleFromConll(doc);
    const found = recognizer.recognize(article.input);
    // Map character spans back to (sentence, token) spans.
    const bySentence: TokenSpan[][] = doc.sentences.map(() => []);
    const index = new Map<number, [number, number]>();
    const endIndex = new Map<number, number>();
    article.tokenStarts.forEach((starts, s) => starts.forEach((start, t) => index.set(start, [s, t])));
    article.tokenEnds.forEach((ends) => ends.forEach((end, t) => endIndex.set(end, t)));
    let unaligned = 0;
    for (const name of found) {
      const at = index.get(name.start);
      const endToken = endIndex.get(name.end);
      if (at === undefined || endToken === undefined) {
        unaligned++;
        continue;
      }
      bySentence[at[0]]!.push({ start: at[1], end: endToken + 1, type: name.type });
    }
    if (unaligned > 0) throw new Error(`${unaligned} names do not align with CoNLL tokens`);
    doc.sentences.forEach((sentence, s) => {
      if (filter === undefined) scorer.add(sentence.spans, bySentence[s]!);
      else {
        const keep = (sp: TokenSpan): boolean => filter(sentence.words, sp);
        scorer.add(sentence.spans.filter(keep), bySentence[s]!.filter(keep));
      }
    });
  }
  return scorer;
}
