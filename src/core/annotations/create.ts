// Making and changing annotations: pure functions from an annotation (or file) to a new one.
// The host supplies ids and the clock, so the core stays free of Node and of randomness.

import { ANNOTATION_CONTEXT, type Agent, type AnnotationFile, type AnnotationStatus, type TextQuoteSelector, type TextualBody, type WebAnnotation } from './model';

/** Characters of context kept on each side of the quote (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/** What creating or changing an annotation needs from the host. */
export interface Stamp {
  /** A fresh `urn:uuid:...`. */
  readonly newId: () => string;
  /** ISO 8601 date-time of now. */
  readonly now: string;
  readonly author: string;
}

/** The quote selector for `[start, end)` of `text`: the exact text and 32 characters either side. */
export function quoteSelectorAt(text: string, start: number, end: number): TextQuoteSelector {
  // Context never begins or ends in the middle of an emoji (half a surrogate pair).
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `#tags` written in a note: letters, digits, '-', '_' and '/', after a space or at the start. */
export function tagsInNote(note: string): string[] {
  const tags = new Set<string>();
  for (const m of note.matchAll(/(?:^|[\s(])#([\p{L}\p{N}][\p{L}\p{N}_/-]*)/gu)) if (m[1] !== undefined) tags.add(m[1]);
  return [...tags];
}

function person(name: string): Agent {
  return { type: 'Person', name };
}

function comment(value: string, stamp: Stamp): TextualBody {
  return { type: 'TextualBody', purpose: 'commenting', value, format: 'text/plain', id: stamp.newId(), creator: person(stamp.author), created: stamp.now, modified: stamp.now };
}

function tagBodies(tags: readonly string[]): TextualBody[] {
  return tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));
}

/** A new annotation: one thread on `[start, end)` of `text`, with its first note and the note's #tags. */
export function createAnnotation(source: string, text: string, start: number, end: number, note: string, stamp: Stamp): WebAnnotation {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: stamp.newId(),
    created: stamp.now,
    modified: stamp.now,
    creator: person(stamp.author),
    motivation: 'commenting',
    body: [comment(note, stamp), ...tagBodies(tagsInNote(note))],
    target: { source, selector: [quoteSelectorAt(text, start, end), { type: 'TextPositionSelector', start, end }] },
  };
}

function withBody(annotation: WebAnnotation, body: readonly TextualBody[], now: string): WebAnnotation {
  return { ...annotation, body, modified: now };
}

function addTagBodies(body: readonly TextualBody[], tags: readonly string[]): TextualBody[] {
  const have = new Set(body.filter((b) => b.purpose === 'tagging').map((b) => b.value));
  return [...body, ...tagBodies(tags.filter((t) => !have.has(t)))];
}

/** Add a reply to the thread (its #tags become the thread's tags). */
export function addReply(annotation: WebAnnotation, note: string, stamp: Stamp): WebAnnotation {
  return withBody(annotation, addTagBodies([...annotation.body, comment(note, stamp)], tagsInNote(note)), stamp.now);
}

/** Change the text of one comment (new #tags are added; tags are removed only explicitly). */
export function editNote(annotation: WebAnnotation, commentId: string, note: string, now: string): WebAnnotation {
  const body = annotation.body.map((b) => (b.purpose === 'commenting' && b.id === commentId ? { ...b, value: note, modified: now } : b));
  return withBody(annotation, addTagBodies(body, tagsInNote(note)), now);
}

/** Remove one comment; undefined when it was the last one (the thread goes with it). */
export function deleteNote(annotation: WebAnnotation, commentId: string, now: string): WebAnnotation | undefined {
  const body = annotation.body.filter((b) => !(b.purpose === 'commenting' && b.id === commentId));
  if (!body.some((b) => b.purpose === 'commenting')) return undefined;
  return withBody(annotation, body, now);
}

/** Set the status ('open' is stored too, so a reader sees it was chosen). */
export function setStatus(annotation: WebAnnotation, status: AnnotationStatus, now: string): WebAnnotation {
  const body = annotation.body.filter((b) => b.purpose !== 'assessing');
  return withBody(annotation, [...body, { type: 'TextualBody', purpose: 'assessing', value: status }], now);
}

/** Add tags (without '#'); existing ones are kept once. */
export function addTags(annotation: WebAnnotation, tags: readonly string[], now: string): WebAnnotation {
  const clean = tags.map((t) => t.replace(/^#/, '').trim()).filter((t) => t !== '');
  return withBody(annotation, addTagBodies(annotation.body, clean), now);
}

/** Remove one tag. */
export function removeTag(annotation: WebAnnotation, tag: string, now: string): WebAnnotation {
  return withBody(annotation, annotation.body.filter((b) => !(b.purpose === 'tagging' && b.value === tag)), now);
}

/**
 * The annotation placed at `[start, end)` of the current `text`: both selectors describe the
 * text as it is now. `modified` is left alone: moving with the text is not a change of content.
 */
export function placeAt(annotation: WebAnnotation, text: string, start: number, end: number): WebAnnotation {
  const [quote, position] = annotation.target.selector;
  const next = quoteSelectorAt(text, start, end);
  if (position.start === start && position.end === end && quote.exact === next.exact && quote.prefix === next.prefix && quote.suffix === next.suffix) {
    return annotation;
  }
  return { ...annotation, target: { ...annotation.target, selector: [next, { type: 'TextPositionSelector', start, end }] } };
}

/** Replace (by id) or add annotations in a file; others are kept as they are. */
export function upsertAnnotations(file: AnnotationFile, annotations: readonly WebAnnotation[]): AnnotationFile {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const kept = file.annotations.map((a) => byId.get(a.id) ?? a);
  const known = new Set(file.annotations.map((a) => a.id));
  return { source: file.source, annotations: [...kept, ...annotations.filter((a) => !known.has(a.id))] };
}

/** Remove an annotation by id. */
export function removeAnnotation(file: AnnotationFile, id: string): AnnotationFile {
  return { source: file.source, annotations: file.annotations.filter((a) => a.id !== id) };
}
