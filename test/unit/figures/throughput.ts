// Throughput of the figure recogniser alone, on generated text: `node --import tsx
// test/unit/figures/throughput.ts`. Prints tokens per second, on figure-dense templates and on
// the bench corpus (bench/corpus.ts); not a test: timings stay out of the test run, and the
// project bench measures the whole pipeline. The target is at least 1M tokens/s on both.

import { generateCorpus } from '../../../bench/corpus';
import { recognizeFigures } from '../../../src/core/recognize/figures';
import { inputOf } from './helpers';

const TEMPLATES = [
  'Officials in the coastal province said at least {n} people were evacuated on Tuesday after the river rose.',
  'The ministry estimated the damage at ${d} billion, roughly {p}% of the annual budget.',
  'Rescue teams reached the village late in the evening and found the road blocked by mud and fallen trees.',
  'The {o} strike on a suspected drug boat killed {s} people, the navy said in a statement.',
  'Between {s} and {n} families were still waiting for help, according to a local aid group.',
  'Analysts expect the figure to climb further as reports from remote areas come in.',
  'The agency said eighty-three homes had been destroyed and dozens of roads closed.',
  'Flight 17 was diverted, and Article 5 of the treaty was cited by the minister.',
];

function generate(words: number): string {
  let seed = 7;
  const rand = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const t = TEMPLATES[Math.floor(rand() * TEMPLATES.length)] ?? '';
    const s = t
      .replace('{n}', String(Math.floor(rand() * 5000)))
      .replace('{s}', String(2 + Math.floor(rand() * 40)))
      .replace('{d}', (rand() * 10).toFixed(1))
      .replace('{p}', String(Math.floor(rand() * 100)))
      .replace('{o}', ['third', '21st', 'fifth'][Math.floor(rand() * 3)] ?? 'third');
    parts.push(s);
    count += s.split(' ').length;
  }
  return parts.join(' ');
}

function measure(label: string, text: string): void {
  const tokens = text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
  const input = inputOf(text);
  let figures = 0;
  for (let i = 0; i < 3; i++) figures = recognizeFigures(input, [], null).length; // warm-up
  const runs = 10;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) recognizeFigures(input, [], null);
  const seconds = (performance.now() - t0) / 1000 / runs;
  console.log(JSON.stringify({ label, tokens, figures, msPerRun: Math.round(seconds * 1000), tokensPerSecond: Math.round(tokens / seconds) }));
}

measure('templates', generate(200_000));
measure('bench corpus', generateCorpus(200_000).join('\n\n'));
