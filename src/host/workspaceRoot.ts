// Where an article's workspace is, for the CLI (DESIGN.md §3): the nearest folder above the file
// that holds `.newslens/`, else the folder named on the command line that contains it, else the
// current folder. The server and the extension know their workspace folders and do not need this.

import { statSync } from 'node:fs';
import * as path from 'node:path';

export const NEWSLENS_FOLDER = '.newslens';

/** The workspace folder for `file`, given the paths named on the command line. */
export function workspaceRootFor(file: string, named: readonly string[], cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
    if (isFolder(path.join(dir, NEWSLENS_FOLDER))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const folders = named.map((p) => path.resolve(cwd, p)).filter(isFolder)
    .filter((dir) => isInside(absolute, dir))
    .sort((a, b) => b.length - a.length);
  return folders[0] ?? path.resolve(cwd);
}

/** The article's path relative to its workspace, '/'-separated (the key of annotation files). */
export function workspaceRelative(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

/** True when `file` is `dir` or lies under it. */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
