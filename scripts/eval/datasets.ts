// Where the evaluation data is: ../shared/datasets beside the repository, or the folder named by
// NEWSLENS_DATASETS (as scripts/timeml/eval-dates.ts finds it). Test splits only: these are
// read to report scores, never to train or tune.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function datasetsRoot(): string {
  return process.env.NEWSLENS_DATASETS ?? join(__dirname, '..', '..', '..', 'shared', 'datasets');
}

export interface EvalDatasets {
  /** CoNLL-2003 English test (eng.testb), or null when absent. */
  readonly conllTest: string | null;
  /** The TempEval-3 platinum folder of .tml files, or null when absent or empty. */
  readonly te3Platinum: string | null;
}

/** Finds the two test sets under `root`; a missing one is null. */
export function findEvalDatasets(root: string = datasetsRoot()): EvalDatasets {
  const conll = join(root, 'conll2003', 'test.txt');
  const te3 = join(root, 'tempeval3-platinum');
  const hasTml = existsSync(te3) && readdirSync(te3).some((f) => f.endsWith('.tml'));
  return { conllTest: existsSync(conll) ? conll : null, te3Platinum: hasTml ? te3 : null };
}
