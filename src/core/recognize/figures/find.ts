// Find: one precompiled regex walks the masked text for anything that can start a figure — a
// digit, a currency symbol, a number word — and hands each hit to the parser. Text between
// hits is never touched, so the cost per ordinary word is the regex engine's scan alone.

import type { Span } from '../../model';
import type { SentenceMemo } from '../../memo';
import { CARDINAL_ALT, CURRENCY_SYMBOL_CLASS, ORDINAL_ALT, VAGUE_ALT } from './lexicon';
import { DateCover } from './dates';
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
export function findFigures(masked: string, sentences: readonly Span[], dates: readonly Span[], memo?: SentenceMemo<readonly Draft[]>): FoundDraft[] {
  const out: FoundDraft[] = [];
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  let d = 0;
  for (let si = 0; si < sentences.length; si++) {
    const span = sentences[si] as Span;
    const start = Math.max(0, span.start);
    const end = Math.min(masked.length, span.end);
    if (end <= start) continue;
    // The dates in the sentence, from its start: the figure scanner skips numbers inside them.
    while (d < sorted.length && (sorted[d] as Span).end <= start) d++;
    const local: Span[] = [];
    for (let k = d; k < sorted.length && (sorted[k] as Span).start < end; k++) {
      const date = sorted[k] as Span;
      local.push({ start: Math.max(date.start, start) - start, end: Math.min(date.end, end) - start });
    }
    const sentence = masked.slice(start, end);
    const key = memo ? `${sentence}\u0000${local.map((x) => `${x.start},${x.end}`).join(';')}` : '';
    let drafts = memo?.get(key);
    if (drafts === undefined) {
      drafts = sentenceFigures(sentence, new DateCover(local));
      memo?.set(key, drafts);
    }
    for (const draft of drafts) out.push({ draft: placed(draft, start), sentence: si });
  }
  return out;
}

/** The figures of one sentence, with offsets from its start; they depend on its text and dates alone. */
function sentenceFigures(m: string, cover: DateCover): Draft[] {
  const out: Draft[] = [];
  const scan: Scan = { m, cover, sentStart: 0, sentEnd: m.length, prevEnd: 0, prevUnit: null };
  const re = new RegExp(CANDIDATE_RE); // own lastIndex: safe if recognisers ever nest
  for (let hit = re.exec(m); hit !== null; hit = re.exec(m)) {
    const p = hit.index;
    const parsed = parseFigureAt(scan, p, p + hit[0].length);
    if (parsed.draft !== null) {
      out.push(parsed.draft);
      scan.prevEnd = parsed.draft.end;
      scan.prevUnit = parsed.draft.kind === 'count' ? parsed.draft.unit : null;
    }
    re.lastIndex = Math.max(parsed.resume, p + 1);
  }
  return out;
}

/** A sentence's draft moved to where the sentence starts in the article. */
function placed(d: Draft, base: number): Draft {
  if (base === 0) return d;
  return {
    ...d,
    start: d.start + base,
    end: d.end + base,
    countedStart: d.countedStart >= 0 ? d.countedStart + base : d.countedStart,
    countedEnd: d.countedEnd >= 0 ? d.countedEnd + base : d.countedEnd,
    qualifierStart: d.qualifierStart >= 0 ? d.qualifierStart + base : d.qualifierStart,
    qualifierEnd: d.qualifierEnd >= 0 ? d.qualifierEnd + base : d.qualifierEnd,
  };
}
