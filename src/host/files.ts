// Node-side file access for the hosts (CLI now, the language server later): finding articles,
// reading and decoding them, and writing results atomically.

import { closeSync, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { decodeArticle } from '../core/text/decode';
import type { InputIssue } from '../core/model';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.news'] as const;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.newslens', '.vscode', '.tools', '.harness-runs']);
/** Files larger than this are not read: a 20 MB "article" is a log or a dump, not news. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly issues: readonly InputIssue[] }
  | { readonly ok: false; readonly message: string };

/** Read and decode one article; never throws for a bad file, it says what is wrong. */
export async function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    const refused = refusal(file, stat, maxBytes);
    return refused ?? decoded(file, await fs.readFile(file));
  } catch (error) {
    return { ok: false, message: `${file}: ${describeFsError(error)}` };
  }
}

/**
 * readArticle without the promise round trips (one open, fstat, read, close): for reading
 * thousands of small articles in a row, where the thread pool hops cost more than the reads.
 */
export function readArticleSync(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    const refused = refusal(file, stat, maxBytes);
    if (refused !== undefined) return refused;
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break; // shrank while read: what is there is the article
      length += n;
    }
    return decoded(file, bytes.subarray(0, length));
  } catch (error) {
    return { ok: false, message: `${file}: ${describeFsError(error)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refusal(file: string, stat: Stats, maxBytes: number): ReadResult | undefined {
  if (stat.isDirectory()) return { ok: false, message: `${file}: is a folder, not an article` };
  if (stat.size > maxBytes) {
    return { ok: false, message: `${file}: ${formatBytes(stat.size)} is larger than the ${formatBytes(maxBytes)} limit for one article; skipped` };
  }
  return undefined;
}

function decoded(file: string, bytes: Uint8Array): ReadResult {
  const result = decodeArticle(bytes);
  if (!result.ok) return { ok: false, message: `${file}: ${result.message}` };
  return { ok: true, text: result.text, issues: result.issues };
}

export interface FoundArticles {
  readonly files: string[];
  readonly errors: string[];
}

/**
 * Expand paths into article files: files are taken as given (any extension), folders are
 * walked for .txt, .md and .news, skipping exports (*.annotated.md) and tool folders.
 */
export async function findArticles(paths: readonly string[], skip: readonly string[] = []): Promise<FoundArticles> {
  const files: string[] = [];
  const errors: string[] = [];
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      errors.push(`${given}: ${describeFsError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      await walk(given, files, skipped);
      if (files.length === before) errors.push(`${given}: no articles (.txt, .md, .news) in this folder`);
    } else {
      files.push(given);
    }
  }
  return { files, errors };
}

async function walk(dir: string, out: string[], skipped: ReadonlySet<string>): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (skipped.has(path.resolve(full))) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full, out, skipped);
    } else if (entry.isFile() && isArticleName(entry.name)) {
      out.push(full);
    }
  }
}

/** An article file name: .txt, .md or .news, and not one of our own exports. */
export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith('.annotated.md')) return false;
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Write a file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, content, 'utf8');
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** A file system error in words a person understands. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a part of this path is not a folder';
    case 'EMFILE': return 'too many open files';
    default: return error instanceof Error ? error.message : String(error);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
