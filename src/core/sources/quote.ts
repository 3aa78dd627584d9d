// Quotes for hovers and lists: the mention's sentence around it, whitespace collapsed and cut at
// word boundaries. Only a window of a few times `chars` around the mention is read, so quoting a
// mention inside a 20 MB article without sentence breaks costs the same as in a short one.

import type { ArticleAnalysis, Span } from '../model';
import type { Quote } from './types';

const ELLIPSIS = '\u2026';

/** The quote around [start, end) in an analysed article, `chars` characters each side at most. */
export function quoteAround(analysis: ArticleAnalysis, start: number, end: number, chars: number): Quote {
  return quoteText(analysis.text, sentenceAt(analysis.sentences, start, end), start, end, chars);
}

/** The quote around [start, end) in `text`, inside `sentenceOf` (the whole text when null). */
export function quoteText(text: string, sentenceOf: Span | null, start: number, end: number, chars: number): Quote {
  const sentence = sentenceOf ?? { start: 0, end: text.length };
  const window = Math.max(16, chars * 3);
  const lo = Math.max(sentence.start, start - window);
  const hi = Math.min(sentence.end, end + window);
  const before = cutBefore(collapse(text.slice(lo, start)).trimStart(), chars, lo > sentence.start);
  const after = cutAfter(collapse(text.slice(end, hi)).trimEnd(), chars, hi < sentence.end);
  return { before, text: collapse(text.slice(start, end)), after };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The sentence holding the span, by binary search over sentences in text order. */
function sentenceAt(sentences: readonly Span[], start: number, end: number): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((sentences[mid] as Span).start <= start) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const s = sentences[found];
  return s !== undefined && s.end >= end ? s : null;
}

/** Keeps the last `chars` characters, starting at a word. */
function cutBefore(s: string, chars: number, cutAlready: boolean): string {
  if (s.length <= chars) return cutAlready && s !== '' ? ELLIPSIS + s.replace(/^\S*\s?/, '') : s;
  const tail = s.slice(s.length - chars);
  const space = tail.indexOf(' ');
  // A cut that lands inside a word drops the rest of that word; a single long word is kept cut.
  const fromWord = s.charAt(s.length - chars - 1) === ' ' || space < 0 ? tail : tail.slice(space + 1);
  return ELLIPSIS + fromWord;
}

/** Keeps the first `chars` characters, ending at a word. */
function cutAfter(s: string, chars: number, cutAlready: boolean): string {
  if (s.length <= chars) return cutAlready && s !== '' ? s.replace(/\s?\S*$/, '') + ELLIPSIS : s;
  const head = s.slice(0, chars);
  const space = head.lastIndexOf(' ');
  const toWord = s.charAt(chars) === ' ' || space <= 0 ? head : head.slice(0, space);
  return toWord + ELLIPSIS;
}
