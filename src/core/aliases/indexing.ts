// What the source index needs from aliasing and the lexicon, kept here so that the index itself
// only calls in: the forms an entity group is written in, and which sources a lexicon change
// touches (those are analysed again; the rest keep their analyses).

import type { InputIssue } from '../model';
import { nameKey } from '../recognize/names/aliases';
import { compileLexicon, type Lexicon } from '../annotations/lexicon';
import type { EntityGroupForms } from './resolver';

/** The little of a source's store read here. */
export interface EntityStoreView {
  readonly text: string;
  count(kind: 0): number;
  groupKey(kind: 0, g: number): string;
  groupSize(kind: 0, g: number): number;
  groupItem(kind: 0, g: number, j: number): number;
  field(kind: 0, i: number, f: number): unknown;
}

const ENT = 0;
const F_TEXT = 2;
const F_CANONICAL = 4;

/** Group `g`'s key and the distinct forms its mentions are written in. */
export function groupForms(store: EntityStoreView, g: number): EntityGroupForms {
  const forms = new Set<string>();
  const n = store.groupSize(ENT, g);
  for (let j = 0; j < n; j++) forms.add(store.field(ENT, store.groupItem(ENT, g, j), F_TEXT) as string);
  return { key: store.groupKey(ENT, g), forms: [...forms] };
}

/**
 * Whether a source analysed under `before` may read differently under `after`: one of its
 * mentions is written or named as something either lexicon decides about. A name `before` kept
 * out ("not an entity") left no mention behind, so for those the text is searched instead.
 */
export function lexiconTouches(store: EntityStoreView, before: Lexicon | undefined, after: Lexicon | undefined): boolean {
  const a = before === undefined ? undefined : compileLexicon(before);
  const b = after === undefined ? undefined : compileLexicon(after);
  const names = new Set([...(a?.names ?? []), ...(b?.names ?? [])]);
  if (names.size === 0) return false;
  for (const removed of a?.notEntities ?? []) {
    if (b?.notEntities.has(removed) === true) continue;
    const firstWord = removed.split(' ')[0] ?? '';
    if (firstWord !== '' && store.text.toLowerCase().includes(firstWord)) return true;
  }
  const n = store.count(ENT);
  for (let i = 0; i < n; i++) {
    if (names.has(nameKey(store.field(ENT, i, F_TEXT) as string))) return true;
    if (names.has(nameKey(store.field(ENT, i, F_CANONICAL) as string))) return true;
  }
  return false;
}

/** Issue codes the analysis itself raises; the others came with the text (decoding). */
const ANALYSIS_ISSUES = new Set(['front-matter', 'markdown-too-large']);

/** The decode issues among an analysis's issues, to analyse the same text again. */
export function decodeIssuesOf(issues: readonly InputIssue[]): InputIssue[] {
  return issues.filter((issue) => !ANALYSIS_ISSUES.has(issue.code));
}

/** Whether two lexicons decide the same (same file text once normalised). */
export function sameLexicon(a: Lexicon | undefined, b: Lexicon | undefined): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
