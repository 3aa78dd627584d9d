// One source's part of the report: its label, its claims (with the lexicon's decisions applied,
// as everywhere else) and its annotations re-anchored in its current text. Hosts call this once
// per source, so they can report progress and stop between sources.

import { anchor } from '../annotations/anchor';
import { applyLexicon, type Lexicon } from '../annotations/lexicon';
import type { Anchor, WebAnnotation } from '../annotations/model';
import { notesOf, statusOf, tagsOf } from '../annotations/read';
import { compareAnnotations } from '../annotations/serialize';
import { claimsOf, claimSource } from '../facts/claims';
import type { PreparedSource, ReportAnnotation, ReportSourceInput } from './types';

const GONE: Anchor = { state: 'orphan', reason: 'the article is not in the workspace any more' };

function anchorIn(text: string | null, annotation: WebAnnotation): Anchor {
  if (text === null) return GONE;
  const [quote, position] = annotation.target.selector;
  return anchor(text, { quote, position });
}

/** Anchored annotations in reading order, then orphans in their stored order. */
function byPlace(a: ReportAnnotation, b: ReportAnnotation): number {
  const at = (x: ReportAnnotation): [number, number] => (x.anchor.state === 'anchored' ? [x.anchor.start, x.anchor.end] : [Infinity, Infinity]);
  const [as, ae] = at(a);
  const [bs, be] = at(b);
  return (as === bs ? 0 : as < bs ? -1 : 1) || (ae === be ? 0 : ae < be ? -1 : 1) || compareAnnotations(a.annotation, b.annotation);
}

/** The source's label, claims and re-anchored annotations. */
export function prepareSource(input: ReportSourceInput, lexicon?: Lexicon): PreparedSource {
  const analysis = input.analysis === null ? null : applyLexicon(input.analysis, lexicon);
  const label = analysis === null ? null : claimSource(input.path, analysis);
  const annotations = input.annotations
    .map((annotation): ReportAnnotation => {
      const placed = anchorIn(analysis?.text ?? null, annotation);
      return {
        annotation,
        anchor: placed,
        source: input.path,
        quote: placed.state === 'anchored' && analysis !== null ? analysis.text.slice(placed.start, placed.end) : annotation.target.selector[0].exact,
        status: statusOf(annotation),
        tags: tagsOf(annotation),
        notes: notesOf(annotation),
      };
    })
    .sort(byPlace);
  return {
    path: input.path,
    title: label?.title ?? input.path.slice(input.path.lastIndexOf('/') + 1),
    outlet: label?.outlet ?? null,
    date: label?.published ?? null,
    present: analysis !== null,
    analysis: input.analysis,
    claims: analysis === null ? { claims: [], events: [] } : claimsOf(input.path, analysis),
    annotations,
  };
}
