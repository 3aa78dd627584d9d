// Checks that `npm run eval` scores what users get: writes the first N documents of each test
// set to a temporary folder as the independent scorer does, runs the built CLI
// (`node dist/cli.js analyze --json`) on them, and compares its entity and date spans with the
// in-process pipeline of scripts/eval/pipeline.ts. Needs `npm run build` first (under the dist
// lock).
//
//   node --import tsx scripts/eval/check-cli.ts [N]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConll } from '../ner/conll';
import { readTimeML } from '../timeml/read-timeml';
import { conllArticle } from './conll-text';
import { findEvalDatasets } from './datasets';
import { analyzeAsCli, createCliEngine } from './pipeline';

const count = Number(process.argv[2] ?? 10);
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const found = findEvalDatasets();
const engine = createCliEngine();
const dir = mkdtempSync(join(tmpdir(), 'newslens-eval-check-'));

interface Case { file: string; text: string; referenceDate?: string }
const cases: Case[] = [];
if (found.conllTest !== null) {
  parseConll(readFileSync(found.conllTest, 'utf8')).slice(0, count).forEach((doc, i) => {
    cases.push({ file: join(dir, `conll-test-${String(i + 1).padStart(3, '0')}.txt`), text: conllArticle(doc).text });
  });
}
if (found.te3Platinum !== null) {
  for (const f of readdirSync(found.te3Platinum).filter((x) => x.endsWith('.tml')).sort().slice(0, count)) {
    const doc = readTimeML(readFileSync(join(found.te3Platinum, f), 'utf8'), f);
    cases.push({ file: join(dir, f.replace(/\.tml$/, '.txt')), text: doc.text, ...(doc.dct ? { referenceDate: doc.dct } : {}) });
  }
}

const spans = (xs: readonly { start: number; end: number; type: string; value?: string }[]): string =>
  JSON.stringify(xs.map((x) => [x.start, x.end, x.type, x.value ?? '']));
let differ = 0;
try {
  for (const c of cases) {
    writeFileSync(c.file, c.text);
    const args = [cli, 'analyze', '--json', ...(c.referenceDate ? ['--reference-date', c.referenceDate] : []), c.file];
    const fromCli = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as {
      entities: { start: number; end: number; type: string }[];
      dates: { start: number; end: number; type: string; value: string }[];
    };
    const inProcess = analyzeAsCli(engine, c.file, c.text, c.referenceDate);
    const same = spans(fromCli.entities) === spans(inProcess.entities) && spans(fromCli.dates) === spans(inProcess.dates);
    if (!same) differ++;
    console.log(`${same ? 'same  ' : 'DIFFER'} ${c.file.slice(dir.length + 1)}: ${fromCli.entities.length} names, ${fromCli.dates.length} dates`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${cases.length - differ} of ${cases.length} documents give identical spans from the CLI and the eval pipeline`);
process.exitCode = differ === 0 && cases.length > 0 ? 0 : 1;
