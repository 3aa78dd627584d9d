// The server's side of the workspace lexicon: read `.newslens/lexicon.json` of every workspace
// folder, give the index the decisions (sources they touch are analysed again), report a file
// that cannot be used (a window message, the log, a diagnostic on the file) and keep going without
// it, and write the user's decisions from code actions. A file that does not parse is never
// written: updateLexicon refuses until it is fixed.

import * as path from 'node:path';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { normalizeLexicon, type Lexicon, type SourceIndex } from '../core';
import { compileLexicon } from '../core/annotations/lexicon';
import { editLexicon, type LexiconEdit } from '../core/annotations/lexiconEdits';
import { sameLexicon } from '../core/aliases/indexing';
import { lexiconFile, loadLexicon, updateLexicon } from '../host/lexicon';
import { isInside } from '../host/workspaceRoot';
import type { ApplyLexiconEditResult } from './lexiconProtocol';

export interface LexiconLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** A message the client could not show must not take the server down (an unhandled rejection). */
const ignore = (): void => undefined;
/** The typings say some window messages return void; at run time they are requests that can fail. */
function quietly(result: unknown): void {
  if (result instanceof Promise) result.catch(ignore);
}

/** Sources analysed again per turn of the event loop after a lexicon change. */
const REANALYSE_BATCH = 16;

export class ServerLexicon {
  private folders: string[] = [];
  private current: Lexicon | undefined;
  /** Lexicon file -> the problem last reported for it (reported once until it changes). */
  private readonly problems = new Map<string, string>();
  /** Reloads and writes run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly index: SourceIndex,
    private readonly log: LexiconLogger,
    /** Called after the index changed because of the lexicon (refresh tokens, hints, views). */
    private readonly changed: () => void,
  ) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((u) => URI.parse(u).fsPath);
  }

  /** The lexicon in effect (all folders' decisions), undefined for none. */
  get lexicon(): Lexicon | undefined {
    return this.current;
  }

  /** True for a workspace folder's `.newslens/lexicon.json`. */
  isLexiconUri(uri: string): boolean {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' && this.folders.some((f) => path.resolve(lexiconFile(f)) === path.resolve(parsed.fsPath));
  }

  /** Read every folder's lexicon again and apply what changed. */
  reload(): Promise<void> {
    return this.serially(() => this.reloadNow());
  }

  /** Write one decision to the lexicon of the document's workspace folder, then apply it. */
  apply(uri: string, edit: LexiconEdit): Promise<ApplyLexiconEditResult> {
    return this.serially(async () => {
      const file = URI.parse(uri).fsPath;
      const folder = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
      if (folder === undefined) return { ok: false, message: 'Open a folder to keep a NewsLens lexicon: it is saved in .newslens/lexicon.json.' };
      try {
        await updateLexicon(folder, (lexicon) => editLexicon(lexicon, edit));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.log.warn(`Lexicon not changed: ${message}`);
        quietly(this.connection.window.showErrorMessage(`NewsLens: the lexicon was not changed. ${message}`));
        return { ok: false, message };
      }
      await this.reloadNow();
      return { ok: true, file: URI.file(lexiconFile(folder)).toString() };
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async reloadNow(): Promise<void> {
    const usable: Lexicon[] = [];
    for (const folder of this.folders) {
      const loaded = await loadLexicon(folder);
      this.report(loaded.file, loaded.problem, loaded.problemAt);
      if (loaded.lexicon !== undefined) usable.push(loaded.lexicon);
    }
    const next = this.combine(usable);
    if (sameLexicon(this.current, next)) return;
    this.current = next;
    const touched = this.index.setLexicon(next);
    this.log.info(`Lexicon ${next === undefined ? 'cleared' : 'loaded'}; analysing ${touched.length} source(s) again.`);
    for (let i = 0; i < touched.length; i++) {
      this.index.reanalyse(touched[i] as string);
      if ((i + 1) % REANALYSE_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    this.changed();
  }

  /** One lexicon for the index; with several folders whose decisions contradict, the first folder's. */
  private combine(lexicons: readonly Lexicon[]): Lexicon | undefined {
    if (lexicons.length <= 1) return lexicons[0];
    const merged = normalizeLexicon({
      version: 1,
      entities: lexicons.flatMap((l) => l.entities),
      split: lexicons.flatMap((l) => l.split),
      notEntities: lexicons.flatMap((l) => l.notEntities),
    });
    try {
      compileLexicon(merged);
      return merged;
    } catch (error) {
      this.log.warn(`The workspace folders' lexicons contradict each other (${error instanceof Error ? error.message : String(error)}); using the first folder's.`);
      return lexicons[0];
    }
  }

  private report(file: string, problem: string | undefined, at = { line: 0, character: 0 }): void {
    const uri = URI.file(file).toString();
    if (problem === undefined) {
      if (this.problems.delete(file)) this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(ignore);
      return;
    }
    if (this.problems.get(file) === problem) return;
    this.problems.set(file, problem);
    this.log.warn(problem);
    quietly(this.connection.window.showWarningMessage(`NewsLens: ${problem}`));
    this.connection.sendDiagnostics({
      uri,
      diagnostics: [{
        range: { start: at, end: { line: at.line, character: at.character + 1 } },
        severity: DiagnosticSeverity.Error, source: 'NewsLens', message: problem,
      }],
    }).catch(ignore);
  }
}
