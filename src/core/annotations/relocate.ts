// Finding an article again by its content after it was moved or renamed outside the editor: an
// annotation file whose source no longer exists is matched against the articles that have no
// annotation file of their own, by how many of its quotes they contain with their context.

import { anchor } from './anchor';
import type { AnnotationFile } from './model';

export interface Candidate {
  readonly source: string;
  readonly text: string;
}

/**
 * The one candidate that holds the file's quotes (at least half of them, placed by position or
 * exact quote), or undefined when none does or two do equally well (we do not guess).
 */
export function findMovedArticle(file: AnnotationFile, candidates: readonly Candidate[]): string | undefined {
  const total = file.annotations.length;
  if (total === 0) return undefined;
  let best: { source: string; found: number } | undefined;
  let tie = false;
  for (const candidate of candidates) {
    let found = 0;
    for (const a of file.annotations) {
      const [quote, position] = a.target.selector;
      const placed = anchor(candidate.text, { quote, position });
      if (placed.state === 'anchored' && placed.method !== 'fuzzy') found++;
    }
    if (found * 2 < total || found === 0) continue;
    if (best === undefined || found > best.found) {
      best = { source: candidate.source, found };
      tie = false;
    } else if (found === best.found) {
      tie = true;
    }
  }
  return tie ? undefined : best?.source;
}
