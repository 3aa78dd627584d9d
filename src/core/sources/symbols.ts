// The outline of one source and name matching for workspace symbol search.

import type { DateMention, EntityMention, EntityType, Figure } from '../model';
import { keyType } from './keys';
import type { Source } from './source';
import { DAT, ENT, FIG } from './store';
import type { DocumentSymbol, LocatedSpan } from './types';

const GROUPS: readonly (readonly [EntityType, string])[] = [
  ['PER', 'People'], ['ORG', 'Organisations'], ['LOC', 'Places'], ['MISC', 'Other names'],
];

/** Groups People, Organisations, Places, Other names (each entity once), Figures, Dates (each mention). */
export function documentSymbolsOf(source: Source): DocumentSymbol[] {
  const { store } = source;
  const out: DocumentSymbol[] = [];
  for (const [type, name] of GROUPS) {
    const children: DocumentSymbol[] = [];
    for (let g = 0; g < store.groupCount(ENT); g++) {
      const count = store.groupSize(ENT, g);
      if (count === 0 || keyType(store.groupKey(ENT, g)) !== type) continue;
      const first = store.item(ENT, store.groupItem(ENT, g, 0)) as EntityMention;
      children.push({
        ...source.locate(first), name: first.canonical, detail: `${count} mention${count === 1 ? '' : 's'}`,
        kind: 'entity', entityType: type, count, children: [],
      });
    }
    children.sort((a, b) => a.start - b.start);
    pushGroup(out, source, name, children);
  }
  const figures: DocumentSymbol[] = [];
  for (let r = 0; r < store.ranks(FIG); r++) {
    const f = store.item(FIG, store.atRank(FIG, r)) as Figure;
    figures.push({
      ...source.locate(f), name: f.text.replace(/\s+/g, ' '), detail: [f.qualifier, String(f.value), f.unit].filter((s) => s !== null).join(' '),
      kind: 'figure' as const, children: [],
    });
  }
  pushGroup(out, source, 'Figures', figures);
  const dates: DocumentSymbol[] = [];
  for (let r = 0; r < store.ranks(DAT); r++) {
    const d = store.item(DAT, store.atRank(DAT, r)) as DateMention;
    dates.push({ ...source.locate(d), name: d.text.replace(/\s+/g, ' '), detail: d.value, kind: 'date' as const, children: [] });
  }
  pushGroup(out, source, 'Dates', dates);
  return out;
}

/** A group's range covers its children, as editors require of outline nodes. */
function pushGroup(out: DocumentSymbol[], source: Source, name: string, children: DocumentSymbol[]): void {
  if (children.length === 0) return;
  let start = Infinity;
  let end = -Infinity;
  for (const c of children) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  const range: LocatedSpan = source.locate({ start, end });
  out.push({ ...range, name, detail: String(children.length), kind: 'group', count: children.length, children });
}

/**
 * How well a folded name matches a folded query: 3 at the start of a word, 2 inside a word,
 * 1 as a subsequence ("gpetro" in "gustavo petro"), 0 not at all. An empty query matches all.
 */
export function matchScore(name: string, query: string): number {
  if (query === '') return 1;
  const at = name.indexOf(query);
  if (at === 0 || (at > 0 && name.includes(' ' + query))) return 3;
  if (at > 0) return 2;
  let j = 0;
  for (let i = 0; i < name.length && j < query.length; i++) if (name.charCodeAt(i) === query.charCodeAt(j)) j++;
  return j === query.length ? 1 : 0;
}
