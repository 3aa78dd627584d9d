// Annotations as VS Code comment threads ("NewsLens notes"): one thread per annotation on its
// span; the first comment is the note, the others replies. Threads exist for open articles and
// follow the store (which follows edits, the disk and other windows). The actions on threads
// and comments are the commands below; package.json puts them in the comment menus.

import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { addReply, addTags, createAnnotation, deleteNote, editNote, removeAnnotation, removeTag, setStatus, upsertAnnotations, type Stamp } from '../../core/annotations/create';
import { ANNOTATION_STATUSES, type AnnotationStatus, type WebAnnotation } from '../../core/annotations/model';
import { notesOf, statusOf, tagsOf, type Note } from '../../core/annotations/read';
import { currentAuthor } from './author';
import { type AnnotationStore, isAnnotatable } from './store';

export const CONTROLLER_ID = 'newslens.notes';
export const STATUS_LABELS: Record<AnnotationStatus, string> = { open: 'Open', verified: 'Verified', disputed: 'Disputed', resolved: 'Resolved' };

/** One comment of a thread, remembering which note of which annotation it shows. */
class NoteComment implements vscode.Comment {
  body: string;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly contextValue = 'newslens.note';
  readonly label?: string;
  readonly timestamp: Date;

  constructor(readonly article: vscode.Uri, readonly annotationId: string, readonly note: Note) {
    this.body = note.text;
    this.author = { name: note.author };
    this.timestamp = new Date(note.created);
    if (note.modified !== note.created) this.label = 'edited';
  }
}

/** What a thread or comment action is about. Commands take a thread, a comment, or this (tests, the view). */
export interface AnnotationRef {
  readonly uri: vscode.Uri | string;
  readonly annotationId: string;
}

async function stamp(): Promise<Stamp> {
  return { newId: () => `urn:uuid:${randomUUID()}`, now: new Date().toISOString(), author: await currentAuthor() };
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

export class AnnotationThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(CONTROLLER_ID, 'NewsLens notes');
  /** uri → annotation id → thread. */
  private readonly threads = new Map<string, Map<string, vscode.CommentThread>>();
  private readonly owners = new WeakMap<vscode.CommentThread, AnnotationRef>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.controller.options = { prompt: 'Write a note (#tags allowed)…', placeHolder: 'Note on the selected text; #tags become tags' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => {
        if (!isAnnotatable(document.uri)) return [];
        const last = document.lineAt(Math.max(0, document.lineCount - 1));
        return [new vscode.Range(0, 0, last.lineNumber, last.range.end.character)];
      },
    };
    this.disposables.push(
      store.onDidChange((uri) => (uri === undefined ? this.syncAll() : this.sync(uri))),
      vscode.workspace.onDidOpenTextDocument((document) => this.sync(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.sync(document.uri)),
    );
    this.syncAll();
  }

  /** The annotation a thread shows, if it is one of ours (drafts are not). */
  ownerOf(thread: vscode.CommentThread): AnnotationRef | undefined {
    return this.owners.get(thread);
  }

  threadOf(uri: vscode.Uri, annotationId: string): vscode.CommentThread | undefined {
    return this.threads.get(uri.toString())?.get(annotationId);
  }

  private syncAll(): void {
    const uris = new Set([...this.threads.keys(), ...this.store.all().map((a) => a.uri.toString())]);
    for (const key of uris) this.sync(vscode.Uri.parse(key));
  }

  /** Make the article's threads match the store: one per placed annotation, while it is open. */
  sync(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = openDocument(uri);
    const entry = this.store.get(uri);
    const existing = this.threads.get(key) ?? new Map<string, vscode.CommentThread>();
    const wanted = new Set<string>();
    if (document !== undefined && entry !== undefined) {
      for (const annotation of entry.annotations) {
        const placed = entry.anchors.get(annotation.id);
        if (placed?.state !== 'anchored') continue;
        wanted.add(annotation.id);
        const range = new vscode.Range(document.positionAt(placed.start), document.positionAt(placed.end));
        let thread = existing.get(annotation.id);
        if (thread === undefined) {
          thread = this.controller.createCommentThread(uri, range, []);
          thread.canReply = true;
          thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
          this.owners.set(thread, { uri, annotationId: annotation.id });
          existing.set(annotation.id, thread);
        } else if (thread.range === undefined || !thread.range.isEqual(range)) {
          thread.range = range;
        }
        this.render(thread, uri, annotation);
      }
    }
    for (const [id, thread] of existing) {
      if (!wanted.has(id)) {
        thread.dispose();
        existing.delete(id);
      }
    }
    if (existing.size > 0) this.threads.set(key, existing);
    else this.threads.delete(key);
  }

  private render(thread: vscode.CommentThread, uri: vscode.Uri, annotation: WebAnnotation): void {
    const status = statusOf(annotation);
    const tags = tagsOf(annotation);
    const label = [STATUS_LABELS[status], tags.map((t) => `#${t}`).join(' ')].filter((s) => s !== '').join(' · ');
    if (thread.label !== label) thread.label = label;
    const contextValue = `newslens.annotation.${status}`;
    if (thread.contextValue !== contextValue) thread.contextValue = contextValue;
    const state = status === 'resolved' || status === 'verified' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    if (thread.state !== state) thread.state = state;
    // A comment being edited keeps its text box: re-rendering now would throw the typing away.
    if (thread.comments.some((c) => c.mode === vscode.CommentMode.Editing)) return;
    const notes = notesOf(annotation);
    const current = thread.comments as readonly NoteComment[];
    const same = current.length === notes.length && current.every((c, i) => c.note.id === notes[i]?.id && c.note.text === notes[i]?.text && c.note.modified === notes[i]?.modified && c.note.author === notes[i]?.author);
    if (!same) thread.comments = notes.map((n) => new NoteComment(uri, annotation.id, n));
  }

  // --- actions ------------------------------------------------------------------------------

  /** A new annotation from a draft thread (the user selected text, clicked +, wrote, pressed Add Note). */
  async createFromReply(reply: vscode.CommentReply): Promise<string | undefined> {
    const { thread, text } = reply;
    const document = openDocument(thread.uri) ?? (await vscode.workspace.openTextDocument(thread.uri));
    const range = thread.range ?? document.lineAt(0).range;
    const id = await this.create(document, range, text);
    if (id !== undefined) thread.dispose();
    return id;
  }

  /** Create an annotation on `range` of `document` with a first note; returns its id. */
  async create(document: vscode.TextDocument, range: vscode.Range, note: string): Promise<string | undefined> {
    if (note.trim() === '') {
      void vscode.window.showWarningMessage('NewsLens: write a note first.');
      return undefined;
    }
    // A click on + without a selection gives an empty range: annotate the line's text.
    let span = range;
    if (span.isEmpty) {
      const line = document.lineAt(span.start.line);
      span = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.range.end.character);
    }
    const text = document.getText();
    const start = document.offsetAt(span.start);
    const end = document.offsetAt(span.end);
    if (end <= start) {
      void vscode.window.showWarningMessage('NewsLens: select the text the note is about (this line is empty).');
      return undefined;
    }
    const s = await stamp();
    let created: WebAnnotation | undefined;
    const result = await this.store.change(document.uri, (file) => {
      created = createAnnotation(file.source, text, start, end, note, s);
      return upsertAnnotations(file, [created]);
    });
    if (result === undefined || result.state === 'invalid' || created === undefined) return undefined;
    const thread = this.threadOf(document.uri, created.id);
    if (thread !== undefined) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return created.id;
  }

  /** Apply `update` to one annotation as it is on disk now. */
  async update(ref: AnnotationRef, update: (annotation: WebAnnotation, s: Stamp) => WebAnnotation | undefined): Promise<boolean> {
    const uri = typeof ref.uri === 'string' ? vscode.Uri.parse(ref.uri) : ref.uri;
    const s = await stamp();
    let found = false;
    const result = await this.store.change(uri, (file) => {
      const current = file.annotations.find((a) => a.id === ref.annotationId);
      if (current === undefined) return file;
      found = true;
      const next = update(current, s);
      return next === undefined ? removeAnnotation(file, ref.annotationId) : upsertAnnotations(file, [next]);
    });
    if (result !== undefined && result.state !== 'invalid' && !found) {
      void vscode.window.showWarningMessage('NewsLens: this annotation is no longer in its file (removed elsewhere?).');
    }
    return result !== undefined && result.state !== 'invalid' && found;
  }

  reply(ref: AnnotationRef, text: string): Promise<boolean> {
    if (text.trim() === '') return Promise.resolve(false);
    return this.update(ref, (a, s) => addReply(a, text, s));
  }

  setStatus(ref: AnnotationRef, status: AnnotationStatus): Promise<boolean> {
    return this.update(ref, (a, s) => setStatus(a, status, s.now));
  }

  addTags(ref: AnnotationRef, tags: readonly string[]): Promise<boolean> {
    return this.update(ref, (a, s) => addTags(a, tags, s.now));
  }

  removeTag(ref: AnnotationRef, tag: string): Promise<boolean> {
    return this.update(ref, (a, s) => removeTag(a, tag, s.now));
  }

  editNote(ref: AnnotationRef, commentId: string, text: string): Promise<boolean> {
    return this.update(ref, (a, s) => editNote(a, commentId, text, s.now));
  }

  deleteNote(ref: AnnotationRef, commentId: string): Promise<boolean> {
    return this.update(ref, (a, s) => deleteNote(a, commentId, s.now));
  }

  deleteAnnotation(ref: AnnotationRef): Promise<boolean> {
    return this.update(ref, () => undefined);
  }

  /** Open an empty thread on the editor's selection for the user to write the first note in. */
  openDraft(editor: vscode.TextEditor): void {
    const thread = this.controller.createCommentThread(editor.document.uri, editor.selection, []);
    thread.canReply = true;
    thread.contextValue = 'newslens.draft';
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  /** For the tests and the view: every thread of an article as the editor shows it. */
  describe(uri: vscode.Uri): Array<{ annotationId: string; range: [number, number, number, number] | undefined; label: string | undefined; contextValue: string | undefined; comments: Array<{ body: string; author: string }> }> {
    return [...(this.threads.get(uri.toString()) ?? new Map<string, vscode.CommentThread>())].map(([annotationId, t]) => ({
      annotationId,
      range: t.range === undefined ? undefined : [t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character],
      label: t.label,
      contextValue: t.contextValue,
      comments: t.comments.map((c) => ({ body: typeof c.body === 'string' ? c.body : c.body.value, author: c.author.name })),
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.controller.dispose();
  }
}

/** The statuses a thread can be given, for pickers. */
export const STATUSES = ANNOTATION_STATUSES;
export { NoteComment };
