// The stored annotations of one article, for `newslens export`: found through the CLI's rule
// for an article's workspace (DESIGN.md §3). A malformed file is reported and left untouched,
// and the article is exported without annotations rather than not at all.

import * as path from 'node:path';
import type { WebAnnotation } from '../core/annotations/model';
import { readAnnotationFile } from '../host/annotations';
import { workspaceRelative, workspaceRootFor } from '../host/workspaceRoot';

export type ArticleAnnotations =
  | { readonly ok: true; readonly annotations: readonly WebAnnotation[] | undefined }
  | { readonly ok: false; readonly message: string };

/** The article's annotations (undefined when it has no annotation file), or why they cannot be read. */
export async function articleAnnotations(file: string, named: readonly string[]): Promise<ArticleAnnotations> {
  const root = workspaceRootFor(file, named);
  const rel = workspaceRelative(root, file);
  // An article outside its workspace folder (a path given from elsewhere) has no annotation file.
  if (rel.startsWith('../') || path.isAbsolute(rel)) return { ok: true, annotations: undefined };
  const state = await readAnnotationFile(root, rel);
  if (state.state === 'missing') return { ok: true, annotations: undefined };
  if (state.state === 'ok') return { ok: true, annotations: state.file.annotations };
  return { ok: false, message: `${state.message}; exported without its annotations, and the file was not changed` };
}
