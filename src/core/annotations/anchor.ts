// Placing an annotation in the current text of its article, after the article was changed
// somewhere we could not watch (another editor, git, a script). The order follows Hypothesis's
// client (src/annotator/anchoring/text-quote.ts and match-quote.ts):
//   1. position: the stored offsets, if the text there is still exactly the quote;
//   2. quote: an exact occurrence of the quote, scored by how well the text around it matches
//      the stored prefix and suffix and how near it is to the old position;
//   3. fuzzy: an approximate occurrence of the quote (approx-string-match, Hypothesis's own),
//      scored the same way;
//   4. orphan: nothing good enough. Orphans keep their quote and are shown, never deleted.
// Where we are stricter than Hypothesis, and why:
// - the error budget is a quarter of the quote (Hypothesis allows half): a note placed on a
//   different sentence is worse than an orphan a person can re-attach;
// - a quote shorter than 32 characters must have its context (prefix and suffix) agree, exact
//   or fuzzy, otherwise "83" would land on "route 83" once the toll it was about changed;
//   longer quotes identify themselves.

import approxSearch from 'approx-string-match';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './model';

/** The selectors an annotation is anchored by (its target's). */
export interface Selectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

// Hypothesis's weights: the quote matters most, then its context, and position only breaks
// ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** Fuzzy matching of very long quotes costs O(text × quote/32); beyond this we do not try. */
const MAX_FUZZY_QUOTE = 2048;
/** A fuzzy match of a quote shorter than this needs its context to agree. */
const SELF_IDENTIFYING_QUOTE = 32;
/** Searches after the best candidates were turned down for their context (see below). */
const MAX_SEARCH_ROUNDS = 4;
/** How much of the prefix and suffix (on average) must agree where the quote alone is not enough. */
const MIN_CONTEXT_SCORE = 0.5;
/** A changed quote (fuzzy match) is trusted only with more of its context agreeing. */
const MIN_FUZZY_CONTEXT_SCORE = 0.75;
/** Below this length one changed character changes the meaning ("83" and "85"): no fuzzy match. */
const MIN_FUZZY_QUOTE = 8;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  readonly contextScore: number;
  readonly score: number;
}

/** Where the annotation sits in `text` now, or why it cannot be placed. */
export function anchor(text: string, selectors: Selectors): Anchor {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return { state: 'orphan', reason: 'the annotation has no quoted text to look for' };
  if (position.end - position.start === exact.length && text.slice(position.start, position.end) === exact) {
    return { state: 'anchored', start: position.start, end: position.end, method: 'position' };
  }

  const accept = (c: Candidate): boolean => exact.length >= SELF_IDENTIFYING_QUOTE
    || c.contextScore >= (c.errors === 0 ? MIN_CONTEXT_SCORE : MIN_FUZZY_CONTEXT_SCORE);
  const exactMatches = findExact(text, exact).map((start) => score(text, quote, position.start, start, start + exact.length, 0));
  const acceptedExact = exactMatches.filter(accept);
  if (acceptedExact.length > 0) {
    const best = bestOf(acceptedExact);
    return { state: 'anchored', start: best.start, end: best.end, method: 'quote' };
  }

  const budget = Math.min(256, Math.floor(exact.length / 4));
  if (budget === 0 || exact.length < MIN_FUZZY_QUOTE || exact.length > MAX_FUZZY_QUOTE) {
    return { state: 'orphan', reason: exactMatches.length > 0 ? 'the quote is in the article, but nowhere near its old surroundings' : 'the quoted text is no longer in the article' };
  }
  // approx-string-match returns only the lowest-cost matches. When those are rejected (a copy
  // of the quote in other surroundings), blank them out and search again, so a slightly edited
  // original with its context intact is still found behind an exact copy elsewhere.
  let searched = text;
  // A few rounds are enough in real articles; each costs a pass over the text, so a long
  // repetitive text cannot make this take seconds.
  for (let round = 0; round <= Math.min(budget, MAX_SEARCH_ROUNDS); round++) {
    const matches = round === 0 && exactMatches.length > 0
      ? exactMatches
      : approxSearch(searched, exact, budget).map((m) => score(text, quote, position.start, m.start, m.end, m.errors));
    const usable = matches.filter((c) => c.end > c.start);
    if (usable.length === 0) break;
    const accepted = usable.filter(accept);
    if (accepted.length > 0) {
      const best = bestOf(accepted);
      return { state: 'anchored', start: best.start, end: best.end, method: best.errors === 0 ? 'quote' : 'fuzzy' };
    }
    searched = mask(searched, usable);
  }
  return { state: 'orphan', reason: 'the quoted text is no longer in the article with its surroundings, not even approximately' };
}

/** The text with the given ranges replaced by a character no quote contains, offsets unchanged. */
function mask(text: string, ranges: readonly Candidate[]): string {
  let out = text;
  for (const r of ranges) out = out.slice(0, r.start) + '\uffff'.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

function findExact(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function bestOf(candidates: readonly Candidate[]): Candidate {
  // Highest score; equal scores go to the earlier candidate so the result is deterministic.
  let best = candidates[0] as Candidate;
  for (const c of candidates) if (c.score > best.score) best = c;
  return best;
}

function score(text: string, quote: TextQuoteSelector, hint: number, start: number, end: number, errors: number): Candidate {
  const quoteScore = 1 - errors / quote.exact.length;
  // An empty prefix (suffix) says the quote began (ended) the article: a candidate there agrees,
  // one elsewhere gets a neutral half rather than Hypothesis's full score.
  const prefixScore = quote.prefix === '' ? (start === 0 ? 1 : 0.5) : similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffixScore = quote.suffix === '' ? (end === text.length ? 1 : 0.5) : similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(start - hint) / text.length;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return {
    start,
    end,
    errors,
    contextScore: (prefixScore + suffixScore) / 2,
    score: raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT),
  };
}

/** How alike two short strings are, 0..1 (1 − edit distance / expected length), as Hypothesis's textMatchScore. */
function similarity(found: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (found.length === 0) return 0;
  if (found === expected) return 1;
  const best = approxSearch(found, expected, expected.length)[0];
  return best === undefined ? 0 : Math.max(0, 1 - best.errors / expected.length);
}
