// Running total or single event? "The campaign has killed 80 people since September" is a total
// that can only grow; "the strike on Tuesday killed four" is one event. The nearest cue to the
// figure in its sentence decides; with no cue the claim is read as a total, and says so
// (`scopeFrom: 'default'`), so that the comparison trusts it less.

import type { Span } from '../model';
import type { ClaimScope } from './types';

const TOTAL_CUES = new RegExp([
  String.raw`\b(?:death\s+)?toll\b`, String.raw`\btotals?\b`, String.raw`\bso far\b`, String.raw`\bsince\b`,
  String.raw`\bin all\b`, String.raw`\baltogether\b`, String.raw`\boverall\b`, String.raw`\bto date\b`,
  String.raw`\btall(?:y|ies)\b`, String.raw`\brunning count\b`, String.raw`\bcount\b`, String.raw`\bas of\b`,
  String.raw`\b(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|bringing|brings|raising)\b`,
  String.raw`\bcampaign\b`, String.raw`\bconfirmed\b`, String.raw`\bstood at\b|\bstands at\b|\bnow stands\b`,
  String.raw`\b(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|carried out|reported|injured|wounded)\b`,
  // "By Wednesday, 40 people had been injured": a count up to a day.
  String.raw`\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)`,
].join('|'), 'gi');

const EVENT_NOUN = String.raw`(?:strike|attack|raid|airstrike|blast|explosion|bombing|crash|collapse|shooting|ambush|aftershock|tremor|landslide|mudslide|stampede)`;
const EVENT_CUES = new RegExp([
  // "the latest strike", "a strike", "the 20th strike"; not "since the first strike", which dates a total.
  String.raw`(?<!\bsince\s(?:the\s)?)\b(?:a|the|this|that|one|latest|last|most recent|single|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?${EVENT_NOUN}\b(?!s|\s+campaign)`,
  // "US strike in eastern Pacific kills four": a singular event noun before a verb of killing.
  String.raw`\b${EVENT_NOUN}\b(?!s)[^,;.]{0,40}\b(?:kills|killed|kill)\b`,
  String.raw`\b(?:when|after)\s+(?:it|they|\w+)\s+(?:struck|hit|attacked|bombed|fired on)\b`,
  String.raw`\ba single day of\b`,
  String.raw`\b\w+'s\s+${EVENT_NOUN}\b(?!s)`,
].join('|'), 'gi');

/** "two most recent attacks", "the latest three strikes": the figure names a few events. */
const RECENT_IN_FIGURE = /\b(?:most recent|latest|last|previous|first)\b/i;

export interface ScopeReading {
  readonly scope: ClaimScope;
  readonly from: 'cue' | 'default';
}

/**
 * The scope of a figure at [start, end) in `sentence` (the sentence's text; `clause` and the
 * offsets relative to it). Counts of the events themselves ("20 strikes") are totals.
 */
export function scopeOf(sentence: string, clause: Span, start: number, end: number, measure: string, figureText: string): ScopeReading {
  if (RECENT_IN_FIGURE.test(figureText)) return { scope: 'event', from: 'cue' };
  // The figure's own clause speaks first ("kills four, campaign toll rises to 80"); then its sentence.
  const clauseText = sentence.slice(clause.start, clause.end);
  const inClause = readCues(clauseText, start - clause.start, end - clause.start, measure);
  return inClause ?? readCues(sentence, start, end, measure) ?? { scope: 'total', from: 'default' };
}

function readCues(text: string, start: number, end: number, measure: string): ScopeReading | null {
  const total = nearest(TOTAL_CUES, text, start, end);
  if (measure === 'strikes') return total === Infinity ? null : { scope: 'total', from: 'cue' };
  const event = nearest(EVENT_CUES, text, start, end);
  if (total === Infinity && event === Infinity) return null;
  return event < total ? { scope: 'event', from: 'cue' } : { scope: 'total', from: 'cue' };
}

/** Characters between the figure and the nearest match of `cues` outside it; Infinity if none. */
function nearest(cues: RegExp, sentence: string, start: number, end: number): number {
  let best = Infinity;
  cues.lastIndex = 0;
  for (let m = cues.exec(sentence); m !== null; m = cues.exec(sentence)) {
    const from = m.index;
    const to = m.index + m[0].length;
    const distance = to <= start ? start - to : from >= end ? from - end : 0;
    if (from >= start && to <= end) continue;
    if (distance < best) best = distance;
    if (m[0].length === 0) cues.lastIndex++;
  }
  return best;
}

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
const ORDINAL_EVENT = new RegExp(String.raw`\b(\d+(?:st|nd|rd|th)|${[...ORDINAL_WORDS.keys()].join('|')})\s+(?:[a-z-]+\s+)?(${EVENT_NOUN})\b(?!s)`, 'gi');

/** "the 20th strike" nearest the figure as 'strike#20', else null: names one event across sources. */
export function ordinalEvent(sentence: string, start: number, end: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  ORDINAL_EVENT.lastIndex = 0;
  for (let m = ORDINAL_EVENT.exec(sentence); m !== null; m = ORDINAL_EVENT.exec(sentence)) {
    const word = (m[1] ?? '').toLowerCase();
    const n = ORDINAL_WORDS.get(word) ?? Number.parseInt(word, 10);
    const to = m.index + m[0].length;
    const distance = to <= start ? start - to : m.index >= end ? m.index - end : 0;
    if (distance < bestDistance && Number.isFinite(n)) {
      bestDistance = distance;
      const noun = (m[2] ?? '').toLowerCase();
      best = `${noun === 'airstrike' ? 'strike' : noun}#${n}`;
    }
  }
  return best;
}
