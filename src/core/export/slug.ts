// Anchor ids for the rows of the Entities table. An id goes into raw HTML (`<a id="…">`) and
// into link fragments, so it is built from a closed alphabet ([a-z0-9-]) and never from the
// canonical name as written: no quote, angle bracket or space can reach the HTML.

import type { EntityCluster } from '../model';

const ANCHOR_PREFIX = 'entity-';

/** The ASCII slug of a name: "Gustavo Petro" -> "gustavo-petro", "Bogotá" -> "bogota". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/**
 * One anchor id per cluster, in cluster order: `entity-<slug>`; a name with no ASCII letters
 * or digits (Arabic, Chinese...) gets `entity-<row number>`; a repeated id gets `-2`, `-3`...
 */
export function entityAnchors(clusters: readonly Pick<EntityCluster, 'id' | 'canonical'>[]): Map<string, string> {
  const anchors = new Map<string, string>();
  const taken = new Set<string>();
  clusters.forEach((cluster, row) => {
    if (anchors.has(cluster.id)) return;
    const base = ANCHOR_PREFIX + (slugOf(cluster.canonical) || String(row + 1));
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    anchors.set(cluster.id, anchor);
  });
  return anchors;
}
