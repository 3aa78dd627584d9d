// Annotation files on disk (DESIGN.md §3): `.newslens/annotations/<relative path>.json`.
// Every change is read-modify-write against what is on disk now, so a change made meanwhile by
// git or another window is kept rather than overwritten; a file that does not parse is reported
// and never written over until someone fixes it.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, serializeAnnotationFile } from '../core/annotations/serialize';
import type { AnnotationFile } from '../core/annotations/model';
import { describeFsError, writeFileAtomic } from './files';
import { NEWSLENS_FOLDER, isInside } from './workspaceRoot';

export const ANNOTATIONS_FOLDER = `${NEWSLENS_FOLDER}/annotations`;

export type AnnotationFileState =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly file: AnnotationFile; readonly text: string }
  | { readonly state: 'invalid'; readonly message: string };

/**
 * The annotation file of the article at `relPath` ('/'-separated, relative to the workspace).
 * Throws for a path that would leave the workspace's annotation folder ('..', absolute paths).
 */
export function annotationPath(workspaceRoot: string, relPath: string): string {
  const folder = path.resolve(workspaceRoot, ANNOTATIONS_FOLDER);
  const parts = relPath.split('/');
  if (relPath === '' || path.isAbsolute(relPath) || parts.some((p) => p === '..' || p === '')) {
    throw new Error(`${JSON.stringify(relPath)} is not a path inside the workspace`);
  }
  const file = path.resolve(folder, ...parts) + '.json';
  if (!isInside(file, folder)) throw new Error(`${JSON.stringify(relPath)} is not a path inside the workspace`);
  return file;
}

/** The article's relative path for an annotation file, or undefined when it is not one. */
export function sourceOfAnnotationPath(workspaceRoot: string, file: string): string | undefined {
  const folder = path.resolve(workspaceRoot, ANNOTATIONS_FOLDER);
  const rel = path.relative(folder, path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || !rel.endsWith('.json')) return undefined;
  return rel.slice(0, -'.json'.length).split(path.sep).join('/');
}

/** Read one article's annotations: missing, parsed, or invalid with a message naming the file. */
export async function readAnnotationFile(workspaceRoot: string, relPath: string): Promise<AnnotationFileState> {
  const file = annotationPath(workspaceRoot, relPath);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'invalid', message: `${file}: ${describeFsError(error)}` };
  }
  const parsed = parseAnnotationFile(text);
  if (!parsed.ok) return { state: 'invalid', message: `${file}: ${parsed.message}` };
  if (parsed.file.source !== relPath) {
    return { state: 'invalid', message: `${file}: its "source" is ${JSON.stringify(parsed.file.source)}, but the file belongs to ${JSON.stringify(relPath)}` };
  }
  return { state: 'ok', file: parsed.file, text };
}

export type UpdateResult =
  | { readonly state: 'written' | 'unchanged' | 'deleted'; readonly file: AnnotationFile }
  | { readonly state: 'invalid'; readonly message: string };

// One queue per annotation file in this process, so two quick changes (a note, then a debounced
// position save) do not read the same old content and lose one another.
const queues = new Map<string, Promise<unknown>>();

function queued<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/**
 * Apply `change` to the article's annotations as they are on disk now and write the result
 * atomically. An invalid file is left untouched (the result says why). An empty result deletes
 * the file, so articles without annotations leave nothing behind.
 */
export function updateAnnotationFile(
  workspaceRoot: string,
  relPath: string,
  change: (current: AnnotationFile) => AnnotationFile,
): Promise<UpdateResult> {
  const file = annotationPath(workspaceRoot, relPath);
  return queued(file, async () => {
    const current = await readAnnotationFile(workspaceRoot, relPath);
    if (current.state === 'invalid') return current;
    const before: AnnotationFile = current.state === 'ok' ? current.file : { source: relPath, annotations: [] };
    const after = change(before);
    if (after.annotations.length === 0) {
      if (current.state === 'missing') return { state: 'unchanged', file: after };
      await fs.rm(file, { force: true });
      return { state: 'deleted', file: after };
    }
    const text = serializeAnnotationFile({ source: relPath, annotations: after.annotations });
    if (current.state === 'ok' && current.text === text) return { state: 'unchanged', file: after };
    await writeFileAtomic(file, text);
    return { state: 'written', file: after };
  });
}

export type MoveResult =
  | { readonly state: 'moved' | 'nothing' }
  | { readonly state: 'invalid' | 'exists'; readonly message: string };

/**
 * Carry an article's annotations to its new path: write the new file (sources rewritten), then
 * delete the old one, so a crash in between leaves a copy rather than nothing. An invalid file
 * is not moved; an existing annotation file at the destination is merged with, not replaced.
 */
export async function moveAnnotationFile(workspaceRoot: string, fromRel: string, toRel: string): Promise<MoveResult> {
  const from = await readAnnotationFile(workspaceRoot, fromRel);
  if (from.state === 'missing') return { state: 'nothing' };
  if (from.state === 'invalid') return { state: 'invalid', message: `${from.message} (not moved with its article)` };
  const moved = from.file.annotations.map((a) => ({ ...a, target: { ...a.target, source: toRel } }));
  const result = await updateAnnotationFile(workspaceRoot, toRel, (existing) => {
    const ids = new Set(moved.map((a) => a.id));
    return { source: toRel, annotations: [...existing.annotations.filter((a) => !ids.has(a.id)), ...moved] };
  });
  if (result.state === 'invalid') return { state: 'exists', message: `${result.message} (annotations of ${fromRel} were not moved onto it)` };
  await fs.rm(annotationPath(workspaceRoot, fromRel), { force: true });
  await removeEmptyFolders(path.dirname(annotationPath(workspaceRoot, fromRel)), path.resolve(workspaceRoot, ANNOTATIONS_FOLDER));
  return { state: 'moved' };
}

/** Every annotation file under the workspace, as article-relative paths. */
export async function listAnnotationSources(workspaceRoot: string): Promise<string[]> {
  const folder = path.resolve(workspaceRoot, ANNOTATIONS_FOLDER);
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) {
        const rel = sourceOfAnnotationPath(workspaceRoot, full);
        if (rel !== undefined) out.push(rel);
      }
    }
  };
  await walk(folder);
  return out.sort();
}

async function removeEmptyFolders(dir: string, stopAt: string): Promise<void> {
  for (let d = dir; isInside(d, stopAt) && d !== stopAt; d = path.dirname(d)) {
    try {
      await fs.rmdir(d);
    } catch {
      return;
    }
  }
}
