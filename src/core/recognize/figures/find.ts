// Find: one precompiled regex walks the masked text for anything that can start a figure — a
// digit, a currency symbol, a number word — and hands each hit to the parser. Text between
// hits is never touched, so the cost per ordinary word is the regex engine's scan alone.

import type { Span } from '../../model';
import { CARDINAL_ALT, CURRENCY_SYMBOL_CLASS, ORDINAL_ALT, VAGUE_ALT } from './lexicon';
import type { DateCover } from './dates';
import { parseFigureAt, type Draft, type Scan } from './parse';

const CANDIDATE_RE = new RegExp(
  `[${CURRENCY_SYMBOL_CLASS.replace(/\$/g, '\\$')}]|\\d|` +
    `(?:an?\\s+(?:dozen|hundred|thousand|million|billion)|${VAGUE_ALT}|${ORDINAL_ALT}|${CARDINAL_ALT})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A figure found in sentence `sentence` (an index into the sentences). */
export interface FoundDraft {
  readonly draft: Draft;
  readonly sentence: number;
}

/** Every figure in `masked`, in text order, never crossing a sentence and never overlapping. */
export function findFigures(masked: string, sentences: readonly Span[], cover: DateCover): FoundDraft[] {
  const out: FoundDraft[] = [];
  const first = sentences[0];
  if (first === undefined) return out;
  const scan: Scan = { m: masked, cover, sentStart: first.start, sentEnd: first.end, prevEnd: 0, prevUnit: null };
  const re = new RegExp(CANDIDATE_RE); // own lastIndex: safe if recognisers ever nest
  let si = 0;
  for (let hit = re.exec(masked); hit !== null; hit = re.exec(masked)) {
    const p = hit.index;
    let sentence = sentences[si];
    while (sentence !== undefined && sentence.end <= p) sentence = sentences[++si];
    if (sentence === undefined) break;
    if (p < sentence.start) continue;
    if (sentence.start !== scan.sentStart) scan.prevUnit = null;
    scan.sentStart = sentence.start;
    scan.sentEnd = sentence.end;
    const parsed = parseFigureAt(scan, p, p + hit[0].length);
    if (parsed.draft !== null) {
      out.push({ draft: parsed.draft, sentence: si });
      scan.prevEnd = parsed.draft.end;
      scan.prevUnit = parsed.draft.kind === 'count' ? parsed.draft.unit : null;
    }
    re.lastIndex = Math.max(parsed.resume, p + 1);
  }
  return out;
}
