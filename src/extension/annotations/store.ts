// The annotations of the workspace as the editor shows them: for each annotated article, the
// annotations as they are on disk and where each one sits in the article's current text (the
// open document's, else the file's). Every change goes through the host's read-modify-write
// (src/host/annotations.ts), so a change made meanwhile elsewhere is kept, and a file that does
// not parse is reported once and never written over.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { anchor } from '../../core/annotations/anchor';
import { placeAt } from '../../core/annotations/create';
import { mapSpanThroughChanges, type ContentChange } from '../../core/annotations/edits';
import type { Anchor, AnnotationFile, WebAnnotation } from '../../core/annotations/model';
import { annotationPath, listAnnotationSources, readAnnotationFile, updateAnnotationFile, type UpdateResult } from '../../host/annotations';
import { isArticleName, readArticle } from '../../host/files';
import { workspaceRelative } from '../../host/workspaceRoot';

export interface ArticleAnnotations {
  /** The article. */
  readonly uri: vscode.Uri;
  /** Its workspace folder on disk. */
  readonly root: string;
  /** Its path relative to the folder, '/'-separated (the key of its annotation file). */
  readonly rel: string;
  /** 'invalid': the annotation file does not parse; the annotations shown are the last good ones. */
  readonly state: 'ok' | 'invalid';
  readonly message: string | undefined;
  readonly annotations: readonly WebAnnotation[];
  /** Where each annotation (by id) sits in the current text. */
  readonly anchors: ReadonlyMap<string, Anchor>;
  /** True when the article itself is not on disk (deleted or moved outside the editor). */
  readonly articleMissing: boolean;
}

interface Entry {
  uri: vscode.Uri;
  root: string;
  rel: string;
  state: 'ok' | 'invalid';
  message: string | undefined;
  annotations: WebAnnotation[];
  anchors: Map<string, Anchor>;
  articleMissing: boolean;
}

/** Where an article's annotations belong: its workspace folder and relative path. */
export function locate(uri: vscode.Uri): { root: string; rel: string } | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder === undefined || folder.uri.scheme !== 'file') return undefined;
  const rel = workspaceRelative(folder.uri.fsPath, uri.fsPath);
  if (rel === '' || rel.startsWith('..') || rel.startsWith('.newslens/')) return undefined;
  return { root: folder.uri.fsPath, rel };
}

/** True for an article NewsLens annotates: a .txt, .md or .news file inside a workspace folder. */
export function isAnnotatable(uri: vscode.Uri): boolean {
  return locate(uri) !== undefined && isArticleName(path.basename(uri.fsPath));
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

const SAVE_DELAY_MS = 600;

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the article whose annotations or anchors changed (undefined: many). */
  readonly onDidChange = this.changed.event;
  private readonly reported = new Map<string, string>();
  /** The latest reload of each article: an older one finishing later must not overwrite it. */
  private readonly tickets = new Map<string, number>();
  private readonly saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Ids orphaned by an edit in the open editor, which undo or retyping may bring back. */
  private readonly editOrphans = new Map<string, Set<string>>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get(uri: vscode.Uri): ArticleAnnotations | undefined {
    return this.entries.get(uri.toString());
  }

  all(): ArticleAnnotations[] {
    return [...this.entries.values()].sort((a, b) => a.rel.localeCompare(b.rel) || a.root.localeCompare(b.root));
  }

  /** Load every annotation file of every workspace folder. */
  async loadWorkspace(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      for (const rel of await listAnnotationSources(folder.uri.fsPath)) {
        await this.reload(vscode.Uri.file(path.join(folder.uri.fsPath, ...rel.split('/'))), { quiet: true });
      }
    }
    this.changed.fire(undefined);
  }

  /**
   * Read the article's annotation file again (after a change on disk or our own write) and
   * place its annotations. While the article is open, places already tracked through the
   * editor's edits are kept: the editor knows better than a re-anchor where they are.
   */
  async reload(uri: vscode.Uri, options: { quiet?: boolean } = {}): Promise<ArticleAnnotations | undefined> {
    const where = locate(uri);
    if (where === undefined) return undefined;
    const key = uri.toString();
    const ticket = this.nextTicket(key);
    const read = await readAnnotationFile(where.root, where.rel);
    const diskText = read.state === 'ok' && openDocument(uri) === undefined ? await this.currentText(uri) : undefined;
    const onDisk = await existsOnDisk(uri);
    // Reloads overlap when events come in bursts (our write, then another window's): only the
    // one started last may set what is shown, or an older read would win over a newer one.
    if (this.tickets.get(key) !== ticket) return this.entries.get(key);
    // From here on nothing awaits, so no edit can slip between reading the places and keeping them.
    const previous = this.entries.get(key);
    if (read.state === 'missing') {
      if (previous !== undefined) {
        this.entries.delete(key);
        if (!options.quiet) this.changed.fire(uri);
      }
      this.clearReport(annotationPath(where.root, where.rel));
      return undefined;
    }
    const file = annotationPath(where.root, where.rel);
    if (read.state === 'invalid') {
      this.report(file, read.message);
      const entry: Entry = previous ?? { uri, ...where, state: 'invalid', message: read.message, annotations: [], anchors: new Map(), articleMissing: !onDisk };
      entry.state = 'invalid';
      entry.message = read.message;
      this.entries.set(key, entry);
      if (!options.quiet) this.changed.fire(uri);
      return entry;
    }
    this.clearReport(file);
    const document = openDocument(uri);
    const text = document !== undefined ? document.getText() : diskText;
    const anchors = new Map<string, Anchor>();
    for (const a of read.file.annotations) {
      const live = document !== undefined ? previous?.anchors.get(a.id) : undefined;
      anchors.set(a.id, live?.state === 'anchored' ? live : text === undefined ? orphanForMissing : anchorOf(text, a));
    }
    const entry: Entry = { uri, ...where, state: 'ok', message: undefined, annotations: [...read.file.annotations], anchors, articleMissing: !onDisk };
    this.entries.set(key, entry);
    if (!options.quiet) this.changed.fire(uri);
    return entry;
  }

  private nextTicket(key: string): number {
    const ticket = (this.tickets.get(key) ?? 0) + 1;
    this.tickets.set(key, ticket);
    return ticket;
  }

  /** Place every annotation of the article afresh in `text` (the document just opened), and save moved ones. */
  reanchor(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (entry === undefined) return;
    const text = document.getText();
    for (const a of entry.annotations) entry.anchors.set(a.id, anchorOf(text, a));
    entry.articleMissing = false;
    this.changed.fire(entry.uri);
    this.scheduleSave(document.uri, 0);
  }

  /** Move the places of the open article's annotations through the editor's changes, exactly. */
  applyEdits(document: vscode.TextDocument, changes: readonly ContentChange[]): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry === undefined || changes.length === 0) return;
    for (const [id, placed] of entry.anchors) {
      if (placed.state !== 'anchored') continue;
      const moved = mapSpanThroughChanges(placed, changes);
      if (moved === undefined) {
        entry.anchors.set(id, { state: 'orphan', reason: 'its text was deleted in the editor' });
        let ids = this.editOrphans.get(key);
        if (ids === undefined) this.editOrphans.set(key, (ids = new Set()));
        ids.add(id);
      } else if (moved.start !== placed.start || moved.end !== placed.end) {
        entry.anchors.set(id, { state: 'anchored', start: moved.start, end: moved.end, method: placed.method });
      }
    }
    this.changed.fire(entry.uri);
    this.scheduleSave(document.uri);
  }

  /** Save the current places of the article's annotations after a pause in typing. */
  scheduleSave(uri: vscode.Uri, delay = SAVE_DELAY_MS): void {
    const key = uri.toString();
    const timer = this.saveTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.saveTimers.set(key, setTimeout(() => {
      this.saveTimers.delete(key);
      void this.savePlaces(uri);
    }, delay));
  }

  /** Write any pending places now (before a rename, on close, on deactivation). */
  async flush(uri?: vscode.Uri): Promise<void> {
    const keys = uri === undefined ? [...this.saveTimers.keys()] : [uri.toString()];
    for (const key of keys) {
      const timer = this.saveTimers.get(key);
      if (timer === undefined) continue;
      clearTimeout(timer);
      this.saveTimers.delete(key);
      const entry = this.entries.get(key);
      if (entry !== undefined) await this.savePlaces(entry.uri);
    }
  }

  /**
   * Store each placed annotation's current span and quote (only its target changes, applied to
   * the annotation as it is on disk now), and try once more to place those an edit orphaned.
   */
  private async savePlaces(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry === undefined || entry.state !== 'ok') return;
    const text = await this.currentText(uri);
    if (text === undefined) return;
    const orphaned = this.editOrphans.get(key);
    let revived = false;
    for (const id of orphaned ?? []) {
      const a = entry.annotations.find((x) => x.id === id);
      const placed = a === undefined ? undefined : anchorOf(text, a);
      if (placed?.state === 'anchored') {
        entry.anchors.set(id, placed);
        orphaned?.delete(id);
        revived = true;
      }
    }
    if (revived) this.changed.fire(uri);
    const places = new Map<string, { start: number; end: number }>();
    for (const [id, placed] of entry.anchors) if (placed.state === 'anchored') places.set(id, placed);
    // Only annotations that moved or whose text changed are rewritten (with fresh context):
    // opening an article must not turn into a diff in git just because its context was shorter.
    const moved = (a: WebAnnotation): { start: number; end: number } | undefined => {
      const at = places.get(a.id);
      if (at === undefined) return undefined;
      const [quote, position] = a.target.selector;
      return position.start !== at.start || position.end !== at.end || quote.exact !== text.slice(at.start, at.end) ? at : undefined;
    };
    if (!entry.annotations.some((a) => moved(a) !== undefined)) return;
    const result = await updateAnnotationFile(entry.root, entry.rel, (file) => ({
      source: file.source,
      annotations: file.annotations.map((a) => {
        const at = moved(a);
        return at === undefined ? a : placeAt(a, text, at.start, at.end);
      }),
    }));
    if (result.state === 'invalid') {
      this.report(annotationPath(entry.root, entry.rel), result.message);
      return;
    }
    // Keep the live places: the write describes them, and typing may have moved on meanwhile.
    entry.annotations = [...result.file.annotations];
  }

  /**
   * Change the article's annotation file (a new note, a reply, a status...) and show the result.
   * Returns false, after telling the user why, when the file is broken and was left untouched.
   */
  async change(uri: vscode.Uri, change: (file: AnnotationFile) => AnnotationFile): Promise<UpdateResult | undefined> {
    const where = locate(uri);
    if (where === undefined) {
      void vscode.window.showWarningMessage('NewsLens: only articles (.txt, .md, .news) inside a workspace folder can be annotated.');
      return undefined;
    }
    await this.flush(uri);
    let result: UpdateResult;
    try {
      result = await updateAnnotationFile(where.root, where.rel, change);
    } catch (error) {
      const message = `NewsLens: could not save the annotations of ${where.rel}: ${error instanceof Error ? error.message : String(error)}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
    if (result.state === 'invalid') {
      const message = `NewsLens: nothing was saved, because the annotation file is broken and is left as it is until it is fixed. ${result.message}`;
      this.log.warn(message);
      void vscode.window.showErrorMessage(message);
      return result;
    }
    await this.reloadAfterOwnWrite(uri, result.file);
    return result;
  }

  /** Show our own write at once (the file watcher will confirm it a moment later). */
  private async reloadAfterOwnWrite(uri: vscode.Uri, file: AnnotationFile): Promise<void> {
    const key = uri.toString();
    const where = locate(uri);
    if (where === undefined) return;
    const ticket = this.nextTicket(key);
    const diskText = openDocument(uri) === undefined ? await this.currentText(uri) : undefined;
    const onDisk = await existsOnDisk(uri);
    if (this.tickets.get(key) !== ticket) return;
    if (file.annotations.length === 0) {
      this.entries.delete(key);
      this.changed.fire(uri);
      return;
    }
    const previous = this.entries.get(key);
    const document = openDocument(uri);
    const text = document !== undefined ? document.getText() : diskText;
    const anchors = new Map<string, Anchor>();
    for (const a of file.annotations) {
      const known = previous?.anchors.get(a.id);
      const stored = a.target.selector[1];
      // A known annotation whose target we did not change keeps its tracked place.
      const same = previous?.annotations.find((x) => x.id === a.id)?.target.selector[1];
      anchors.set(a.id, known !== undefined && same?.start === stored.start && same.end === stored.end ? known : text === undefined ? orphanForMissing : anchorOf(text, a));
    }
    this.entries.set(key, { uri, ...where, state: 'ok', message: undefined, annotations: [...file.annotations], anchors, articleMissing: !onDisk });
    this.changed.fire(uri);
  }

  /** Forget an article (its annotation file was moved with it). */
  forget(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire(uri);
  }

  /** The article's text now: the open document's, else the file's; undefined when it is gone. */
  async currentText(uri: vscode.Uri): Promise<string | undefined> {
    const document = openDocument(uri);
    if (document !== undefined) return document.getText();
    const read = await readArticle(uri.fsPath);
    return read.ok ? read.text : undefined;
  }

  /** Say once, clearly, that a file is broken (which file, what is wrong); again only if that changes. */
  private report(file: string, message: string): void {
    if (this.reported.get(file) === message) return;
    this.reported.set(file, message);
    this.log.warn(`Annotation file not loaded and left untouched until fixed: ${message}`);
    void vscode.window.showWarningMessage(`NewsLens: an annotation file cannot be read; it is left untouched and nothing is saved over it until it is fixed. ${message}`);
  }

  private clearReport(file: string): void {
    if (this.reported.delete(file)) this.log.info(`Annotation file is readable again: ${file}`);
  }

  dispose(): void {
    for (const timer of this.saveTimers.values()) clearTimeout(timer);
    this.saveTimers.clear();
    this.changed.dispose();
  }
}

/**
 * Whether the article is on disk. Not the same as having its text: VS Code keeps a document in
 * memory for a while after its editor closed, also when the file was moved away meanwhile.
 */
async function existsOnDisk(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await fs.stat(uri.fsPath)).isFile();
  } catch {
    return false;
  }
}

const orphanForMissing: Anchor = { state: 'orphan', reason: 'the article is not on disk (deleted, or moved outside the editor)' };

function anchorOf(text: string, annotation: WebAnnotation): Anchor {
  const [quote, position] = annotation.target.selector;
  return anchor(text, { quote, position });
}
