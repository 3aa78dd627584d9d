// Reading and writing a workspace's lexicon (`.newslens/lexicon.json`, format in
// src/core/annotations/lexicon.ts). A file that cannot be read or parsed is reported and left
// alone: loading gives no lexicon plus the problem, and saving refuses until it parses again.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  EMPTY_LEXICON, LEXICON_PATH, parseLexicon, serializeLexicon, type Lexicon,
} from '../core/annotations/lexicon';
import { describeFsError, writeFileAtomic } from './files';
import { isInside } from './workspaceRoot';

export interface LoadedLexicon {
  /** Undefined when there is no lexicon file or it cannot be used. */
  readonly lexicon: Lexicon | undefined;
  /** Why the file could not be used (already phrased for a person). */
  readonly problem?: string;
  /** Where in the file the problem is, when the JSON parser says (0-based line and character). */
  readonly problemAt?: { readonly line: number; readonly character: number };
  readonly file: string;
}

/** The lexicon file of a workspace folder. */
export function lexiconFile(workspaceRoot: string): string {
  return path.join(workspaceRoot, ...LEXICON_PATH.split('/'));
}

/** Reads the workspace's lexicon; no file is no lexicon and no problem. */
export async function loadLexicon(workspaceRoot: string): Promise<LoadedLexicon> {
  const file = lexiconFile(workspaceRoot);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { lexicon: undefined, file };
    return { lexicon: undefined, file, problem: `${file}: cannot read the lexicon (${describeFsError(error)}).` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { lexicon: undefined, file, problem: `${file}: the lexicon is not valid UTF-8; it is ignored until fixed.` };
  }
  const parsed = parseLexicon(text);
  if (!parsed.ok) {
    const problem = `${file}: ${sentence(parsed.message)} The lexicon is ignored until fixed.`;
    const at = /at position (\d+)/.exec(parsed.message);
    if (at === null) return { lexicon: undefined, file, problem };
    // JSON.parse counts from after a BOM, which parseLexicon removed.
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1])).split(/\r\n|\r|\n/);
    return { lexicon: undefined, file, problem, problemAt: { line: before.length - 1, character: (before[before.length - 1] ?? '').length } };
  }
  return { lexicon: parsed.lexicon, file };
}

/** A message ending as a sentence (JSON.parse's do not). */
function sentence(message: string): string {
  return /[.!?)]$/.test(message) ? message : `${message}.`;
}

export class LexiconUnusableError extends Error {}

/**
 * Changes the workspace's lexicon: reads the file again (a git pull may have changed it), applies
 * `change`, writes atomically. Refuses, without writing, when the file exists but cannot be used,
 * or when the lexicon folder leads outside the workspace (a symbolic link).
 */
export async function updateLexicon(workspaceRoot: string, change: (lexicon: Lexicon) => Lexicon): Promise<Lexicon> {
  const loaded = await loadLexicon(workspaceRoot);
  if (loaded.problem !== undefined) throw new LexiconUnusableError(loaded.problem);
  const folder = path.dirname(loaded.file);
  await fs.mkdir(folder, { recursive: true });
  const [realRoot, realFolder] = await Promise.all([fs.realpath(workspaceRoot), fs.realpath(folder)]);
  if (!isInside(realFolder, realRoot)) {
    throw new LexiconUnusableError(`${folder} leads outside the workspace folder; the lexicon is not written there.`);
  }
  const next = change(loaded.lexicon ?? EMPTY_LEXICON);
  await writeFileAtomic(loaded.file, serializeLexicon(next));
  return next;
}
