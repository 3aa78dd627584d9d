// `newslens report [--out FILE] [--format md|json] PATH...`: one report over every article under
// PATH for a team — counts, a section per source, figures compared across outlets, conflicts,
// every annotation by status and author, an entity index — or, with --format json, all the
// annotations as a W3C AnnotationCollection.
//
// A malformed annotation or lexicon file is reported on stderr and left as it is; the report is
// still made from everything else, and the exit code is 1 so that CI notices.

import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { existsSync, promises as fs } from 'node:fs';
import type { WebAnnotation } from '../core/annotations/model';
import {
  annotationCollectionJson, assembleReport, DEFAULT_TITLE, prepareSource, reportMarkdown, type PreparedSource,
} from '../core/report';
import { listAnnotationSources, readAnnotationFile } from '../host/annotations';
import { describeFsError, findArticles, writeFileAtomic } from '../host/files';
import { createEngine, readEach, type Io } from './articles';
import { cliLexicons } from './lexicons';
import { isInside, workspaceRelative, workspaceRootFor } from '../host/workspaceRoot';
import { UsageError } from './usage';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Runs the command; returns the exit code (0 all read, 1 something could not be, 2 usage: thrown, for main() to report). */
export async function reportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, format: { type: 'string', default: 'md' } },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be md or json, got '${values.format}'`);
  if (positionals.length === 0) throw new UsageError('report needs at least one file or folder');
  if (values.out === '') throw new UsageError('--out needs a file name');
  const outFile = values.out === undefined ? undefined : path.resolve(values.out);

  if (outFile !== undefined && (await isFolder(outFile))) {
    io.err(`newslens: ${values.out}: is a folder, not a file; no report was written`);
    return 1;
  }

  // Not findForCli: a folder whose articles were all deleted still has annotations to report.
  const found = await findArticles(positionals);
  let failed = found.errors.length > 0;
  for (const message of found.errors) io.err(`newslens: ${message}`);
  // The walk finds an earlier report written under a folder it reads (report.md); that one is
  // not an article and is replaced. Any other article named by --out is never overwritten.
  if (outFile !== undefined) {
    const index = found.files.findIndex((f) => path.resolve(f) === outFile);
    if (index >= 0) {
      if (!(await isEarlierReport(outFile))) throw new UsageError(`--out ${values.out} is one of the articles the report reads; choose another file`);
      found.files.splice(index, 1);
    }
  }

  const engine = createEngine();
  const lexicons = cliLexicons(positionals, io.err);
  const annotationsOf = async (root: string, rel: string): Promise<readonly WebAnnotation[]> => {
    if (rel.startsWith('../') || path.isAbsolute(rel)) return [];
    const state = await readAnnotationFile(root, rel);
    if (state.state === 'ok') return state.file.annotations;
    if (state.state === 'invalid') {
      io.err(`newslens: ${state.message}`);
      io.err(`newslens: the annotations of ${rel} are left out of this report; the file was not changed.`);
      failed = true;
    }
    return [];
  };

  const prepared: PreparedSource[] = [];
  const absoluteOf = new Map<string, string>();
  const roots = new Set<string>();
  let firstFile: string | undefined;
  if (await readEach(found.files, io, async (file, text, issues) => {
    firstFile ??= file;
    const root = workspaceRootFor(file, positionals);
    roots.add(root);
    const rel = workspaceRelative(root, file);
    absoluteOf.set(rel, path.resolve(file));
    const analysis = engine.analyze({ uri: file, text, decodeIssues: issues });
    prepared.push(prepareSource({ path: rel, analysis, annotations: await annotationsOf(root, rel) }, await lexicons.forFile(file)));
  })) failed = true;

  // Annotations whose article is gone (deleted, or moved where we cannot find it) are still
  // the team's work: they are listed as orphans under the path they were made on.
  const named = positionals.map((p) => path.resolve(p));
  for (const root of roots) {
    for (const rel of await listAnnotationSources(root)) {
      const article = path.resolve(root, ...rel.split('/'));
      if (absoluteOf.has(rel) || existsSync(article) || !named.some((dir) => isInside(article, dir))) continue;
      absoluteOf.set(rel, article);
      prepared.push(prepareSource({ path: rel, analysis: null, annotations: await annotationsOf(root, rel) }));
    }
  }
  if (prepared.length === 0) {
    io.err('newslens: nothing to do: no articles found');
    return 1;
  }

  // Links point from where the report is read: the --out file's folder, else the current one.
  const from = outFile === undefined ? process.cwd() : path.dirname(outFile);
  const linkOf = (rel: string): string =>
    path.relative(from, absoluteOf.get(rel) ?? rel).split(path.sep).map(encodeURIComponent).join('/');
  if (lexicons.failed) failed = true;
  const data = assembleReport(prepared, { lexicon: firstFile === undefined ? undefined : await lexicons.forFile(firstFile), linkOf });
  const output = format === 'json' ? annotationCollectionJson(data) : reportMarkdown(data);

  if (outFile === undefined) {
    io.out(output.replace(/\n$/, ''));
  } else {
    try {
      await writeFileAtomic(outFile, output);
    } catch (error) {
      io.err(`newslens: ${values.out}: ${describeFsError(error)}; no report was written`);
      return 1;
    }
    io.out(path.relative(process.cwd(), outFile) || outFile);
  }
  return failed ? 1 : 0;
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** True when the file starts the way a Markdown report of ours starts. */
async function isEarlierReport(file: string): Promise<boolean> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const head = Buffer.alloc(200);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead).toString('utf8').startsWith(`# ${DEFAULT_TITLE}\n`);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
