// The decisions a user makes on a mention, as changes to a lexicon (the code actions "Merge
// with…", "Split from…", "Not an entity", "Mark as …"). Pure: the host reads the file, applies
// one of these, checks the result and writes it.

import type { EntityType } from '../model';
import { nameKey } from '../recognize/names/aliases';
import { compileLexicon, normalizeLexicon, type Lexicon, type LexiconEntity } from './lexicon';

export type LexiconEdit =
  /** Every mention named `alias` (a machine cluster name) becomes `into`. */
  | { readonly kind: 'merge'; readonly alias: string; readonly into: { readonly canonical: string; readonly type: EntityType } }
  /** Mentions written `alias` are no longer part of `from`, here or across sources. */
  | { readonly kind: 'split'; readonly alias: string; readonly from: string }
  /** Mentions written or named `name` are not entities. */
  | { readonly kind: 'notEntity'; readonly name: string }
  /** The entity named `canonical` has type `type`. */
  | { readonly kind: 'type'; readonly canonical: string; readonly type: EntityType };

const same = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** The entity a name belongs to in the lexicon (as canonical or alias). */
function ownerOf(lexicon: Lexicon, name: string): LexiconEntity | undefined {
  return lexicon.entities.find((e) => same(e.canonical, name) || e.aliases.some((a) => same(a, name)));
}

function withoutName(entities: readonly LexiconEntity[], name: string): LexiconEntity[] {
  return entities.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !same(a, name)) }));
}

/** The lexicon with one decision made; throws (with a message for the user) if it contradicts itself. */
export function editLexicon(lexicon: Lexicon, edit: LexiconEdit): Lexicon {
  let next: Lexicon;
  switch (edit.kind) {
    case 'merge': {
      if (same(edit.alias, edit.into.canonical)) return normalizeLexicon(lexicon);
      // Merging into something the lexicon already folds into another entity means into that one.
      const target = ownerOf(lexicon, edit.into.canonical) ?? { canonical: edit.into.canonical, type: edit.into.type, aliases: [] };
      if (same(edit.alias, target.canonical)) return normalizeLexicon(lexicon);
      // An entity merged into another brings its own aliases along.
      const absorbed = lexicon.entities.find((e) => same(e.canonical, edit.alias));
      const rest = withoutName(lexicon.entities, edit.alias)
        .filter((e) => !same(e.canonical, edit.alias) && !same(e.canonical, target.canonical));
      const merged: LexiconEntity = {
        canonical: target.canonical, type: target.type,
        aliases: [...target.aliases, edit.alias, ...(absorbed?.aliases ?? [])].filter((a) => !same(a, target.canonical)),
      };
      next = {
        ...lexicon,
        entities: [...rest, merged],
        split: lexicon.split.filter((s) => !(same(s.alias, edit.alias) && same(s.from, target.canonical))),
        notEntities: lexicon.notEntities.filter((n) => !same(n, edit.alias)),
      };
      break;
    }
    case 'split': {
      if (same(edit.alias, edit.from)) return normalizeLexicon(lexicon);
      next = {
        ...lexicon,
        entities: lexicon.entities.map((e) => (same(e.canonical, edit.from) ? { ...e, aliases: e.aliases.filter((a) => !same(a, edit.alias)) } : e)),
        split: [...lexicon.split, { alias: edit.alias, from: edit.from }],
      };
      break;
    }
    case 'notEntity':
      next = {
        ...lexicon,
        entities: withoutName(lexicon.entities, edit.name).filter((e) => !same(e.canonical, edit.name)),
        notEntities: [...lexicon.notEntities, edit.name],
      };
      break;
    case 'type': {
      const owner = ownerOf(lexicon, edit.canonical);
      next = owner !== undefined
        ? { ...lexicon, entities: lexicon.entities.map((e) => (e === owner ? { ...e, type: edit.type } : e)) }
        : { ...lexicon, entities: [...lexicon.entities, { canonical: edit.canonical, type: edit.type, aliases: [] }] };
      next = { ...next, notEntities: next.notEntities.filter((n) => !same(n, edit.canonical)) };
      break;
    }
  }
  const normalized = normalizeLexicon(next);
  compileLexicon(normalized); // throws on a contradiction, before anything is written
  return normalized;
}

/** Parses an edit sent over the wire; null when it is not one. */
export function asLexiconEdit(value: unknown): LexiconEdit | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const name = (x: unknown): x is string => typeof x === 'string' && nameKey(x) !== '';
  const type = (x: unknown): x is EntityType => x === 'PER' || x === 'ORG' || x === 'LOC' || x === 'MISC';
  switch (v['kind']) {
    case 'merge': {
      const into = v['into'] as Record<string, unknown> | null | undefined;
      return name(v['alias']) && typeof into === 'object' && into !== null && name(into['canonical']) && type(into['type'])
        ? { kind: 'merge', alias: v['alias'], into: { canonical: into['canonical'], type: into['type'] } } : null;
    }
    case 'split':
      return name(v['alias']) && name(v['from']) ? { kind: 'split', alias: v['alias'], from: v['from'] } : null;
    case 'notEntity':
      return name(v['name']) ? { kind: 'notEntity', name: v['name'] } : null;
    case 'type':
      return name(v['canonical']) && type(v['type']) ? { kind: 'type', canonical: v['canonical'], type: v['type'] } : null;
    default:
      return null;
  }
}
