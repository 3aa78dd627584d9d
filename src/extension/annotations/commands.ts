// The annotation commands. Menus pass a comment thread or a comment; the Annotations view
// passes its item; other callers (tests, keybindings) pass `{uri, annotationId}` and the text,
// tag or status, which skips the pickers. Commands that make something return its id.

import * as vscode from 'vscode';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../../core/annotations/model';
import { placeAt } from '../../core/annotations/create';
import { tagsOf } from '../../core/annotations/read';
import { type AnnotationRef, type AnnotationThreads, NoteComment, STATUS_LABELS } from './comments';
import { type AnnotationStore, isAnnotatable } from './store';

interface WithText {
  readonly text?: string;
}

export function registerAnnotationCommands(store: AnnotationStore, threads: AnnotationThreads): vscode.Disposable {
  /** The annotation an argument means: a thread of ours, a comment, a view item or a plain ref. */
  const refOf = (arg: unknown): AnnotationRef | undefined => {
    if (arg instanceof NoteComment) return { uri: arg.article, annotationId: arg.annotationId };
    if (isThread(arg)) return threads.ownerOf(arg);
    const node = arg as { kind?: string; article?: { uri: vscode.Uri }; annotation?: { id: string } } | undefined;
    if (node?.kind === 'annotation' && node.article !== undefined && node.annotation !== undefined) return { uri: node.article.uri, annotationId: node.annotation.id };
    const o = arg as Partial<AnnotationRef> | undefined;
    if (o !== undefined && o !== null && typeof o.annotationId === 'string' && o.uri !== undefined) return { uri: o.uri, annotationId: o.annotationId };
    return undefined;
  };
  const need = (arg: unknown): AnnotationRef | undefined => {
    const ref = refOf(arg);
    if (ref === undefined) void vscode.window.showWarningMessage('NewsLens: choose an annotation (a note thread or an item of the Annotations view).');
    return ref;
  };
  const status = (value: AnnotationStatus) => (arg: unknown): Promise<boolean> | undefined => {
    const ref = need(arg);
    return ref === undefined ? undefined : threads.setStatus(ref, value);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('newslens.annotations.addNote', async (note?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (editor === undefined || !isAnnotatable(editor.document.uri)) {
        void vscode.window.showWarningMessage('NewsLens: open an article (.txt, .md or .news in the workspace) and select the text to annotate.');
        return undefined;
      }
      if (typeof note === 'string') return threads.create(editor.document, editor.selection, note);
      threads.openDraft(editor);
      return undefined;
    }),
    vscode.commands.registerCommand('newslens.annotations.createNote', (reply: vscode.CommentReply) => threads.createFromReply(reply)),
    vscode.commands.registerCommand('newslens.annotations.reply', (reply: vscode.CommentReply | (AnnotationRef & WithText)) => {
      const ref = isThread((reply as vscode.CommentReply).thread) ? threads.ownerOf((reply as vscode.CommentReply).thread) : refOf(reply);
      if (ref === undefined) return threads.createFromReply(reply as vscode.CommentReply);
      return threads.reply(ref, reply.text ?? '');
    }),
    vscode.commands.registerCommand('newslens.annotations.editNote', (comment: NoteComment) => {
      const thread = threads.threadOf(comment.article, comment.annotationId);
      if (thread === undefined) return;
      thread.comments = thread.comments.map((c) => {
        if (c instanceof NoteComment && c.note.id === comment.note.id) c.mode = vscode.CommentMode.Editing;
        return c;
      });
    }),
    vscode.commands.registerCommand('newslens.annotations.saveNote', async (comment: NoteComment | (AnnotationRef & { commentId: string; text: string })) => {
      if (comment instanceof NoteComment) {
        const text = typeof comment.body === 'string' ? comment.body : String(comment.body);
        comment.mode = vscode.CommentMode.Preview;
        const saved = await threads.editNote({ uri: comment.article, annotationId: comment.annotationId }, comment.note.id, text);
        restore(threads, comment, saved ? undefined : comment.note.text);
        return saved;
      }
      return threads.editNote(comment, comment.commentId, comment.text);
    }),
    vscode.commands.registerCommand('newslens.annotations.cancelEditNote', (comment: NoteComment) => restore(threads, comment, comment.note.text)),
    vscode.commands.registerCommand('newslens.annotations.deleteNote', async (comment: NoteComment | (AnnotationRef & { commentId: string })) => {
      const ref = comment instanceof NoteComment ? { uri: comment.article, annotationId: comment.annotationId } : comment;
      const commentId = comment instanceof NoteComment ? comment.note.id : comment.commentId;
      const entry = store.get(typeof ref.uri === 'string' ? vscode.Uri.parse(ref.uri) : ref.uri);
      const annotation = entry?.annotations.find((a) => a.id === ref.annotationId);
      const notes = annotation?.body.filter((b) => b.purpose === 'commenting').length ?? 0;
      if (comment instanceof NoteComment && notes <= 1) {
        const answer = await vscode.window.showWarningMessage('Delete this annotation? It has no other notes, so the thread goes too.', { modal: true }, 'Delete');
        if (answer !== 'Delete') return false;
      }
      return threads.deleteNote(ref, commentId);
    }),
    vscode.commands.registerCommand('newslens.annotations.markOpen', status('open')),
    vscode.commands.registerCommand('newslens.annotations.markVerified', status('verified')),
    vscode.commands.registerCommand('newslens.annotations.markDisputed', status('disputed')),
    vscode.commands.registerCommand('newslens.annotations.markResolved', status('resolved')),
    vscode.commands.registerCommand('newslens.annotations.setStatus', async (arg: unknown, value?: unknown) => {
      const ref = need(arg);
      if (ref === undefined) return false;
      let chosen = typeof value === 'string' && (ANNOTATION_STATUSES as readonly string[]).includes(value) ? (value as AnnotationStatus) : undefined;
      if (chosen === undefined) {
        const pick = await vscode.window.showQuickPick(ANNOTATION_STATUSES.map((s) => ({ label: STATUS_LABELS[s], status: s })), { title: 'Status of the annotation' });
        chosen = pick?.status;
      }
      return chosen === undefined ? false : threads.setStatus(ref, chosen);
    }),
    vscode.commands.registerCommand('newslens.annotations.addTag', async (arg: unknown, tag?: unknown) => {
      const ref = need(arg);
      if (ref === undefined) return false;
      const tags = typeof tag === 'string' ? [tag] : await pickTags(store);
      return tags.length === 0 ? false : threads.addTags(ref, tags);
    }),
    vscode.commands.registerCommand('newslens.annotations.removeTag', async (arg: unknown, tag?: unknown) => {
      const ref = need(arg);
      if (ref === undefined) return false;
      const uri = typeof ref.uri === 'string' ? vscode.Uri.parse(ref.uri) : ref.uri;
      const annotation = store.get(uri)?.annotations.find((a) => a.id === ref.annotationId);
      const have = annotation === undefined ? [] : tagsOf(annotation);
      const chosen = typeof tag === 'string' ? tag : (await vscode.window.showQuickPick(have.map((t) => `#${t}`), { title: 'Remove a tag' }))?.slice(1);
      return chosen === undefined || chosen === '' ? false : threads.removeTag(ref, chosen);
    }),
    vscode.commands.registerCommand('newslens.annotations.reattach', async (arg: unknown) => {
      const ref = need(arg);
      if (ref === undefined) return false;
      const uri = typeof ref.uri === 'string' ? vscode.Uri.parse(ref.uri) : ref.uri;
      const editor = vscode.window.activeTextEditor;
      if (editor === undefined || editor.document.uri.toString() !== uri.toString() || editor.selection.isEmpty) {
        await vscode.window.showTextDocument(uri, { preview: true });
        void vscode.window.showInformationMessage('NewsLens: select the text this note is about, then choose Re-attach to Selection again.');
        return false;
      }
      const text = editor.document.getText();
      const start = editor.document.offsetAt(editor.selection.start);
      const end = editor.document.offsetAt(editor.selection.end);
      return threads.update(ref, (a) => placeAt(a, text, start, end));
    }),
    vscode.commands.registerCommand('newslens.annotations.deleteAnnotation', async (arg: unknown, confirmed?: unknown) => {
      const ref = need(arg);
      if (ref === undefined) return false;
      if (confirmed !== true) {
        const answer = await vscode.window.showWarningMessage('Delete this annotation and all of its notes?', { modal: true }, 'Delete');
        if (answer !== 'Delete') return false;
      }
      return threads.deleteAnnotation(ref);
    }),
  );
}

function isThread(value: unknown): value is vscode.CommentThread {
  const o = value as Partial<vscode.CommentThread> | undefined;
  return o !== undefined && o !== null && typeof o === 'object' && o.uri instanceof vscode.Uri && Array.isArray(o.comments) && 'canReply' in o;
}

/** Leave edit mode; `text` puts back the text the comment had before (cancel, or a failed save). */
function restore(threads: AnnotationThreads, comment: NoteComment, text: string | undefined): void {
  const thread = threads.threadOf(comment.article, comment.annotationId);
  if (thread === undefined) return;
  thread.comments = thread.comments.map((c) => {
    if (c instanceof NoteComment && c.note.id === comment.note.id) {
      if (text !== undefined) c.body = text;
      c.mode = vscode.CommentMode.Preview;
    }
    return c;
  });
}

/** A picker of the workspace's tags that also takes a new one typed in. */
async function pickTags(store: AnnotationStore): Promise<string[]> {
  const known = [...new Set(store.all().flatMap((e) => e.annotations.flatMap(tagsOf)))].sort();
  const pick = vscode.window.createQuickPick();
  pick.title = 'Add a tag';
  pick.placeholder = 'Choose a tag or type a new one (without #)';
  const base = known.map((t) => ({ label: `#${t}` }));
  pick.items = base;
  pick.onDidChangeValue((value) => {
    const clean = value.trim().replace(/^#/, '');
    pick.items = clean === '' || known.includes(clean) ? base : [{ label: `#${clean}`, description: 'new tag' }, ...base];
  });
  const chosen = await new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() === '' ? undefined : pick.value)));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  const tag = chosen?.trim().replace(/^#/, '').replace(/\s+/g, '-');
  return tag === undefined || tag === '' ? [] : [tag];
}
