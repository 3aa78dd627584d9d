// One list of entities over many analysed articles, each with every name it goes by and every
// mention in every source: what `newslens compare` and `newslens report` print. The grouping is
// the AliasResolver's, the same the source index uses for hovers and references.

import type { ArticleAnalysis, EntityType } from '../model';
import { nameKey } from '../recognize/names/aliases';
import { applyLexicon, type Lexicon } from '../annotations/lexicon';
import { AliasResolver, type EntityGroupForms } from './resolver';

export interface WorkspaceEntityMention {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface WorkspaceEntity {
  /** The resolved entity key, `${type}:${nameKey(canonical)}`. */
  readonly key: string;
  readonly canonical: string;
  readonly type: EntityType;
  /** Distinct forms as written across sources, most frequent first. */
  readonly aliases: string[];
  /** In source order (as given), then text order. */
  readonly mentions: WorkspaceEntityMention[];
}

export interface WorkspaceSource {
  readonly uri: string;
  readonly analysis: ArticleAnalysis;
}

/** The entity groups of one analysis, with the forms each is written in. */
export function entityGroupsOf(analysis: ArticleAnalysis): EntityGroupForms[] {
  const forms = new Map<string, Set<string>>();
  for (const m of analysis.entities) {
    const key = `${m.type}:${nameKey(m.canonical)}`;
    let set = forms.get(key);
    if (set === undefined) forms.set(key, (set = new Set()));
    set.add(m.text);
  }
  return [...forms].map(([key, set]) => ({ key, forms: [...set] }));
}

/** Mixed case reads better than capitals ("Bogotá" over "BOGOTÁ"); then a stable order. */
export function preferSpelling(a: string, b: string): boolean {
  const capsA = a === a.toUpperCase();
  const capsB = b === b.toUpperCase();
  return capsA !== capsB ? capsB : a < b;
}

/** The most common spelling, mixed case first on ties. */
function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of counts) {
    if (count > bestCount || (count === bestCount && preferSpelling(spelling, best))) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Group every source's entities into workspace entities, the lexicon applied first. */
export function groupWorkspaceEntities(sources: readonly WorkspaceSource[], lexicon?: Lexicon): WorkspaceEntity[] {
  const resolver = new AliasResolver();
  resolver.setLexicon(lexicon);
  const analyses = sources.map((s) => ({ uri: s.uri, analysis: applyLexicon(s.analysis, lexicon) }));
  for (const { analysis } of analyses) for (const group of entityGroupsOf(analysis)) resolver.add(group);

  interface Draft {
    readonly key: string;
    /** Canonical spellings of the resolved key itself, by sources. */
    readonly own: Map<string, number>;
    /** Canonical spellings of any member key (fallback name). */
    readonly any: Map<string, number>;
    readonly aliases: Map<string, number>;
    readonly mentions: WorkspaceEntityMention[];
  }
  const drafts = new Map<string, Draft>();
  const resolved = new Map<string, string>();
  for (const { uri, analysis } of analyses) {
    const spelledHere = new Set<string>();
    for (const m of analysis.entities) {
      const raw = `${m.type}:${nameKey(m.canonical)}`;
      let key = resolved.get(raw);
      if (key === undefined) resolved.set(raw, (key = resolver.resolve(raw)));
      let draft = drafts.get(key);
      if (draft === undefined) {
        draft = { key, own: new Map(), any: new Map(), aliases: new Map(), mentions: [] };
        drafts.set(key, draft);
      }
      draft.mentions.push({ uri, start: m.start, end: m.end, text: m.text });
      draft.aliases.set(m.text, (draft.aliases.get(m.text) ?? 0) + 1);
      const once = `${key}\u0000${m.canonical}`;
      if (spelledHere.has(once)) continue;
      spelledHere.add(once);
      draft.any.set(m.canonical, (draft.any.get(m.canonical) ?? 0) + 1);
      if (raw === key) draft.own.set(m.canonical, (draft.own.get(m.canonical) ?? 0) + 1);
    }
  }

  const lexiconNames = new Map((lexicon?.entities ?? []).map((e) => [nameKey(e.canonical), e.canonical] as const));
  const out: WorkspaceEntity[] = [];
  for (const draft of drafts.values()) {
    const colon = draft.key.indexOf(':');
    const type = draft.key.slice(0, colon) as EntityType;
    const canonical = lexiconNames.get(draft.key.slice(colon + 1)) ?? mostCommon(draft.own.size > 0 ? draft.own : draft.any);
    const aliases = [...draft.aliases].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([text]) => text);
    out.push({ key: draft.key, canonical, type, aliases, mentions: draft.mentions });
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
