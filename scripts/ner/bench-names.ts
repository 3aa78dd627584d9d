// Quick throughput check on the bench corpus (bench/corpus.ts): the whole engine and the name
// recogniser alone, tokens/s on one core (noisy on a shared machine). Faster than npm run bench:
//   node --import tsx scripts/ner/bench-names.ts [MODEL] [--tokens N] [--engine-only]

import { readFileSync } from 'node:fs';
import { createNewsLens } from '../../src/core';
import { loadNameRecognizer } from '../../src/host/models';
import { createPerceptronNameRecognizer } from '../../src/core/recognize/names/perceptron';
import { generateCorpus } from '../../bench/corpus';
import { tokenize } from '../../src/core/text/tokens';
import { splitSentences } from '../../src/core/text/sentences';
import { refineNames } from '../../src/core/recognize/names/rules';
import { groupAliases } from '../../src/core/recognize/names/aliases';

const args = process.argv.slice(2);
const at = args.indexOf('--tokens');
const size = at >= 0 ? Number(args[at + 1]) : 300_000;
const modelPath = args.find((a, i) => !a.startsWith('--') && (i === 0 || args[i - 1] !== '--tokens'));
const names = modelPath === undefined ? loadNameRecognizer() : createPerceptronNameRecognizer(new Uint8Array(readFileSync(modelPath)));
const engine = createNewsLens({ names });
const corpus = generateCorpus(size);
for (const a of corpus.slice(0, 20)) engine.analyze({ uri: 'b.txt', text: a });
let tokens = 0;
let t0 = performance.now();
for (const a of corpus) tokens += engine.analyze({ uri: 'b.txt', text: a }).tokenCount;
const engineRate = tokens / ((performance.now() - t0) / 1000);
console.log(`engine: ${Math.round(engineRate).toLocaleString('en')} tokens/s`);
if (args.includes('--engine-only')) process.exit(0);
const inputs = corpus.map((text) => ({ text, maskedText: text, tokens: tokenize(text), sentences: splitSentences(text) }));
for (const i of inputs.slice(0, 20)) names.recognize(i);
let nt = 0;
t0 = performance.now();
for (let r = 0; r < 3; r++) for (const i of inputs) { names.recognize(i); nt += i.tokens.length; }
const nameRate = nt / ((performance.now() - t0) / 1000);
// The names stack as the engine runs it: model, rule layer, alias grouping.
let st = 0;
t0 = performance.now();
for (let r = 0; r < 3; r++) for (const i of inputs) { groupAliases(i.text, refineNames(i, names.recognize(i))); st += i.tokens.length; }
const stackRate = st / ((performance.now() - t0) / 1000);
console.log(`names alone: ${Math.round(nameRate).toLocaleString('en')} tokens/s; with rules and aliases: ${Math.round(stackRate).toLocaleString('en')} tokens/s`);
