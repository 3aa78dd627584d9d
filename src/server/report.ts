// `newslens/report`: the team report over the indexed sources of one workspace folder. The work
// is per source (read its annotation file, re-anchor, read its claims), so progress is reported
// per source on the client's work-done token, and the request yields to the event loop between
// sources so that a cancellation from the client is seen: a cancelled report returns nothing.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LSPErrorCodes, ResponseError, type CancellationToken, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { WebAnnotation } from '../core/annotations/model';
import { annotationCollectionJson, assembleReport, prepareSource, reportMarkdown, type PreparedSource } from '../core/report';
import { listAnnotationSources, readAnnotationFile } from '../host/annotations';
import { loadLexicon } from '../host/lexicon';
import { isInside, workspaceRelative } from '../host/workspaceRoot';
import type { ServerContext } from './context';
import { ReportRequest, type ReportParams, type ReportResult } from './reportProtocol';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function stopIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The report was cancelled.');
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export async function buildReport(ctx: ServerContext, params: ReportParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<ReportResult> {
  const folder = URI.parse(params.folder).fsPath;
  const scope = params.scope === undefined ? folder : URI.parse(params.scope).fsPath;
  const problems: string[] = [];
  const uris = [...ctx.index.records()]
    .map((r) => r.uri)
    .filter((uri) => {
      const u = URI.parse(uri);
      return u.scheme === 'file' && isInside(u.fsPath, scope) && isInside(u.fsPath, folder);
    })
    .sort();

  progress.begin('NewsLens: annotation report', 0, `${uris.length} sources`, true);
  try {
    const loaded = await loadLexicon(folder);
    if (loaded.problem !== undefined) problems.push(loaded.problem);
    const annotationsOf = async (rel: string): Promise<readonly WebAnnotation[]> => {
      const state = await readAnnotationFile(folder, rel);
      if (state.state === 'invalid') {
        problems.push(`${state.message} (its annotations are left out of the report; the file was not changed)`);
        return [];
      }
      return state.state === 'ok' ? state.file.annotations : [];
    };

    const prepared: PreparedSource[] = [];
    const absoluteOf = new Map<string, string>();
    for (const [i, uri] of uris.entries()) {
      stopIfCancelled(token);
      const record = ctx.record(uri);
      if (record === undefined) continue;
      const file = URI.parse(uri).fsPath;
      const rel = workspaceRelative(folder, file);
      absoluteOf.set(rel, file);
      prepared.push(prepareSource({ path: rel, analysis: record.analysis, annotations: await annotationsOf(rel) }, loaded.lexicon));
      progress.report(Math.floor(((i + 1) / Math.max(1, uris.length)) * 90), `${i + 1} of ${uris.length}: ${rel}`);
      await nextTurn();
    }
    // Annotations of articles that are gone stay in the report, as orphans.
    for (const rel of await listAnnotationSources(folder)) {
      stopIfCancelled(token);
      const file = path.join(folder, ...rel.split('/'));
      if (absoluteOf.has(rel) || !isInside(file, scope) || (await exists(file))) continue;
      absoluteOf.set(rel, file);
      prepared.push(prepareSource({ path: rel, analysis: null, annotations: await annotationsOf(rel) }));
    }
    stopIfCancelled(token);
    progress.report(95, 'comparing sources');
    await nextTurn();
    stopIfCancelled(token);

    const from = path.dirname(URI.parse(params.target).fsPath);
    const linkOf = (rel: string): string =>
      path.relative(from, absoluteOf.get(rel) ?? path.join(folder, rel)).split(path.sep).map(encodeURIComponent).join('/');
    const data = assembleReport(prepared, { lexicon: loaded.lexicon, linkOf });
    return {
      content: params.format === 'json' ? annotationCollectionJson(data) : reportMarkdown(data),
      sources: data.counts.sources,
      annotations: data.counts.annotations,
      problems,
    };
  } finally {
    progress.done();
  }
}

export function registerReport(ctx: ServerContext): void {
  ctx.connection.onRequest(ReportRequest, (params: ReportParams, token: CancellationToken) =>
    buildReport(ctx, params, token, ctx.connection.window.attachWorkDoneProgress(params.workDoneToken)));
}
