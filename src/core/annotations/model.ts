// Annotations as W3C Web Annotation objects (https://www.w3.org/TR/annotation-model/), stored one
// file per article in `.newslens/annotations/<relative path>.json` (DESIGN.md §3):
//   {"source": "<relative path>", "annotations": [WebAnnotation, ...]}
// How NewsLens uses the model:
// - One annotation is one comment thread on one span of one article.
// - Each comment in the thread (the first note and every reply) is a TextualBody with
//   purpose 'commenting', its own id, creator, created and modified.
// - Each tag is a TextualBody with purpose 'tagging' (value without '#').
// - The status is one TextualBody with purpose 'assessing' and a value from AnnotationStatus.
// - The target names the article by its relative path and carries both selectors, quote first.
// Offsets in TextPositionSelector are JavaScript string offsets into the decoded text (a leading
// BOM removed), as everywhere in NewsLens.

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type AnnotationStatus = 'open' | 'verified' | 'disputed' | 'resolved';
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['open', 'verified', 'disputed', 'resolved'];

export interface Agent {
  readonly type: 'Person';
  readonly name: string;
}

export type BodyPurpose = 'commenting' | 'tagging' | 'assessing';

export interface TextualBody {
  readonly type: 'TextualBody';
  readonly purpose: BodyPurpose;
  readonly value: string;
  /** 'text/plain' for comments (they are shown as plain text, never rendered as trusted Markdown). */
  readonly format?: 'text/plain';
  /** Comments only: `urn:uuid:...`. */
  readonly id?: string;
  readonly creator?: Agent;
  /** ISO 8601 date-time. */
  readonly created?: string;
  readonly modified?: string;
}

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  /** Up to 32 characters before `exact`. */
  readonly prefix: string;
  /** Up to 32 characters after `exact`. */
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export interface AnnotationTarget {
  /** The article's path relative to the workspace folder, '/'-separated. */
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

export interface WebAnnotation {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly type: 'Annotation';
  /** `urn:uuid:...` */
  readonly id: string;
  readonly created: string;
  readonly modified: string;
  readonly creator: Agent;
  readonly motivation: 'commenting';
  readonly body: readonly TextualBody[];
  readonly target: AnnotationTarget;
}

/** One article's annotation file. */
export interface AnnotationFile {
  readonly source: string;
  readonly annotations: readonly WebAnnotation[];
}

/** Where an annotation sits in the current text, or why it does not. */
export type Anchor =
  | { readonly state: 'anchored'; readonly start: number; readonly end: number; readonly method: 'position' | 'quote' | 'fuzzy' }
  | { readonly state: 'orphan'; readonly reason: string };
