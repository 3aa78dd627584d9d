// Moving annotated spans through the edits made in an open editor, exactly: the span keeps
// covering the characters it was made on, wherever typing moves them.
//
// The rules, for one change that replaces `rangeLength` characters at `rangeOffset` with `text`:
// - an edit wholly before the span shifts it; wholly after leaves it;
// - text typed exactly at the span's start or end stays outside it (as with VS Code's default
//   decoration stickiness), so typing next to a note does not grow it;
// - an edit wholly inside the span grows or shrinks it (replacing its first word is inside);
// - an edit that overlaps one end cuts the span back to what survives of it (the new text
//   counts as outside, since it replaced text the note was not about);
// - an edit that removes every character of the span collapses it: the result is `undefined`,
//   and the caller marks the annotation an orphan (its quote kept, so undo or a later re-anchor
//   can place it again). Nothing is ever deleted here.

/** One change as VS Code and LSP report it, offsets in the text before this change. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The span after one change, or undefined when the change removed all of it. */
export function mapSpanThroughChange(span: Span, change: ContentChange): Span | undefined {
  const { start, end } = span;
  const from = change.rangeOffset;
  const to = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  // Wholly before the span, including text typed exactly at its start (which stays outside).
  if (to <= start) return { start: start + delta, end: end + delta };
  // Wholly after, including text typed exactly at its end.
  if (from >= end) return span;
  // Every character of the span is replaced or deleted: nothing is left to annotate.
  if (from <= start && to >= end) return undefined;
  // Inside the span (touching its ends from within counts as inside): it grows or shrinks.
  if (from >= start && to <= end) return { start, end: end + delta };
  // Overlapping the start: what survives begins after the new text.
  if (from < start) return { start: from + change.text.length, end: end + delta };
  // Overlapping the end: what survives ends where the change began.
  return { start, end: from };
}

/**
 * The span after a sequence of changes applied one after another (as VS Code's
 * `onDidChangeTextDocument` and LSP incremental sync deliver them), or undefined once collapsed.
 */
export function mapSpanThroughChanges(span: Span, changes: readonly ContentChange[]): Span | undefined {
  let current: Span | undefined = span;
  for (const change of changes) {
    if (current === undefined) return undefined;
    current = mapSpanThroughChange(current, change);
  }
  return current !== undefined && current.end > current.start ? current : undefined;
}

/** Apply the changes to a text, in order (used by tests and by hosts that keep a copy). */
export function applyChanges(text: string, changes: readonly ContentChange[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}
