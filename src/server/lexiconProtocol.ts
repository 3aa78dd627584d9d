// The commands between the client and the server for the workspace lexicon: the code actions
// on a mention run them. Plain types and names only (both sides import this file).

/** Run by the server (workspace/executeCommand): one decision written to the lexicon. */
export const APPLY_LEXICON_EDIT_COMMAND = 'newslens.applyLexiconEdit';
/** Run by the client: pick the entity to merge a mention with, then APPLY_LEXICON_EDIT_COMMAND. */
export const MERGE_ENTITY_COMMAND = 'newslens.mergeEntity';

export type LexiconEntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** The same shapes as src/core/annotations/lexiconEdits.ts LexiconEdit. */
export type LexiconEditParams =
  | { readonly kind: 'merge'; readonly alias: string; readonly into: { readonly canonical: string; readonly type: LexiconEntityType } }
  | { readonly kind: 'split'; readonly alias: string; readonly from: string }
  | { readonly kind: 'notEntity'; readonly name: string }
  | { readonly kind: 'type'; readonly canonical: string; readonly type: LexiconEntityType };

/** The argument of APPLY_LEXICON_EDIT_COMMAND: the document the decision was made in, and it. */
export interface ApplyLexiconEditArgs {
  readonly uri: string;
  readonly edit: LexiconEditParams;
}

/** The argument of MERGE_ENTITY_COMMAND. */
export interface MergeEntityArgs {
  readonly uri: string;
  /** The mention's cluster name (what becomes an alias) and its entity key and type. */
  readonly canonical: string;
  readonly key: string;
  readonly type: LexiconEntityType;
}

/** What APPLY_LEXICON_EDIT_COMMAND answers. */
export interface ApplyLexiconEditResult {
  readonly ok: boolean;
  /** The lexicon file written, or why nothing was. */
  readonly file?: string;
  readonly message?: string;
}
