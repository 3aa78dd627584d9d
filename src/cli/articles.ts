// What every `newslens` command does with the paths it is given: find the articles under them,
// read each one, and say on stderr what could not be read (then go on with the rest).

import { createNewsLens, type InputIssue, type NewsLens } from '../core';
import { findArticles, readArticle } from '../host/files';
import { loadNameRecognizer } from '../host/models';

/** Where a command writes: results to `out`, problems to `err`. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The engine the CLI runs: the shipped name model, today's date from the clock. */
export function createEngine(): NewsLens {
  return createNewsLens({ names: loadNameRecognizer(), today: () => new Date().toISOString().slice(0, 10) });
}

export interface FoundForCli {
  readonly files: string[];
  /** True when a path could not be walked, or nothing was found (both already reported). */
  readonly failed: boolean;
}

/** The articles under `paths` (minus `skip`), with what went wrong already on stderr. */
export async function findForCli(paths: readonly string[], skip: readonly string[], io: Io): Promise<FoundForCli> {
  const found = await findArticles(paths, skip);
  for (const message of found.errors) io.err(`newslens: ${message}`);
  if (found.files.length === 0) io.err('newslens: nothing to do: no articles found');
  return { files: found.files, failed: found.errors.length > 0 || found.files.length === 0 };
}

/**
 * Read each file and hand its decoded text to `each`; an unreadable file is reported and
 * skipped, decoding warnings (invalid UTF-8...) are reported and the text still used.
 * Returns true when any file could not be read.
 */
export async function readEach(
  files: readonly string[],
  io: Io,
  each: (file: string, text: string, issues: readonly InputIssue[]) => Promise<void>,
): Promise<boolean> {
  let failed = false;
  for (const file of files) {
    const read = await readArticle(file);
    if (!read.ok) {
      io.err(`newslens: ${read.message}`);
      failed = true;
      continue;
    }
    for (const issue of read.issues) io.err(`newslens: warning: ${file}: ${issue.message}`);
    await each(file, read.text, read.issues);
  }
  return failed;
}
