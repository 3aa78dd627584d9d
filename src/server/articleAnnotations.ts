// The stored annotations of an indexed article, for the server's exports. An article's
// annotations live under its workspace folder's `.newslens/annotations/` (DESIGN.md §3); the
// folder is the client's workspace folder that holds the file, or, for a client that cannot
// say, the nearest folder above the file that holds `.newslens/`.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { WebAnnotation } from '../core/annotations/model';
import { readAnnotationFile } from '../host/annotations';
import { NEWSLENS_FOLDER, isInside, workspaceRelative } from '../host/workspaceRoot';

/** The workspace folder (a path) that holds `file`, or undefined. */
export async function workspaceFolderOf(connection: Connection, file: string): Promise<string | undefined> {
  try {
    const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
    const holding = folders.map((f) => URI.parse(f.uri).fsPath).filter((dir) => isInside(file, dir)).sort((a, b) => b.length - a.length);
    if (holding[0] !== undefined) return holding[0];
  } catch {
    // A client without workspace folders: fall back to the CLI's rule below.
  }
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, NEWSLENS_FOLDER))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export type StoredAnnotations =
  | { readonly ok: true; readonly annotations: readonly WebAnnotation[] | undefined }
  | { readonly ok: false; readonly message: string };

/** The annotations stored for the article at `uri` (undefined when it has none). */
export async function storedAnnotations(connection: Connection, uri: string): Promise<StoredAnnotations> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return { ok: true, annotations: undefined };
  const file = parsed.fsPath;
  const root = await workspaceFolderOf(connection, file);
  if (root === undefined) return { ok: true, annotations: undefined };
  const state = await readAnnotationFile(root, workspaceRelative(root, file));
  if (state.state === 'invalid') return { ok: false, message: state.message };
  return { ok: true, annotations: state.state === 'ok' ? state.file.annotations : undefined };
}
