// The workspace lexicon: the user's decisions about names, saved in `.newslens/lexicon.json` and
// applied after the machine's analysis, so they win everywhere (hovers, references, exports, CLI).
//
// File format, version 1 (pretty-printed, two-space indent, keys and arrays in a stable order so
// that git diffs and merges stay readable; see serializeLexicon):
//
//   {
//     "version": 1,
//     "entities": [
//       { "canonical": "Drug Enforcement Administration", "type": "ORG", "aliases": ["DEA"] },
//       { "canonical": "Venezuela", "type": "LOC", "aliases": [] }
//     ],
//     "split": [ { "alias": "Petro", "from": "Gustavo Petro" } ],
//     "notEntities": ["Breaking News"]
//   }
//
// - entities: every machine cluster whose canonical name is `canonical` or one of `aliases` becomes
//   this entity with this type ("Merge with…" adds an alias, "Mark as ORG" sets the type). Aliases
//   are matched against the machine's cluster names, not against every word of text, so merging
//   one article's bare "Petro" never captures another article's "Sandra Petro".
// - split: mentions written `alias` that the machine grouped under `from` become an entity of
//   their own named `alias`, and across sources `alias` is never read as `from` again.
// - notEntities: mentions written so, or whole clusters named so, are dropped.
// Names are compared as nameKey does: case, accents and punctuation do not matter.
// Fields this version does not know are an error, not ignored: the file is then reported and
// never rewritten, so a newer NewsLens's decisions are not lost by an older one.

import { ENTITY_TYPES, type ArticleAnalysis, type EntityCluster, type EntityMention, type EntityType } from '../model';
import { nameKey } from '../recognize/names/aliases';

export const LEXICON_VERSION = 1;
export const LEXICON_PATH = '.newslens/lexicon.json';

export interface LexiconEntity {
  readonly canonical: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

export interface LexiconSplit {
  readonly alias: string;
  readonly from: string;
}

export interface Lexicon {
  readonly version: typeof LEXICON_VERSION;
  readonly entities: readonly LexiconEntity[];
  readonly split: readonly LexiconSplit[];
  readonly notEntities: readonly string[];
}

export type LexiconParse = { ok: true; lexicon: Lexicon } | { ok: false; message: string };

export const EMPTY_LEXICON: Lexicon = Object.freeze({ version: LEXICON_VERSION, entities: [], split: [], notEntities: [] });

// ---------------------------------------------------------------------------------------------
// Parsing

class LexiconError extends Error {}

function fail(message: string): never {
  throw new LexiconError(message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(`${where}: unknown field "${key}" (expected ${allowed.map((k) => `"${k}"`).join(', ')}).`);
  }
}

function nameField(obj: Record<string, unknown>, key: string, where: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || nameKey(value) === '') fail(`${where}: "${key}" must be a non-empty name.`);
  return value.trim();
}

function nameList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`${where} must be an array of names.`);
  return value.map((v, i) => {
    if (typeof v !== 'string' || nameKey(v) === '') fail(`${where}[${i}] must be a non-empty name.`);
    return v.trim();
  });
}

function parseEntity(value: unknown, i: number): LexiconEntity {
  const where = `entities[${i}]`;
  if (!isRecord(value)) fail(`${where} must be an object with "canonical", "type" and "aliases".`);
  onlyKeys(value, ['canonical', 'type', 'aliases'], where);
  const canonical = nameField(value, 'canonical', where);
  const type = value['type'];
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    fail(`${where}: "type" must be one of ${ENTITY_TYPES.join(', ')}.`);
  }
  return { canonical, type: type as EntityType, aliases: nameList(value['aliases'], `${where}.aliases`) };
}

function parseSplit(value: unknown, i: number): LexiconSplit {
  const where = `split[${i}]`;
  if (!isRecord(value)) fail(`${where} must be an object with "alias" and "from".`);
  onlyKeys(value, ['alias', 'from'], where);
  return { alias: nameField(value, 'alias', where), from: nameField(value, 'from', where) };
}

/** Reads a lexicon file's text; a message saying what is wrong when it cannot be used. */
export function parseLexicon(text: string): LexiconParse {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'The lexicon file is empty; expected {"version": 1, ...}.' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    // The parser quotes the file in some messages: on one line, so that it reads in a status bar.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return { ok: false, message: `The lexicon is not valid JSON: ${reason}` };
  }
  try {
    if (!isRecord(json)) fail('The lexicon must be a JSON object with "version": 1.');
    const version = json['version'];
    if (version !== LEXICON_VERSION) {
      fail(typeof version === 'number' && version > LEXICON_VERSION
        ? `Lexicon version ${version} is newer than this NewsLens understands (${LEXICON_VERSION}); update NewsLens.`
        : `Unknown lexicon version ${JSON.stringify(version)}; expected "version": ${LEXICON_VERSION}.`);
    }
    onlyKeys(json, ['version', 'entities', 'split', 'notEntities'], 'lexicon');
    const rawEntities = json['entities'] ?? [];
    const rawSplit = json['split'] ?? [];
    if (!Array.isArray(rawEntities)) fail('"entities" must be an array.');
    if (!Array.isArray(rawSplit)) fail('"split" must be an array.');
    const lexicon: Lexicon = {
      version: LEXICON_VERSION,
      entities: rawEntities.map(parseEntity),
      split: rawSplit.map(parseSplit),
      notEntities: nameList(json['notEntities'], '"notEntities"'),
    };
    compileLexicon(lexicon); // reports conflicting entries
    return { ok: true, lexicon: normalizeLexicon(lexicon) };
  } catch (error) {
    if (error instanceof LexiconError) return { ok: false, message: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

function byKey(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function uniqueNames(names: readonly string[], except?: string): string[] {
  const seen = new Set<string>(except === undefined ? [] : [nameKey(except)]);
  const out: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out.sort(byKey);
}

/** The same decisions in the stable order the file is written in (duplicates dropped). */
export function normalizeLexicon(lexicon: Lexicon): Lexicon {
  const entities = new Map<string, LexiconEntity>();
  for (const e of lexicon.entities) {
    const key = nameKey(e.canonical);
    const prior = entities.get(key);
    entities.set(key, {
      canonical: e.canonical.trim(), type: e.type,
      aliases: uniqueNames([...(prior?.aliases ?? []), ...e.aliases], e.canonical),
    });
  }
  const split = new Map<string, LexiconSplit>();
  for (const s of lexicon.split) split.set(`${nameKey(s.alias)}\u0000${nameKey(s.from)}`, { alias: s.alias.trim(), from: s.from.trim() });
  return {
    version: LEXICON_VERSION,
    entities: [...entities.values()].sort((a, b) => byKey(a.canonical, b.canonical)),
    split: [...split.values()].sort((a, b) => byKey(a.alias, b.alias) || byKey(a.from, b.from)),
    notEntities: uniqueNames(lexicon.notEntities),
  };
}

/** The file's text: pretty-printed JSON in a stable order, with a final newline. */
export function serializeLexicon(lexicon: Lexicon): string {
  const n = normalizeLexicon(lexicon);
  const ordered = {
    version: n.version,
    entities: n.entities.map((e) => ({ canonical: e.canonical, type: e.type, aliases: [...e.aliases] })),
    split: n.split.map((s) => ({ alias: s.alias, from: s.from })),
    notEntities: [...n.notEntities],
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Applying

/** A lexicon as lookup tables by nameKey. */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Canonical and alias keys -> the entity they name. */
  readonly entityByKey: ReadonlyMap<string, LexiconEntity>;
  /** `${aliasKey}\0${fromKey}` of every split. */
  readonly splits: ReadonlySet<string>;
  readonly notEntities: ReadonlySet<string>;
  /** Every key the lexicon mentions (to find the sources a change affects). */
  readonly names: ReadonlySet<string>;
  readonly empty: boolean;
}

const COMPILED = new WeakMap<Lexicon, CompiledLexicon>();

/** Lookup tables for a lexicon (cached per lexicon object); throws on contradictions. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = COMPILED.get(lexicon);
  if (cached !== undefined) return cached;
  const entityByKey = new Map<string, LexiconEntity>();
  const canonicalOf = new Map<string, LexiconEntity>();
  const names = new Set<string>();
  for (const e of lexicon.entities) {
    const key = nameKey(e.canonical);
    const same = canonicalOf.get(key);
    if (same !== undefined && same.type !== e.type) {
      fail(`"${e.canonical}" is listed twice under "entities", as ${same.type} and as ${e.type}.`);
    }
    canonicalOf.set(key, e);
  }
  for (const e of lexicon.entities) {
    for (const name of [e.canonical, ...e.aliases]) {
      const key = nameKey(name);
      const other = entityByKey.get(key);
      if (other !== undefined && nameKey(other.canonical) !== nameKey(e.canonical)) {
        fail(`"${name}" belongs to two entities in the lexicon: "${other.canonical}" and "${e.canonical}".`);
      }
      const owner = canonicalOf.get(key);
      if (owner !== undefined && nameKey(owner.canonical) !== nameKey(e.canonical)) {
        fail(`"${name}" is an alias of "${e.canonical}" and also an entity of its own in the lexicon.`);
      }
      entityByKey.set(key, canonicalOf.get(nameKey(e.canonical)) ?? e);
      names.add(key);
    }
  }
  const splits = new Set<string>();
  for (const s of lexicon.split) {
    splits.add(`${nameKey(s.alias)}\u0000${nameKey(s.from)}`);
    names.add(nameKey(s.alias));
    names.add(nameKey(s.from));
  }
  const notEntities = new Set(lexicon.notEntities.map(nameKey));
  for (const key of notEntities) names.add(key);
  const compiled: CompiledLexicon = {
    lexicon, entityByKey, splits, notEntities, names,
    empty: lexicon.entities.length === 0 && lexicon.split.length === 0 && lexicon.notEntities.length === 0,
  };
  COMPILED.set(lexicon, compiled);
  return compiled;
}

/** The analysis with the lexicon's decisions applied (the same object when nothing changes). */
export function applyLexicon(analysis: ArticleAnalysis, lexicon: Lexicon | undefined): ArticleAnalysis {
  if (lexicon === undefined) return analysis;
  const lex = compileLexicon(lexicon);
  if (lex.empty) return analysis;
  let changed = false;
  const mentions: EntityMention[] = [];
  for (const m of analysis.entities) {
    const next = decide(m, lex);
    if (next !== m) changed = true;
    if (next !== null) mentions.push(next);
  }
  if (!changed) return analysis;
  return { ...analysis, entities: mentions, entityClusters: clustersOf(mentions) };
}

function decide(m: EntityMention, lex: CompiledLexicon): EntityMention | null {
  const textKey = nameKey(m.text);
  let canonicalKey = nameKey(m.canonical);
  if (lex.notEntities.has(textKey) || lex.notEntities.has(canonicalKey)) return null;
  let canonical = m.canonical;
  let type = m.type;
  if (textKey !== canonicalKey && lex.splits.has(`${textKey}\u0000${canonicalKey}`)) {
    canonical = m.text.replace(/\s+/g, ' ');
    canonicalKey = textKey;
  }
  const entity = lex.entityByKey.get(canonicalKey);
  if (entity !== undefined) {
    canonical = entity.canonical;
    type = entity.type;
  }
  if (canonical === m.canonical && type === m.type) return m;
  return { start: m.start, end: m.end, text: m.text, type, canonical, entityId: `${type}:${canonical}` };
}

/** Clusters in first-mention order, aliases most frequent first (as groupAliases makes them). */
function clustersOf(mentions: readonly EntityMention[]): EntityCluster[] {
  const byId = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = byId.get(m.entityId);
    if (list === undefined) byId.set(m.entityId, [m]);
    else list.push(m);
  }
  const out: EntityCluster[] = [];
  for (const [id, own] of byId) {
    const first = own[0] as EntityMention;
    const counts = new Map<string, number>();
    for (const m of own) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const aliases = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    out.push({ id, canonical: first.canonical, type: first.type, aliases, mentions: own });
  }
  return out;
}
