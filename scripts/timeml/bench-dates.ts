// Throughput of recognizeDates alone on a generated news-like text (whitespace tokens per
// second, one core). Prints one JSON object. Sentences are written here, about one in three
// with a date, roughly the share in wire copy.

import { recognizeDates } from '../../src/core/recognize/dates/index';
import type { Span } from '../../src/core/model';

const SENTENCES = [
  'The ministry said on Tuesday that at least 83 people had died in the floods across the north.',
  'Rescue teams from three provinces worked through the night to reach villages cut off by the water.',
  'Opposition leaders accused the government of ignoring warnings from engineers about the dam.',
  'The central bank raised its main rate by half a point in mid-November 2025, the third rise this year.',
  'Analysts expect growth to slow as exporters struggle with weaker demand from their largest partners.',
  'Farmers in the valley say the harvest was the worst they can remember and that prices will climb.',
  'The company reported a loss of $4.5 billion for the quarter, compared with a profit a year earlier.',
  'Negotiators will meet again next week in Geneva, according to a statement from the mediators.',
  'Witnesses described a convoy of trucks moving toward the border before the shelling began.',
  'Local officials have asked residents to conserve water and avoid travel until roads are repaired.',
  'The strike, which has lasted more than two weeks, has closed schools and hospitals in the capital.',
  'Police arrested 21 people after clashes outside parliament, a spokesman told reporters.',
];

const repeat = Number(process.argv[2] ?? 4000);
const parts: string[] = [];
for (let i = 0; i < repeat; i++) parts.push(SENTENCES[i % SENTENCES.length]!);
const text = parts.join(' ');
const sentences: Span[] = [];
let offset = 0;
for (const s of parts) {
  sentences.push({ start: offset, end: offset + s.length });
  offset += s.length + 1;
}
const tokens = text.split(/\s+/).filter(Boolean).length;
const input = { text, maskedText: text, sentences, tokens: [] };

recognizeDates({ ...input, sentences: sentences.slice(0, 200) }, '2025-11-14'); // warm up the JIT and chrono
const runs = 3;
let best = Infinity;
let mentions = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  mentions = recognizeDates(input, '2025-11-14').length;
  best = Math.min(best, performance.now() - t0);
}
console.log(JSON.stringify({ dates: { tokens, mentions, milliseconds: Math.round(best), tokensPerSecond: Math.round(tokens / (best / 1000)) } }));
