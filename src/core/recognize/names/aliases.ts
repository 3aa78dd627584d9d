// Alias grouping: turns a recogniser's name spans for one article into mentions that are the
// names themselves, grouped into one cluster per entity ("President Gustavo Petro", "Petro",
// "Petro's" -> PER:Gustavo Petro).
//
// Steps, each linear in the number of spans apart from small per-surname buckets:
// 1. clean every span (edges, possessive, leading "the", leading titles on PER spans);
// 2. settle one type per surface form by majority vote, so that "Jordan" tagged LOC once and
//    PER twice is PER everywhere. Ties go LOC > PER > ORG > MISC: a place name is the steadiest
//    reading of a capitalised word, MISC is the recogniser's catch-all. A place and an
//    organisation of one name are not settled: they stay two entities (the city and its team,
//    "NEW YORK" the dateline and "NEW YORK 59 76" the club; the country and its side);
// 3. group PER mentions by surname (a bare surname joins the unique full name ending with it,
//    or, when two people share it, the one named last in its paragraph, else the one named most
//    often so far), and ORG/LOC/MISC mentions by
//    normalised form, a built-in table of common aliases, acronyms the article defines,
//    acronyms that are the initials of exactly one organisation in the article, and the rest of
//    exactly one organisation's name after its place ("the Thunder", "the Times");
// 4. name each cluster by its longest form (or the table's name), keep ids `${type}:${name}`.
// Mentions of different types never merge except through the alias table or an acronym,
// where the cluster's type (table type, else majority) is given to all its mentions.
import type { EntityCluster, EntityMention, EntityType, NameSpan } from '../../model';
import { KNOWN_NAMES, type KnownName } from './knownNames';
import { COMPANY_ENDINGS, GENITIVE_NAMES, partyBracket } from './organisations';
import { MAX_PLACE_WORDS, PLACES } from './places';
import {
  DOTTED_ABBREVIATIONS, GENERATIONAL_SUFFIXES, NAME_LIKE_TITLES, PERSON_TITLES, ROLE_TITLES,
  TITLE_MODIFIERS, TITLED_NAMES, TITLES_INSIDE_NAMES,
} from './titles';
import { WordClass, wordClassOf } from './gazetteer';

/** A name span after cleaning; offsets into the article's text. */
export interface CleanedName {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** What alias grouping returns: every mention in text order, clusters by first mention. */
export interface AliasGroups {
  readonly mentions: EntityMention[];
  readonly clusters: EntityCluster[];
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * The comparison key of a name: case, accents and punctuation removed, dashes as spaces; a "+"
 * stays, as "OPEC+" is not OPEC, and so does a currency sign, as "US$" (the currency, MISC in
 * CoNLL-2003) is not the United States.
 */
export function nameKey(s: string): string {
  let key = KEY_CACHE.get(s);
  if (key !== undefined) return key;
  // Most names are ASCII: spare them Unicode decomposition and property classes.
  key = /^[\x20-\x7e]*$/.test(s)
    ? s.toLowerCase().replace(/[-\s]+/g, ' ').replace(/[^a-z0-9+$ ]+/g, '')
    : s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[\p{Pd}\s]+/gu, ' ').replace(/[^\p{L}\p{N}\p{Sc}+ ]+/gu, '');
  key = key.replace(/ {2,}/g, ' ').trim();
  if (KEY_CACHE.size >= 4096) KEY_CACHE.clear(); // names repeat within and across articles
  KEY_CACHE.set(s, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();

/** One word's key, dashes removed too ("Vice-President" -> "vicepresident"). */
function wordKey(s: string): string {
  return nameKey(s).replace(/ /g, '');
}

function titleSequences(list: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const title of list) {
    const words = title.split(/\s+/).map(wordKey).filter((w) => w !== '');
    const first = words[0];
    if (first === undefined) continue;
    const seqs = byFirst.get(first) ?? [];
    seqs.push(words);
    byFirst.set(first, seqs);
  }
  for (const seqs of byFirst.values()) seqs.sort((a, b) => b.length - a.length);
  return byFirst;
}

const TITLES = titleSequences(PERSON_TITLES);
const ROLES = titleSequences(ROLE_TITLES);
const NAME_LIKE = new Set(NAME_LIKE_TITLES.map(wordKey));
const MODIFIERS = new Set(TITLE_MODIFIERS.map(wordKey));
const SUFFIXES = new Set(GENERATIONAL_SUFFIXES.map(wordKey));
const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS.map(wordKey));
const TITLED = new Set(TITLED_NAMES.map(nameKey));
const INSIDE_NAMES = new Set(TITLES_INSIDE_NAMES.map(wordKey));
/** Names whose "The" is part of them. */
const KEEP_THE = new Set(['hague', 'netherlands', 'oval', 'gambia', 'curragh']);
/** Words skipped when taking an organisation's initials ("Department of Energy" -> DE). */
const INITIALS_STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'et', 'du', 'des', 'le']);

const KNOWN_BY_KEY: ReadonlyMap<string, KnownName> = (() => {
  const map = new Map<string, KnownName>();
  for (const known of KNOWN_NAMES) for (const alias of known.aliases) map.set(nameKey(alias), known);
  return map;
})();

// ---------------------------------------------------------------------------------------------
// Cleaning

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function codePointAfter(text: string, i: number): [string, number] {
  const cp = text.codePointAt(i) ?? 0;
  return [String.fromCodePoint(cp), cp > 0xffff ? 2 : 1];
}

function codePointBefore(text: string, i: number, floor: number): [string, number] {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= floor) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [text.slice(i - 2, i), 2];
  }
  return [text.charAt(i - 1), 1];
}

/** True when the '.' just before `e` ends an abbreviation that is part of the name ("U.S.", "Korea-U.S."). */
function dotBelongsToName(text: string, s: number, e: number): boolean {
  let w = e - 1;
  while (w > s && !/\s/.test(text.charAt(w - 1))) w--;
  const word = text.slice(w, e - 1);
  // "Korea-U.S.": the initialism after a hyphen.
  const tail = word.slice(word.lastIndexOf('-') + 1);
  return /^(?:\p{L}\.)+\p{L}$/u.test(tail) || ABBREVIATIONS.has(wordKey(word));
}

function trimEdges(text: string, s: number, e: number): [number, number] {
  while (s < e) {
    const [ch, width] = codePointAfter(text, s);
    if (WORD_CHAR.test(ch)) break;
    // A bracket or quote closed inside the name opens part of it: "(Tom) Seaver".
    const close = ch === '(' ? ')' : ch === '"' ? '"' : ch === '\u201c' ? '\u201d' : '';
    if (close !== '') {
      const at = text.indexOf(close, s + 1);
      if (at > s + 1 && at < e - 1 && WORD_CHAR.test(text.slice(at + 1, e))) break;
    }
    s += width;
  }
  // A bracket or quote that closes inside the name but opened before it: the name starts
  // after it ('Hector "Macho" Camacho' read from "Macho": "Camacho").
  const slice = text.slice(s, e);
  const closed = Math.max(slice.indexOf(')') >= 0 && !slice.slice(0, slice.indexOf(')')).includes('(') ? slice.indexOf(')') : -1,
    (slice.match(/"/g)?.length ?? 0) % 2 === 1 ? slice.indexOf('"') : -1,
    slice.includes('\u201d') && !slice.slice(0, slice.indexOf('\u201d')).includes('\u201c') ? slice.indexOf('\u201d') : -1);
  if (closed > 0 && closed < slice.length - 1) return trimEdges(text, s + closed + 1, e);
  while (e > s) {
    const [ch, width] = codePointBefore(text, e, s);
    if (WORD_CHAR.test(ch)) break;
    if (ch === '.' && dotBelongsToName(text, s, e)) break;
    if (ch === '$' && /^\p{Lu}{1,3}$/u.test(text.slice(s, e - 1))) break; // "C$", "HK$": a currency, CoNLL's MISC
    if (ch === '+' && e - 1 > s && WORD_CHAR.test(text.charAt(e - 2))) break; // "OPEC+", "Disney+": part of the name
    // A quoted title that asks or exclaims keeps its mark: '"How Far Can You Go?"'.
    if ((ch === '?' || ch === '!') && /["\u201c]/.test(text.charAt(s - 1)) && /["\u201d]/.test(text.charAt(e))) break;
    e -= width;
  }
  return [s, e];
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly raw: string;
}

/** Words of a span; "then-President" and "ex-Minister" split after the dash. */
function wordsOf(text: string, s: number, e: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(s, e);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    let start = s + m.index;
    const end = start + m[0].length;
    const prefix = /^(?:then|ex)[-\u2010\u2011\u2013](?=\S)/i.exec(m[0]);
    if (prefix !== null) {
      out.push({ start, end: start + prefix[0].length, key: wordKey(prefix[0]), raw: prefix[0] });
      start += prefix[0].length;
    }
    const raw = text.slice(start, end);
    out.push({ start, end, key: wordKey(raw), raw });
  }
  return out;
}

function matchTitle(words: readonly Word[], i: number, table: Map<string, string[][]>): number {
  const first = words[i];
  if (first === undefined) return 0;
  for (const seq of table.get(first.key) ?? []) {
    if (i + seq.length > words.length) continue;
    if (seq.every((w, k) => words[i + k]?.key === w)) return seq.length;
  }
  return 0;
}

/**
 * Words that may stand before a title: "former", "Colombian", "U.S.", "Colombia's". Before a
 * title also written inside names ("Hassan Sheikh Mohamud"), a word shaped like a nationality
 * is one only when listed or Arab-shaped ("Qatari Sheikh"), not a given name like "Hassan".
 */
function isTitleModifier(word: Word, next: Word | undefined): boolean {
  if (MODIFIERS.has(word.key) || wordClassOf(word.key) === WordClass.Nationality) return true;
  if (/^(?:\p{Lu}\.?){2,4}$/u.test(word.raw) || /\p{L}['\u2019]s$/iu.test(word.raw)) return true;
  if (next !== undefined && INSIDE_NAMES.has(next.key)) return /^\p{Lu}\p{L}{3,}i$/u.test(word.raw);
  return /^\p{Lu}\p{L}+(?:an|ian|ese|ish|ch|i)$/iu.test(word.raw);
}

/**
 * Where the name starts once leading titles are removed; -1 when the span is only a title
 * ("the President") and so not a name; `s` when nothing is removed.
 */
function afterTitles(text: string, s: number, e: number): number {
  const words = wordsOf(text, s, e);
  if (!words.some((w) => TITLES.has(w.key))) return s;
  let i = 0;
  let cut = 0;
  let bareTitle = false;
  while (i < words.length) {
    const len = matchTitle(words, i, TITLES);
    if (len > 0) {
      if (i + len >= words.length) {
        bareTitle = !(len === 1 && NAME_LIKE.has(words[i]?.key ?? ''));
        break;
      }
      i += len;
      cut = i;
      continue;
    }
    const word = words[i];
    if (word !== undefined && isTitleModifier(word, words[i + 1])) {
      i++;
      continue;
    }
    break;
  }
  if (cut === 0 && bareTitle) return -1;
  if (cut === 0) {
    // "Tesla CEO Elon Musk": a role after one or two capitalised words.
    for (let k = 1; k <= 2 && k < words.length; k++) {
      if (!/^\p{Lu}/u.test(words[k - 1]?.raw ?? '')) break;
      const len = matchTitle(words, k, ROLES);
      if (len > 0 && k + len < words.length) {
        cut = k + len;
        break;
      }
    }
  }
  return cut === 0 ? s : (words[cut]?.start ?? s);
}

/** Opening quotes and the quotes that may close them: double, or single as British copy writes titles. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"\u201d'], ['\u201c', '\u201d"'], ["'", "'\u2019"], ['\u2018', "\u2019'"]]);

/**
 * A capitalised "The" in mid-sentence is part of the name the recogniser gave ("at The Oval",
 * "beat The Netherlands"); at the start of a sentence or a line it is only the article. So is
 * the "The" of a title that fills its quotes: 'the film "The Crying Game"', and of a name that
 * fills its line: a press digest's "THE NATION".
 */
function theInName(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s) !== 0x54) return false; // "T"
  let k = s - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k >= 0 && k < s - 1 && /[\p{Ll}\d,]/u.test(text.charAt(k))) return true;
  // A name alone on its line keeps it: a press digest's "THE NATION".
  if (k < 0 || text.charCodeAt(k) === 10) {
    let m = e;
    while (m < text.length && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9 || text.charCodeAt(m) === 13)) m++;
    if (m === text.length || text.charCodeAt(m) === 10) return true;
  }
  const open = text.charAt(k);
  if (k < 0 || !QUOTE_PAIRS.has(open)) return false;
  let m = e;
  while (m < text.length && /[ \t,.]/.test(text.charAt(m))) m++;
  return QUOTE_PAIRS.get(open)!.includes(text.charAt(m));
}

function cleanCore(text: string, s: number, e: number, type: EntityType): CleanedName | null {
  for (let round = 0; round < 12; round++) {
    const [s0, e0] = [s, e];
    [s, e] = trimEdges(text, s, e);
    if (s >= e) return null;
    // Possessive: "Petro's", "PETRO'S" (a trailing "Jones'" apostrophe goes with the edges);
    // not the "'s" of "Lord's" or "Moody's", which is the name's own.
    if (e - s >= 3 && /^['\u2019\u02bc][sS]$/.test(text.slice(e - 2, e)) && /[\p{L}\p{N}\p{M}.]/u.test(text.charAt(e - 3))
      && !GENITIVE_NAMES.has(`${text.slice(s, e - 2)}'s`)) {
      e -= 2;
    }
    const the = /^the\s+/i.exec(text.slice(s, e));
    if (the !== null && !KEEP_THE.has(nameKey(text.slice(s + the[0].length, e))) && !(type !== 'PER' && theInName(text, s, e))) s += the[0].length;
    if (type === 'PER' && !TITLED.has(nameKey(text.slice(s, e)))) {
      const start = afterTitles(text, s, e);
      if (start < 0) return null;
      s = start;
    }
    if (s === s0 && e === e0) break;
  }
  [s, e] = trimEdges(text, s, e);
  return s < e ? { start: s, end: e, type } : null;
}

/** The first letters of a name's capitalised words: "Partido Popular" -> "PP". */
function initialLetters(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
}

/** Letters that read as an acronym in parentheses: "DEA", "FARC-EP", "DoD". */
function looksLikeDefinedAcronym(raw: string): boolean {
  return /^[A-Za-z0-9&.-]{2,12}$/.test(raw) && (raw.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** An all-capitals token short enough to be an organisation's initials: "DEA", "U.N.". */
function looksLikeInitials(raw: string): boolean {
  return /^(?:[A-Z]\.?){2,6}$/.test(raw);
}

/**
 * Cleans one recogniser span into the name it covers: edges trimmed, possessive, leading "the"
 * and (for PER) leading titles removed. A trailing "(DEA)" on an ORG/LOC/MISC span becomes a
 * second name; other parentheticals are dropped. Returns [] when nothing name-like is left.
 */
export function cleanNameSpan(text: string, span: NameSpan): CleanedName[] {
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return [];
  const s = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  const e = Math.max(0, Math.min(text.length, Math.ceil(span.end)));
  if (s >= e) return [];
  let close = e;
  while (close > s && /[\s.,;:!?"'\u2019\u201d\u00bb]/.test(text.charAt(close - 1))) close--;
  if (close > s && text.charAt(close - 1) === ')') {
    const open = text.lastIndexOf('(', close - 1);
    if (open > s) {
      const head = cleanCore(text, s, open, span.type);
      if (head === null) return [];
      // "Mladost ( L )", "OFK Beograd ( BJ )": a club and the letters of its town, one name;
      // letters that are the name's initials define an acronym ("Partido Popular (PP)").
      const letters = text.slice(open + 1, close - 1).trim();
      if (span.type === 'ORG' && /^\p{Lu}{1,2}$/u.test(letters) && letters !== initialLetters(text.slice(head.start, head.end))) {
        return [{ start: head.start, end: close, type: span.type }];
      }
      // "Janata Dal (United)": a party's name that goes on in brackets.
      if (span.type === 'ORG' && partyBracket(text.slice(head.start, head.end), letters)) return [{ start: head.start, end: close, type: span.type }];
      const inner = span.type === 'PER' ? null : cleanCore(text, open + 1, close - 1, span.type);
      return inner !== null && looksLikeDefinedAcronym(text.slice(inner.start, inner.end)) ? [head, inner] : [head];
    }
  }
  const one = cleanCore(text, s, e, span.type);
  return one === null ? [] : [one];
}

// ---------------------------------------------------------------------------------------------
// Grouping

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  /** The type the recogniser gave (after cleaning). */
  readonly tagged: EntityType;
  /** The majority type of this key in the article. */
  type: EntityType;
}

/** Tie order of the type vote: LOC, PER, ORG, MISC. */
const TYPE_PRIORITY: readonly EntityType[] = ['LOC', 'PER', 'ORG', 'MISC'];

/** Votes per type, indexed like TYPE_PRIORITY. */
type TypeVotes = [number, number, number, number];

function vote(votes: TypeVotes, type: EntityType): void {
  const k = TYPE_PRIORITY.indexOf(type);
  votes[k] = (votes[k] ?? 0) + 1;
}

function majorityType(votes: Readonly<TypeVotes>): EntityType {
  let best = 0;
  for (let k = 1; k < 4; k++) if ((votes[k] ?? 0) > (votes[best] ?? 0)) best = k;
  return TYPE_PRIORITY[best] ?? 'MISC';
}

function isPlaceOrOrg(type: EntityType): boolean {
  return type === 'LOC' || type === 'ORG';
}

/** The cluster an item starts in: its key, and for places and organisations its type too. */
function initialHandle(item: Item): string {
  return isPlaceOrOrg(item.type) ? `x:${item.type}:${item.key}` : `x:${item.key}`;
}

function cleanAll(text: string, names: readonly NameSpan[]): Item[] {
  const cleaned: CleanedName[] = [];
  for (const name of names) for (const c of cleanNameSpan(text, name)) cleaned.push(c);
  cleaned.sort((a, b) => a.start - b.start || b.end - a.end);
  const items: Item[] = [];
  let lastEnd = 0;
  for (const c of cleaned) {
    if (c.start < lastEnd) continue; // overlapping spans: the earlier (then longer) one wins
    const slice = text.slice(c.start, c.end);
    const key = nameKey(slice);
    if (key === '') continue;
    items.push({ start: c.start, end: c.end, text: slice, key, tagged: c.type, type: c.type });
    lastEnd = c.end;
  }
  const votes = new Map<string, TypeVotes>();
  for (const item of items) {
    let counts = votes.get(item.key);
    if (counts === undefined) votes.set(item.key, (counts = [0, 0, 0, 0]));
    vote(counts, item.tagged);
  }
  for (const item of items) {
    const majority = majorityType(votes.get(item.key) ?? [0, 0, 0, 0]);
    // A place and an organisation of one name are often two entities of one article: the city
    // and its team, the country and its government or side. The recogniser read the context.
    item.type = isPlaceOrOrg(item.tagged) && isPlaceOrOrg(majority) ? item.tagged : majority;
  }
  return items;
}

// --- People ----------------------------------------------------------------------------------

/** Name tokens compared between forms: the key's words without "Jr."/"III". */
function personTokens(key: string): string[] {
  const tokens = key.split(' ');
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

/** Same word, or an initial of it ("J" ~ "jane"); used for given and middle names only. */
function sameGivenName(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

function orderedSubset(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const token of part) {
    while (j < whole.length && !sameGivenName(token, whole[j] ?? '')) j++;
    if (j === whole.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether the shorter full name `form` can be the person called `rep`: its tokens in order
 * within rep's with the same surname ("Gustavo Petro" ~ "Gustavo Petro Urrego"), or, for
 * Spanish double surnames, ending with rep's first surname ("Gustavo Petro" ~ "Gustavo
 * Francisco Petro Urrego").
 */
function samePerson(form: readonly string[], rep: readonly string[]): boolean {
  if (form.length > rep.length) return false;
  const last = form[form.length - 1];
  if (last === rep[rep.length - 1] && orderedSubset(form.slice(0, -1), rep.slice(0, -1))) return true;
  return rep.length >= 3 && form.length < rep.length && last === rep[rep.length - 2]
    && orderedSubset(form.slice(0, -1), rep.slice(0, -2));
}

interface PersonCluster {
  readonly handle: string;
  readonly rep: readonly string[];
  /** Index of the first item of a full-name form assigned to it. */
  firstFull: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The office or courtesy title right before a mention, lower-cased ("first lady", "president",
 * "mr"), or null: "President Trump" is not "first lady Melania Trump", "Mr. Kim" not "Mrs. Kim".
 */
const OFFICE_BEFORE = /\b(first\s+lady|vice[\s-]president|president|prime\s+minister|king|queen|prince|princess|mr|mrs|ms|miss)\.?\s+$/i;
const WOMEN_ONLY: ReadonlySet<string> = new Set(['first lady', 'mrs', 'ms', 'miss', 'queen', 'princess']);

function officeBefore(text: string, at: number): string | null {
  const m = OFFICE_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return m === null ? null : (m[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' ');
}

/** Whether one person can be called by both titles. */
function officesFit(a: string, b: string): boolean {
  if (a === b) return true;
  // A first lady holds no other office here; a man is no Mrs., Ms., queen or princess.
  if (a === 'first lady' || b === 'first lady') {
    const other = a === 'first lady' ? b : a;
    return other === 'mrs' || other === 'ms';
  }
  if (a === 'mr' || b === 'mr') return !WOMEN_ONLY.has(a === 'mr' ? b : a);
  return true;
}

/** The paragraph a character offset falls in: paragraphs are separated by a blank line. */
function paragraphIndex(text: string): (at: number) => number {
  const breaks: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\r?\n/g)) breaks.push(m.index);
  return (at) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Assigns every PER item a cluster handle. */
function groupPeople(items: readonly Item[], handles: string[], text: string): void {
  interface Form { readonly tokens: string[]; readonly chars: number; readonly first: number }
  const multi = new Map<string, Form>();
  const single = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.type !== 'PER' || single.has(item.key) || multi.has(item.key)) return;
    const tokens = personTokens(item.key);
    if (tokens.length === 1) single.set(item.key, i);
    else multi.set(item.key, { tokens, chars: item.key.length, first: i });
  });

  // Full names, longest first, so that shorter forms meet the fullest form of each person.
  const byLast = new Map<string, PersonCluster[]>();
  const bySecondLast = new Map<string, PersonCluster[]>();
  const byFirst = new Map<string, PersonCluster[]>();
  const fixed = new Map<string, PersonCluster>();
  const ambiguous = new Map<string, PersonCluster[]>();
  const forms = [...multi.entries()].sort(([, a], [, b]) =>
    b.tokens.length - a.tokens.length || b.chars - a.chars || a.first - b.first);
  for (const [key, form] of forms) {
    const last = form.tokens[form.tokens.length - 1] ?? '';
    const candidates = [...(byLast.get(last) ?? []), ...(bySecondLast.get(last) ?? [])]
      .filter((c, k, all) => all.indexOf(c) === k && samePerson(form.tokens, c.rep));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (candidates.length > 1) {
      ambiguous.set(key, candidates);
      continue;
    }
    const cluster = only ?? { handle: `P${fixed.size}:${key}`, rep: form.tokens, firstFull: form.first };
    if (only === undefined) {
      const rep = form.tokens;
      if (rep.length >= 3) pushTo(bySecondLast, rep[rep.length - 2] ?? '', cluster);
      if ((rep[0]?.length ?? 0) > 1) pushTo(byFirst, rep[0] ?? '', cluster);
    }
    cluster.firstFull = Math.min(cluster.firstFull, form.first);
    pushTo(byLast, last, cluster);
    fixed.set(key, cluster);
  }

  // Bare names: a surname (or, failing that, the first surname of a Spanish double surname,
  // or failing both a given name that only one person in the article has).
  const singleCluster = new Map<string, string>();
  for (const key of single.keys()) {
    const candidates = byLast.get(key) ?? bySecondLast.get(key) ?? [];
    if (candidates.length === 1 && candidates[0] !== undefined) {
      singleCluster.set(key, candidates[0].handle);
    } else if (candidates.length > 1) {
      ambiguous.set(key, candidates);
    } else {
      const given = byFirst.get(key) ?? [];
      singleCluster.set(key, given.length === 1 && given[0] !== undefined ? given[0].handle : `p:${key}`);
    }
  }

  // In text order: an ambiguous form goes to the person named most recently in its paragraph
  // (news convention: "Her father, Jean-Marie Le Pen, ... Le Pen died"); in a later paragraph,
  // to the person the article has named most often so far, or first, its subject ("Le Pen said
  // at the time" is Marine Le Pen again); before anyone is named, to the person named next.
  const paragraphAt = paragraphIndex(text);
  const lastSeen = new Map<PersonCluster, number>();
  const lastParagraph = new Map<PersonCluster, number>();
  const mentions = new Map<PersonCluster, number>();
  items.forEach((item, i) => {
    if (item.type !== 'PER') return;
    const fullName = multi.has(item.key);
    const choices = ambiguous.get(item.key);
    const paragraph = paragraphAt(item.start);
    let cluster: PersonCluster | undefined = fixed.get(item.key);
    if (choices !== undefined) {
      const here = choices.some((c) => lastParagraph.get(c) === paragraph);
      let best: PersonCluster | undefined;
      for (const c of choices) {
        const seen = lastSeen.get(c);
        if (seen === undefined) continue;
        if (best === undefined) {
          best = c;
          continue;
        }
        // In the paragraph, the one named last; beyond it, the one named most, then first.
        const more = here ? seen - (lastSeen.get(best) ?? -1) : (mentions.get(c) ?? 0) - (mentions.get(best) ?? 0) || best.firstFull - c.firstFull;
        if (more > 0) best = c;
      }
      if (best === undefined) {
        for (const c of choices) if (best === undefined || c.firstFull < best.firstFull) best = c;
      }
      cluster = best;
    }
    if (cluster !== undefined) {
      handles[i] = cluster.handle;
      mentions.set(cluster, (mentions.get(cluster) ?? 0) + 1);
      if (fullName) {
        lastSeen.set(cluster, i);
        lastParagraph.set(cluster, paragraph);
      }
    } else {
      handles[i] = singleCluster.get(item.key) ?? `p:${item.key}`;
    }
  });

  // A bare name under a title that no full-name mention of its person could have stays apart.
  const offices = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    const office = item.type === 'PER' && multi.has(item.key) ? officeBefore(text, item.start) : null;
    if (office === null) return;
    const handle = handles[i] ?? '';
    const seen = offices.get(handle);
    if (seen === undefined) offices.set(handle, new Set([office]));
    else seen.add(office);
  });
  items.forEach((item, i) => {
    if (item.type !== 'PER' || multi.has(item.key)) return;
    const office = officeBefore(text, item.start);
    const theirs = office === null ? undefined : offices.get(handles[i] ?? '');
    if (office !== null && theirs !== undefined && [...theirs].some((o) => !officesFit(o, office))) handles[i] = `p:${item.key}`;
  });
}

// --- Organisations, places and other names ----------------------------------------------------

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let node = x; node !== root;) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins b's set into a's (a's root stays the root, so table entries keep theirs). */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const TABLE_ROOT = '\u0000known:';

function initialsOf(key: string): string[] {
  const words = key.split(' ');
  const content = words.filter((w) => !INITIALS_STOP.has(w));
  if (content.length < 2) return [];
  const all = words.map((w) => w.charAt(0)).join('');
  const some = content.map((w) => w.charAt(0)).join('');
  return all === some ? [all] : [all, some];
}

/** "Revolutionary Armed Forces of Colombia (FARC)": the letters mostly start its words. */
function plausibleAcronym(acronymKey: string, expansionKey: string): boolean {
  const initials = new Set(expansionKey.split(' ').map((w) => w.charAt(0)));
  const letters = [...new Set(acronymKey.replace(/[^a-z]/g, ''))];
  if (letters.length === 0 || !initials.has(acronymKey.charAt(0))) return false;
  return letters.filter((l) => initials.has(l)).length * 2 >= letters.length;
}

/** The parenthesised text right after `end`, when it is one: "... Administration (DEA)". */
function parenthesisAfter(text: string, end: number): { start: number; end: number } | null {
  const m = /^[ \t\u00a0]{0,3}\(\s*([^()\n]{1,60}?)\s*\)/.exec(text.slice(end, end + 70));
  if (m === null || m[1] === undefined) return null;
  const start = end + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** A company's legal form or trade at the end of its name's key: "… inc", "… corp", "… aerospace". */
const COMPANY_FORMS = new RegExp(` (?:${[...new Set([...COMPANY_ENDINGS].map((w) => w.replace(/\./g, '')))].join('|')})$`);

/** Places' keys: a place that opens a company's name stays the place ("Japan Airlines" … "Japan"). */
let placeKeys: ReadonlySet<string> | null = null;
function isPlaceKey(key: string): boolean {
  placeKeys ??= new Set([...PLACES].map(nameKey));
  return placeKeys.has(key);
}

/** Assigns every ORG/LOC/MISC item a cluster handle (the union-find root of its key). */
const EVENT_TRIGGER = /^(?:hurricane|tropical storm|storm|typhoon|cyclone|super typhoon|operation|exercise) /;

function groupOthers(text: string, items: readonly Item[], handles: string[]): Map<string, KnownName> {
  const sets = new UnionFind();
  const known = new Map<string, KnownName>();
  const others: number[] = [];
  items.forEach((item, i) => {
    if (item.type !== 'PER') others.push(i);
  });
  for (const i of others) {
    const item = items[i];
    const entry = item === undefined ? undefined : KNOWN_BY_KEY.get(item.key);
    if (item === undefined || entry === undefined) continue;
    known.set(TABLE_ROOT + entry.canonical, entry);
    sets.union(TABLE_ROOT + entry.canonical, item.key);
  }

  // Acronyms the article defines: "Drug Enforcement Administration (DEA)", "DEA (Drug ...)".
  const defined = new Set<string>();
  const define = (acronymRaw: string, expansion: Item): void => {
    const acronymKey = nameKey(acronymRaw);
    if (acronymKey === '' || KNOWN_BY_KEY.has(acronymKey) || defined.has(acronymKey)) return;
    if (!looksLikeDefinedAcronym(acronymRaw) || !plausibleAcronym(acronymKey, expansion.key)) return;
    defined.add(acronymKey);
    sets.union(expansion.key, acronymKey);
  };
  others.forEach((i) => {
    const item = items[i];
    if (item === undefined || !item.key.includes(' ')) return;
    const paren = parenthesisAfter(text, item.end);
    if (paren !== null) define(text.slice(paren.start, paren.end), item);
  });
  others.forEach((i, k) => {
    const item = items[i];
    const next = items[others[k + 1] ?? -1];
    if (item === undefined || next === undefined || item.key.includes(' ')) return;
    const paren = parenthesisAfter(text, item.end);
    if (paren !== null && nameKey(text.slice(paren.start, paren.end)) === next.key && next.key.includes(' ')) {
      define(item.text, next);
    }
  });

  // Named events are also called by their name alone: "Hurricane Melissa" ... "Melissa",
  // "Operation Southern Spear" ... "Southern Spear".
  for (const i of others) {
    const item = items[i];
    const trigger = item === undefined ? null : EVENT_TRIGGER.exec(item.key);
    if (item === undefined || trigger === null) continue;
    const shortKey = item.key.slice(trigger[0].length);
    if (shortKey !== '' && others.some((j) => items[j]?.key === shortKey)) sets.union(item.key, shortKey);
  }

  // A company named in full, then by its first word: "Boatmen's Bancshares Inc." ... "Boatmen's
  // shares rose", "Santa Fe Pacific Gold Corp" ... "Santa Fe said", "Firefly Aerospace" ...
  // "Firefly". Only full names that end in a company's legal form or trade, so that a place and
  // a body named after it stay apart, and never a place's own name ("Japan Airlines" ... "Japan").
  const fullNames = new Map<string, string>();
  const orgKeys = new Set<string>();
  for (const i of others) {
    const item = items[i];
    if (item === undefined || item.type !== 'ORG') continue;
    orgKeys.add(item.key);
    if (fullNames.has(item.key) || !COMPANY_FORMS.test(item.key)) continue;
    const possessive = /^(\S+?)['\u2019]s\s/u.exec(item.text);
    fullNames.set(item.key, possessive !== null ? nameKey(possessive[1]!) : '');
  }
  for (const [full, first] of fullNames) {
    if (first !== '' && orgKeys.has(first)) sets.union(full, first);
    // Every run of first words short of the legal form: "santa fe", "santa fe pacific", …
    for (let cut = full.indexOf(' '); cut > 0; cut = full.indexOf(' ', cut + 1)) {
      const short = full.slice(0, cut);
      if (orgKeys.has(short) && !COMPANY_FORMS.test(short) && !isPlaceKey(short)) sets.union(full, short);
    }
  }

  // A team or a paper named by its place, then by the rest of its name alone: "Oklahoma City
  // Thunder" ... "the Thunder", "The New York Times" ... "the Times". Only when exactly one
  // organisation in the article ends so ("Newcastle United" and "Manchester United" leave
  // "United" alone).
  const byRest = new Map<string, Set<string>>();
  for (const i of others) {
    const item = items[i];
    if (item === undefined || item.type !== 'ORG' || !item.key.includes(' ')) continue;
    const words = item.text.split(/\s+/);
    for (let cut = 1; cut < words.length && cut <= MAX_PLACE_WORDS; cut++) {
      if (words.length - cut > 2 || !PLACES.has(words.slice(0, cut).join(' '))) continue;
      const rest = nameKey(words.slice(cut).join(' '));
      if (rest === '') continue;
      const fulls = byRest.get(rest) ?? new Set<string>();
      fulls.add(item.key);
      byRest.set(rest, fulls);
    }
  }
  for (const i of others) {
    const item = items[i];
    const fulls = item === undefined || item.type !== 'ORG' ? undefined : byRest.get(item.key);
    if (fulls?.size === 1) sets.union([...fulls][0]!, item!.key);
  }

  // Acronyms that are the initials of exactly one organisation named in the article.
  const byInitials = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const i of others) {
    const item = items[i];
    if (item === undefined || item.type !== 'ORG' || seen.has(item.key)) continue;
    seen.add(item.key);
    for (const initials of initialsOf(item.key)) {
      const set = byInitials.get(initials) ?? new Set<string>();
      set.add(item.key);
      byInitials.set(initials, set);
    }
  }
  const tried = new Set<string>();
  for (const i of others) {
    const item = items[i];
    if (item === undefined || tried.has(item.key) || !looksLikeInitials(item.text)) continue;
    tried.add(item.key);
    if (KNOWN_BY_KEY.has(item.key) || defined.has(item.key)) continue;
    const expansions = byInitials.get(item.key);
    if (expansions === undefined) continue;
    const roots = new Set([...expansions].map((key) => sets.find(key)));
    const [root] = roots;
    if (roots.size === 1 && root !== undefined) sets.union(root, item.key);
  }

  for (const i of others) {
    const item = items[i];
    if (item === undefined) continue;
    const root = sets.find(item.key);
    // Outside the alias table, a place and an organisation of one name stay apart (cleanAll).
    handles[i] = root.startsWith(TABLE_ROOT) || !isPlaceOrOrg(item.type) ? `o:${root}` : `o:${item.type}:${root}`;
  }
  return known;
}

// --- Naming ------------------------------------------------------------------------------------

interface FormStats {
  readonly text: string;
  readonly key: string;
  readonly tokens: number;
  count: number;
  readonly first: number;
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** "GUSTAVO" -> "Gustavo", "O'NEILL" -> "O'Neill", "JEAN-LUC" -> "Jean-Luc". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-\u2010\u2011\s]|^\p{L}['\u2019])(\p{Ll})/gu, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
}

/** An all-capitals form rewritten with the casing the article uses elsewhere. */
function recase(form: string, spellings: ReadonlyMap<string, string>): string {
  return form.split(' ').map((word) => spellings.get(wordKey(word)) ?? titleCase(word)).join(' ');
}

function canonicalName(forms: readonly FormStats[]): string {
  const ranked = [...forms].sort((a, b) => b.tokens - a.tokens || b.count - a.count || a.first - b.first);
  const best = ranked[0];
  if (best === undefined) return '';
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
  if (!isAllCaps(best.text)) return oneLine(best.text);
  const mixed = ranked.filter((f) => !isAllCaps(f.text) && /\p{Lu}/u.test(f.text));
  if (mixed.length === 0) return oneLine(best.text);
  const same = mixed.find((f) => f.key === best.key);
  if (same !== undefined) return oneLine(same.text);
  const spellings = new Map<string, string>();
  for (const f of mixed) for (const word of oneLine(f.text).split(' ')) {
    const key = wordKey(word);
    if (!spellings.has(key)) spellings.set(key, word);
  }
  return recase(oneLine(best.text), spellings);
}

/**
 * Groups a recogniser's name spans for one article into mentions of entities: each mention
 * is the cleaned name (no title, possessive or leading "the"), every mention of an entity
 * shares its cluster's type, canonical name and id (`${type}:${canonical}`).
 */
export function groupAliases(text: string, names: readonly NameSpan[]): AliasGroups {
  const items = cleanAll(text, names);
  const handles: string[] = items.map(initialHandle);
  groupPeople(items, handles, text);
  const known = groupOthers(text, items, handles);

  // Members of each cluster, in text order (a Map keeps first-mention order).
  const members = new Map<string, number[]>();
  items.forEach((_item, i) => {
    const handle = handles[i] ?? '';
    const list = members.get(handle);
    if (list === undefined) members.set(handle, [i]);
    else list.push(i);
  });

  interface Draft { type: EntityType; canonical: string; indices: number[] }
  const drafts = new Map<string, Draft>();
  for (const [handle, indices] of members) {
    const forms = new Map<string, FormStats>();
    const votes: TypeVotes = [0, 0, 0, 0];
    for (const i of indices) {
      const item = items[i];
      if (item === undefined) continue;
      vote(votes, item.type);
      const stats = forms.get(item.text);
      if (stats !== undefined) stats.count++;
      else forms.set(item.text, { text: item.text, key: item.key, tokens: item.key.split(' ').length, count: 1, first: i });
    }
    const entry = handle.startsWith(`o:${TABLE_ROOT}`) ? known.get(handle.slice(2)) : undefined;
    const type = entry?.type ?? majorityType(votes);
    const canonical = entry?.canonical ?? canonicalName([...forms.values()]);
    const id = `${type}:${canonical}`;
    // Two clusters that end up with one name are one entity to every reader: merge them.
    const draft = drafts.get(id);
    if (draft === undefined) drafts.set(id, { type, canonical, indices: [...indices] });
    else draft.indices.push(...indices);
  }

  const mentions: EntityMention[] = new Array<EntityMention>(items.length);
  const clusters: EntityCluster[] = [];
  for (const [id, draft] of drafts) {
    draft.indices.sort((a, b) => a - b);
    const own: EntityMention[] = [];
    const aliasCounts = new Map<string, { count: number; first: number }>();
    for (const i of draft.indices) {
      const item = items[i];
      if (item === undefined) continue;
      const mention: EntityMention = {
        start: item.start, end: item.end, text: item.text,
        type: draft.type, canonical: draft.canonical, entityId: id,
      };
      mentions[i] = mention;
      own.push(mention);
      const seen = aliasCounts.get(item.text);
      if (seen !== undefined) seen.count++;
      else aliasCounts.set(item.text, { count: 1, first: i });
    }
    const aliases = [...aliasCounts.entries()]
      .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
      .map(([alias]) => alias);
    clusters.push({ id, canonical: draft.canonical, type: draft.type, aliases, mentions: own });
  }
  clusters.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { mentions: mentions.filter((m) => m !== undefined), clusters };
}
