// The CLI reads the lexicon of each article's workspace (DESIGN.md §3: the nearest folder above
// it holding `.newslens/`, else the named folder containing it, else the current folder) and
// applies it, so `newslens analyze/export/compare` answer as the editor does. A lexicon that
// cannot be used is reported once on stderr and the articles are analysed without it.

import type { Lexicon } from '../core';
import { loadLexicon } from '../host/lexicon';
import { workspaceRootFor } from '../host/workspaceRoot';

export interface CliLexicons {
  /** The lexicon that applies to `file`; undefined when its workspace has none (or a broken one). */
  forFile(file: string): Promise<Lexicon | undefined>;
  /** True once a lexicon could not be used (the command then exits 1). */
  readonly failed: boolean;
}

export function cliLexicons(named: readonly string[], warn: (line: string) => void): CliLexicons {
  const byRoot = new Map<string, Promise<Lexicon | undefined>>();
  let failed = false;
  return {
    forFile(file: string): Promise<Lexicon | undefined> {
      const root = workspaceRootFor(file, named);
      let loading = byRoot.get(root);
      if (loading === undefined) {
        loading = loadLexicon(root).then((loaded) => {
          if (loaded.problem !== undefined) {
            failed = true;
            warn(`newslens: ${loaded.problem}`);
          }
          return loaded.lexicon;
        });
        byRoot.set(root, loading);
      }
      return loading;
    },
    get failed() {
      return failed;
    },
  };
}
