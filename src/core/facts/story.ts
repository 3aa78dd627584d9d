// Two sources are told apart by what they name. Claims of the same measure from articles about
// different stories ("deaths" in a flood and in a war, both without a place) must not be read
// as contradicting each other: a conflict is only reported between sources that share at least
// two named entities. It costs recall only where sources name nothing in common.

import type { ArticleAnalysis } from '../model';
import { entityKey } from '../sources/keys';

/** Entity keys two sources must share to be read as telling the same story. */
export const SHARED_FOR_STORY = 2;

/** Whether two sources (by uri) are about the same story. */
export type SameStory = (a: string, b: string) => boolean;

/** The entity keys an analysis names. */
export function topicsOf(analysis: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  for (const cluster of analysis.entityClusters) out.add(entityKey(cluster.type, cluster.canonical));
  return out;
}

/** A SameStory over each source's entity keys; a source whose keys are unknown is given the benefit of the doubt. */
export function sameStoryBy(topics: (uri: string) => ReadonlySet<string> | undefined): SameStory {
  const memo = new Map<string, boolean>();
  return (a, b) => {
    if (a === b) return true;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let answer = memo.get(key);
    if (answer === undefined) {
      const x = topics(a);
      const y = topics(b);
      answer = sharesStory(x, y);
      memo.set(key, answer);
    }
    return answer;
  };
}

/** Two sources' entity keys tell one story; unknown keys are given the benefit of the doubt. */
export function sharesStory(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  return x === undefined || y === undefined || sharedAtLeast(x, y, SHARED_FOR_STORY);
}

function sharedAtLeast(x: ReadonlySet<string>, y: ReadonlySet<string>, n: number): boolean {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const key of small) if (large.has(key) && ++shared >= n) return true;
  return false;
}
