// Cross-source alias resolution: which workspace entity an article's entity key is read as.
// One article already groups its own aliases (src/core/recognize/names/aliases.ts); this joins
// the keys different articles give the same entity. Used by the source index (hovers,
// references, symbols, the Entities view) and by groupWorkspaceEntities (CLI compare/report), so
// both always agree.
//
// Keys are `${type}:${nameKey(canonical)}` (case, accents, punctuation folded, so "WASHINGTON" =
// "Washington" and "U.S." = "US" already). A key is read, in order:
// 1. the lexicon's entities are final: their canonical keeps the lexicon's type;
// 2. a multi-word name takes the type most of its sources give it (ORG in one, LOC in three ->
//    LOC; ties LOC > PER > ORG > MISC, as within an article); a person's name joins the one fuller
//    name it can be ("Donald Trump" -> "Donald J. Trump"; never a "Jr." or another given name);
// 3. a one-word PER key joins the only person in the workspace with that surname ("Petro" ->
//    "Gustavo Petro"); with two people ("Gustavo Petro", "Sandra Petro") it stays apart, and a
//    lexicon split keeps it apart too;
// 4. other one-word names take the majority type, and a non-PER one is read as its expansion
//    when exactly one expansion is given for it in some article ("Drug Enforcement
//    Administration (DEA)"), or, when no article gives one and it is written in capitals, when
//    it is the initials of exactly one multi-word name.
// The tables are counted per (source, entity group), updated on add/remove; a resolution is a
// handful of map lookups (remembered until the next change), so hovers never walk the sources.

import type { EntityType } from '../model';
import { nameKey } from '../recognize/names/aliases';
import { compileLexicon, type CompiledLexicon, type Lexicon } from '../annotations/lexicon';

/** One article's group of one entity: its key and the distinct forms it is written in. */
export interface EntityGroupForms {
  readonly key: string;
  readonly forms: readonly string[];
}

const TYPES: readonly EntityType[] = ['LOC', 'PER', 'ORG', 'MISC'];

/** Words skipped when taking initials ("Department of Energy" -> "de"). */
const INITIALS_STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'et', 'du', 'des', 'le']);
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** `${type}:${nameKey}` split back. */
export function splitKey(key: string): { type: EntityType; name: string } {
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon) as EntityType, name: key.slice(colon + 1) };
}

/** Initials of a multi-word name, with and without its small words. */
export function initialsOf(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const content = words.filter((w) => !INITIALS_STOP.has(w));
  const all = words.map((w) => w.charAt(0)).join('');
  const some = content.map((w) => w.charAt(0)).join('');
  if (content.length < 2) return [];
  return all === some ? [all] : [all, some];
}

/** A form written as capitals that can be an acronym: "DEA", "U.S.", "FARC-EP", "DoD". */
export function writtenAsAcronym(form: string): boolean {
  return /^[A-Za-z0-9&.-]{2,12}$/.test(form) && (form.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]{2}/.test(form);
}

interface PersonParts {
  readonly words: readonly string[];
  readonly suffix: string;
}

/** Parsed names, kept because the same few are compared again and again. */
const PARTS = new Map<string, PersonParts>();

/** A name's words, and its generational suffix ("jr") apart: Donald Trump Jr. is not his father. */
function personParts(name: string): PersonParts {
  let parts = PARTS.get(name);
  if (parts !== undefined) return parts;
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  parts = words.length > 2 && GENERATIONAL.has(last) ? { words: words.slice(0, -1), suffix: last } : { words, suffix: '' };
  if (PARTS.size >= 65536) PARTS.clear();
  PARTS.set(name, parts);
  return parts;
}

/** Same word, or an initial of it ("j" ~ "john"). */
function sameGiven(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Whether the multi-word person name `short` can be the fuller `long`: the same surname and
 * suffix, and its given names in order among long's ("Donald Trump" ~ "Donald J. Trump",
 * "Gustavo Petro" ~ "Gustavo Francisco Petro"), never "Eric Trump" ~ "Donald Trump".
 */
export function fullerName(short: string, long: string): boolean {
  const a = personParts(short);
  const b = personParts(long);
  if (a.suffix !== b.suffix || a.words.length >= b.words.length || a.words.length < 2) return false;
  if (a.words[a.words.length - 1] !== b.words[b.words.length - 1]) return false;
  const given = b.words.slice(0, -1);
  if (!sameGiven(a.words[0] ?? '', given[0] ?? '')) return false; // the first name leads in both
  let j = 0;
  for (const word of a.words.slice(0, -1)) {
    while (j < given.length && !sameGiven(word, given[j] ?? '')) j++;
    if (j === given.length) return false;
    j++;
  }
  return true;
}

/**
 * "Drug Enforcement Administration" and "DEA": the acronym starts with an initial and most of its
 * letters are initials (as within an article, so Spanish-order "FARC" passes), so a capitalised
 * "TIMES" in a "New York Times" cluster is no acronym of it.
 */
export function plausibleAcronym(acronym: string, expansion: string): boolean {
  const initials = new Set(expansion.split(' ').map((w) => w.charAt(0)));
  const letters = [...new Set(acronym.replace(/[^a-z]/g, ''))];
  if (letters.length === 0 || !initials.has(acronym.charAt(0))) return false;
  return letters.filter((l) => initials.has(l)).length * 2 >= letters.length;
}

function surnameOf(name: string): string | null {
  const words = name.split(' ');
  while (words.length > 2 && GENERATIONAL.has(words[words.length - 1] ?? '')) words.pop();
  return words.length < 2 ? null : (words[words.length - 1] ?? null);
}

interface KeyParts {
  readonly type: EntityType;
  readonly name: string;
  readonly multiWord: boolean;
  /** Of a multi-word PER name. */
  readonly surname: string | null;
  /** Of a multi-word name of another type. */
  readonly initials: readonly string[];
  /** Form -> the acronym it defines for the name, null when none. */
  readonly acronyms: Map<string, string | null>;
}

/** A multiset of strings under keys. */
class Counts {
  private readonly map = new Map<string, Map<string, number>>();

  add(key: string, value: string, by: number): void {
    let inner = this.map.get(key);
    if (inner === undefined) this.map.set(key, (inner = new Map()));
    const n = (inner.get(value) ?? 0) + by;
    if (n > 0) inner.set(value, n);
    else {
      inner.delete(value);
      if (inner.size === 0) this.map.delete(key);
    }
  }

  /** Distinct values under a key. */
  values(key: string): ReadonlyMap<string, number> | undefined {
    return this.map.get(key);
  }
}

export class AliasResolver {
  /** Raw key -> number of groups filed under it. */
  private readonly keys = new Map<string, number>();
  /** Raw key -> what count() needs of it (kept while the key is in `keys`). */
  private readonly parts = new Map<string, KeyParts>();
  /** Name -> type -> groups. */
  private readonly types = new Counts();
  /** Surname -> multi-word PER names. */
  private readonly surnames = new Counts();
  /** Acronym name -> expansions some article defines it as (the two in one cluster). */
  private readonly defined = new Counts();
  /** Expansion name -> acronyms defined for it (the reverse, for members()). */
  private readonly definedFor = new Counts();
  /** Initials -> multi-word non-PER names with them. */
  private readonly initials = new Counts();
  /** One-word names written in capitals somewhere ("DEA"). */
  private readonly capitals = new Counts();
  private lex: CompiledLexicon | undefined;
  /** Answers since the last change: queries between changes (hovers, the Entities view) repeat. */
  private readonly memo = new Map<string, string>();
  private readonly fullestMemo = new Map<string, string>();

  /** The lexicon whose entities and splits resolution obeys; undefined for none. */
  setLexicon(lexicon: Lexicon | undefined): void {
    this.lex = lexicon === undefined ? undefined : compileLexicon(lexicon);
    this.forget();
  }

  add(group: EntityGroupForms): void {
    this.count(group, 1);
  }

  remove(group: EntityGroupForms): void {
    this.count(group, -1);
  }

  private forget(): void {
    if (this.memo.size > 0) this.memo.clear();
    if (this.fullestMemo.size > 0) this.fullestMemo.clear();
  }

  private count(group: EntityGroupForms, by: 1 | -1): void {
    this.forget();
    const { key } = group;
    const parts = this.partsOf(key);
    const { type, name } = parts;
    const n = (this.keys.get(key) ?? 0) + by;
    if (n > 0) this.keys.set(key, n);
    else {
      this.keys.delete(key);
      this.parts.delete(key);
    }
    this.types.add(name, type, by);
    if (type === 'PER') {
      if (parts.surname !== null) this.surnames.add(parts.surname, name, by);
      return;
    }
    if (parts.multiWord) {
      for (const i of parts.initials) this.initials.add(i, name, by);
      for (const form of group.forms) {
        let acronym = parts.acronyms.get(form);
        if (acronym === undefined) {
          const k = nameKey(form);
          acronym = k === '' || k.includes(' ') || !writtenAsAcronym(form) || !plausibleAcronym(k, name) ? null : k;
          parts.acronyms.set(form, acronym);
        }
        if (acronym === null) continue;
        this.defined.add(acronym, name, by);
        this.definedFor.add(name, acronym, by);
      }
    } else if (name.length <= 6 && group.forms.some(writtenAsAcronym)) {
      this.capitals.add(name, 'x', by);
    }
  }

  /** What count() reads off a key, worked out once while some group files under it. */
  private partsOf(key: string): KeyParts {
    let parts = this.parts.get(key);
    if (parts === undefined) {
      const { type, name } = splitKey(key);
      const multiWord = name.includes(' ');
      parts = {
        type, name, multiWord,
        surname: type === 'PER' ? surnameOf(name) : null,
        initials: type !== 'PER' && multiWord ? initialsOf(name) : [],
        acronyms: new Map(),
      };
      this.parts.set(key, parts);
    }
    return parts;
  }

  /** The type most groups give a name; `fallback` when none. */
  majorityType(name: string, fallback: EntityType): EntityType {
    const votes = this.types.values(name);
    if (votes === undefined) return fallback;
    let best: EntityType = fallback;
    let bestCount = -1;
    for (const t of TYPES) {
      const c = votes.get(t) ?? 0;
      if (c > bestCount) {
        best = t;
        bestCount = c;
      }
    }
    return bestCount > 0 ? best : fallback;
  }

  private blocked(alias: string, from: string): boolean {
    return this.lex?.splits.has(`${alias}\u0000${from}`) ?? false;
  }

  /** The only multi-word person in the workspace with this surname, else null. */
  private fullName(surname: string): string | null {
    const names = this.surnames.values(surname);
    if (names === undefined) return null;
    let only: string | null = null;
    for (const name of names.keys()) {
      if (this.majorityType(name, 'PER') !== 'PER') continue;
      const person = this.fullestName(name);
      if (only !== null && person !== only) return null;
      only = person;
    }
    return only !== null && !this.blocked(surname, only) ? only : null;
  }

  /**
   * The fullest form of a multi-word person name in the workspace: the only longer name it can
   * be ("Donald Trump" -> "Donald J. Trump"), or the longest of several that are all one person
   * ("Donald J. Trump", "Donald John Trump"); itself when two different people could be meant.
   */
  private fullestName(name: string): string {
    let fullest = this.fullestMemo.get(name);
    if (fullest === undefined) {
      if (this.fullestMemo.size >= 65536) this.fullestMemo.clear();
      this.fullestMemo.set(name, (fullest = this.findFullestName(name)));
    }
    return fullest;
  }

  private findFullestName(name: string): string {
    const last = surnameOf(name);
    const names = last === null ? undefined : this.surnames.values(last);
    if (names === undefined || names.size < 2) return name;
    let best: string | null = null;
    for (const other of names.keys()) {
      const fuller = fullerName(name, other) || (sameSpelledOut(name, other) && longerOrFirst(name, other) === other);
      if (other === name || !fuller || this.majorityType(other, 'PER') !== 'PER') continue;
      if (best === null) best = other;
      else if (fullerName(best, other) || sameSpelledOut(best, other)) best = longerOrFirst(best, other);
      else if (!fullerName(other, best)) return name; // two different fuller people
    }
    return best !== null && !this.blocked(name, best) ? best : name;
  }

  /** The one expansion of an acronym-like name, else null. */
  private expansion(acronym: string): string | null {
    const defs = this.defined.values(acronym);
    let only: string | undefined;
    if (defs !== undefined && defs.size > 0) {
      if (defs.size > 1) return null;
      [only] = defs.keys();
    } else if (this.capitals.values(acronym) !== undefined) {
      const candidates = this.initials.values(acronym);
      if (candidates === undefined || candidates.size !== 1) return null;
      [only] = candidates.keys();
    }
    return only !== undefined && !this.blocked(acronym, only) ? only : null;
  }

  private pinned(name: string): EntityType | null {
    const entity = this.lex?.entityByKey.get(name);
    return entity !== undefined && nameKey(entity.canonical) === name ? entity.type : null;
  }

  /** The workspace entity key a raw key is read as (see the header). */
  resolve(key: string): string {
    let resolved = this.memo.get(key);
    if (resolved === undefined) {
      if (this.memo.size >= 65536) this.memo.clear();
      this.memo.set(key, (resolved = this.resolveNow(key)));
    }
    return resolved;
  }

  private resolveNow(key: string): string {
    const { type: tagged, name } = splitKey(key);
    const pin = this.pinned(name);
    if (pin !== null) return `${pin}:${name}`;
    if (name.includes(' ')) {
      const type = this.majorityType(name, tagged);
      return type === 'PER' ? `PER:${this.fullestName(name)}` : `${type}:${name}`;
    }
    if (tagged === 'PER' || this.majorityType(name, tagged) === 'PER') {
      const full = this.fullName(name);
      if (full !== null) return `PER:${full}`;
    }
    const type = this.majorityType(name, tagged);
    if (type !== 'PER') {
      const expansion = this.expansion(name);
      if (expansion !== null) {
        const pinType = this.pinned(expansion);
        return `${pinType ?? this.majorityType(expansion, type)}:${expansion}`;
      }
    }
    return `${type}:${name}`;
  }

  /**
   * The raw keys filed in the workspace that resolve to `resolved`, itself first when filed.
   * Looks only at the few keys that could (other types, acronyms, the surname).
   */
  members(resolved: string): string[] {
    const { name } = splitKey(resolved);
    const names = new Set<string>([name]);
    for (const acronym of this.definedFor.values(name)?.keys() ?? []) names.add(acronym);
    for (const i of initialsOf(name)) names.add(i);
    const last = surnameOf(name);
    if (last !== null) {
      names.add(last);
      for (const other of this.surnames.values(last)?.keys() ?? []) names.add(other);
    }
    const out: string[] = [];
    if (this.keys.has(resolved)) out.push(resolved);
    for (const n of names) {
      for (const t of TYPES) {
        const key = `${t}:${n}`;
        if (key !== resolved && this.keys.has(key) && this.resolve(key) === resolved) out.push(key);
      }
    }
    return out;
  }

  /** Every filed key that is a workspace entity of its own (resolves to itself). */
  *entities(): IterableIterator<string> {
    for (const key of this.keys.keys()) if (this.resolve(key) === key) yield key;
  }
}

/** Two spellings of one full name, word for word: "Donald J. Trump", "Donald John Trump". */
function sameSpelledOut(a: string, b: string): boolean {
  const x = personParts(a);
  const y = personParts(b);
  return x.suffix === y.suffix && x.words.length === y.words.length && x.words.every((w, i) => sameGiven(w, y.words[i] ?? ''));
}

/** The longer name, the smaller on a tie, so that the answer never depends on the order seen. */
function longerOrFirst(a: string, b: string): string {
  return b.length !== a.length ? (b.length > a.length ? b : a) : (b < a ? b : a);
}
