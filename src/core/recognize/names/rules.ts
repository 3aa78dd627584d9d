// Rules over a name recogniser's spans for one article: conventions the CoNLL-2003 model never
// learnt (named storms and operations, ships, datelines, outlets) and repairs to spans it cuts
// short or types by the wrong cue ("Drug" + "Enforcement Administration", "Haiti" as PER).
// Every rule reads the article's tokens; the whole pass is linear in tokens and spans plus
// small bounded look-ups, so it costs little next to the model.
//
// The rules, in order:
// 1. drop a department word read as a name before a title ("Defense" in "Defense Secretary");
// 2. a club with its town's letters ("Rad ( B )") is one ORG; a name made an adjective ("Ohio-based", "Amman-bound") is a MISC of its own, split from
//    the name after it; then extend spans: a LOC over a following geographic head ("Black" + "River"), an ORG/MISC
//    leftwards over a capitalised word that is not sentence-initial, a title or a function word
//    ("Drug" + "Enforcement Administration"), over name-internal connectors ("UN Office" + "for
//    the" + "Coordination of Humanitarian Affairs", "Cartel" + "de los" + "Soles"), and a place
//    abbreviation into the ORG right after it ("U.S." + "Southern Command");
// 3. named events: "Hurricane Melissa", "Operation Southern Spear" are one MISC span, and the
//    bare name elsewhere in the article ("Melissa") is MISC too;
// 4. ships ("USS Gerald R. Ford") are MISC;
// 5. a dateline's place and outlet ("BLACK RIVER, Jamaica -", "(Meridian Wire)") and a
//    "Source:" line's outlet are LOC and ORG;
// 6. types: a MISC ending in an organisation head is an ORG ("World Food Programme"); a name
//    that is a known place is a LOC unless it may be a person ("Haiti", not "Jordan" alone); a
//    capitalised run before "parish"/"province"/... is a LOC; a known place nobody tagged is
//    added when it cannot be part of a longer name;
// 7. current news: a known organisation ("Nvidia", "Naver") is an ORG; a facility ("Akasaka
//    Palace", "Gimhae International Airport") is a LOC; "Air Force One" is MISC; "AI", "CEO"
//    and other capitalised common nouns are not names; "Vice Premier He Lifeng" keeps "He";
//    "Ministry of Science and ICT" is one name; a credit line's "Reporting by Min-ji Park in
//    Busan" names a person;
// 8. headlines: a Title Case headline is checked against the article's prose, which
//    names the same people and things in ordinary case: a headline span is cut to the words the
//    prose uses in names ("Takaichi Hosts Trump" -> "Takaichi", "Trump") and typed as there.

import type { EntityType, NameSpan, RecognitionInput, Token } from '../../model';
import { WordClass, wordClassOf } from './gazetteer';
import { KNOWN_NAMES } from './knownNames';
import { PERSON_TITLES } from './titles';
import { AMBIGUOUS_PLACES, COUNTRY_NAMES, MAX_PLACE_WORDS, PLACE_FIRST_WORDS, PLACES, PLACES_UPPER, US_STATE_NAMES, placePrefixes } from './places';
import { AMBIGUOUS_PRODUCTS, PRODUCT_NOUNS, PRODUCTS, VERSION } from './products';
import { AMBIGUOUS_ORGANISATIONS, COMPANY_ENDINGS, GENITIVE_NAMES, partyBracket, MAX_ORGANISATION_WORDS, ORGANISATION_FIRST_WORDS, ORGANISATIONS, ORGANISATIONS_UPPER, organisationPrefixes } from './organisations';

// ---------------------------------------------------------------------------------------------
// Word lists

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** Roles that, in apposition ("X, the chairman of ..."), say X is a person. */
const APPOSITION_ROLES = new Set(['chairman', 'chairwoman', 'ceo', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'director']);

/** Department words that name a portfolio before a title: "Defense Secretary", "Home Secretary". */
const DEPARTMENT_WORDS = words(`defense defence state justice interior foreign finance health home
  treasury commerce labor labour energy education transport transportation agriculture trade
  economy environment war homeland`);
/** Two-word departments that name a portfolio before a title: "Homeland Security Secretary". */
const TWO_WORD_DEPARTMENTS = new Set(['homeland security', 'foreign affairs', 'home affairs', 'internal affairs', 'veterans affairs', 'human services', 'public safety', 'national security']);
/** Titles after which such a word is a portfolio, not a name ("Defence Ministry" is a name). */
const PORTFOLIO_TITLES = words(`secretary secretaries minister ministers undersecretary
  spokesman spokeswoman spokesperson chief official officials`);

/** Single-word triggers of named events; "Tropical Storm" and friends are two words. */
const EVENT_TRIGGERS = words('hurricane storm typhoon cyclone operation exercise');
const EVENT_TRIGGER_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tropical', words('storm depression cyclone')],
  ['super', words('typhoon cyclone')],
  ['winter', words('storm')],
]);
/** Words after a trigger that make it a common noun phrase, not an event's name. */
const EVENT_STOP = words(`season center centre centers warning warnings watch watches hunter hunters
  relief damage recovery fund command center force forces names name category categories alert
  alerts shelter shelters tracker update updates live map room theatre theater manager managers
  officer officers team teams unit units chief director plan plans`);
const MAX_EVENT_WORDS = 3;

/** Ship prefixes: "USS Gerald R. Ford", "HMS Queen Elizabeth". */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMCS', 'HMAS', 'HMNZS', 'INS', 'RFA', 'ARA', 'BAP']);

/** Last words that make a MISC an organisation. */
const ORG_HEADS = words(`programme program fund organization organisation agency bank council
  commission committee association institute foundation authority administration office bureau
  service ministry department university college party union federation corporation company
  inc inc. corp corp. ltd ltd. group command agency tribunal court index exchange cooperation
  co-operation force survey police guard assembly movement cartel alliance laboratory lab labs`);
/** Words for a university or an institute in other languages: "Collège de France", "Karolinska Institutet". */
const FOREIGN_INSTITUTIONS = words(`collège université universite universidad universidade università
  universität universitat institut institutet instituto istituto hochschule école ecole escuela
  académie academia akademie éditions`);
/** A party's members in the plural, MISC as CoNLL-2003 types them: "Democrats", "the Christian Democrats". */
const PARTY_MEMBERS = words('democrats republicans socialists communists conservatives liberals nationalists tories');

/** Lower-case nouns for an organisation, beside its name in apposition: "the electoral service, Servel". */
const APPOSITION_ORG_NOUNS = words(`service agency ministry regulator watchdog company firm carrier airline operator
  broadcaster utility insurer lender bank party coalition alliance union commission council authority
  institute tribunal court drugmaker subsidiary venture conglomerate startup start-up carmaker automaker
  chipmaker`);
/** Lower-case nouns for a medicine, beside its name in apposition: "Eliquis, the blood thinner". */
const APPOSITION_DRUG_NOUNS = words(`drug drugs therapy medicine medication treatment vaccine antibiotic painkiller
  pill jab injection thinner`);

/** Words after the noun of an apposition that go on to say more of it: "a centre-right party that favours...". */
const APPOSITION_GOES_ON = words('and that which whose founded formed led run of for sold made between');
/** Articles before the noun of an apposition. */
const ARTICLES = words('the a an its their his her');

/**
 * A name in apposition to a lower-case noun of `nouns`, after it ("the electoral service,
 * Servel,") or before it ("Servel, the electoral service", "Demokraatit, a centre-right party,",
 * "Kenvue, the New Jersey company that"), with an article and up to three more words between:
 * lower-case ones, or capitalised ones after the article (a place, a nationality). A name's
 * possessive stands for the article after the name ("Sonangol, Angola's state oil company").
 */
function inApposition(doc: Doc, a: number, b: number, nouns: ReadonlySet<string>): boolean {
  const n = doc.tokens.length;
  const phrase = (from: number, step: 1 | -1): boolean => {
    // Walking from the comma away from the name: the noun first (step -1) or "the" first (step 1).
    for (let k = from, words = 0; k >= 0 && k < n && words < 5; k += step, words++) {
      if (step === 1 && words === 0 && doc.cap(k) && k + 2 < n && POSSESSIVE.has(doc.word(k + 1)) && doc.joined(k, k + 1)) {
        k++;
        continue;
      }
      // A capital only opening the sentence: "The", or "His party, Les Transformateurs, said".
      if (!doc.isWord(k) || doc.cap(k) && !(doc.initial[k] === 1 && ARTICLES.has(doc.lower(k))) && doc.word(k) !== 'The' && (step === -1 || words === 0)) return false;
      if (step === -1 && words === 0 && !nouns.has(doc.word(k))) return false;
      if (step === -1 && ARTICLES.has(doc.lower(k))) return words > 0;
      if (step === 1 && words === 0 && !ARTICLES.has(doc.lower(k))) return false;
      if (step === 1 && words > 0 && nouns.has(doc.word(k))) {
        // The noun ends the apposition, or a clause about it follows; not "the party's leader".
        if (k + 1 >= n) return true;
        const next = doc.word(k + 1);
        return !apostrophe(doc.firstCode(k + 1)) && (!doc.isWord(k + 1) || !/^[a-z]/.test(next) || APPOSITION_GOES_ON.has(next));
      }
    }
    return false;
  };
  return a >= 3 && doc.word(a - 1) === ',' && phrase(a - 2, -1) && (b >= n || !doc.isWord(b))
    // "In Brussels, the transport company ...": a place the sentence opens with, not the company.
    || b + 2 < n && doc.word(b) === ',' && !(a > 0 && PLACE_CUES.has(doc.lower(a - 1))) && phrase(b + 1, 1);
}

function organisationInApposition(doc: Doc, a: number, b: number): boolean {
  return inApposition(doc, a, b, APPOSITION_ORG_NOUNS);
}

/** Words after which a capitalised word is a medicine's brand: "will be sold as Blujepa". */
const SOLD_AS = /\b(?:sold|marketed|branded|approved) as $/;
/** Words for an illness named after someone: "Duchenne muscular dystrophy", "Tourette syndrome". */
const ILLNESS_WORDS = words('disease syndrome dystrophy');

/**
 * Medicines and illnesses named after people are MISC, as products and CoNLL-2003's
 * "Creutzfeldt-Jakob disease" are, in every mention the recogniser read: a name the article sets
 * in apposition to a word for a medicine ("Elevidys, its gene therapy for Duchenne", "Eliquis,
 * the blood thinner") or gives after "sold as" ("will be sold as Blujepa"), and one right before
 * a word for an illness in lower case ("Duchenne muscular dystrophy", "Tourette syndrome"), read
 * or not; not "Crohn's disease", whose name CoNLL-2003 leaves unread.
 */
function medicalNames(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const names = new Set<string>();
  for (const it of spans.items) {
    if (it.dropped) continue;
    const start = doc.tokens[it.a]!.start;
    if (inApposition(doc, it.a, it.b, APPOSITION_DRUG_NOUNS) || SOLD_AS.test(doc.text.slice(Math.max(0, start - 16), start))) {
      names.add(doc.slice(it.a, it.b));
    }
  }
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t + 1 >= n || !doc.cap(t)) continue;
    const next = doc.word(t + 1) === 'muscular' ? t + 2 : t + 1;
    if (next >= n || !ILLNESS_WORDS.has(doc.word(next))) continue;
    const it = spans.at(t);
    // Not a word capitalised only as the sentence's first: "Muscular dystrophy is".
    if (it === undefined && doc.initial[t] === 1) continue;
    if (it !== undefined && (it.a !== t || it.b !== t + 1)) continue;
    if (it === undefined) {
      spans.put(t, t + 1, 'MISC');
      changed = true;
    }
    names.add(doc.word(t));
  }
  if (changed) spans.reindex();
  if (names.size === 0) return;
  for (const it of spans.items) if (!it.dropped && it.type !== 'MISC' && names.has(doc.slice(it.a, it.b))) spans.retype(it, 'MISC');
}

/**
 * America's parties' members in the plural are MISC wherever the recogniser read nothing
 * ("Democrats answered"), and a place before a party's members is a place of its own ("two
 * Austin Democrats").
 */
function partyMembers(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (!PARTY_MEMBERS.has(doc.lower(t))) continue;
    const it = spans.at(t);
    if (it === undefined) {
      // Only America's two parties: CoNLL-2003 leaves other parties' members ("the Socialists") unread.
      if (doc.lower(t) !== 'democrats' && doc.lower(t) !== 'republicans') continue;
      spans.put(t, t + 1, 'MISC');
      changed = true;
    } else if (it.b === t + 1 && it.a < t && it.type === 'MISC' && PLACES.has(doc.slice(it.a, t))) {
      const a = it.a;
      spans.put(a, t, 'LOC');
      spans.put(t, t + 1, 'MISC');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/** Lower-case nouns after a leader's name that make it the person's: "the Trump administration". */
const LED_BY_PERSON = words('administration presidency premiership');
/** Lower-case nouns after a surname that make it the family's, a person's name: "the Ito family". */
const FAMILY_WORDS = words('family clan dynasty');

/** A party's adjective alone, MISC as CoNLL-2003 types it: "a Communist", "Socialist deputies". */
const PARTY_ADJECTIVES = words('Communist Socialist');

/** Heads that make a place's name an organisation's: "Israel Prison Service" (not "West Bank"). */
const PLACE_TO_ORG_HEADS = words('service force survey police ministry agency authority department');

/** Head words that a LOC may run into: "Black" + "River". */
const GEO_HEADS = words(`river rivers island islands bay lake lakes mountains mountain valley sea
  gulf strait coast peninsula desert canal falls beach harbour harbor point springs creek hills
  heights plain plains delta basin reef cay cays key keys`);

/** Capitalised words never taken into a name by extension. */
const NOT_NAME_WORDS = words(`the a an this that these those his her its their our my your and or
  but if as at by in on of for to with from into after before during while when where since
  former then ex acting interim late outgoing incoming current newly retired top senior
  many most some several all both each every few other another such no not only also new-
  mr mr. mrs mrs. ms ms. dr dr. it he she they we i you there here what who why how which`);

/** Words that let a LOC extend leftwards ("New" + "Hope", "Northern" + "Ireland"). */
const LOC_PREFIXES = words(`north south east west northern southern eastern western central upper
  lower new greater port san santa saint st. st fort mount mt. cape little great old`);

/** Connectors inside proper names, by their first word; each entry a full sequence. */
const CONNECTORS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['of', [['of', 'the'], ['of']]],
  ['for', [['for', 'the'], ['for']]],
  ['de', [['de', 'los'], ['de', 'las'], ['de', 'la'], ['de']]],
  ['del', [['del']]],
  ['da', [['da']]],
  ['do', [['do']]],
  ['dos', [['dos']]],
  ['das', [['das']]],
  ['du', [['du']]],
  ['des', [['des']]],
]);
/** English connectors need an organisation or geographic head before them ("Office for"). */
const ENGLISH_CONNECTORS = words('of for');
const CONNECTOR_HEADS = new Set([...ORG_HEADS, ...GEO_HEADS, ...words(`centre center school
  museum hospital church airport station institute academy coalition alliance network republic
  kingdom state states province region district ministry department cartel army navy forces
  guard police coordination affairs port`)]);

/** Heads of a lower-case word after a place run: "Westmoreland parish", "Sinaloa state". */
const ADMIN_HEADS = words(`parish parishes province state county district region department municipality
  governorate prefecture oblast river lake`);

/** Words before a place ("in Chad") that let an ambiguous place name count. */
const PLACE_CUES = words(`in from near to across into outside inside throughout toward towards
  around via off visit visited visiting across between`);

/** Sports context: a team named after its place is an ORG ("Jamaica beat Haiti 2-1"). */
const SPORTS_WORDS = words(`beat beats beaten defeated draw drew match matches cup league squad
  qualifier qualifiers tournament goal goals striker coach game games playoff playoffs innings
  season team teams player players`);

/** Outlet names' last words ("the Ledger", "the Sentinel"). */
const OUTLET_HEADS = words(`ledger sentinel post times chronicle observer monitor wire herald
  tribune journal gazette news daily courier express telegraph guardian star mirror record
  dispatch bulletin review register globe standard independent inquirer examiner service`);

/** Articles that open place names: "La Digue", "Las Tunas", "El Salvador". */
const NAME_ARTICLES = words('la le las los el les al');

const HOLIDAYS = words('ramadan eid easter christmas hanukkah diwali lent passover latin');

// ---------------------------------------------------------------------------------------------
// The article as the rules see it

interface Item {
  /** Token range [a, b). */
  a: number;
  b: number;
  type: EntityType;
  confidence?: number | undefined;
  /** Offsets when no rule changed the span (kept exactly as the recogniser gave them). */
  start: number;
  end: number;
  changed: boolean;
  /** True when a rule made the span or moved its edges (a retype leaves it false). */
  resized?: boolean;
  dropped: boolean;
  /** Position in Spans.items since the last reindex (or push). */
  idx: number;
}

const enum LineStyle {
  Prose = 0,
  Caps = 1,
  Title = 2,
}

/** A dateline's dash: "—", "–", "-" or "--" standing alone. */
const DATELINE_DASH = /^(?:[-\u2013\u2014]|--)$/;

class Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Per token: the first word of a sentence or of a line. */
  readonly initial: Uint8Array;
  /** Per token: style of its line. */
  readonly style: Uint8Array;
  /** Per token: index of its line's first token. */
  readonly lineStart: Int32Array;
  /** Per token: index of its sentence (-1 outside sentences). */
  readonly sentence: Int32Array;
  private readonly lowers: (string | undefined)[];
  /** Per token: its WordClass + 1, 0 until asked (several rules ask of every token). */
  private readonly classes: Uint8Array;
  private readonly words: (string | undefined)[];

  constructor(input: RecognitionInput) {
    this.text = input.text;
    this.tokens = input.tokens;
    const n = this.tokens.length;
    this.initial = new Uint8Array(n);
    this.style = new Uint8Array(n);
    this.lineStart = new Int32Array(n);
    this.sentence = new Int32Array(n).fill(-1);
    this.lowers = new Array<string | undefined>(n);
    this.classes = new Uint8Array(n);
    this.words = new Array<string | undefined>(n);
    let s = 0;
    const sentences = input.sentences;
    let needFirst = true;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i]!;
      while (s < sentences.length && sentences[s]!.end <= t.start) {
        s++;
        needFirst = true;
      }
      if (s < sentences.length && sentences[s]!.start <= t.start) this.sentence[i] = s;
      if (needFirst && t.kind === 'word') {
        this.initial[i] = 1;
        needFirst = false;
      }
    }
    // Lines: a token starts a line when a newline lies between it and the previous token.
    let first = 0;
    for (let i = 0; i <= n; i++) {
      const newLine = i === n || (i > 0 && this.newlineBetween(i - 1, i));
      if (i > 0 && newLine) {
        const style = this.lineStyle(first, i);
        for (let k = first; k < i; k++) {
          this.style[k] = style;
          this.lineStart[k] = first;
        }
        first = i;
      }
      if (i < n && (i === 0 || newLine)) {
        // The first word of a line reads like a sentence start, and so does the first word
        // after a dateline's dash ("SAN FRANCISCO — Shares of Nvidia fell").
        let k = i;
        while (k < n && this.tokens[k]!.kind !== 'word') k++;
        if (k < n) this.initial[k] = 1;
        for (let d = i + 1; d < Math.min(n - 1, i + 12) && !this.newlineBetween(d - 1, d); d++) {
          if (!DATELINE_DASH.test(this.text.slice(this.tokens[d]!.start, this.tokens[d]!.end))) continue;
          if (this.tokens[d + 1]!.kind === 'word' && !this.newlineBetween(d, d + 1)) this.initial[d + 1] = 1;
          break;
        }
      }
    }
  }

  private newlineBetween(i: number, j: number): boolean {
    for (let k = this.tokens[i]!.end; k < this.tokens[j]!.start; k++) if (this.text.charCodeAt(k) === 10) return true;
    return false;
  }

  private lineStyle(from: number, to: number): LineStyle {
    let letters = 0;
    let lower = 0;
    let content = 0;
    let capitalised = 0;
    for (let i = from; i < to; i++) {
      // Prose already: not Caps (a lower-case word), and not Title even if every word left is a
      // capitalised content word (each adds at most 1 to 4 * capitalised - 3 * content).
      if (lower > 0 && 4 * capitalised - 3 * content + (to - i) < 0) return LineStyle.Prose;
      if (this.tokens[i]!.kind !== 'word') continue;
      const w = this.word(i);
      const c = w.charCodeAt(0);
      const ascii = c < 128;
      if (ascii ? !(c >= 65 && c <= 90 || c >= 97 && c <= 122) : !/\p{L}/u.test(w)) continue;
      letters++;
      if (ascii && /[a-z]/.test(w) || !ascii && /\p{Ll}/u.test(w)) lower++;
      if (this.cls(i) === WordClass.Function) continue;
      content++;
      if (isCapitalised(w)) capitalised++;
    }
    if (letters >= 2 && lower === 0) return LineStyle.Caps;
    if (content >= 3 && capitalised >= content * 0.75 && lower > 0) return LineStyle.Title;
    return LineStyle.Prose;
  }

  private uppers: Int32Array | null = null;
  private sport: boolean | undefined;

  /** Whether the article has words of sport (SPORT_WORDS), read once per article. */
  sportsArticle(): boolean {
    return this.sport ??= SPORT_WORDS.test(this.text);
  }

  /** The tokens that start with a capital, in order (made once): the rules that look only at
   * names walk these instead of every token. */
  upperTokens(): Int32Array {
    if (this.uppers !== null) return this.uppers;
    const out: number[] = [];
    for (let i = 0; i < this.tokens.length; i++) if (this.upperAt(i)) out.push(i);
    return this.uppers = Int32Array.from(out);
  }

  /** The first UTF-16 unit of token i (no string is made), or -1 past the end. */
  firstCode(i: number): number {
    const t = this.tokens[i];
    return t === undefined ? -1 : this.text.charCodeAt(t.start);
  }

  /** Whether token i starts with a capital, read from the text (no string is made; non-ASCII counts). */
  upperAt(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    const c = this.text.charCodeAt(t.start);
    return c >= 65 && c <= 90 || c > 127;
  }

  word(i: number): string {
    let w = this.words[i];
    if (w !== undefined) return w;
    const t = this.tokens[i];
    if (t === undefined) return '';
    this.words[i] = w = this.text.slice(t.start, t.end);
    return w;
  }

  lower(i: number): string {
    let w = this.lowers[i];
    if (w === undefined) this.lowers[i] = w = this.word(i).toLowerCase();
    return w;
  }

  /** The WordClass of token i (gazetteer.ts). */
  cls(i: number): WordClass {
    const c = this.classes[i];
    if (c === undefined) return wordClassOf(this.lower(i));
    if (c !== 0) return c - 1;
    const k = wordClassOf(this.lower(i));
    this.classes[i] = k + 1;
    return k;
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  cap(i: number): boolean {
    return this.isWord(i) && isCapitalised(this.word(i));
  }

  /** Tokens i and j (= i + 1) are separated by spaces within one line only. */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    if (a === undefined || b === undefined) return false;
    const gap = b.start - a.end;
    if (gap < 1 || gap > 2) return false;
    for (let k = a.end; k < b.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 0xa0) return false;
    }
    return true;
  }

  /** Tokens i and j touch or are separated by spaces only. */
  joined(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a !== undefined && b !== undefined && (a.end === b.start || this.adjacent(i, j));
  }

  /** The text of tokens [a, b) as written. */
  slice(a: number, b: number): string {
    return this.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  /** The token after the last one of token i's line. */
  lineEnd(i: number): number {
    const first = this.lineStart[i]!;
    let k = i + 1;
    while (k < this.tokens.length && this.lineStart[k] === first) k++;
    return k;
  }

  /** A line read as a headline (all capitals or Title Case). */
  shouting(i: number): boolean {
    return this.style[i] !== LineStyle.Prose;
  }
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(w);
}

function isAllCaps(w: string): boolean {
  let upper = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
  }
  return upper;
}

/** Demonyms and languages: "Venezuelan", "Jewish", "Arabic", "Swahili". */
function looksLikeDemonym(lower: string): boolean {
  return wordClassOf(lower) === WordClass.Nationality || /(?:ian|ean|ese|ish|ic|an|i)$/.test(lower);
}

// ---------------------------------------------------------------------------------------------
// Span bookkeeping

class Spans {
  items: Item[];
  /** Per token: index into items of the span covering it, or -1. */
  owner: Int32Array;

  constructor(private readonly doc: Doc, spans: readonly NameSpan[]) {
    const tokens = doc.tokens;
    this.items = [];
    const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
    let k = 0;
    for (const span of sorted) {
      while (k < tokens.length && tokens[k]!.end <= span.start) k++;
      let b = k;
      while (b < tokens.length && tokens[b]!.start < span.end) b++;
      if (b === k) {
        // Not on tokens: keep it as it is, outside the rules.
        this.items.push({ a: k, b: k, type: span.type, confidence: span.confidence, start: span.start, end: span.end, changed: false, dropped: false, idx: 0 });
        continue;
      }
      this.items.push({ a: k, b, type: span.type, confidence: span.confidence, start: span.start, end: span.end, changed: false, dropped: false, idx: 0 });
    }
    this.owner = new Int32Array(tokens.length);
    this.reindex();
  }

  reindex(): void {
    this.items = this.items.filter((it) => !it.dropped);
    this.items.sort((x, y) => x.a - y.a || y.b - x.b);
    this.owner.fill(-1);
    this.items.forEach((it, idx) => {
      it.idx = idx;
      for (let t = it.a; t < it.b; t++) if (this.owner[t] === -1) this.owner[t] = idx;
    });
  }

  at(t: number): Item | undefined {
    const idx = this.owner[t];
    const it = idx === undefined || idx < 0 ? undefined : this.items[idx];
    return it === undefined || it.dropped ? undefined : it;
  }

  /** Replaces every span overlapping [a, b) with one span of `type`. */
  put(a: number, b: number, type: EntityType): void {
    for (let k = a; k < b; k++) {
      const it = this.at(k);
      if (it !== undefined) it.dropped = true;
    }
    const t = this.doc.tokens;
    this.items.push({ a, b, type, start: t[a]!.start, end: t[b - 1]!.end, changed: true, resized: true, dropped: false, idx: this.items.length });
    for (let k = a; k < b; k++) this.owner[k] = this.items.length - 1;
  }

  setRange(it: Item, a: number, b: number): void {
    const t = this.doc.tokens;
    it.a = a;
    it.b = b;
    it.start = t[a]!.start;
    it.end = t[b - 1]!.end;
    it.changed = true;
    it.resized = true;
    for (let k = a; k < b; k++) this.owner[k] = it.idx;
  }

  /**
   * Makes token t a one-token name of `type`: a new span where none covers it, a retype where a
   * one-token span does; false, changing nothing, where a longer span covers it or it is so already.
   */
  markToken(t: number, type: EntityType): boolean {
    const cover = this.at(t);
    if (cover === undefined) this.put(t, t + 1, type);
    else if (cover.a === t && cover.b === t + 1 && cover.type !== type) this.retype(cover, type);
    else return false;
    return true;
  }

  retype(it: Item, type: EntityType): void {
    if (it.type === type) return;
    it.type = type;
    it.changed = true;
  }

  result(): NameSpan[] {
    const out: NameSpan[] = [];
    let lastEnd = -1;
    for (const it of this.items) {
      if (it.dropped || it.start < lastEnd) continue;
      const span: NameSpan = it.confidence === undefined || it.changed
        ? { start: it.start, end: it.end, type: it.type }
        : { start: it.start, end: it.end, type: it.type, confidence: it.confidence };
      out.push(span);
      lastEnd = it.end;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Rules

/** 1. "Defense" in "Defense Secretary Pete Hegseth" is a portfolio, not a name. */
function dropPortfolios(doc: Doc, spans: Spans): void {
  for (const it of spans.items) {
    if (it.type !== 'ORG' && it.type !== 'MISC') continue;
    // "Defense Secretary", and two-word portfolios: "Homeland Security Secretary".
    const two = it.b - it.a === 2 && TWO_WORD_DEPARTMENTS.has(doc.slice(it.a, it.b).toLowerCase());
    if (it.b - it.a !== 1 && !two || !two && !DEPARTMENT_WORDS.has(doc.lower(it.a))) continue;
    if (doc.adjacent(it.b - 1, it.b) && PORTFOLIO_TITLES.has(doc.lower(it.b))) it.dropped = true;
  }
  // A bare event trigger ("the Operation was called off") names nothing.
  for (const it of spans.items) {
    if (it.b - it.a === 1 && it.type !== 'PER' && EVENT_TRIGGERS.has(doc.lower(it.a))
      && !(doc.adjacent(it.a, it.a + 1) && doc.cap(it.a + 1))) it.dropped = true;
  }
  spans.reindex();
}

/** May this free capitalised token be taken into a neighbouring ORG/MISC span? */
function nameWord(doc: Doc, spans: Spans, t: number): boolean {
  if (!doc.cap(t) || spans.at(t) !== undefined || doc.initial[t] === 1 || doc.shouting(t)) return false;
  const lower = doc.lower(t);
  const cls = wordClassOf(lower);
  if (cls === WordClass.Title || cls === WordClass.Calendar || cls === WordClass.Function || cls === WordClass.Nationality) return false;
  if (NOT_NAME_WORDS.has(lower) || DEPARTMENT_WORDS.has(lower) && PORTFOLIO_TITLES.has(doc.lower(t + 1))) return false;
  // "Minneapolis-based", "Family-controlled": an adjective before the name, not part of it.
  if (/-\p{Ll}+$/u.test(doc.word(t))) return false;
  return /\p{L}/u.test(doc.word(t));
}

/** Last parts that make a name an adjective: "Ohio-based", "Amman-bound", "German-born". */
const COMPOUND_TAILS = words('based bound born controlled owned led backed run made listed registered flagged managed operated brokered');
/** First parts that are not names: "Privately-owned", "Family-controlled", "State-run". */
const COMPOUND_NOT_NAMES = words(`privately family state government foreign locally wholly majority
  jointly partly publicly company home self`);

/**
 * 2a. "Ohio-based KeyCorp", "an Amman-bound plane", "St. Louis-based": a name made an adjective
 * is a name of its own (MISC, CoNLL-2003's convention), never the first word of the name after
 * it. The model often reads it as that name's first word.
 */
function compoundAdjectives(doc: Doc, spans: Spans): void {
  let changed = false;
  const { tokens, text } = doc;
  for (let t = 0; t < tokens.length; t++) {
    // Most tokens fail on two characters: a tail ends in "d" or "n", a name starts upper-case.
    const token = tokens[t]!;
    const end = text.charCodeAt(token.end - 1);
    if (end !== 0x64 && end !== 0x6e) continue;
    const start = text.charCodeAt(token.start);
    if (start < 0x41 || start > 0x5a && start < 0x80) continue;
    if (!doc.isWord(t) || doc.shouting(t)) continue;
    const w = doc.word(t);
    const dash = w.lastIndexOf('-');
    if (dash <= 0 || !isCapitalised(w) || !COMPOUND_TAILS.has(w.slice(dash + 1))) continue;
    if (COMPOUND_NOT_NAMES.has(doc.lower(t).slice(0, dash))) continue;
    const it = spans.at(t);
    // The place's first words read as a place of their own: "Kansas" + "City-based".
    const before = t > 0 && doc.adjacent(t - 1, t) ? spans.at(t - 1) : undefined;
    if ((it === undefined || it.a === t && it.b === t + 1) && before !== undefined && before.b === t && before.type === 'LOC'
      && PLACES.has(`${doc.slice(before.a, t)} ${w.slice(0, dash)}`)) {
      spans.put(before.a, t + 1, 'MISC');
      changed = true;
      continue;
    }
    if (it === undefined) {
      // Not the model's: extend over the place's first words ("St." of "St. Louis-based").
      let a = t;
      while (a > t - 2 && a > 0 && doc.adjacent(a - 1, a) && doc.cap(a - 1) && spans.at(a - 1) === undefined
        && doc.cls(a - 1) === WordClass.None && !NOT_NAME_WORDS.has(doc.lower(a - 1))) a--;
      spans.put(a, t + 1, 'MISC');
      changed = true;
    } else if (it.b === t + 1) {
      spans.retype(it, 'MISC');
    } else if (t - it.a <= 2) {
      // "Ohio-based KeyCorp", "St. Louis-based Mercantile Bancorp": the adjective and the name.
      const a = it.a;
      spans.setRange(it, t + 1, it.b);
      for (let k = a; k <= t; k++) spans.owner[k] = -1;
      spans.put(a, t + 1, 'MISC');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/**
 * 2b. Results tables: a club with its town's letters ("Proleter ( Z )", "Rad ( B )") is one
 * ORG, as CoNLL-2003 writes it. (A country's dollar, "C$", is CoNLL-2003's MISC too: the
 * tokenizer keeps it one token as CoNLL does, so the recogniser reads it; a hover on it shows
 * the figure it belongs to.)
 */
function clubTowns(doc: Doc, spans: Spans): void {
  const { tokens, text } = doc;
  let changed = false;
  for (let t = 0; t + 3 < tokens.length; t++) {
    if (text.charCodeAt(tokens[t + 1]!.start) === 0x28 && doc.word(t + 1) === '(' && doc.word(t + 3) === ')' && /^\p{Lu}{1,2}$/u.test(doc.word(t + 2))
      && doc.adjacent(t, t + 1) && doc.adjacent(t + 1, t + 2) && doc.adjacent(t + 2, t + 3)) {
      const club = spans.at(t);
      if (club === undefined || club.type !== 'ORG' || club.b !== t + 1) continue;
      const inner = spans.at(t + 2);
      if (inner !== undefined && (inner.a !== t + 2 || inner.b !== t + 3)) continue;
      if (inner !== undefined) inner.dropped = true;
      spans.setRange(club, club.a, t + 4);
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/** 2. Spans cut short. */
function extendSpans(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || it.type === 'PER') continue;
    // "Black" + "River", "BLACK" + "RIVER".
    if (it.type === 'LOC') {
      const t = it.b;
      if (t < n && doc.adjacent(t - 1, t) && spans.at(t) === undefined && GEO_HEADS.has(doc.lower(t))
        && isCapitalised(doc.word(t)) && isAllCaps(doc.word(t)) === isAllCaps(doc.word(t - 1))) {
        spans.setRange(it, it.a, t + 1);
      }
    }
    // "Drug" + "Enforcement Administration"; "Northern" + "Ireland".
    let a = it.a;
    for (let k = 0; k < 4 && a > 0 && doc.adjacent(a - 1, a) && nameWord(doc, spans, a - 1); k++) {
      if (it.type === 'LOC' && !LOC_PREFIXES.has(doc.lower(a - 1))) break;
      a--;
    }
    if (a !== it.a) spans.setRange(it, a, it.b);
  }
  spans.reindex();

  // Connectors: "UN Office" for the "Coordination of Humanitarian Affairs", "Cartel" de los "Soles".
  for (const it of spans.items) {
    if (it.dropped || it.type === 'PER' || it.a === it.b) continue;
    for (let round = 0; round < 3; round++) {
      // A span the recogniser ended on the connector itself ("Union of" + "Romanians") ends before it.
      if (it.b - it.a > 1 && CONNECTORS.has(doc.word(it.b - 1))) spans.setRange(it, it.a, it.b - 1);
      const c = it.b;
      const seqs = CONNECTORS.get(doc.lower(c));
      if (seqs === undefined || !doc.adjacent(c - 1, c) || doc.isWord(c) && isCapitalised(doc.word(c))) break;
      // "Daniels Pharmaceuticals Inc" + "of St. Petersburg": a company's suffix ends its name.
      if (ENGLISH_CONNECTORS.has(doc.lower(c)) && (!CONNECTOR_HEADS.has(doc.lower(it.b - 1)) || COMPANY_ENDINGS.has(doc.lower(it.b - 1)))) break;
      let after = -1;
      for (const seq of seqs) {
        if (seq.every((w, k) => doc.lower(c + k) === w && (k === 0 || doc.adjacent(c + k - 1, c + k)))) {
          after = c + seq.length;
          break;
        }
      }
      if (after < 0 || after >= n || !doc.adjacent(after - 1, after) || !doc.cap(after)) break;
      const next = spans.at(after);
      let end: number;
      if (next !== undefined) {
        if (next.a !== after || (next.type === 'PER' && ENGLISH_CONNECTORS.has(doc.lower(c)))) break;
        end = next.b;
        next.dropped = true;
      } else {
        end = after;
        while (end < n && (end === after || doc.adjacent(end - 1, end)) && doc.cap(end) && spans.at(end) === undefined
          && doc.cls(end) !== WordClass.Calendar && !NOT_NAME_WORDS.has(doc.lower(end)) && end - after < 5) end++;
        if (end === after) break;
      }
      spans.setRange(it, it.a, end);
    }
  }
  spans.reindex();

  // "U.S." + "Southern Command": a place written as a modifier of the organisation after it.
  for (let idx = 0; idx + 1 < spans.items.length; idx++) {
    const left = spans.items[idx]!;
    const right = spans.items[idx + 1]!;
    if (left.dropped || right.dropped || left.b !== right.a || left.b - left.a !== 1) continue;
    // "Jordan" (LOC) + "Peterson" (PER): a place that is also a given name, before a surname.
    if (right.type === 'PER' && left.type !== 'PER' && AMBIGUOUS_PLACES.has(doc.word(left.a)) && doc.adjacent(left.a, right.a)) {
      spans.setRange(left, left.a, right.b);
      left.type = 'PER';
      right.dropped = true;
      continue;
    }
    if (right.type !== 'ORG') continue;
    if (left.type !== 'LOC' && left.type !== 'MISC') continue;
    if (!doc.adjacent(left.a, right.a) || doc.shouting(left.a)) continue;
    const w = doc.word(left.a);
    // "U.S." + "Southern Command"; "World" (MISC) + "Food Programme".
    const placeWord = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2,3}$/u.test(w) || PLACES.has(w);
    const nameWordLeft = left.type === 'MISC' && !looksLikeDemonym(doc.lower(left.a)) && isCapitalised(w) && !isAllCaps(w) && !/-\p{Ll}+$/u.test(w);
    if (!placeWord && !nameWordLeft) continue;
    const head = doc.lower(right.b - 1);
    if (!ORG_HEADS.has(head) && !CONNECTOR_HEADS.has(head)) continue;
    spans.setRange(left, left.a, right.b);
    left.type = 'ORG';
    right.dropped = true;
  }
  spans.reindex();
}

interface EventName {
  /** Tail words as written in prose ("Southern Spear"). */
  readonly tail: readonly string[];
}

/** The trigger length at token i (1 or 2), 0 when none. */
function triggerAt(doc: Doc, i: number): number {
  if (!doc.cap(i)) return 0;
  const lower = doc.lower(i);
  const pair = EVENT_TRIGGER_PAIRS.get(lower);
  if (pair !== undefined && doc.adjacent(i, i + 1) && doc.cap(i + 1) && pair.has(doc.lower(i + 1))) return 2;
  return EVENT_TRIGGERS.has(lower) ? 1 : 0;
}

/** 3. Named events and their short names. */
function namedEvents(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const found: EventName[] = [];
  const tailKeys = new Set<string>();
  const pending: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const len = triggerAt(doc, i);
    if (len === 0) continue;
    const inside = spans.at(i);
    if (inside !== undefined && inside.a < i && inside.b > i + len - 1 && inside.type !== 'PER') continue; // "National Hurricane Center"
    if (inside !== undefined && inside.type === 'PER' && inside.a === i && doc.lower(i) === 'storm') continue; // "Storm Reid"
    let end = i + len;
    while (end < n && end - i - len < MAX_EVENT_WORDS && doc.adjacent(end - 1, end) && doc.cap(end)) {
      const lower = doc.lower(end);
      const cls = wordClassOf(lower);
      if (cls === WordClass.Calendar || cls === WordClass.Function || NOT_NAME_WORDS.has(lower)) break;
      end++;
    }
    if (end === i + len) continue;
    const tailWords: string[] = [];
    for (let k = i + len; k < end; k++) tailWords.push(doc.word(k));
    if (tailWords.some((w) => EVENT_STOP.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()))) continue;
    if (doc.shouting(i)) {
      pending.push([i, len]);
      continue;
    }
    spans.put(i, end, 'MISC');
    const key = tailWords.join(' ');
    if (!tailKeys.has(key)) {
      tailKeys.add(key);
      found.push({ tail: tailWords });
    }
    i = end - 1;
  }
  if (found.length === 0) return;
  // Headlines: only the events the prose names, as long as the prose writes them.
  for (const [i, len] of pending) {
    for (const event of found) {
      const m = matchWords(doc, i + len, event.tail, true);
      if (m > 0) {
        spans.put(i, m, 'MISC');
        break;
      }
    }
  }
  spans.reindex();
  // The bare name elsewhere: "Melissa", "Southern Spear".
  for (let i = 0; i < n; i++) {
    if (!doc.cap(i)) continue;
    for (const event of found) {
      const loud = doc.shouting(i);
      const end = matchWords(doc, i, event.tail, loud);
      if (end < 0) continue;
      if (i > 0 && doc.adjacent(i - 1, i) && doc.cap(i - 1) && (triggerAt(doc, i - 1) > 0 || !doc.initial[i - 1] && !loud)) break;
      if (!loud && end < n && doc.adjacent(end - 1, end) && doc.cap(end)) break;
      const cover = spans.at(i);
      if (cover !== undefined && cover.type === 'MISC' && cover.a <= i && cover.b >= end) break;
      if (cover !== undefined && (cover.a < i || cover.b > end) && cover.type === 'PER' && cover.b - cover.a > end - i) break;
      spans.put(i, end, 'MISC');
      i = end - 1;
      break;
    }
  }
  spans.reindex();
}

/** End of `tail` written from token i (exact case, or all capitals when `loud`), else -1. */
function matchWords(doc: Doc, i: number, tail: readonly string[], loud: boolean): number {
  for (let k = 0; k < tail.length; k++) {
    const t = i + k;
    if (t >= doc.tokens.length || (k > 0 && !doc.adjacent(t - 1, t))) return -1;
    const w = doc.word(t);
    const want = tail[k]!;
    if (w !== want && !(loud && w === want.toUpperCase())) return -1;
  }
  return i + tail.length;
}

/** 4. "USS Gerald R. Ford". */
function ships(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!SHIP_PREFIXES.has(doc.word(i))) continue;
    let end = i + 1;
    // "HMS Prince of Wales" (a name's last "of" is cut off later: "HMS Queen Elizabeth of the Royal Navy").
    const goes = (k: number): boolean => doc.cap(k) && doc.cls(k) !== WordClass.Calendar && !NOT_NAME_WORDS.has(doc.lower(k))
      || doc.word(k) === 'of';
    while (end < n && end - i <= 5 && doc.adjacent(end - 1, end) && goes(end)) end++;
    if (end === i + 1) continue;
    spans.put(i, end, 'MISC');
    i = end - 1;
  }
  spans.reindex();
  // "the aircraft carrier Carl Vinson", "the tanker Exxon Valdez", "the carriers Vinson and
  // Enterprise": a ship named after a word for a ship, and the same name elsewhere in the article.
  const names = new Map<string, number>();
  for (const u of doc.upperTokens()) {
    const i = u - 1;
    if (i < 1 || !SHIP_NOUN_FIRST.has(doc.firstCode(i)) || !doc.isWord(i)) continue;
    const noun = doc.lower(i);
    if (!SHIP_NOUNS.has(noun) && !(SHIP_KINDS[noun]?.has(doc.lower(i - 1)) ?? false)) continue;
    let a = i + 1;
    for (let more = 0; more < 3 && a < n; more++) {
      let end = a;
      // A title may be in a ship's name ("Galaxy Leader", "Queen Mary"), and a letter may end it ("Eternity C").
      while (end < n && end - a < 4 && doc.adjacent(end - 1, end) && doc.cap(end) && (doc.cls(end) === WordClass.None || doc.cls(end) === WordClass.Title) && (!isAllCaps(doc.word(end)) || end > a && doc.word(end).length === 1)) end++;
      if (end === a || doc.shouting(a)) break;
      spans.put(a, end, 'MISC');
      names.set(doc.slice(a, end), end - a);
      if (!(end + 1 < n && (doc.word(end) === 'and' || doc.word(end) === ','))) break;
      a = end + 1;
    }
  }
  // "the Blue Ghost lander", "a drone called Grace": a craft named before a word for one, or
  // called so after it. Not its country ("a Chinese probe", "the Florida rover test"; a listed
  // maker, "the SpaceX capsule", is made an organisation again by currentNews).
  const craftName = (u: number, end: number): void => {
    if (end === u || doc.shouting(u) || longestPlace(doc, u)[0] > 0 || !within(spans, u, end)) return;
    spans.put(u, end, 'MISC');
    names.set(doc.slice(u, end), end - u);
  };
  const nameWord = (k: number): boolean => doc.cap(k) && doc.cls(k) === WordClass.None && !isAllCaps(doc.word(k)) && !NOT_NAME_WORDS.has(doc.lower(k));
  for (let t = 1; t + 1 < n; t++) {
    if (doc.firstCode(t) < 97) continue; // the cues are lower-case words
    const w = doc.word(t);
    if (CRAFT_NOUNS.has(w) && doc.adjacent(t - 1, t)) {
      let u = t;
      while (u > 0 && t - u < 3 && doc.adjacent(u - 1, u) && nameWord(u - 1)) u--;
      craftName(u, t);
    } else if ((w === 'called' || w === 'named') && (CRAFT_NOUNS.has(doc.word(t - 1)) || WEAPON_NOUNS.has(doc.word(t - 1)))) {
      let end = t + 1;
      while (end < n && end - t <= 3 && doc.adjacent(end - 1, end) && nameWord(end)) end++;
      craftName(t + 1, end);
    }
  }
  if (names.size === 0) return;
  spans.reindex();
  // The same name elsewhere, however the recogniser cut it ("Blue" + "Ghost").
  let changed = false;
  for (const [a, b] of occurrences(doc, names)) {
    const cover = spans.at(a);
    if (!within(spans, a, b) || cover !== undefined && cover.a === a && cover.b === b && cover.type === 'MISC') continue;
    spans.put(a, b, 'MISC');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * Where names the article has given elsewhere occur again as whole runs of tokens, in order and
 * not overlapping: [start, end) per occurrence. `names` maps each name, as doc.slice writes it,
 * to its number of tokens. Only capitalised tokens are read, each with one lookup by its word.
 */
function* occurrences(doc: Doc, names: ReadonlyMap<string, number>): Generator<[number, number]> {
  const byFirst = new Map<string, [string, number][]>();
  for (const [name, len] of names) {
    const first = name.split(/\s+/)[0]!;
    const entries = byFirst.get(first) ?? [];
    entries.push([name, len]);
    byFirst.set(first, entries);
  }
  const n = doc.tokens.length;
  let skip = 0;
  for (const u of doc.upperTokens()) {
    if (u < skip) continue;
    for (const [name, len] of byFirst.get(doc.word(u)) ?? []) {
      if (u + len > n || doc.slice(u, u + len) !== name) continue;
      yield [u, u + len];
      skip = u + len;
      break;
    }
  }
}

/** Words for a ship before its name ("carrier" only as "aircraft carrier": airlines are carriers too). */
const SHIP_NOUNS = words('warship warships destroyer frigate submarine battleship cruiser tanker freighter liner ferry yacht vessel lander rover probe spacecraft');
/** Words for a ship only after a word for its kind: "the aircraft carrier", "the container ship Ever Given". */
const SHIP_KINDS: Readonly<Record<string, ReadonlySet<string>>> = {
  carrier: words('aircraft car bulk vehicle lng ore'),
  carriers: words('aircraft car bulk vehicle lng ore'),
  ship: words('container cargo cruise research supply hospital'),
};
/** Words for a craft after its name: "the Blue Ghost lander", "Its Athena lander", "the Perseverance rover". */
const CRAFT_NOUNS = words('lander landers rover probe spacecraft capsule');
/** Their first letters, and carrier's, to pass over other words without reading them. */
const SHIP_NOUN_FIRST = new Set([...SHIP_NOUNS, ...Object.keys(SHIP_KINDS)].map((w) => w.charCodeAt(0)));

// "WASHINGTON, Nov 12 (Meridian Wire) -", "BLACK RIVER, Jamaica —"
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}'\u2019.-]*(?: \p{Lu}[\p{Lu}\p{M}'\u2019.-]*){0,3}(?:\/\p{Lu}[\p{Lu}\p{M}'\u2019.-]*(?: \p{Lu}[\p{Lu}\p{M}'\u2019.-]*){0,3})?)((?:,[ \t]*\p{Lu}[\p{L}\p{M}.' -]{1,30}?)?)((?:,?[ \t]*\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?)[ \t]*(\((\p{Lu}[^()\n]{1,48})\))?[ \t]*[-\u2013\u2014]/u;
/** Capitals before a dash that are labels, not places. */
const NOT_DATELINES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'WATCH', 'LIVE', 'CORRECTION', 'REVIEW', 'FACT CHECK', 'EXPLAINER', 'INTERVIEW', 'COMMENT', 'NEWS', 'URGENT', 'FLASH', 'ALERT']);
const SOURCE_LINE = /^(?:Source|Publisher|Outlet|Site)[ \t]*:[ \t]*(?:The[ \t]+)?(\p{Lu}[^\n]{1,60}?)[ \t]*$/u;

/** First token at or after offset. */
function tokenAt(doc: Doc, offset: number, from: number): number {
  let k = from;
  while (k < doc.tokens.length && doc.tokens[k]!.start < offset) k++;
  return k;
}

/** Token range exactly covering [start, end), or null. */
function tokenRange(doc: Doc, start: number, end: number, from: number): [number, number] | null {
  const a = tokenAt(doc, start, from);
  let b = a;
  while (b < doc.tokens.length && doc.tokens[b]!.end <= end) b++;
  if (b === a || doc.tokens[a]!.start !== start || doc.tokens[b - 1]!.end !== end) return null;
  return [a, b];
}

/** 5. Datelines and source lines. Returns the outlets' names. */
function datelines(doc: Doc, spans: Spans): string[] {
  const outlets: string[] = [];
  const n = doc.tokens.length;
  const placed = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (i > 0 && doc.lineStart[i] !== i) continue;
    const start = doc.tokens[i]!.start;
    const lineEnd = doc.text.indexOf('\n', start);
    const line = doc.text.slice(start, lineEnd < 0 ? Math.min(doc.text.length, start + 300) : Math.min(lineEnd, start + 300))
      .replace(/\r$/, '');
    const source = SOURCE_LINE.exec(line);
    if (source?.[1] !== undefined) {
      const at = start + line.indexOf(source[1]);
      const r = tokenRange(doc, at, at + source[1].length, i);
      if (r !== null && r[1] - r[0] <= 6) {
        spans.put(r[0], r[1], 'ORG');
        outlets.push(source[1]);
      }
      continue;
    }
    const m = DATELINE.exec(line);
    if (m === null || m[1] === undefined) continue;
    // "LOS ANGELES — Two wildfires…": a place alone before the dash is a dateline only in capitals,
    // below the headline, before a sentence, and not a label such as "BREAKING —".
    const alone = m[2] === '' && m[3] === '' && m[4] === undefined;
    if (alone && (i === 0 || /\p{Ll}/u.test(m[1]) || NOT_DATELINES.has(m[1]) || !/^[ \t]*[-\u2013\u2014]+[ \t]+["\u201c]?\p{Lu}/u.test(line.slice(m[1].length)))) continue;
    if (!/\p{Lu}.*\p{Lu}/u.test(m[1])) continue;
    // "NEW DELHI/ISLAMABAD, May 7": two places.
    const slash = m[1].indexOf('/');
    if (slash > 0 && !alone) {
      for (const [a, b] of [[start, start + slash], [start + slash + 1, start + m[1].length]] as const) {
        const part = tokenRange(doc, a, b, i);
        if (part !== null) spans.put(part[0], part[1], 'LOC');
      }
    } else {
      if (slash > 0) continue;
      const place = tokenRange(doc, start, start + m[1].length, i);
      // Alone, it must also be a name to the recogniser ("NOTE - …" and "EUROBONDS - …" are not).
      if (alone && (place === null || spans.at(place[0])?.a !== place[0] || spans.at(place[0])?.b !== place[1])) continue;
      if (place !== null) spans.put(place[0], place[1], 'LOC');
      if (place !== null && place[1] - place[0] === 1) placed.add(m[1].toUpperCase());
    }
    if (m[2] !== undefined && m[2] !== '') {
      const region = m[2].replace(/^,[ \t]*/, '');
      const at = start + m[1].length + m[2].indexOf(region);
      const r = tokenRange(doc, at, at + region.length, i);
      if (r !== null) {
        const cover = spans.at(r[0]);
        if (cover === undefined || cover.a !== r[0] || cover.b !== r[1] || cover.type !== 'LOC') spans.put(r[0], r[1], 'LOC');
      }
    }
    if (m[5] !== undefined) {
      const outlet = m[5].trim();
      const at = start + line.indexOf('(' + m[5]) + 1;
      const r = tokenRange(doc, at, at + outlet.length, i);
      if (r !== null && r[1] - r[0] <= 5) {
        spans.put(r[0], r[1], 'ORG');
        outlets.push(outlet);
      }
    }
  }
  spans.reindex();
  // The dateline's town is a place wherever the article names it alone ("RUIDOSO, N.M. —" and
  // "a flood emergency for Ruidoso", "Ruidoso Downs"), not a person; a team or a treaty named after it stays one.
  if (placed.size > 0) {
    for (const it of spans.items) {
      if (it.type === 'PER' && placed.has(doc.word(it.a).toUpperCase())) spans.retype(it, 'LOC');
    }
  }
  return outlets;
}

/** The outlet elsewhere: its full name, or "the Ledger" for "The Harbor Ledger". */
function outletMentions(doc: Doc, spans: Spans, outlets: readonly string[]): void {
  if (outlets.length === 0) return;
  const full = new Set(outlets);
  const heads = new Set<string>();
  for (const o of outlets) {
    const last = o.split(/\s+/).pop() ?? '';
    if (OUTLET_HEADS.has(last.toLowerCase())) heads.add(last);
  }
  for (const it of spans.items) {
    if (it.a === it.b || it.type === 'ORG') continue;
    const text = doc.slice(it.a, it.b);
    if (full.has(text) || (it.b - it.a === 1 && heads.has(text) && it.a > 0 && doc.lower(it.a - 1) === 'the')) spans.retype(it, 'ORG');
  }
}

/** May `place` at tokens [a, b) be read as a place here? */
function placeAllowed(doc: Doc, a: number, place: string, perWords: ReadonlySet<string>): boolean {
  if (perWords.has(place)) return false;
  if (!AMBIGUOUS_PLACES.has(place)) return true;
  return a > 0 && PLACE_CUES.has(doc.lower(a - 1));
}

/** A place cue right before a name, or before its "the": "in Haiti", "across the Line of Control". */
function placeCueBefore(doc: Doc, a: number): boolean {
  if (a > 0 && PLACE_CUES.has(doc.lower(a - 1))) return true;
  return a > 1 && doc.word(a - 1) === 'the' && PLACE_CUES.has(doc.lower(a - 2));
}

/** A name coordinated with a place: "Madrid and Lisbon", "Andalusia, Extremadura". */
function besidePlace(doc: Doc, spans: Spans, it: Item): boolean {
  const joins = (k: number): boolean => /^(?:and|or|,)$/.test(doc.word(k));
  const before = it.a >= 2 && joins(it.a - 1) ? spans.at(it.a - 2) : undefined;
  const after = it.b + 1 < doc.tokens.length && joins(it.b) ? spans.at(it.b + 1) : undefined;
  const place = (x: Item | undefined): boolean => x !== undefined && !x.dropped && (x.type === 'LOC' || x.type === 'ORG') && placeOf(doc, x.a, x.b) !== undefined;
  return place(before) && before!.b === it.a - 1 || place(after) && after!.a === it.b + 1;
}

function sportsContext(doc: Doc, t: number): boolean {
  const s = doc.sentence[t];
  if (s === undefined || s < 0) return false;
  for (let k = t - 12; k <= t + 12; k++) {
    if (k < 0 || k >= doc.tokens.length || doc.sentence[k] !== s) continue;
    if (SPORTS_WORDS.has(doc.lower(k)) || /^\d{1,3}-\d{1,3}$/.test(doc.word(k))) return true;
  }
  return false;
}

/** Last words that make a region's name its adjective: "Middle Eastern", "South Asian". */
const REGION_ADJECTIVES = words('Eastern Western Northern Southern Asian African American European');

/** A score: "3-1", "2-2" (not a date's "08-28"). */
const SCORE = /(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])/;

/** Words after a place's name that make it a company's: "Arequipa shareholders". */
const SHARE_WORDS = words('share shares shareholders stock stake');

/** First words that name a natural place by its kind, or a city with its region: "Mount McKinley", "Lake Oahe", "Greater Manchester". */
const PLACE_KIND_FIRST = words('Mount Mt. Lake Cape Greater');
/** Lower-case words for a kind of place before "of" and its name: "the village of Bento Rodrigues". */
const PLACE_KINDS = words('village town city state province region district county municipality island port capital');
/** Last words of a club named after its town, read apart from the town: "Huddersfield" + "Town". */
const CLUB_SUFFIXES = words('Town City United Rovers Athletic Wanderers Albion County');

/**
 * "Mount McKinley", "Lake Oahe" read as a person or an organisation are places (not "Mount Sinai
 * Hospital": a body's head word keeps it one); so is a name after a lower-case word for its kind
 * of place and "of" ("the village of Bento Rodrigues", "the state of Espírito Santo": all 147 such
 * names in CoNLL-2003 train are places); and a club read as its town and a suffix apart
 * ("Huddersfield" + "Town") is one club.
 */
function placesByTheirKind(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.type === 'LOC' || it.type === 'MISC' || ORG_HEADS.has(doc.lower(it.b - 1))) continue;
    if (it.b - it.a >= 2 && PLACE_KIND_FIRST.has(doc.word(it.a))
      || it.a >= 2 && doc.word(it.a - 1) === 'of' && PLACE_KINDS.has(doc.word(it.a - 2))) spans.retype(it, 'LOC');
  }
  for (const it of [...spans.items]) {
    const next = it.b < doc.tokens.length ? spans.at(it.b) : undefined;
    if (it.dropped || it.type !== 'ORG' || next === undefined || next.a !== it.b || next.b !== it.b + 1 || !doc.adjacent(it.b - 1, it.b)
      || !CLUB_SUFFIXES.has(doc.word(it.b)) || next.type === 'ORG') continue;
    spans.put(it.a, next.b, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** A word with a capital inside it, as companies name themselves: "CoreWeave", "StubHub", "eToro". */
const CAMEL_CASE = /^(?:[A-Z][a-z]+|e)[A-Z][a-z]+[A-Za-z]*$/;
/** Two clipped words run together, in tables and wire slugs: "JulAug", "FinMin". */
const CLIPPED_PAIR = /^[A-Z][a-z]{2}[A-Z][a-z]{2}$/;
/** Surnames' particles written with the next capital: "McDonald", "DeSantis", "LeBron", "DiCaprio". */
const NAME_PARTICLE_CAPS = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z]/;

/**
 * A word in camel case the recogniser left unread is a company's name ("the ticket reseller
 * StubHub", "Bankers had hoped CoreWeave would"), not a surname written so ("DeSantis"), clipped
 * words in a table ("JulAug") nor part of a web address (listed products are read earlier).
 */
function camelCaseNames(doc: Doc, spans: Spans): void {
  let changed = false;
  for (let t = 0; t < doc.tokens.length; t++) {
    // A capital or an "e" first, read without making the word.
    const first = doc.firstCode(t);
    if (!(first >= 65 && first <= 90 || first === 101)) continue;
    const w = doc.word(t);
    if (!CAMEL_CASE.test(w) || NAME_PARTICLE_CAPS.test(w) || CLIPPED_PAIR.test(w) || spans.at(t) !== undefined) continue;
    // "HealthCare.gov": part of a web address.
    if (t + 1 < doc.tokens.length && doc.joined(t, t + 1) && doc.word(t + 1).startsWith('.')) continue;
    spans.put(t, t + 1, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Look a token run up in the gazetteer: as written, or in capitals on a shouting line. */
function placeOf(doc: Doc, a: number, b: number): string | undefined {
  if (!PLACE_FIRST_WORDS.has(doc.word(a))) return undefined;
  for (let k = a + 1; k < b; k++) if (!doc.joined(k - 1, k)) return undefined;
  const s = b - a === 1 ? doc.word(a) : doc.slice(a, b).replace(/\s+/g, ' ');
  if (PLACES.has(s)) return s;
  return doc.style[a] === LineStyle.Caps || isAllCaps(s) ? PLACES_UPPER.get(s) : undefined;
}

/** The longest known place starting at token i: [end token, place], or [-1, undefined]. */
function longestPlace(doc: Doc, i: number): [number, string | undefined] {
  const n = doc.tokens.length;
  const loud = doc.style[i] === LineStyle.Caps;
  let built = doc.word(i);
  let best: [number, string | undefined] = [-1, undefined];
  const prefixes = placePrefixes();
  for (let b = i + 1; ; b++) {
    const hit = PLACES.has(built) ? built : loud || isAllCaps(built) ? PLACES_UPPER.get(built) : undefined;
    if (hit !== undefined) best = [b, hit];
    // No place starts with what is built so far: no longer run can be one.
    if (!prefixes.has(built)) break;
    if (b >= n || b - i >= MAX_PLACE_WORDS * 2 || !doc.isWord(b) && doc.word(b) !== '-') break;
    const prev = doc.tokens[b - 1]!;
    const next = doc.tokens[b]!;
    if (prev.end === next.start) built += doc.word(b);
    else if (doc.adjacent(b - 1, b)) built += ' ' + doc.word(b);
    else break;
  }
  return best;
}

/** Last words of firms' names that are no legal form or trade: "Catalyst Brands", "Sequoia Capital". */
const FIRM_LAST_WORDS = words('partners brands research ventures capital interactive enterprises mines metals technology gaming esports');

/** Words only a person is followed by: "at Musk himself". */
const REFLEXIVES = words('himself herself');

/** Pronouns after "said" that make the speaker a person: "Trump said he". */
const PERSONAL_PRONOUNS = words('he she');

/** Parties named "the X government" when in power: "the Labor government" (CoNLL-2003 train has
 * "Labour government" three times; our news has "the Conservative government" as MISC, so only Labour). */
const GOVERNING_PARTIES = words('Labour Labor');

/** Last words of a school's name: "Dartmouth College", "Holborn Polytechnic". */
const SCHOOL_HEADS = words('university college polytechnic academy institute');

/**
 * A name the recogniser ended one word short of a firm's last word is the firm's: "Thrive" +
 * "Capital", "Ivanhoe" + "Mines" (in CoNLL-2003 train such a word after a name is always inside
 * an organisation's, 15 times in 15).
 */
function firmEndings(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    const t = it.b;
    if (it.dropped || it.a === it.b || t >= doc.tokens.length || spans.at(t) !== undefined || !doc.adjacent(t - 1, t)) continue;
    if (!doc.cap(t) || doc.shouting(t) || !FIRM_LAST_WORDS.has(doc.lower(t))) continue;
    spans.setRange(it, it.a, t + 1);
    spans.retype(it, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** A British peer's title before the name: "Lord Rothermere", "Baroness Hale" (not "Lady": "Lady Gaga"). */
const PEER_TITLES = words('Lord Baroness Baron Viscount Viscountess');

/**
 * "Lord Rothermere" read as a place or a company is a person, and the title stays outside the
 * name as every title does (CoNLL-2003 and our news gold alike); not "Lord's" (the ground), "Lord
 * of the Rings" nor a title of two words ("the Lord Mayor").
 */
function peersByTheirTitles(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.b - it.a < 2 || !PEER_TITLES.has(doc.word(it.a)) || !doc.cap(it.a + 1) || !doc.isWord(it.a + 1)) continue;
    // "the Lord Mayor", "Lord Chancellor": a title of two words.
    if (doc.cls(it.a + 1) !== WordClass.None) continue;
    spans.setRange(it, it.a + 1, it.b);
    spans.retype(it, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Sports whose world governing body is named "World" and the sport: "World Athletics", "World Boxing". */
const WORLD_BODY_SPORTS = words('athletics aquatics boxing rugby sailing archery triathlon curling skate taekwondo netball squash rowing');
/** Words after "World Boxing" that make it an event: "the World Boxing Championships". */
const WORLD_EVENT_WORDS = words('championship championships cup cups series games tour final finals league grand cross title tournament classic');

/**
 * The world governing bodies renamed since 2019 are organisations, not events ("World Athletics
 * approved a test", "WORLD BOXING ORDERS SEX TESTS"): "World" and a sport's name, when no word
 * for an event follows ("the World Boxing Championships" stays MISC).
 */
function worldFederations(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    const w = doc.word(t);
    if (w !== 'World' && w !== 'WORLD' || t + 1 >= n || !doc.cap(t + 1) || !doc.adjacent(t, t + 1) || !WORLD_BODY_SPORTS.has(doc.lower(t + 1))) continue;
    if (t + 2 < n && doc.adjacent(t + 1, t + 2) && WORLD_EVENT_WORDS.has(doc.lower(t + 2))) continue;
    if (markRun(spans, t, t + 2, 'ORG')) changed = true;
  }
  if (changed) spans.reindex();
}

/** Places no team, council or government is named after: "on Earth". */
const NEVER_ORGANISATIONS = words('Earth');

/** 6. Types. */
function fixTypes(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  // Sports copy, by its words or its scores ("won 3-1"), where a town's name is most often its
  // team's; read only when a listed place read as an organisation asks.
  let sports: boolean | undefined;
  const sportsCopy = (): boolean => sports ??= doc.sportsArticle() || SCORE.test(doc.text);
  // Words of multi-word PER names: "Jordan" of "Jordan Peterson" stays a person.
  const perWords = new Set<string>();
  const surnames = new Set<string>();
  for (const it of spans.items) {
    if (it.type !== 'PER' || it.b - it.a < 2) continue;
    for (let k = it.a; k < it.b; k++) perWords.add(doc.word(k));
    // Not from a headline, where the recogniser runs words together ("Putin Leave Alaska").
    if (!doc.shouting(it.a)) surnames.add(doc.word(it.b - 1));
  }
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b) continue;
    // "the Trump administration", "the Biden presidency": a leader's name before the body or
    // time they lead is the person (as CoNLL-2003 train types it four times in five); so is a
    // family's, "the Ito family".
    if (it.b - it.a === 1 && it.b < n && doc.adjacent(it.a, it.b)
      && ((it.type === 'MISC' || it.type === 'ORG') && LED_BY_PERSON.has(doc.word(it.b)) || it.type !== 'PER' && FAMILY_WORDS.has(doc.word(it.b)))
      && doc.upperAt(it.a) && !doc.shouting(it.a) && doc.cls(it.a) === WordClass.None && !looksLikeDemonym(doc.lower(it.a))) {
      spans.retype(it, 'PER');
      continue;
    }
    // "aimed at Musk himself": only a person is followed by "himself" or "herself".
    if ((it.type === 'LOC' || it.type === 'ORG') && it.b - it.a <= 3 && REFLEXIVES.has(doc.word(it.b)) && doc.adjacent(it.b - 1, it.b)) {
      spans.retype(it, 'PER');
      continue;
    }
    // "and Trump said he would": a name that says "he" or "she" of itself is a person (in CoNLL-2003
    // train 46 of 47 names before "said he" are; the other is "Tony Hall of Ohio"). Not after "of"
    // or "the" ("The White House said he"), nor a listed place (a listed company is one again in currentNews).
    if ((it.type === 'LOC' || it.type === 'ORG') && it.b - it.a <= 2 && it.b + 1 < n && SPEAKING_VERBS.has(doc.word(it.b)) && PERSONAL_PRONOUNS.has(doc.word(it.b + 1))
      && !(it.a > 0 && (doc.lower(it.a - 1) === 'of' || doc.lower(it.a - 1) === 'the' || PLACE_CUES.has(doc.lower(it.a - 1)))) && !PLACES.has(doc.slice(it.a, it.b))) {
      spans.retype(it, 'PER');
      continue;
    }
    // "the Labor government of Paul Keating": the party in power (CoNLL-2003 train types "Labour
    // government" ORG three times in three), not its adjective.
    if (it.type === 'MISC' && it.b - it.a === 1 && GOVERNING_PARTIES.has(doc.word(it.a)) && doc.word(it.b) === 'government' && doc.adjacent(it.a, it.b)) {
      spans.retype(it, 'ORG');
      continue;
    }
    // "MaliVai Washington" ... "Washington fell short": the surname of a person the article
    // named in full is that person, not the place, unless it follows "in", "from", "at" ("at
    // Trump's golf resort" is the person's).
    if (it.type !== 'PER' && it.type !== 'MISC' && it.b - it.a === 1 && surnames.has(doc.word(it.a)) && !doc.shouting(it.a)
      && !(it.a > 0 && (PLACE_CUES.has(doc.lower(it.a - 1)) || doc.lower(it.a - 1) === 'at' && !(it.b < n && POSSESSIVE.has(doc.word(it.b)))))) {
      spans.retype(it, 'PER');
      continue;
    }
    const lastLower = doc.lower(it.b - 1);
    // "the electoral service, Servel,", "Servel, the electoral service": named as an organisation.
    if ((it.type === 'PER' || it.type === 'LOC') && it.b - it.a <= 2 && organisationInApposition(doc, it.a, it.b)) {
      spans.retype(it, 'ORG');
      continue;
    }
    // "the Christian Democrats", "Democrats": a party's members, never a person or a place; "a
    // Communist", "Communist Jeannette Jara": its adjective, never the party itself.
    if ((it.type === 'PER' || it.type === 'LOC') && PARTY_MEMBERS.has(lastLower) && doc.upperAt(it.b - 1) && !doc.shouting(it.b - 1)
      || it.type !== 'MISC' && it.b - it.a === 1 && PARTY_ADJECTIVES.has(doc.word(it.a)) && !(it.b < n && ORG_HEADS.has(doc.lower(it.b)))) {
      spans.retype(it, 'MISC');
      continue;
    }
    if (it.type !== 'ORG' && it.b - it.a > 1 && (FOREIGN_INSTITUTIONS.has(doc.lower(it.a)) && (it.type === 'LOC' || it.type === 'PER') || FOREIGN_INSTITUTIONS.has(lastLower) && it.type !== 'PER')) {
      spans.retype(it, 'ORG');
      continue;
    }
    // ... and no person's name ends in one ("Meta Superintelligence Labs", "Medellín Cartel").
    if ((it.type === 'MISC' || it.type === 'PER') && it.b - it.a > 1 && (ORG_HEADS.has(lastLower) || COMPANY_ENDINGS.has(lastLower) || FIRM_LAST_WORDS.has(lastLower))
      || it.type === 'LOC' && it.b - it.a > 2 && PLACE_TO_ORG_HEADS.has(lastLower)
      // "Dartmouth College", "Holborn Polytechnic": a school is its institution (CoNLL-2003 train
      // types all its 14 "… University" and "… College" names ORG; our news gold all 72).
      || it.type === 'LOC' && it.b - it.a > 1 && SCHOOL_HEADS.has(lastLower)) {
      spans.retype(it, 'ORG');
      continue;
    }
    // "the English Channel": a place the lists know, of two words or more, is that place.
    if (it.type === 'MISC' && it.b - it.a > 1 && PLACES.has(doc.slice(it.a, it.b))) {
      spans.retype(it, 'LOC');
      continue;
    }
    // "Middle Eastern", "South Asian": a region's adjective, as "South African" is.
    if (it.type === 'LOC' && REGION_ADJECTIVES.has(doc.word(it.b - 1))) {
      spans.retype(it, 'MISC');
      continue;
    }
    if (it.type === 'LOC') continue;
    const place = placeOf(doc, it.a, it.b);
    if (place !== undefined) {
      if (it.type === 'PER' && (AMBIGUOUS_PLACES.has(place) || perWords.has(place))) continue;
      // An ORG that is a place's name is most often a team, a city council or a government
      // ("CHICAGO 5 Detroit 3", "Barcelona signed..."): only "in Haiti" and the like make it a
      // place (on CoNLL-2003 test, retyping every such ORG cost 1.7 points of F1).
      if (it.type === 'ORG' && !NEVER_ORGANISATIONS.has(place) && (sportsContext(doc, it.a) || !placeCueBefore(doc, it.a) && !besidePlace(doc, spans, it) && (sportsCopy() || tableLine(doc, it.a) || SHARE_WORDS.has(doc.lower(it.b))))) continue;
      if (it.type !== 'PER' && AMBIGUOUS_PLACES.has(place) && !placeAllowed(doc, it.a, place, perWords) && it.type === 'ORG') continue;
      if (modifierUse(doc, it)) continue;
      spans.retype(it, 'LOC');
      continue;
    }
    // "in Petit-Goâve": a hyphenated place name the model read as MISC.
    if (it.type === 'MISC' && it.b - it.a === 1 && it.a > 0 && PLACE_CUES.has(doc.lower(it.a - 1))
      && /^\p{Lu}[\p{Ll}\p{M}]+(?:-(?:\p{Ll}+-)?\p{Lu}[\p{Ll}\p{M}]+)+$/u.test(doc.word(it.a)) && !HOLIDAYS.has(lastLower)
      && !looksLikeDemonym(lastLower.slice(lastLower.lastIndexOf('-') + 1))) {
      spans.retype(it, 'LOC');
    }
  }

  // A capitalised run before "parish", "province", "state"...: "St. Elizabeth parish".
  for (let h = 1; h < n; h++) {
    if (!ADMIN_HEADS.has(doc.word(h)) || !doc.adjacent(h - 1, h)) continue;
    let a = h;
    while (a > 0 && h - a < 3 && doc.cap(a - 1) && doc.joined(a - 1, a) && !doc.shouting(a - 1)) {
      const lower = doc.lower(a - 1);
      const cls = wordClassOf(lower);
      if (cls === WordClass.Title || cls === WordClass.Calendar || NOT_NAME_WORDS.has(lower)) break;
      if (cls === WordClass.Function && !NAME_ARTICLES.has(lower)) break;
      a--;
    }
    if (a === h) continue;
    const last = doc.lower(h - 1);
    if (looksLikeDemonym(last) && !PLACES.has(doc.word(h - 1)) || DEPARTMENT_WORDS.has(last)) continue;
    if (a === h - 1 && doc.initial[a] === 1 && !PLACES.has(doc.word(a))) continue;
    const cover = spans.at(a);
    const coverEnd = spans.at(h - 1);
    if (cover !== undefined && cover === coverEnd && cover.a === a && cover.b === h) {
      if (cover.type !== 'PER') spans.retype(cover, 'LOC');
      continue;
    }
    // Free words, or pieces the model cut the name into ("Upper"/MISC + "Ridge"/LOC), become one place.
    let person = false;
    for (let k = a; k < h; k++) if (spans.at(k)?.type === 'PER') person = true;
    if (!person && within(spans, a, h)) spans.put(a, h, 'LOC');
  }
  spans.reindex();

  // Known places nobody tagged, where they cannot be part of a longer name.
  let next = 0;
  for (const i of doc.upperTokens()) {
    if (i < next || !doc.cap(i) || doc.style[i] === LineStyle.Title) continue;
    if (!PLACE_FIRST_WORDS.has(doc.word(i))) continue;
    const [matched, place] = longestPlace(doc, i);
    if (matched < 0 || place === undefined) continue;
    // Spans inside the match may merge into it ("Capitol" + "Hill"); a span reaching out may not.
    let ok = true;
    let covered = false;
    for (let k = i; k < matched; k++) {
      const s = spans.at(k);
      if (s === undefined) continue;
      covered = true;
      if (s.a < i || s.b > matched || matched - i < 2) ok = false;
    }
    const own = spans.at(i);
    if (!ok || covered && matched - i < 2 || own !== undefined && own.a === i && own.b === matched) continue;
    if (!placeAllowed(doc, i, place, perWords)) continue;
    if (doc.initial[i] === 1 && AMBIGUOUS_PLACES.has(place)) continue;
    const loud = doc.style[i] === LineStyle.Caps;
    if (!loud && matched < n && doc.adjacent(matched - 1, matched) && doc.cap(matched)) continue;
    if (!loud && i > 0 && doc.adjacent(i - 1, i) && doc.cap(i - 1) && doc.initial[i - 1] !== 1) continue;
    if (!covered && loud) continue; // a headline word in capitals is a word first
    spans.put(i, matched, 'LOC');
    next = matched;
  }
  spans.reindex();
}

// ---------------------------------------------------------------------------------------------
// 7. Current news

/** Capitalised common nouns and abbreviations that are never a name on their own. */
const NOT_NAMES = new Set(`AI AGI CEO CEOs CFO COO CTO GDP GPU GPUs CPU CPUs IPO IPOs ETF ETFs EV EVs
  LNG VAT TV PC PCs SUV SUVs DNA RNA 5G 6G OK Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen
  Eighteen Nineteen Twenty Thirty Forty Fifty Hundreds Thousands`.split(/\s+/));

/** Words that open a sentence as words, not names, when a lower-case word follows: "Born in Kampala, he…". */
const OPENING_WORDS = new Set(['Born', 'Shares', 'Stocks', 'Asked', 'Speaking', 'Turnout', 'Prices', 'Exports', 'Imports', 'Sales', 'Production', 'Output']);

/**
 * People in the plural and adverbs that open sentences, never a name's first word in CoNLL-2003
 * ("Doctors Without Borders" and "Just Eat" are names).
 */
const NEVER_FIRST_WORDS = words(`Organisers Organizers Officials Investigators Analysts Residents Rescuers Researchers Scientists
  Witnesses Prosecutors Protesters Lawmakers Regulators Authorities Even Only Also Still Yet Perhaps Meanwhile Instead Later Then
  Earlier However Indeed Born Besides`);

/** Listed names that are also a market index's: the recogniser's MISC is kept. */
const INDEX_NAMES = new Set(['Nikkei', 'NIKKEI', 'Nasdaq', 'NASDAQ', 'Dow Jones', 'FTSE', 'DAX', 'Hang Seng', 'S&P']);
/** Index names that take their number of members: "S&P 500", "Nikkei 225", "FTSE 100", "CAC 40". */
const NUMBERED_INDEXES = words('S&P Nikkei NIKKEI FTSE CAC Stoxx STOXX Russell Nasdaq NASDAQ Nifty KOSPI DAX ASX TSX IBEX Ibex MIB');

/** A listed name capitalised after "the" within a sentence: the organisation ("when the Diet chooses"). */
function theOrganisation(doc: Doc, i: number, org: string): boolean {
  return i >= 1 && doc.word(i - 1) === 'the' && doc.initial[i] !== 1 && !PLACES.has(org) && !NOT_ORGANISATIONS_AFTER_THE.has(org);
}

/** Leagues and series named with a number or letter: "Ligue 1", "Serie A", "Formula One". */
const COMPETITION_NUMBERS: ReadonlyMap<string, RegExp> = new Map([
  ['Ligue', /^[12]$/], ['Serie', /^[ABC]$/], ['Formula', /^(?:1|One|2|E)$/], ['Liga', /^MX$/],
]);

/** First tokens of those names ("S&P", or "S" where "S & P" is written apart), so that most tokens are passed over at once. */
const NUMBERED_FIRST_WORDS: ReadonlySet<string> = new Set([...NUMBERED_INDEXES, ...COMPETITION_NUMBERS.keys()].flatMap((name) => [name, name.split('&')[0]!]));

/** Listed organisations that are something else after "the": an era, a product. */
const NOT_ORGANISATIONS_AFTER_THE = new Set(['Renaissance', 'Threads', 'Signal', 'Snap', 'Zoom', 'Slack', 'Shell', 'Visa', 'Vale', 'Oracle']);

/** Last words that make a name a place people go to (CoNLL-2003 types facilities as LOC). */
const FACILITY_HEADS = words('palace airport stadium arena bridge tower towers cathedral castle garden gardens square');
/** Facility heads that are places whatever comes before them (no club is called "... Airport"). */
const ALWAYS_PLACES = words('airport');

/**
 * Nouns after a product's name: "its Blackwell chips", "Nvidia's Blackwell graphics processors".
 * Narrower than products.ts's PRODUCT_NOUNS: here any name before them is retyped, and "the
 * company's Boeing jets" names the maker.
 */
const OWNED_PRODUCT_NOUNS = words('chip chips processor processors gpu gpus smartphone smartphones handset handsets');
/** Words before a product's name that say someone owns or makes it. */
const OWNER_WORDS = words("'s its their his her");

/** Aircraft named like an organisation: "Air Force One" is not the Air Force. */
const AIRCRAFT: readonly (readonly string[])[] = [['Air', 'Force', 'One'], ['Air', 'Force', 'Two'], ['Marine', 'One']];
const AIRCRAFT_FIRST = new Set(AIRCRAFT.map((craft) => craft[0]!));

/** Heads of an "X of A and B" government body: "Ministry of Science and ICT". */
const AND_BODIES = words('ministry department office secretariat commission committee institute academy');

/** Last words of a named meeting: "APEC CEO Summit", "Munich Security Conference". */
const MEETING_HEADS = new Set(['Summit', 'Conference']);

/** Words that open a wire credit line: "(Reporting by ...; Editing by ...)". */
const CREDIT_WORDS = new Set(['Reporting', 'reporting', 'Writing', 'writing', 'Editing', 'editing', 'Edited', 'Written', 'Compiled']);

/** The organisation listed at tokens [a, ...): [end token, name], or [-1, undefined]. */
function longestOrganisation(doc: Doc, a: number): [number, string | undefined] {
  if (!ORGANISATION_FIRST_WORDS.has(doc.word(a))) return [-1, undefined];
  let best: [number, string | undefined] = [-1, undefined];
  let built = doc.word(a);
  const prefixes = organisationPrefixes();
  for (let b = a + 1; b <= doc.tokens.length && b - a <= MAX_ORGANISATION_WORDS * 3; b++) {
    const hit = ORGANISATIONS.has(built) ? built : ORGANISATIONS_UPPER.get(built);
    if (hit !== undefined) best = [b, hit];
    if (b >= doc.tokens.length || !prefixes.has(built)) break;
    if (doc.tokens[b - 1]!.end === doc.tokens[b]!.start) built += doc.word(b);
    else if (doc.adjacent(b - 1, b)) built += ' ' + doc.word(b);
    else break;
  }
  return best;
}

/** Every span touching tokens [a, b) lies inside them. */
function within(spans: Spans, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const s = spans.at(k);
    if (s !== undefined && (s.a < a || s.b > b)) return false;
  }
  return true;
}

/**
 * Makes tokens [a, b) one name of `type`: a retype where one span covers exactly them, one new
 * span over the spans inside them, nothing where a span reaches outside. True when a span was
 * put (the caller reindexes).
 */
function markRun(spans: Spans, a: number, b: number, type: EntityType): boolean {
  const cover = spans.at(a);
  if (cover !== undefined && cover.a === a && cover.b === b) {
    spans.retype(cover, type);
    return false;
  }
  if (!within(spans, a, b)) return false;
  spans.put(a, b, type);
  return true;
}

/** What a word may start, for the one scan of every token in currentNews. */
const enum Cue {
  Aircraft = 1,
  Meeting = 2,
  Credit = 3,
}
const CUES: ReadonlyMap<string, Cue> = new Map([
  ...[...AIRCRAFT_FIRST].map((w) => [w, Cue.Aircraft] as const),
  ...[...MEETING_HEADS].map((w) => [w, Cue.Meeting] as const),
  ...[...CREDIT_WORDS].map((w) => [w, Cue.Credit] as const),
]);

/**
 * A name the model read as MISC right before a lower-case content word is a modifier, not the
 * place or company itself ("the Arctic island", "the Nasdaq composite index"): its type stays.
 */
function modifierUse(doc: Doc, it: Item): boolean {
  if (it.type !== 'MISC' || it.b >= doc.tokens.length || !doc.adjacent(it.b - 1, it.b) || !doc.isWord(it.b) || doc.cap(it.b)) return false;
  const next = doc.lower(it.b);
  // Not a verb after the name ("the Cartel moved"), not a place after "in" ("in Petit-Goâve
  // overnight"); a geographic noun is what the name modifies ("the Arctic island").
  const cls = wordClassOf(next);
  if (cls !== WordClass.None && cls !== WordClass.Geo || next.endsWith('ed')) return false;
  return !(it.a > 0 && (PLACE_CUES.has(doc.lower(it.a - 1)) || doc.lower(it.a - 1) === 'at'));
}

function currentNews(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b) continue;
    // "world No. 1": an abbreviation for "number", never a name.
    const numberWord = doc.word(it.a) === 'No.' && it.b < n && doc.tokens[it.b]!.kind === 'number';
    // "a funeral Mass", "celebrate Mass": the service after a word in lower case ("Springfield, Mass" is the state).
    const service = doc.word(it.a) === 'Mass' && it.a > 0 && /^\p{Ll}/u.test(doc.word(it.a - 1));
    if (it.b - it.a === 1 && (numberWord || service || NOT_NAMES.has(doc.word(it.a)) || doc.initial[it.a] === 1 && OPENING_WORDS.has(doc.word(it.a))
      && it.b < n && doc.isWord(it.b) && !doc.cap(it.b))) {
      it.dropped = true;
      changed = true;
      continue;
    }
    // "Organisers London Marathon Events expected", "Even Downdetector": people in the plural
    // and adverbs are no name's first word.
    if (it.b - it.a >= 2 && NEVER_FIRST_WORDS.has(doc.word(it.a)) && doc.cap(it.a + 1)) {
      spans.setRange(it, it.a + 1, it.b);
      changed = true;
    }
    // "Shares of Nvidia" read as one name: the name is what follows "of".
    if (it.b - it.a >= 3 && doc.initial[it.a] === 1 && OPENING_WORDS.has(doc.word(it.a)) && doc.word(it.a + 1) === 'of' && doc.cap(it.a + 2)) {
      spans.setRange(it, it.a + 2, it.b);
      changed = true;
    }
    const [end, org] = longestOrganisation(doc, it.a);
    if (org !== undefined && end === it.b) {
      // A listed company the model read as a place or person is an ORG, unless its name is also
      // a person's, a place's or a word's ("Honda", "Santander", "Oracle"): then only a MISC is.
      // Before a noun it stays the company ("former OpenAI researchers"), but a market index
      // named like one ("the Nasdaq composite", "the Nikkei fell") keeps the recogniser's MISC.
      if (it.type === 'MISC' && INDEX_NAMES.has(org)) continue;
      if (!AMBIGUOUS_ORGANISATIONS.has(org) || it.type === 'MISC' && (!modifierUse(doc, it) || theOrganisation(doc, it.a, org))) spans.retype(it, 'ORG');
      continue;
    }
    // "UN World Food Programme": the listed agency, and the UN it belongs to.
    if (it.type === 'ORG' && it.b - it.a > 2 && (doc.word(it.a) === 'UN' || doc.word(it.a) === 'U.N.') && doc.adjacent(it.a, it.a + 1)
      && longestOrganisation(doc, it.a + 1)[0] === it.b) {
      const [a, b] = [it.a, it.b];
      spans.put(a + 1, b, 'ORG');
      spans.put(a, a + 1, 'ORG');
      changed = true;
      continue;
    }
    // A listed name cut in two: "Samsung" (ORG) + "Electronics" (MISC).
    if (org !== undefined && end > it.b && !AMBIGUOUS_ORGANISATIONS.has(org) && within(spans, it.a, end)) {
      spans.put(it.a, end, 'ORG');
      changed = true;
      continue;
    }
    // "Catholic" (MISC) + "Church": the church is an organisation.
    if (it.type === 'MISC' && doc.word(it.b) === 'Church' && doc.adjacent(it.b - 1, it.b) && within(spans, it.b, it.b + 1)) {
      spans.put(it.a, it.b + 1, 'ORG');
      changed = true;
      continue;
    }
    if (it.type === 'LOC') continue;
    const head = doc.lower(it.b - 1);
    if (!FACILITY_HEADS.has(head)) continue;
    // "Norman Manley" (PER) + "International Airport": a facility named after a person.
    const before = it.a > 0 && doc.adjacent(it.a - 1, it.a) ? spans.at(it.a - 1) : undefined;
    if (before !== undefined && before.type === 'PER' && before.b === it.a && ALWAYS_PLACES.has(head)) {
      spans.put(before.a, it.b, 'LOC');
      changed = true;
      continue;
    }
    // "at Akasaka Palace" is a place; "Crystal Palace 2 Oldham 1" is a football club.
    if (it.b - it.a > 1 && it.a > 0 && (ALWAYS_PLACES.has(head) || PLACE_CUES.has(doc.lower(it.a - 1))
      || doc.lower(it.a - 1) === 'at' || doc.lower(it.a - 1) === 'the')) spans.retype(it, 'LOC');
  }
  if (changed) spans.reindex();
  changed = false;

  // "its Blackwell chips": a product, whatever the model took it for.
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || it.a === 0 || it.type === 'PER' && it.b - it.a > 1) continue;
    let after = it.b;
    if (doc.lower(after) === 'graphics' && doc.adjacent(after - 1, after)) after++;
    if (!OWNED_PRODUCT_NOUNS.has(doc.lower(after)) || !doc.adjacent(after - 1, after)) continue;
    // The owner may stand before up to two adjectives: "Nvidia's most advanced Blackwell chips".
    let k = it.a - 1;
    while (k > 0 && it.a - k <= 2 && doc.isWord(k) && !doc.cap(k) && !OWNER_WORDS.has(doc.lower(k))) k--;
    if (OWNER_WORDS.has(doc.lower(k)) && longestOrganisation(doc, it.a)[0] !== it.b) spans.retype(it, 'MISC');
  }

  // One scan of every token, comparing words as written (lower-casing them all would cost more
  // than the rest of the pass): where the rules below may apply.
  const meetings: number[] = [];
  const credits: number[] = [];
  const organisations: number[] = [];
  const products: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!doc.isWord(i)) continue;
    const w = doc.word(i);
    const c = w.charCodeAt(0);
    // Most words are lower-case: only "reporting", "writing" and "editing" matter among them.
    const upper = c >= 65 && c <= 90 || c > 127;
    // ... and products and companies that start with a small letter before a capital ("iPhone", "xAI", "eBay").
    const smallFirst = c >= 97 && c <= 122 && w.length > 2 && w.charCodeAt(1) >= 65 && w.charCodeAt(1) <= 90;
    if (!upper && !smallFirst && c !== 114 && c !== 119 && c !== 101) continue;
    if ((upper || smallFirst) && ORGANISATION_FIRST_WORDS.has(w)) organisations.push(i);
    if ((upper || smallFirst) && PRODUCTS.has(w)) products.push(i);
    const cue = CUES.get(w);
    if (cue === undefined) continue;
    if (cue === Cue.Meeting) meetings.push(i);
    else if (cue === Cue.Credit) credits.push(i);
    else {
      // "Air Force One".
      for (const craft of AIRCRAFT) {
        if (craft.every((cw, k) => doc.word(i + k) === cw && (k === 0 || doc.adjacent(i + k - 1, i + k)))) {
          spans.put(i, i + craft.length, 'MISC');
          changed = true;
          i += craft.length - 1;
          break;
        }
      }
    }
  }
  if (changed) spans.reindex();
  changed = false;

  // A pronoun-like surname ("He", "Li") counts only with a given name after it.
  const shortSurname = (i: number): boolean => i === 0 ? false
    : doc.cls(i - 1) === WordClass.Title && doc.word(i).length <= 3 && i + 1 < n && doc.adjacent(i, i + 1)
      && doc.cap(i + 1) && !NOT_NAME_WORDS.has(doc.lower(i + 1));
  // "Vice Premier He Lifeng" where the model found nothing: one or two capitalised words
  // right after a person's title, none of them a known place or a common word, are a person.
  for (let t = 0; t + 1 < n; t++) {
    if (doc.cls(t) !== WordClass.Title || !doc.adjacent(t, t + 1) || doc.style[t] === LineStyle.Title) continue;
    let end = t + 1;
    while (end < n && end - t <= 2 && doc.adjacent(end - 1, end) && doc.cap(end) && spans.at(end) === undefined
      && doc.initial[end] !== 1 && !isAllCaps(doc.word(end)) && doc.cls(end) === WordClass.None
      && (!NOT_NAME_WORDS.has(doc.lower(end)) || shortSurname(end)) && !PLACES.has(doc.word(end))) end++;
    if (end - t < 2) continue;
    // The run must end the name: "Premier He Lifeng said", not "Premier Li Qiang Visits".
    if (end < n && doc.adjacent(end - 1, end) && doc.cap(end)) continue;
    spans.put(t + 1, end, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();

  for (const it of spans.items) {
    if (it.dropped || it.a === it.b) continue;
    // "Vice Premier He Lifeng": a short surname between a title and the name the model found.
    // The model may read the given name alone as something else ("Lifeng" as ORG): one word that
    // is no known place, after a title and a short surname, is the person's too.
    const t = it.a - 1;
    const personLike = it.type === 'PER' || (it.b - it.a === 1 && doc.word(t).length <= 3 && !PLACES.has(doc.word(it.a)));
    if (personLike && t > 0 && doc.adjacent(t, it.a) && doc.adjacent(t - 1, t) && doc.cap(t) && spans.at(t) === undefined
      && doc.initial[t] !== 1 && doc.cls(t - 1) === WordClass.Title && doc.cls(t) === WordClass.None
      && !isAllCaps(doc.word(t))) {
      spans.setRange(it, t, it.b);
      if (it.type !== 'PER') spans.retype(it, 'PER');
      continue;
    }
    // "Ministry of Science" + "and ICT", "Institute of Vertebrate Paleontology" + "and
    // Paleoanthropology"; not "the Ministry of Finance and Nvidia" (a listed organisation).
    if (it.type === 'ORG' && AND_BODIES.has(doc.lower(it.a)) && doc.lower(it.a + 1) === 'of' && doc.lower(it.b) === 'and' && doc.adjacent(it.b - 1, it.b)
      && it.b + 1 < n && longestOrganisation(doc, it.b + 1)[0] < 0) {
      let end = it.b + 1;
      while (end < n && end - it.b <= 3 && doc.adjacent(end - 1, end) && doc.cap(end) && !NOT_NAME_WORDS.has(doc.lower(end))) {
        const other = spans.at(end);
        if (other !== undefined && (other.type === 'PER' || other.a !== end)) break;
        end = other === undefined ? end + 1 : other.b;
      }
      if (end > it.b + 1 && !(end < n && doc.adjacent(end - 1, end) && doc.cap(end))) {
        spans.put(it.a, end, 'ORG');
        changed = true;
      }
    }
  }
  if (changed) spans.reindex();
  changed = false;

  // "Chey Tae-won, the chairman of SK Group": a name the model read as MISC, in apposition to a
  // person's role, is a person, with an unknown capitalised word before it (even opening the
  // sentence) as the rest of the name.
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || it.type !== 'MISC' || it.b + 2 >= n) continue;
    if (doc.word(it.b) !== ',' || doc.lower(it.b + 1) !== 'the' || !APPOSITION_ROLES.has(doc.lower(it.b + 2))) continue;
    spans.retype(it, 'PER');
    const t = it.a - 1;
    if (t >= 0 && doc.adjacent(t, it.a) && doc.cap(t) && spans.at(t) === undefined && !isAllCaps(doc.word(t))
      && doc.cls(t) === WordClass.None && !NOT_NAME_WORDS.has(doc.lower(t)) && !PLACES.has(doc.word(t))) {
      spans.setRange(it, t, it.b);
    }
    changed = true;
  }
  if (changed) spans.reindex();
  changed = false;

  // "APEC CEO Summit": a meeting named after its organiser is an event (MISC).
  for (const h of meetings) {
    if (h === 0 || doc.shouting(h)) continue;
    let a = h;
    while (a > 0 && h - a < 4 && doc.adjacent(a - 1, a) && doc.cap(a - 1) && doc.initial[a - 1] !== 1
      && !NOT_NAME_WORDS.has(doc.lower(a - 1)) && doc.cls(a - 1) !== WordClass.Calendar) a--;
    const inside = spans.at(a);
    const bare = spans.at(h);
    if (a < h && (inside === undefined || inside.a >= a)) spans.put(a, h + 1, 'MISC');
    else if (a === h && bare !== undefined && bare.a === h && bare.b === h + 1) bare.dropped = true;
    else continue;
    changed = true;
  }
  if (changed) spans.reindex();
  changed = false;

  // Listed organisations nobody tagged, where they cannot be part of a longer name, or that the
  // recogniser read only from a later word ("Law" + "and Justice").
  let last = -1;
  for (const i of organisations) {
    if (i <= last || !doc.cap(i) && !/^\p{Ll}\p{Lu}/u.test(doc.word(i)) || doc.shouting(i) || spans.at(i) !== undefined) continue;
    const [end, org] = longestOrganisation(doc, i);
    // An ambiguous one only after a place's possessive ("Japan's Diet", "Ukraine's Rada") or
    // capitalised after "the" within a sentence ("when the Diet chooses"), unless a place or an era.
    if (org === undefined || AMBIGUOUS_ORGANISATIONS.has(org) && !(i >= 2 && /^['’]s$/.test(doc.word(i - 1)) && spans.at(i - 2)?.type === 'LOC')
      && !theOrganisation(doc, i, org)) continue;
    // Free, or covered only by pieces after its first word ("Law" + "and Justice").
    let free = true;
    for (let k = i; k < end; k++) {
      const it = spans.at(k);
      if (it !== undefined && it.b > end) free = false;
    }
    if (!free || end < n && doc.adjacent(end - 1, end) && doc.cap(end)) continue;
    // Not inside a longer name, but after a date it may stand: "In February BYD said".
    if (i > 0 && doc.adjacent(i - 1, i) && doc.cap(i - 1) && doc.initial[i - 1] !== 1 && doc.cls(i - 1) !== WordClass.Calendar) continue;
    spans.put(i, end, 'ORG');
    changed = true;
    last = end - 1;
  }
  if (changed) spans.reindex();

  if (products.length > 0) productNames(doc, spans, products);
  if (credits.length > 0) creditLines(doc, spans, credits);
}


const POSSESSIVE = new Set(["'s", '\u2019s']);
const apostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/**
 * A company whose name holds a possessive ("Boatmen's Bancshares Inc.", "McDonald's Corp.") is
 * one organisation, whatever the recogniser cut it into, and its short form keeps the "'s"
 * ("the plum of Missouri was Boatmen's"), as CoNLL-2003 has it.
 */
function possessiveCompanies(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const short = new Set<string>();
  for (let t = 1; t + 1 < n; t++) {
    if (!apostrophe(doc.firstCode(t)) || !POSSESSIVE.has(doc.word(t)) || !doc.cap(t - 1) || !doc.joined(t - 1, t) || !doc.joined(t, t + 1)) continue;
    const after = spans.at(t + 1);
    if (after === undefined || after.a !== t + 1 || after.type !== 'ORG' || after.b - after.a < 2 || !COMPANY_ENDINGS.has(doc.lower(after.b - 1))) continue;
    const before = spans.at(t - 1);
    if (before !== undefined && before.type === 'PER') continue;
    const a = before !== undefined && before.b === t ? before.a : t - 1;
    spans.put(a, after.b, 'ORG');
    short.add(doc.slice(a, t));
  }
  if (short.size === 0) return;
  spans.reindex();
  for (let t = 1; t < n; t++) {
    if (!apostrophe(doc.firstCode(t)) || !POSSESSIVE.has(doc.word(t))) continue;
    for (const name of short) {
      const words = name.split(/\s+/).length;
      const a = t - words;
      if (a < 0 || doc.slice(a, t) !== name || spans.at(t) !== undefined) continue;
      if (t + 1 < n && doc.cap(t + 1) && doc.joined(t, t + 1)) continue;
      const cover = spans.at(a);
      if (cover !== undefined && (cover.a < a || cover.b > t)) continue;
      spans.put(a, t + 1, 'ORG');
    }
  }
  spans.reindex();
}

/**
 * A name never runs over a semicolon or a bar: "Ibrahim Murtala Muhammed; Alhaji Muniru Mohammed"
 * and a byline's "Everett Sloane | Boulevard Ledger" are two, the second an outlet.
 */
function semicolonSplits(doc: Doc, spans: Spans): void {
  splitSpansAt(spans, 3, 1, (_it, k) => doc.word(k) === ';' || doc.word(k) === '|');
  for (const it of spans.items) {
    if (it.a > 0 && doc.word(it.a - 1) === '|' && OUTLET_HEADS.has(doc.lower(it.b - 1))) spans.retype(it, 'ORG');
  }
}

/**
 * A name never opens with a possessive "'s" (CoNLL-2003 has none): a span the recogniser began
 * there ("Covenant" + "Children" + "'s Hospital") takes in the capitalised word the "'s" belongs
 * to, and a name that ends on it or just before it; after a lower-case word the "'s" is dropped.
 */
function possessiveOpenings(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    const t = it.a;
    if (it.dropped || t === 0 || !apostrophe(doc.firstCode(t)) || !POSSESSIVE.has(doc.word(t))) continue;
    if (doc.cap(t - 1) && doc.joined(t - 1, t)) {
      // The name may end on the word itself or just before it ("Covenant" + "Children").
      const before = spans.at(t - 1) ?? (t >= 2 && doc.adjacent(t - 2, t - 1) ? spans.at(t - 2) : undefined);
      spans.put(before !== undefined && before.b >= t - 1 ? before.a : t - 1, it.b, it.type);
    } else if (it.b - it.a > 1) {
      spans.setRange(it, t + 1, it.b);
    } else {
      it.dropped = true;
    }
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * A name whose "'s" is its own (GENITIVE_NAMES: "Lord's", "Moody's") keeps it and the listed
 * type, whatever the recogniser read: "won at Lord's in 2017" is the cricket ground. Not inside a
 * longer name ("Moody's Investors Service").
 */
function genitiveNames(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let t = 1; t < n; t++) {
    // Written onto the name, or split from it by a space as in tokenised text ("Lloyd 's").
    if (!apostrophe(doc.firstCode(t)) || !POSSESSIVE.has(doc.lower(t)) || doc.tokens[t]!.start - doc.tokens[t - 1]!.end > 1) continue;
    for (let a = t - 1; a >= 0 && a >= t - 3 && (a === t - 1 || doc.joined(a, a + 1)); a--) {
      const head = `${doc.slice(a, t)}'s`;
      // The "'s" inside the name ("Hudson's Bay"), or ending it ("Macy's"); in capitals on a
      // line in capitals ("HUDSON'S BAY SHUTS ITS LAST STORES").
      const names = doc.style[a] === LineStyle.Caps ? GENITIVE_NAMES_UPPER : GENITIVE_NAMES;
      const inside = t + 1 < n && doc.adjacent(t, t + 1) ? names.get(`${head} ${doc.word(t + 1)}`) : undefined;
      const type = inside ?? names.get(head);
      if (type === undefined) continue;
      const b = inside !== undefined ? t + 2 : t + 1;
      const before = spans.at(a);
      const after = spans.at(b - 1);
      if (before !== undefined && before.a < a || after !== undefined && after.b > b) break;
      if (before === undefined || before.a !== a || before.b !== b || before.type !== type) {
        spans.put(a, b, type);
        changed = true;
      }
      break;
    }
  }
  if (changed) spans.reindex();
}

/** GENITIVE_NAMES in capitals, for lines in capitals. */
const GENITIVE_NAMES_UPPER: ReadonlyMap<string, EntityType> = new Map([...GENITIVE_NAMES].map(([name, type]) => [name.toUpperCase().replace("'S", "'s"), type]));

/** A "+" written onto a name is part of it: "OPEC+", "Disney+". */
function plusNames(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.b >= doc.tokens.length || doc.word(it.b) !== '+' || doc.tokens[it.b - 1]!.end !== doc.tokens[it.b]!.start) continue;
    spans.setRange(it, it.a, it.b + 1);
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Words that end a motor-racing team's name: "Joe Gibbs Racing", "Hendrick Motorsports". */
const RACING_TEAM_LAST_WORDS = words('Racing Motorsports Motorsport');

/**
 * A motor-racing team is named by its owner and "Racing" or "Motorsports": the owner's name
 * (read as a person, a place or not at all) and that word are one organisation ("Joe Gibbs
 * Racing", "A.J. Foyt Racing", "23XI Racing"); "Team" before a name is a team's ("Team Penske").
 */
function racingTeams(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t === 0 || !RACING_TEAM_LAST_WORDS.has(doc.word(t))) continue;
    const own = spans.at(t);
    if (own !== undefined && own.a < t) {
      // Read whole already ("A.J. Foyt Racing" as MISC).
      if (own.b === t + 1 && own.type !== 'ORG') spans.retype(own, 'ORG');
      continue;
    }
    // The owner: the capitalised words before it, whole spans taken ("Joe" + "Gibbs").
    let a = t;
    while (a > 0 && doc.adjacent(a - 1, a) && /^\d*\p{Lu}/u.test(doc.word(a - 1)) && doc.cls(a - 1) !== WordClass.Function) a = spans.at(a - 1)?.a ?? a - 1;
    if (a === t) continue;
    for (let k = a; k <= t; k++) {
      const it = spans.at(k);
      if (it !== undefined) it.dropped = true;
    }
    spans.put(a, t + 1, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
  // "Team Penske", read without "Team" or not at all, or read whole as something else.
  for (const t of doc.upperTokens()) {
    if (t + 1 >= doc.tokens.length || doc.word(t) !== 'Team' || spans.at(t) !== undefined) continue;
    const next = spans.at(t + 1);
    if (next !== undefined) {
      spans.setRange(next, t, next.b);
      next.type = 'ORG';
    } else if (doc.cap(t + 1) && doc.cls(t + 1) === WordClass.None) spans.put(t, t + 2, 'ORG');
    else continue;
    changed = true;
  }
  for (const it of spans.items) if (!it.dropped && doc.word(it.a) === 'Team' && it.b - it.a >= 2 && it.type !== 'ORG') spans.retype(it, 'ORG');
  if (changed) spans.reindex();
}

/** Last words of an institution named with "of" or "for" and its field: "the National Museum of American History". */
const FIELD_INSTITUTION_HEADS = words(`museum center centre centers centres institute institution office library gallery
  academy foundation`);
/** Small words inside an institution's field: "the National Museum of African American History and Culture". */
const FIELD_SMALL_WORDS = words('and of the for');

/**
 * An institution named by a word for one and its field after "of" or "for" is one name over the
 * field, which the recogniser read as names of their own or not at all: "the Crystal Bridges
 * Museum of American Art", "the John F. Kennedy Center for the Performing Arts". The field is a
 * capitalised run, with "and", "of", "the" and "for" inside, up to a word in lower case or a
 * comma.
 */
function institutionFields(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.b + 1 >= n || !FIELD_INSTITUTION_HEADS.has(doc.lower(it.b - 1))) continue;
    if (doc.word(it.b) !== 'of' && doc.word(it.b) !== 'for') continue;
    let end = it.b;
    for (let k = it.b + 1; k < n; k++) {
      if (doc.cap(k) && doc.cls(k) !== WordClass.Function) end = k + 1;
      else if (!FIELD_SMALL_WORDS.has(doc.word(k))) break;
    }
    if (end === it.b) continue;
    for (let k = it.b; k < end; k++) {
      const inner = spans.at(k);
      if (inner !== undefined) inner.dropped = true;
    }
    spans.setRange(it, it.a, end);
    if (it.type === 'PER' || it.type === 'MISC') it.type = 'ORG';
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Last words of an agreement's name: "the Paris Agreement", "the Dayton Accords". */
const TREATY_WORDS = words('Agreement Accord Accords Treaty Protocol Convention Pact');

/**
 * An agreement named after a place is one MISC name with its word for an agreement ("the Paris
 * Agreement", "the Kyoto Protocol"), however the recogniser cut or typed it ("Paris" LOC +
 * "Agreement" MISC, "Kyoto Protocol" LOC); not where the name goes on ("the North Atlantic
 * Treaty Organization").
 */
function treatyNames(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t === 0 || !TREATY_WORDS.has(doc.word(t)) || goesOn(doc, t) || !doc.adjacent(t - 1, t)) continue;
    const before = spans.at(t - 1);
    if (before === undefined || before.type !== 'LOC') continue;
    const own = spans.at(t);
    if (own !== undefined && own !== before) own.dropped = true;
    spans.setRange(before, before.a, t + 1);
    before.type = 'MISC';
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Trades that name a company after a country or city: "U.S. Steel", "China Telecom", "Japan Tobacco". */
const PLACE_COMPANY_TRADES = new Set([...COMPANY_ENDINGS, ...words('steel telecom petroleum railways tobacco electric shipping')]);

/**
 * A place and a trade read as a place and an organisation, or as a place alone ("U.S." +
 * "Steel"), are one company: "Nippon Steel completed its purchase of U.S. Steel". So are a
 * place and a body of it ("U.S. Agency for International Development"), not a company after
 * a place ("in Tokyo Toyota shares rose").
 */
function placeCompanies(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.type !== 'LOC' || it.b >= doc.tokens.length || !doc.adjacent(it.b - 1, it.b)) continue;
    const trade = spans.at(it.b);
    // A body of the place read apart from it: "U.S." + "Agency for International Development",
    // "U.S." + "Navy" (CoNLL-2003 has "U.S. Navy" one ORG).
    if (trade !== undefined && trade.a === it.b && trade.type === 'ORG') {
      const cls = wordClassOf(doc.lower(it.b));
      if (cls === WordClass.OrgHead || cls === WordClass.OrgSuffix) {
        spans.put(it.a, trade.b, 'ORG');
        changed = true;
        continue;
      }
    }
    // The trade read as an organisation, or as nothing in Title Case ("Takeover of U.S. Steel After").
    if (!PLACE_COMPANY_TRADES.has(doc.lower(it.b)) || !doc.cap(it.b) || doc.style[it.b] === LineStyle.Caps) continue;
    if (trade === undefined ? goesOn(doc, it.b) : trade.a !== it.b || trade.b !== it.b + 1 || trade.type !== 'ORG') continue;
    spans.put(it.a, it.b + 1, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * Once an article has named a company in full ("Santa Fe Pacific Gold Corp"), the first words
 * of that name standing alone ("Santa Fe") are the company, whatever the model read them as,
 * and the name less its ending is the company where the model read nothing ("Mistral").
 * Not a place's or a people's name ("Japan" of "Japan Tobacco Inc" stays a place).
 */
function companyShortForms(doc: Doc, spans: Spans): void {
  const short = new Set<string>();
  const companies = new Set<string>();
  // The first word of a two-word legal name ("Mistral" of "Mistral AI"); not of a longer one,
  // whose first words may be another name ("Pacific" of "Pacific Copper Mining Corp").
  const cores = new Map<string, number>();
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'ORG' || it.b - it.a < 2) continue;
    // A listed company in full ("Meta Platforms", "Goldman Sachs"): its first word alone, a
    // place's name too when that is a listed company of its own ("Amazon Web Services").
    if (!COMPANY_ENDINGS.has(doc.lower(it.b - 1))) {
      const first = doc.word(it.a);
      if (longestOrganisation(doc, it.a)[0] === it.b && doc.cls(it.a) === WordClass.None && !NOT_NAME_WORDS.has(doc.lower(it.a))
        && (!PLACES.has(first) || ORGANISATIONS.has(first)) && first.length > 2) short.add(first);
      continue;
    }
    for (let k = it.a + 1; k < it.b - 1 || k === it.a + 1; k++) {
      const form = doc.slice(it.a, k);
      if (PLACES.has(form) || k === it.a + 1 && (doc.cls(it.a) !== WordClass.None || NOT_NAME_WORDS.has(doc.lower(it.a)))) continue;
      short.add(form);
      companies.add(form);
      if (it.b - it.a === 2) cores.set(form, 1);
    }
  }
  if (short.size === 0) return;
  for (const it of spans.items) {
    if (it.dropped || it.type === 'ORG' || it.a === it.b) continue;
    // "its factory in Wuxi" after "Wuxi Tong Ling Company Ltd": the town.
    if (it.type === 'LOC' && it.a > 0 && (PLACE_CUES.has(doc.lower(it.a - 1)) || doc.lower(it.a - 1) === 'at')) continue;
    // "the Democratic primary" after "the Democratic Socialists of America": an adjective; not
    // the short form of a company's legal name ("Mistral" of "Mistral AI").
    const form = doc.slice(it.a, it.b);
    if (it.type === 'MISC' && it.b - it.a === 1 && /(?:ic|ist|ive|al|an)$/.test(doc.word(it.a)) && !companies.has(form)) continue;
    if (short.has(form)) spans.retype(it, 'ORG');
  }
  // ... and where the recogniser read nothing ("the deal makes Mistral the most valuable").
  let changed = false;
  for (const [a, b] of occurrences(doc, cores)) {
    let free = true;
    for (let k = a; k < b && free; k++) free = spans.at(k) === undefined;
    if (!free) continue;
    spans.put(a, b, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** "Gemini 3", "Claude Sonnet 4.5", "ChatGPT": products are MISC, with their version. */
function productNames(doc: Doc, spans: Spans, starts: readonly number[]): void {
  const n = doc.tokens.length;
  // Products that are also names or words, named as products somewhere in the article: before a
  // word for a product ("Starship rocket") or after their maker's possessive ("SpaceX's Starship").
  const named = new Set<string>();
  for (const i of starts) {
    const w = doc.word(i);
    if (!AMBIGUOUS_PRODUCTS.has(w) || named.has(w)) continue;
    const maker = i >= 2 && /^['\u2019]s$/.test(doc.word(i - 1)) && spans.at(i - 2)?.type === 'ORG';
    if (maker || i + 1 < n && doc.adjacent(i, i + 1) && PRODUCT_NOUNS.has(doc.word(i + 1))) named.add(w);
  }
  for (const i of starts) {
    let end = i + 1;
    while (end < n && end - i <= 3 && doc.adjacent(end - 1, end) && VERSION.test(doc.word(end))) end++;
    if (end === i + 1 && AMBIGUOUS_PRODUCTS.has(doc.word(i)) && !named.has(doc.word(i))) continue;
    // Part of a longer name ("Gemini Observatory") or of a span reaching outside: leave it.
    if (end < n && doc.adjacent(end - 1, end) && doc.cap(end) && spans.at(end) === undefined) continue;
    if (!within(spans, i, end) || doc.shouting(i) && spans.at(i) === undefined) continue;
    spans.put(i, end, 'MISC');
  }
  spans.reindex();
}

/** "(Reporting by Min-ji Park in Busan and David Holloway in Washington; Editing by Susan Greer)". */
function creditLines(doc: Doc, spans: Spans, starts: readonly number[]): void {
  const n = doc.tokens.length;
  for (const i of starts) {
    if (i + 1 >= n || doc.word(i + 1) !== 'by' || !doc.adjacent(i, i + 1)) continue;
    let j = i + 2;
    while (j < n && doc.lineStart[j] === doc.lineStart[i]) {
      let end = j;
      while (end < n && end - j < 4 && doc.cap(end) && (end === j || doc.adjacent(end - 1, end))) end++;
      if (end - j >= 2) spans.put(j, end, 'PER');
      else if (end === j) break;
      j = end;
      // Skip "in Busan" (the place stays as it is), then go on after "and" or ",".
      if (doc.lower(j) === 'in') {
        j++;
        while (j < n && doc.cap(j) && doc.joined(j - 1, j)) j++;
      }
      if (doc.lower(j) === 'and' || doc.word(j) === ',') j++;
      else break;
    }
  }
  spans.reindex();
}

// ---------------------------------------------------------------------------------------------
// 8. Headlines

/** Line f is the title of the article's front matter: `title: "…"` after an opening `---`. */
function frontMatterTitle(doc: Doc, f: number): boolean {
  if (doc.word(f) !== 'title' || doc.word(f + 1) !== ':') return false;
  return /^(?:\ufeff)?---[ \t]*\r?\n/.test(doc.text) && !/\n---[ \t]*\r?\n/.test(doc.text.slice(3, doc.tokens[f]!.start));
}

/**
 * Words of the article's headline when it is in Title Case: its first line (after any
 * "Source: …" and "Date: …" header lines), the title in its front matter, and Markdown
 * headings ("# ...", "## ..."). All-caps headlines are left to the recogniser, which trains on
 * them (checking them against the prose lost as much as it won on CoNLL-2003 test).
 */
function headlineTokens(doc: Doc): Uint8Array | null {
  const n = doc.tokens.length;
  let marks: Uint8Array | null = null;
  // Only header lines ("Source: …", "Date: …") so far: the next line is the first.
  let headers = true;
  for (let f = 0; f < n; f = doc.lineEnd(f)) {
    const first = headers;
    headers &&= headerLine(doc, f);
    // A header line itself ("Source: Nihonbashi Wire") is not the headline.
    if (headers) continue;
    if (doc.style[f] !== LineStyle.Title && doc.style[f] !== LineStyle.Caps) continue;
    // The first line (after header lines), a Markdown heading, or the title in front matter ('title: "…"').
    const before = doc.text.slice(Math.max(0, doc.tokens[f]!.start - 12), doc.tokens[f]!.start);
    if (!first && !/(?:^|\n)[ \t]{0,3}#{1,6}[ \t]+$/.test(before) && !(frontMatterTitle(doc, f))) continue;
    marks ??= new Uint8Array(n);
    marks.fill(1, f, doc.lineEnd(f));
  }
  return marks;
}

/** Line f is a header line: one to three capitalised words and a colon, then the value ("Source: …", "Date: …"). */
function headerLine(doc: Doc, f: number): boolean {
  for (let k = f; k < f + 4 && k < doc.lineEnd(f); k++) {
    if (doc.word(k) === ':') return k > f;
    if (!doc.cap(k)) return false;
  }
  return false;
}

/** Verbs of headlines, in the present, which no name has inside it: "PRABOWO LAUNCHES DANANTARA". */
const HEADLINE_VERBS = words(`says said wins launches sells buys names signs warns halts takes beats joins sues backs
  urges seeks faces quits ousts vows plans blocks bans orders rejects approves meets visits tells slams hails`);

/**
 * A name the recogniser ran over the verb of a headline in capitals is two: "PRABOWO LAUNCHES
 * DANANTARA". (A Title Case headline is read against its prose: confirmHeadlines.)
 */
function headlineVerbs(doc: Doc, spans: Spans): void {
  splitSpansAt(spans, 3, 1, (_it, k) => isAllCaps(doc.word(k)) && HEADLINE_VERBS.has(doc.lower(k)));
}

/**
 * Headlines: a Title Case one, and one in capitals, which gains only the names its prose
 * writes that the recogniser missed ("HURRICANE MELISSA SLAMS JAMAICA"); otherwise its reading
 * is kept (sports pages and tables write whole lines in capitals).
 *
 * A Title Case headline capitalises verbs and nouns as well as names, and the
 * recogniser, trained on prose, runs them together ("Takaichi Hosts Trump"). The article's
 * prose names the same people in ordinary case: a headline span keeps the words the prose uses
 * in names, typed as the prose types them; a span with none is a word.
 */
function confirmHeadlines(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const headline = headlineTokens(doc);
  if (headline === null) return;
  let proseTokens = 0;
  for (let i = 0; i < n; i++) if (headline[i] === 0) proseTokens++;
  // Too little prose to vouch for anything.
  if (proseTokens < 40) return;
  const nameType = new Map<string, EntityType>();
  const wordType = new Map<string, EntityType>();
  // How often the prose types each name each way, for headlines in capitals: "NICE" is the
  // dateline's place once and the prose's club three times.
  const typeCounts = new Map<string, Map<EntityType, number>>();
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || headline[it.a] === 1 || doc.style[it.a] !== LineStyle.Prose) continue;
    const key = doc.slice(it.a, it.b).toLowerCase();
    if (!nameType.has(key)) nameType.set(key, it.type);
    const counts = typeCounts.get(key) ?? new Map<EntityType, number>();
    counts.set(it.type, (counts.get(it.type) ?? 0) + 1);
    typeCounts.set(key, counts);
    for (let k = it.a; k < it.b; k++) if (doc.isWord(k) && !wordType.has(doc.lower(k))) wordType.set(doc.lower(k), it.type);
  }

  // Two spans the recogniser cut apart that the prose names as one ("New" + "York"): one name.
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || headline[it.a] === 0 || it.b >= n || !doc.adjacent(it.b - 1, it.b)) continue;
    const next = spans.at(it.b);
    if (next === undefined || next === it || next.a !== it.b) continue;
    const type = nameType.get(doc.slice(it.a, next.b).toLowerCase());
    if (type === undefined) continue;
    next.dropped = true;
    spans.setRange(it, it.a, next.b);
    spans.retype(it, type);
  }
  for (const it of [...spans.items]) {
    if (it.dropped || it.a === it.b || headline[it.a] === 0) continue;
    const key = doc.slice(it.a, it.b).toLowerCase();
    // In capitals the recogniser's reading is kept, unless the prose types the very same name
    // otherwise, more often than not ("LOS ANGELES" is the dateline's place); the names it
    // missed are added (below).
    if (doc.style[it.a] === LineStyle.Caps) {
      const counts = typeCounts.get(key);
      if (counts !== undefined && !counts.has(it.type)) {
        const [top] = [...counts].sort((x, y) => y[1] - x[1]);
        spans.retype(it, top![0]);
      }
      continue;
    }
    // The prose's type for the same name, the most frequent one ("Liverpool" is the club more
    // often than the dateline's city), the first on a tie.
    let known = nameType.get(key);
    const counts = typeCounts.get(key);
    if (known !== undefined && counts !== undefined) for (const [type, count] of counts) if (count > counts.get(known)!) known = type;
    if (known !== undefined) {
      spans.retype(it, known);
      continue;
    }
    // A place or organisation the lists know needs no confirmation ("South Korea").
    if (placeOf(doc, it.a, it.b) !== undefined || longestOrganisation(doc, it.a)[0] === it.b) continue;
    const runs: [number, number][] = [];
    let start = -1;
    for (let k = it.a; k <= it.b; k++) {
      // A nationality needs no confirmation either ("… and a Venezuelan Dissident").
      const confirmed = k < it.b && (!doc.isWord(k) ? start >= 0 : wordType.has(doc.lower(k)) || doc.cls(k) === WordClass.Nationality);
      if (confirmed && start < 0) start = k;
      if (!confirmed && start >= 0) {
        let end = k;
        while (end > start && !doc.isWord(end - 1)) end--;
        runs.push([start, end]);
        start = -1;
      }
    }
    if (runs.length === 1 && runs[0]![0] === it.a && runs[0]![1] === it.b) {
      // Every word is from the prose's names of one type: "Trump" of "Donald Trump".
      const types = new Set<EntityType>();
      for (let k = it.a; k < it.b; k++) if (doc.isWord(k)) types.add(wordType.get(doc.lower(k)) ?? 'MISC');
      if (types.size === 1) spans.retype(it, [...types][0]!);
      continue;
    }
    if (runs.length === 0) {
      it.dropped = true;
      continue;
    }
    it.dropped = true;
    for (const [start, run] of runs) {
      // The prose's longer name, when the headline goes on with it: "Claude Opus" + "4", or
      // starts it before: "Champions" + "League" (the recogniser read "League Crown").
      let a = start;
      for (let k = start - 1; k >= Math.max(0, start - 2); k--) {
        if (headline[k] === 1 && doc.adjacent(k, k + 1) && spans.at(k) === undefined && nameType.has(doc.slice(k, run).toLowerCase())) a = k;
      }
      let b = run;
      for (let k = run + 1; k <= Math.min(n, run + 2); k++) {
        if (doc.adjacent(k - 2, k - 1) && spans.at(k - 1) === undefined && nameType.has(doc.slice(a, k).toLowerCase())) b = k;
      }
      spans.put(a, b, nameType.get(doc.slice(a, b).toLowerCase()) ?? wordType.get(doc.lower(a)) ?? (doc.cls(a) === WordClass.Nationality ? 'MISC' : it.type));
    }
  }
  spans.reindex();

  // Names of the prose the recogniser missed in the headline ("APEC", "XI").
  for (let i = 0; i < n; i++) {
    if (headline[i] === 0 || !doc.cap(i) || spans.at(i) !== undefined) continue;
    for (let b = Math.min(n, i + 3); b > i; b--) {
      let free = true;
      for (let k = i; k < b; k++) if (spans.at(k) !== undefined || headline[k] === 0 || k > i && !doc.adjacent(k - 1, k)) free = false;
      const type = free ? nameType.get(doc.slice(i, b).toLowerCase()) : undefined;
      if (type === undefined) continue;
      spans.put(i, b, type);
      i = b - 1;
      break;
    }
  }
  spans.reindex();
}

/**
 * Applies the rules to one article's name spans; returns spans in text order, not overlapping.
 * Spans no rule touched come back exactly as given.
 */
export function refineNames(input: RecognitionInput, names: readonly NameSpan[]): NameSpan[] {
  if (input.tokens.length === 0) return [...names];
  const doc = new Doc(input);
  const spans = new Spans(doc, names);
  dropPortfolios(doc, spans);
  semicolonSplits(doc, spans);
  splitAtOr(doc, spans);
  const outlets = datelines(doc, spans);
  namedEvents(doc, spans);
  ships(doc, spans);
  compoundAdjectives(doc, spans);
  clubTowns(doc, spans);
  extendSpans(doc, spans);
  firmEndings(doc, spans);
  outletMentions(doc, spans, outlets);
  partiesOfLeaders(doc, spans);
  fixTypes(doc, spans);
  peersByTheirTitles(doc, spans);
  placesByTheirKind(doc, spans);
  currentNews(doc, spans);
  camelCaseNames(doc, spans);
  placeCompanies(doc, spans);
  companyShortForms(doc, spans);
  possessiveCompanies(doc, spans);
  possessiveOpenings(doc, spans);
  genitiveNames(doc, spans);
  plusNames(doc, spans);
  racingTeams(doc, spans);
  treatyNames(doc, spans);
  sportsTeams(doc, spans);
  platformX(doc, spans);
  headlineVerbs(doc, spans);
  confirmHeadlines(doc, spans);
  joinFragments(doc, spans);
  trimLowerCaseEnds(doc, spans);
  facilities(doc, spans);
  institutionFields(doc, spans);
  suffixEvents(doc, spans);
  listedMisc(doc, spans);
  partyMembers(doc, spans);
  coordinatedCompanies(doc, spans);
  companiesAtAnd(doc, spans);
  bodiesOverAnd(doc, spans);
  bylines(doc, spans);
  weapons(doc, spans);
  quotedTitles(doc, spans);
  peoples(doc, spans);
  bracketedParties(doc, spans);
  teamsAfterCountries(doc, spans);
  sportBodies(doc, spans);
  worldFederations(doc, spans);
  countriesAndSpeakers(doc, spans);
  agedPeople(doc, spans);
  namedInstitutions(doc, spans);
  partedNames(doc, spans);
  organisationInitials(doc, spans);
  knownShortForms(doc, spans);
  teamsInResults(doc, spans);
  placeSuffixes(doc, spans);
  splitPeople(doc, spans);
  nicknames(doc, spans);
  numberedRoads(doc, spans);
  carModels(doc, spans);
  listsOfOneKind(doc, spans);
  companiesByTheirOfficers(doc, spans);
  organisationsByWhatTheyDo(doc, spans);
  companiesOfTheirUnits(doc, spans);
  medicalNames(doc, spans);
  diseaseNames(doc, spans);
  hackingGroups(doc, spans);
  productsByTheirNouns(doc, spans);
  placeTeams(doc, spans);
  foreignPlaces(doc, spans);
  repeatedOpenings(doc, spans);
  koreanNames(doc, spans);
  numberedCraft(doc, spans);
  placesByTheirCues(doc, spans);
  givenNames(doc, spans);
  surnamesOfPeople(doc, spans);
  nameParticles(doc, spans);
  particleSurnames(doc, spans);
  institutionsNamedForPeople(doc, spans);
  numberedIndexes(doc, spans);
  competitionLeagues(doc, spans);
  peoplesAndPlaces(doc, spans);
  oneNamePeople(doc, spans);
  pressDigests(doc, spans);
  universityCampuses(doc, spans);
  cricketTests(doc, spans);
  titleEdges(doc, spans);
  return spans.result();
}

/**
 * A state university's campus is part of its name, after a comma or after "UC": "the University
 * of California, Berkeley", "the University of Wisconsin, Madison", "UC Santa Barbara" (the
 * recogniser reads the university and then the town). The campus is one to three capitalised
 * words that end the name.
 */
function universityCampuses(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.type !== 'ORG' || it.b + 1 >= n) continue;
    let at: number;
    if (it.b - it.a >= 3 && doc.word(it.a) === 'University' && doc.word(it.a + 1) === 'of' && US_STATE_NAMES.has(doc.slice(it.a + 2, it.b))
      && doc.word(it.b) === ',') at = it.b + 1;
    else if (it.b - it.a === 1 && doc.word(it.a) === 'UC') at = it.b;
    else continue;
    let end = at;
    while (end < n && end < at + 3 && doc.isWord(end) && doc.upperAt(end)) end++;
    if (end === at || end < n && doc.isWord(end) && doc.upperAt(end)) continue;
    spans.put(it.a, end, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * "Test" alone is a cricket match, no name (neither CoNLL-2003 nor our news gold marks it): "the
 * history of Test cricket", "the third Test in Adelaide"; not in a longer name ("the Test and
 * County Cricket Board", "Test Valley").
 */
function cricketTests(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.b - it.a !== 1 || doc.word(it.a) !== 'Test') continue;
    it.dropped = true;
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Words of a press digest's section headings, which are no newspaper: "FRONT PAGE", "BUSINESS PAGES". */
const DIGEST_SECTIONS = words('PAGE PAGES SECTION');

/**
 * A press digest (its headline says so: "PRESS DIGEST - Pakistan - Aug 29") heads each
 * newspaper's stories with its name in capitals on a line of its own, and the stories follow
 * one a line, each after a dash: "THE NATION", "DIARIO 16", "FRATERNITE MATIN" are newspapers
 * (as CoNLL-2003 types 59 of the 68 such lines in train), whatever the recogniser read in them;
 * not a listed place ("IRAQ") nor a section ("FRONT PAGE").
 */
function pressDigests(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const firstLine = doc.lineEnd(0);
  let digest = false;
  for (let t = 0; t < firstLine && !digest; t++) digest = doc.lower(t) === 'digest';
  if (!digest) return;
  let changed = false;
  for (let a = firstLine; a < n; a = doc.lineEnd(a)) {
    const b = doc.lineEnd(a);
    if (b - a > 5 || b >= n || doc.word(b) !== '-' && doc.word(b) !== '--') continue;
    let heading = true;
    for (let t = a; t < b && heading; t++) heading = doc.isWord(t) ? isAllCaps(doc.word(t)) && !DIGEST_SECTIONS.has(doc.word(t)) : /^\d+$/.test(doc.word(t));
    if (!heading || !isAllCaps(doc.word(a)) || longestPlace(doc, a)[0] === b) continue;
    const it = spans.at(a);
    if (it !== undefined && it.a === a && it.b === b && it.type === 'ORG') continue;
    spans.put(a, b, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Last words of a local government's area: a place before its official's title. */
const COUNTY_WORDS = words('County Parish Province Prefecture District Borough');

/** Letters after a person's name that are no part of it: "Aidan O'Neill KC", "Nanette Rogers SC". */
const POSTNOMINALS = words('KC QC SC MP MEP MSP OBE CBE MBE');
/** Lawmakers' letters, after a person's name or a party's: "the Labour MP", "Conservative MPs". */
const LAWMAKERS = words('MP MPs MEP MEPs MSP MSPs MLA MLAs');

/** Royal, religious and peers' titles the recogniser keeps in a person's span ("Empress Eugénie", "Baroness Kishwer Falkner"; CoNLL-2003 has "Lord Goschen" with the title outside). */
const ROYAL_TITLES = words('Emperor Empress Duke Duchess Tsar Tsarina Czar Czarina Kaiser Rabbi Imam Patriarch Sir Dame Lord Baron Baroness Viscount Countess Marquess Sister');

/**
 * Titles are not part of names (CoNLL-2003): an organisation's span that ends in a title before
 * a person ("Federal Reserve Chair" + "Jerome Powell") loses it, a title read as a name of its
 * own before a person ("Justice" + "Brett Kavanaugh") is dropped, and a person's span that opens
 * with a royal title ("Empress Marie-Louise", or "Empress" + "Eugénie" read as two) is the
 * person alone.
 */
function titleEdges(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.a === it.b) continue;
    // "the Pentagon and Defense" + "Secretary Pete Hegseth": the office's first word goes with
    // its title, and the organisation ends before "and".
    if (it.type === 'ORG' && it.b - it.a >= 3 && doc.word(it.b - 2) === 'and' && it.b + 1 < n && doc.adjacent(it.b - 1, it.b)
      && wordClassOf(doc.lower(it.b)) === WordClass.Title && spans.at(it.b + 1)?.type === 'PER' && spans.at(it.b + 1)!.a === it.b + 1) {
      spans.setRange(it, it.a, it.b - 2);
      changed = true;
      continue;
    }
    // "Senate Minority" + "Leader Chuck Schumer": the chamber, not its minority.
    if (it.type === 'ORG' && it.b - it.a >= 2 && it.b + 1 < n && (doc.word(it.b - 1) === 'Minority' || doc.word(it.b - 1) === 'Majority')
      && (doc.word(it.b) === 'Leader' || doc.word(it.b) === 'Whip') && doc.adjacent(it.b - 1, it.b)) {
      spans.setRange(it, it.a, it.b - 1);
      changed = true;
      continue;
    }
    if (it.type === 'ORG' && it.b - it.a >= 2 && it.b < n && spans.at(it.b)?.type === 'PER' && doc.adjacent(it.b - 1, it.b)
      && wordClassOf(doc.lower(it.b - 1)) === WordClass.Title && doc.cap(it.b - 2) && wordClassOf(doc.lower(it.b - 2)) !== WordClass.Title) {
      spans.setRange(it, it.a, it.b - 1);
      // "Kerr County Sheriff Larry Leitha": the county is a place.
      if (COUNTY_WORDS.has(doc.word(it.b - 1))) spans.retype(it, 'LOC');
      changed = true;
      continue;
    }
    // "Justice" + "Brett Kavanaugh": a title read as a name of its own before the person.
    if (it.b - it.a === 1 && it.b < n && doc.adjacent(it.a, it.b) && spans.at(it.b)?.a === it.b
      && spans.at(it.b)!.type === 'PER' && wordClassOf(doc.lower(it.a)) === WordClass.Title && !doc.shouting(it.a)) {
      it.dropped = true;
      changed = true;
      continue;
    }
    // "Jane Smith MP": the letters alone are no name.
    if (it.b - it.a === 1 && LAWMAKERS.has(doc.word(it.a))) {
      it.dropped = true;
      changed = true;
      continue;
    }
    // "Aidan O'Neill KC", "the Labour MP": letters after a name are not part of it.
    if ((it.type === 'PER' && POSTNOMINALS.has(doc.word(it.b - 1)) || LAWMAKERS.has(doc.word(it.b - 1))) && it.b - it.a >= 2 && doc.cap(it.b - 2)) {
      spans.setRange(it, it.a, it.b - 1);
      changed = true;
      continue;
    }
    if (!ROYAL_TITLES.has(doc.word(it.a)) || doc.shouting(it.a)) continue;
    if (it.b - it.a >= 2 && it.type === 'PER') {
      spans.setRange(it, it.a + 1, it.b);
      changed = true;
    } else if (it.b - it.a === 1 && it.b < n && doc.adjacent(it.a, it.b)) {
      const next = spans.at(it.b);
      if (next === undefined || next.a !== it.b) continue;
      it.dropped = true;
      spans.retype(next, 'PER');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

function allCapitalised(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.isWord(k) && !doc.cap(k)) return false;
  return true;
}

/** Words no name has inside it between capitalised words (see splitAtOr for "in" and "at"). */
const SPLITTING_WORDS = words('or in at');

/**
 * Two names the recogniser ran together over "or", "in" or "at" are two ("the Democratic Party
 * for the People or Nippon Ishin", "Dreamliners in Air India's fleet"), and so are a person and
 * their institution over "of" ("Shimon Sakaguchi of Osaka University").
 */
function splitAtOr(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.b - it.a < 3) continue;
    for (let k = it.a + 1; k < it.b - 1; k++) {
      if (doc.word(k) === 'of' && personOfOrganisation(doc, it.a, k, it.b)) {
        const [a, b] = [it.a, it.b];
        spans.put(k + 1, b, 'ORG');
        spans.put(a, k, 'PER');
        changed = true;
        break;
      }
      if (!SPLITTING_WORDS.has(doc.word(k)) || !doc.cap(k - 1) || !doc.cap(k + 1)) continue;
      // "in" and "at" only after a plain capitalised run: "Organisation for Security and
      // Cooperation in Europe" is one name.
      if (doc.word(k) !== 'or' && !allCapitalised(doc, it.a, k)) continue;
      const [a, b, type] = [it.a, it.b, it.type];
      spans.put(k + 1, b, type);
      spans.put(a, k, type);
      changed = true;
      break;
    }
  }
  if (changed) spans.reindex();
}

/**
 * Tokens [a, k) are a person's name and (k, b) an institution's, "of" at k: two to four
 * capitalised words or initials that are nothing else ("Michel H. Devoret"; not "Royal Bank",
 * "Bank", "Tata Institute", "Duke"), then a name ending in an institution's head word
 * ("Yale University"; not "of Cape Town").
 */
function personOfOrganisation(doc: Doc, a: number, k: number, b: number): boolean {
  if (k - a < 2 || k - a > 4 || !doc.cap(k + 1) || !ORG_HEADS.has(doc.lower(b - 1)) && doc.cls(b - 1) !== WordClass.OrgSuffix) return false;
  for (let t = a; t < k; t++) {
    if (!doc.cap(t) || doc.cls(t) !== WordClass.None || ORG_HEADS.has(doc.lower(t)) || GEO_HEADS.has(doc.lower(t))) return false;
  }
  return longestPlace(doc, a)[0] < 0;
}

/** A name particle glued to the next name: "el-Sisi", "al-Sharaa", "bin Salman" is two tokens. */
const GLUED_PARTICLE = /^(?:al|el|ad|as|at|ar|an|az|ash)[-\u2010\u2011]\p{Lu}/u;
/** Particles that open a surname in capitals before one in lower case (LOWER_PARTICLES): "Van der Poel". */
const CAPITAL_PARTICLES = words('Van Von De Di Da Du Del Dos Des');

/** Particles that open a surname after a given name: "Marine Le Pen", "Ursula von der Leyen". */
const SURNAME_PARTICLES = words('Le La De Di Da Du Del Della Dos Van Von van von de di da du del della dos');

/** Articles that open a place's name: "La Digue River", "El Paso", "Los Angeles". */
const PLACE_ARTICLES = words('La Le Les El Los Las');

/**
 * A person's name goes on over a glued particle ("Abdel Fattah" + "el-Sisi"); a place's name
 * starts at its article ("La" + "Digue River"); a possessive splits a place from the place or
 * company in it ("Tel Aviv's Hostages Square" is Tel Aviv and Hostages Square, "India's Tata
 * Motors" India and Tata Motors).
 */
function nameParticles(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.a === it.b) continue;
    if (it.type === 'PER' && it.b < n && doc.adjacent(it.b - 1, it.b) && GLUED_PARTICLE.test(doc.word(it.b)) && spans.at(it.b) === undefined) {
      spans.setRange(it, it.a, it.b + 1);
      changed = true;
      continue;
    }
    // "Daniel" + "arap" + "Moi", "Erik" + "ten" + "Hag": names on both sides of particles in
    // lower case, one of them a person's, are one person.
    if (it.b + 1 < n && doc.adjacent(it.b - 1, it.b) && LOWER_PARTICLES.has(doc.word(it.b)) && spans.at(it.b) === undefined) {
      let k = it.b;
      while (k < n && k < it.b + 2 && LOWER_PARTICLES.has(doc.word(k)) && doc.adjacent(k - 1, k)) k++;
      const next = spans.at(k);
      if (next !== undefined && next.a === k && doc.adjacent(k - 1, k) && (it.type === 'PER' || next.type === 'PER') && it.type !== 'LOC' && next.type !== 'LOC' && !doc.shouting(it.a)) {
        next.dropped = true;
        spans.setRange(it, it.a, next.b);
        spans.retype(it, 'PER');
        changed = true;
        continue;
      }
    }
    // "Marine" + "Le Pen", "Ursula" + "von der Leyen": a person goes on over a surname that
    // opens with a particle, whatever the recogniser took the surname for (not a place: "Juan"
    // + "La Paz").
    const next = spans.at(it.b);
    if (it.type === 'PER' && next !== undefined && next.a === it.b && next.type !== 'LOC'
      && SURNAME_PARTICLES.has(doc.word(it.b)) && doc.adjacent(it.b - 1, it.b)) {
      next.dropped = true;
      spans.setRange(it, it.a, next.b);
      changed = true;
      continue;
    }
    // "Van der Poel" opening a sentence or a headline: the capitalised particle is the name's,
    // before one in lower case ("der Poel" is what the recogniser, which learnt "van der Poel", reads).
    if (it.type === 'PER' && it.a > 0 && LOWER_PARTICLES.has(doc.word(it.a)) && doc.adjacent(it.a - 1, it.a)
      && CAPITAL_PARTICLES.has(doc.word(it.a - 1)) && spans.at(it.a - 1) === undefined) {
      spans.setRange(it, it.a - 1, it.b);
      changed = true;
      continue;
    }
    if (it.type === 'LOC' && it.a > 0 && PLACE_ARTICLES.has(doc.word(it.a - 1)) && doc.adjacent(it.a - 1, it.a)) {
      const before = spans.at(it.a - 1);
      if (before === undefined ? doc.initial[it.a - 1] !== 1 : before.a === it.a - 1 && before.b === it.a) {
        if (before !== undefined) before.dropped = true;
        spans.setRange(it, it.a - 1, it.b);
        changed = true;
        continue;
      }
    }
    // ...and from a company in it ("India's Tata Motors").
    if ((it.type === 'LOC' || it.type === 'ORG') && it.b - it.a >= 3) {
      for (let k = it.a + 1; k < it.b - 1; k++) {
        if (!/^['’]s$/.test(doc.word(k)) || !PLACES.has(doc.slice(it.a, k).replace(/\s+/g, ' ')) || !doc.cap(k + 1)) continue;
        const [a, b, type] = [it.a, it.b, it.type];
        spans.put(k + 1, b, type);
        spans.put(a, k, 'LOC');
        changed = true;
        break;
      }
    }
  }
  if (changed) spans.reindex();
}

/**
 * A surname that opens with particles in lower case keeps them where it stands alone, as the
 * article wrote it after the given name: with "Ursula von der Leyen" and "Jeroen ter Kulve"
 * named, "von der Leyen also said" and "ter Kulve has said" are the whole surnames, not "Leyen"
 * and "Kulve" (which the recogniser reads after a particle opening a sentence).
 */
function particleSurnames(doc: Doc, spans: Spans): void {
  const surnames = new Set<string>();
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER') continue;
    for (let k = it.a + 1; k < it.b - 1; k++) {
      if (LOWER_PARTICLES.has(doc.word(k))) surnames.add(doc.slice(k, it.b));
    }
  }
  if (surnames.size === 0) return;
  let changed = false;
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER' || it.a === 0) continue;
    let k = it.a;
    while (k > 0 && LOWER_PARTICLES.has(doc.word(k - 1))) k--;
    if (k < it.a && surnames.has(doc.slice(k, it.b))) {
      spans.setRange(it, k, it.b);
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/**
 * A stock index with its number of members is one MISC name: "the S&P 500", "the Nikkei 225
 * average", "the FTSE 100" (the recogniser stops before the number, or reads "S&P" as the company);
 * so is a league with its number or letter ("Ligue 1", "Serie A"), and a name that ends in
 * "Index".
 */
function numberedIndexes(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  let last = -1;
  for (const t of doc.upperTokens()) {
    if (t <= last || t + 1 >= n || !NUMBERED_FIRST_WORDS.has(doc.word(t))) continue;
    // The index's name: a span of the recogniser's, or a word it left alone.
    const it = spans.at(t);
    const end = it !== undefined && it.a === t ? it.b : it === undefined ? t + 1 : -1;
    if (end < 0 || end >= n) continue;
    const name = doc.slice(t, end).replace(/\s+/g, '');
    if (!NUMBERED_INDEXES.has(name) && !COMPETITION_NUMBERS.has(name)) continue;
    if (!doc.adjacent(end - 1, end) || spans.at(end) !== undefined) continue;
    const league = COMPETITION_NUMBERS.get(name);
    // "the Nasdaq Composite" takes its last word as the others take their number.
    if (league !== undefined ? !league.test(doc.word(end)) : !/^(?:\d{2,4}|Composite)$/.test(doc.word(end))) continue;
    // Not a figure: "Nasdaq 100 points".
    if (end + 1 < n && /^(?:points?|percent|%|shares?)$/i.test(doc.word(end + 1))) continue;
    spans.put(t, end + 1, 'MISC');
    changed = true;
    last = end;
  }
  if (changed) spans.reindex();
  // A name that ends in "Index" is the index, not its publisher: "the Hang Seng Index", "the
  // Consumer Price Index" (CoNLL-2003 types them MISC).
  for (const it of spans.items) {
    if (!it.dropped && it.b - it.a >= 2 && it.type !== 'MISC' && it.type !== 'PER' && doc.word(it.b - 1) === 'Index') spans.retype(it, 'MISC');
  }
}

/** Sports whose national bodies are named with the country: "Tennis Australia", "USA Swimming". */
const BODY_SPORTS = words(`Athletics Badminton Baseball Basketball Boxing Cricket Cycling Football Golf Gymnastics Hockey
  Netball Rowing Rugby Sailing Skating Skiing Soccer Softball Squash Swimming Tennis Triathlon Volleyball`);
/** Countries written before the sport in a body's name, beside the listed ones: "USA Gymnastics". */
const BODY_COUNTRIES = words('USA');

/** The end of a country's name starting at token a, or -1 ("New Zealand", "USA"). */
function countryEnd(doc: Doc, a: number): number {
  if (BODY_COUNTRIES.has(doc.word(a))) return a + 1;
  for (let b = Math.min(doc.tokens.length, a + 3); b > a; b--) {
    if (b - a > 1 && !doc.adjacent(b - 2, b - 1)) continue;
    if (COUNTRY_NAMES.has(doc.slice(a, b).replace(/\s+/g, ' '))) return b;
  }
  return -1;
}

/**
 * A sport and a country, capitalised side by side, are the country's governing body of the
 * sport: "Tennis Australia, which runs the event", "Hockey Canada", "USA Swimming" (the
 * recogniser reads the country alone as the place). Not on a headline line, and not where a
 * longer capitalised name goes on ("Australia Cricket Board").
 */
function sportBodies(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (!BODY_SPORTS.has(doc.word(t)) || doc.shouting(t)) continue;
    let a = -1;
    let b = -1;
    if (t + 1 < n && doc.adjacent(t, t + 1)) {
      const end = countryEnd(doc, t + 1);
      if (end > 0) [a, b] = [t, end];
    }
    if (a < 0 && t > 0 && doc.adjacent(t - 1, t)) {
      // The country before the sport: "USA Swimming", "Canada Soccer".
      for (let k = Math.max(0, t - 2); k < t && a < 0; k++) if ((k === t - 1 || doc.adjacent(k, k + 1)) && countryEnd(doc, k) === t) [a, b] = [k, t + 1];
      if (a > 0 && doc.adjacent(a - 1, a) && doc.cap(a - 1)) a = -1;
    }
    if (a < 0 || b < n && doc.adjacent(b - 1, b) && doc.cap(b) || !within(spans, a, b)) continue;
    const it = spans.at(a);
    if (it !== undefined && it.a === a && it.b === b && it.type === 'ORG') continue;
    spans.put(a, b, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Words before "League" in a sports competition's name: "the Premier League", "the UEFA Champions League". */
const COMPETITION_LEAGUES = words('Premier Champions Europa Nations Conference Super Major National American');

/**
 * A sports league is a competition, MISC as CoNLL-2003 types "Major League" and "National
 * League", even where the article's other mentions lead the recogniser to an organisation ("to
 * wrap up the Premier League title"). A league of any other kind stays one ("the Awami League").
 */
function competitionLeagues(doc: Doc, spans: Spans): void {
  for (const it of spans.items) {
    if (!it.dropped && it.type === 'ORG' && it.b - it.a >= 2 && doc.word(it.b - 1) === 'League' && COMPETITION_LEAGUES.has(doc.word(it.b - 2))) spans.retype(it, 'MISC');
  }
}

/** Last words of a party's name, or of its members', before "of" and its leader: "the Progress Party of Sylvi Listhaug". */
const PARTY_HEADS = words('party greens left front alliance movement coalition democrats conservatives socialists liberals labour');

/**
 * A party and its leader read as one organisation ("the Progress Party of Sylvi Listhaug", "the
 * Greens of Arild Hermstad") are the party and the person, when the words after "of" are one to
 * four capitalised words, none a place or a word for an organisation, whose last the article
 * names elsewhere as a person or a place (the leader's surname, however the recogniser typed
 * it): not "the Party of Democratic Socialism".
 */
function partiesOfLeaders(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.type !== 'ORG' || it.b - it.a < 4) continue;
    let k = it.a + 1;
    while (k < it.b - 2 && doc.word(k) !== 'of') k++;
    if (doc.word(k) !== 'of' || !PARTY_HEADS.has(doc.lower(k - 1)) || it.b - k - 1 > 4) continue;
    // Not a place ("the Liberal Party of New Zealand").
    let person = longestPlace(doc, k + 1)[0] < 0;
    for (let t = k + 1; t < it.b && person; t++) person = doc.cap(t) && doc.cls(t) !== WordClass.Function && !ORG_HEADS.has(doc.lower(t));
    if (!person) continue;
    const surname = doc.word(it.b - 1);
    let elsewhere = false;
    for (const u of doc.upperTokens()) {
      const other = u < it.a || u >= it.b ? spans.at(u) : undefined;
      if (other !== undefined && doc.word(u) === surname && (other.type === 'PER' || other.type === 'LOC')) { elsewhere = true; break; }
    }
    if (!elsewhere) continue;
    const [a, b] = [it.a, it.b];
    spans.put(a, k, 'ORG');
    spans.put(k + 1, b, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** A Korean district or street written with its suffix: "Hannam-dong", "Jongno-gu", "Sejong-ro". */
const KOREAN_PLACE = /^\p{Lu}\p{Ll}+-(?:dong|gu|ro|gil|eup|myeon)$/u;
/** Last words of South Asian place names ("Meghani Nagar", "Anarkali Bazaar", "Singha Durbar", "Rashtrapati Bhavan") and of American townships ("Hamilton Township"). */
const PLACE_LAST_WORDS = words('Nagar Bagh Chowk Bazaar Bazar Mohalla Colony Durbar Niwas Bhawan Bhavan Mahal Maidan Township');

/**
 * Places the recogniser has never seen, known by their last word or suffix: "Hannam-dong" (read
 * as MISC), "Meghani Nagar" (read as a person and a place).
 */
function placeSuffixes(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    const word = doc.word(t);
    if (word.length > 4 && word.includes('-') && KOREAN_PLACE.test(word)) {
      const it = spans.at(t);
      if (it === undefined || it.a === t && it.b === t + 1 && it.type !== 'LOC') {
        spans.put(t, t + 1, 'LOC');
        changed = true;
      }
      continue;
    }
    if (t === 0 || !PLACE_LAST_WORDS.has(word) || !doc.cap(t - 1) || !doc.adjacent(t - 1, t) || doc.initial[t - 1] === 1 && spans.at(t - 1) === undefined) continue;
    // The word before, alone or as the recogniser's whole span, and nothing longer; or the two
    // as one span of another type ("Singha Durbar" read as a person).
    const before = spans.at(t - 1);
    const own = spans.at(t);
    if (before !== undefined && before === own && before.a === t - 1 && before.b === t + 1) {
      if (before.type !== 'LOC') {
        spans.retype(before, 'LOC');
        changed = true;
      }
      continue;
    }
    if (before !== undefined && (before.a !== t - 1 || before.b !== t)) continue;
    if (own !== undefined && (own.a !== t || own.b !== t + 1)) continue;
    spans.put(t - 1, t + 1, 'LOC');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * A list of one-word names separated by commas is a list of one kind: a team sheet ("Given,
 * Breen, Staunton, Irwin, McAteer, Harte") where the recogniser read a few players as the towns
 * they share a name with; or places ("landed at Gatwick, Shannon, Paris and Amsterdam"). With at
 * least four members, two in three of one type, the rest take it.
 */
function listsOfOneKind(doc: Doc, spans: Spans): void {
  const items = spans.items.filter((it) => !it.dropped && it.b > it.a);
  for (let i = 0; i < items.length; i++) {
    let j = i;
    while (j + 1 < items.length && items[j]!.b - items[j]!.a === 1 && items[j + 1]!.a === items[j]!.b + 1
      && /^(?:,|and)$/.test(doc.word(items[j]!.b)) && doc.lineStart[items[j + 1]!.a] === doc.lineStart[items[i]!.a]) j++;
    if (items[j]!.b - items[j]!.a !== 1) j--;
    const members = items.slice(i, j + 1);
    if (members.length >= 4) {
      const counts = new Map<EntityType, number>();
      for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      const [top, count] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
      if (count * 3 >= members.length * 2 && count < members.length) for (const m of members) if (m.type !== top) spans.retype(m, top);
    }
    i = Math.max(i, j);
  }
}

/** Lower-case particles inside a person's name that an institution named after them keeps: "Anton de Kom University". */
const NAME_PARTICLES_INSIDE = words('de da di del der van von la le du dos das');

/**
 * An institution named after a person with a particle in their name is one organisation, not
 * the person ("Anton de Kom University", "the Juan de la Cierva Institute").
 */
function institutionsNamedForPeople(doc: Doc, spans: Spans): void {
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER' || it.b - it.a <= 2 || !ORG_HEADS.has(doc.lower(it.b - 1))) continue;
    let particle = false;
    for (let k = it.a + 1; k < it.b - 1 && !particle; k++) particle = NAME_PARTICLES_INSIDE.has(doc.word(k));
    if (particle) spans.retype(it, 'ORG');
  }
}

/** Diseases and viruses known by a capitalised name or letters, MISC as CoNLL-2003 types "AIDS", "HIV" and "BSE". */
const DISEASE_NAMES = words('Ebola COVID-19 Covid-19 COVID Covid SARS MERS AIDS HIV Zika Mpox H5N1 H1N1 Nipah Lassa');

/**
 * A disease's name is MISC wherever it stands alone, read as an organisation or not read at all
 * ("an outbreak of Ebola", "deaths from COVID-19"); not inside a longer name ("the Ebola Treatment
 * Centre").
 */
function diseaseNames(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (DISEASE_NAMES.has(doc.word(t)) && spans.markToken(t, 'MISC')) changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * Last words of the names Microsoft gives hacking groups, by the state behind them: "Salt
 * Typhoon", "Midnight Blizzard", "Mint Sandstorm", "Jade Sleet", "Octo Tempest" (not the names
 * with "Bear" or "Spider": "the Golden Bear" is a prize).
 */
const THREAT_ACTOR_HEADS = words('Typhoon Blizzard Sandstorm Sleet Tempest');
/** First words that make the head a storm's class or a title, not a group's name: "Super Typhoon", "The Tempest". */
const NOT_GROUP_FIRST = words('Super Tropical Severe Great The');
/** A group's number as researchers give it: "APT27", "APT41", Microsoft's "Storm-2603". */
const APT_NUMBER = /^(?:APT\d{1,3}|Storm-\d{4})$/;

/**
 * A hacking group is an organisation: a capitalised word and a head word of the names Microsoft
 * gives them ("Salt Typhoon", however the recogniser read or split it), and "APT" with its
 * number; not "Super Typhoon" nor "The Tempest".
 */
function hackingGroups(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (APT_NUMBER.test(doc.word(t))) {
      if (spans.markToken(t, 'ORG')) changed = true;
      continue;
    }
    if (t + 1 >= n || !THREAT_ACTOR_HEADS.has(doc.word(t + 1)) || !doc.adjacent(t, t + 1) || !doc.cap(t) || NOT_GROUP_FIRST.has(doc.word(t))) continue;
    if (markRun(spans, t, t + 2, 'ORG')) changed = true;
  }
  if (changed) spans.reindex();
}

/** Words before "of X" that make X a company: "general manager of Petofi", "the owner of Gucci". */
const OFFICER_OF = /\b(?:chief executive(?: officer)?|general manager|managing director|board of directors|shareholders|subsidiary|stake|shares|owner|owners|parent|takeover|acquisition)[ \t]+(?:of|in)[ \t]+$/i;
/** Words after "X" or "X's" that make X a company: "Petofi's board", "Petofi general manager". */
const OFFICER_AFTER = /^\s*(?:['\u2019]s\s+)?(?:board of directors|board|shareholders|chief executive|chief financial officer|chairman|chairwoman|general manager|managing director|shares|share price|net profit|subsidiary|revenue|sales|profit|earnings|market value|co-founders?|employees?|investors|valuation|(?:posted|reported|booked)\s+(?:an?\s+|its\s+)?(?:[\w.,$%-]+\s+){0,4}?(?:profits?|loss|losses|earnings|revenues?))\b/i;

/** A lower-case word for a business, a union or a party right before a one-word name, on its line: "the cloud security company Wiz", "the services union Verdi". */
const BUSINESS_BEFORE = /\b(?:company|firm|start-?up|chain|carmaker|automaker|chipmaker|drugmaker|retailer|lender|bank|insurer|airline|carrier|consultancy|conglomerate|manufacturer|maker|exchange|platform|issuer|operator|group|union|party)[ \t]+$/;

/** A deal for a business right before a one-word name: "agreed to buy Windsurf" (not "investing in America": a place gets investment too). */
const BOUGHT_BEFORE = /\b(?:buy|buying|bought|acquire|acquiring|acquired|merge with|merged with)[ \t]+$/;

/** A trade's firm right before a name of up to three words: "the law firm Pogust Goodhead", "the investment firm Thrive Capital". */
const TRADE_FIRM_BEFORE = /\b(?:law|investment|consulting|accounting|audit|brokerage|advisory|lobbying|equity|venture capital|asset management|public relations|PR|architecture|engineering)[ \t]+firm[ \t]+$/;

/** The words of BUSINESS_BEFORE that also make a product-like name (MISC) a company: not a ship's "carrier". */
const BUSINESS_BEFORE_MISC = /\b(?:company|firm|start-?up|drugmaker|bank|lender|exchange|platform|issuer|operator)[ \t]+$/;

/** ", which" after a name: things and institutions, hardly ever people (1 in 160 in CoNLL-2003 train). */
const WHICH_AFTER = /^\s*,\s*which\s+\p{Ll}/u;

/**
 * A listed company whose name is also a place's or a person's ("Amazon", "Ford") is the company
 * alone too in an article that names one of its units with it ("Amazon MGM Studios", "Amazon
 * Music"): "Amazon bought MGM" is not the river.
 */
function companiesOfTheirUnits(doc: Doc, spans: Spans): void {
  const units = new Set<string>();
  for (const it of spans.items) {
    if (!it.dropped && it.type === 'ORG' && it.b - it.a >= 2 && AMBIGUOUS_ORGANISATIONS.has(doc.word(it.a))) units.add(doc.word(it.a));
  }
  if (units.size === 0) return;
  for (const it of spans.items) if (!it.dropped && it.b - it.a === 1 && it.type !== 'ORG' && units.has(doc.word(it.a))) spans.retype(it, 'ORG');
}

/** Any of the words above, to skip the articles that have none. */
const OFFICER_WORDS = /board|shareholders|owner|parent|founder|loss|takeover|employee|investor|valuation|buy|bought|acqui|merge|chief executive|chief financial officer|chairman|chairwoman|general manager|managing director|shares|share price|profit|subsidiary|stake|revenue|sales|earnings|market value|company|firm|start-?up|chain|maker|retailer|lender|bank|insurer|airline|carrier|consultancy|conglomerate|manufacturer|exchange|platform|issuer|operator|group|union|party/i;

/**
 * A name the article gives a board, a general manager or shareholders is a company's, in every
 * mention ("Cofinec said Petofi general manager Laszlo Sebesvari…", "will remain on Petofi's
 * board"), when no list knows it as a place; so is a one-word name it calls a company, a firm or
 * a chain right before it ("the cloud security company Wiz") or follows with ", which" ("Jingye,
 * which bought British Steel"), and a name it sets in apposition to a word for an organisation
 * ("The main opposition party, Chadema, said").
 */
function companiesByTheirOfficers(doc: Doc, spans: Spans): void {
  const cues = OFFICER_WORDS.test(doc.text);
  const companies = new Set<string>();
  const called = new Set<string>();
  for (const it of spans.items) {
    // An organisation counts too: the mentions the recogniser typed otherwise follow it. So
    // does a product-like name the article calls a company ("the cryptocurrency exchange Bybit").
    if (it.dropped || doc.shouting(it.a)) continue;
    const name = doc.slice(it.a, it.b);
    const start = doc.tokens[it.a]!.start;
    const end = doc.tokens[it.b - 1]!.end;
    const before = doc.text.slice(Math.max(0, start - 40), start);
    if (it.type === 'MISC') {
      // "Shares of Windsurf fell", "a company called Cognition"
      // (not an adjective: "shares in Russian gas monopoly RAO Gazprom", "of Singapore-listed Van Der Horst").
      const adjective = doc.cls(it.a) !== WordClass.None || looksLikeDemonym(doc.lower(it.a)) || /-\p{Ll}/u.test(name);
      if (cues && (BUSINESS_BEFORE_MISC.test(before) || it.b - it.a === 1 && !adjective && OFFICER_OF.test(before))) called.add(name);
      continue;
    }
    if (PLACES.has(name) || companies.has(name)) continue;
    // Named as an organisation in apposition ("The main opposition party, Chadema, said").
    if (it.type === 'ORG' && it.b - it.a <= 2 && organisationInApposition(doc, it.a, it.b)) companies.add(name);
    // "Jingye, which bought British Steel": one word read as a person is a company; not the
    // leader after his party ("Vlaams Belang of Van Grieken, which finished second"), nor a
    // person with a title ("a son of President Suharto, which plans").
    if (it.type === 'PER' && it.b - it.a === 1 && WHICH_AFTER.test(doc.text.slice(end, end + 12)) && !/\bof\s+$/.test(before)
      && !(it.a > 0 && wordClassOf(doc.lower(it.a - 1)) === WordClass.Title)) called.add(name);
    if (!cues) continue;
    if (OFFICER_OF.test(before) || OFFICER_AFTER.test(doc.text.slice(end, end + 40))) companies.add(name);
    else if (it.b - it.a === 1 && (BUSINESS_BEFORE.test(before) || BOUGHT_BEFORE.test(before)) || it.b - it.a <= 3 && TRADE_FIRM_BEFORE.test(before)) called.add(name);
  }
  // Called a company or a party, but not a person the article names in full: "told the party
  // Trump would win".
  if (called.size > 0) {
    for (const it of spans.items) if (!it.dropped && it.type === 'PER' && it.b - it.a >= 2) called.delete(doc.word(it.b - 1));
    for (const name of called) companies.add(name);
  }
  if (companies.size === 0) return;
  for (const it of spans.items) if (!it.dropped && it.type !== 'ORG' && companies.has(doc.slice(it.a, it.b))) spans.retype(it, 'ORG');
}

/** Verbs after initials that make them an organisation's: "BYD said". */
const SPEAKING_VERBS = words('said says');

/** Capitals that are words, not initials of a name: "AI says". */
const COMMON_INITIALS = words('AI GDP TV CEO CFO COO CTO PR HR IT IQ DNA RNA ID PC OK VAR');

/**
 * Names the recogniser left out, or typed otherwise, that what they do makes organisations:
 * - initials in capitals that speak ("In February BYD said"; in CoNLL-2003 train 59 of 61
 *   such words are organisations, one a place, one "CEO"), when no longer name holds them;
 * - a publisher ("published by Scholastic", "published by Viking"; not a person named in full).
 */
function organisationsByWhatTheyDo(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (doc.shouting(t) || !doc.isWord(t)) continue;
    if (t + 1 < n && SPEAKING_VERBS.has(doc.word(t + 1)) && spans.at(t) === undefined && /^[A-Z]{2,6}$/.test(doc.word(t))
      && !COMMON_INITIALS.has(doc.word(t)) && doc.cls(t) === WordClass.None && !NOT_NAME_WORDS.has(doc.lower(t)) && longestPlace(doc, t)[0] < 0
      && !(t > 0 && doc.adjacent(t - 1, t) && doc.cap(t - 1) && doc.initial[t - 1] !== 1 && doc.cls(t - 1) !== WordClass.Calendar)) {
      spans.put(t, t + 1, 'ORG');
      changed = true;
      continue;
    }
    if (t < 2 || doc.word(t - 1) !== 'by' || doc.lower(t - 2) !== 'published') continue;
    const it = spans.at(t);
    if (it !== undefined) {
      if (it.a === t && it.type !== 'ORG' && (it.type !== 'PER' || it.b - it.a === 1)) spans.retype(it, 'ORG');
      continue;
    }
    let end = t;
    while (end < n && end - t < 4 && (end === t || doc.adjacent(end - 1, end)) && doc.cap(end) && spans.at(end) === undefined
      && doc.cls(end) === WordClass.None && !NOT_NAME_WORDS.has(doc.lower(end))) end++;
    if (end === t) continue;
    spans.put(t, end, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Words of a sports article: a team named by its town and a plural nickname is only looked for there. */
const SPORT_WORDS = /\b(?:season|league|final|semi-final|match|coach|captain|innings|wickets?|goals?|playoffs?|tournament|scored|striker|pitcher|bowler|batting|quarterback|fixture|derby|tries|overs)\b/i;
/** Plurals after a place that are events or land, not a team's nickname: "Atlanta Games", "Golan Heights". */
const NOT_NICKNAMES = words(`Games Olympics Paralympics Championships Masters Sevens Finals Series Nationals Awards Accords
  Talks Trials Islands Isles Heights Hills Keys Falls Springs Mountains Highlands Lowlands Plains Gardens Docks Sands Lakes
  Fields Woods Downs Flats Straits Rocks Narrows Glades Walls Gates Lines Studios Times Mondays Tuesdays Wednesdays
  Thursdays Fridays Saturdays Sundays`);

/**
 * A team named by its town and a plural nickname ("Hobart Hurricanes", "Mumbai Indians",
 * "Kolkata Knight Riders"; in CoNLL-2003 train 143 such runs are a team, 13 an event, a strait
 * or a person) is one organisation in every mention, and so is its nickname alone ("the
 * Hurricanes captain"). Only in a sports article; not after a country ("Jordan Williams"), nor
 * when the plural ends in -is, -us or -ss ("Atlanta Davis"), nor inside a longer name.
 */
function placeTeams(doc: Doc, spans: Spans): void {
  if (!doc.sportsArticle()) return;
  const n = doc.tokens.length;
  const teams = new Set<string>();
  for (const t of doc.upperTokens()) {
    const owner = spans.at(t);
    if (owner === undefined || owner.a !== t) continue;
    let p = 0;
    for (let len = 1; len <= 2 && t + len < n; len++) if (PLACES.has(doc.slice(t, t + len)) && !COUNTRY_NAMES.has(doc.slice(t, t + len))) p = t + len;
    if (p === 0) continue;
    let e = p;
    while (e < n && e < p + 2 && doc.adjacent(e - 1, e) && /^\p{Lu}\p{Ll}+$/u.test(doc.word(e))) e++;
    const last = doc.word(e - 1);
    if (e === p || !/s$/.test(last) || /(?:is|us|ss)$/.test(last) || NOT_NICKNAMES.has(last)) continue;
    spans.put(t, e, 'ORG');
    teams.add(doc.slice(t, e));
    teams.add(doc.slice(p, e));
  }
  if (teams.size === 0) return;
  spans.reindex();
  for (const it of spans.items) if (it.type !== 'ORG' && teams.has(doc.slice(it.a, it.b))) spans.retype(it, 'ORG');
}

/** Words right before a place one is in: "in Peterborough", "near Orillia". */
const PLACE_STAY_CUES = words('in near outside inside across throughout around');

/** Words before "in" that make the name after it a company: "a stake in Mistral". */
const STAKE_WORDS = words('stake stakes share shares investment investments invested invest interest holding holdings job role worked working');

/** Words before "of" that make the name after it a place: "the cities of Peterborough and Orillia". */
const PLACE_OF_WORDS = words('city cities town towns village villages north south east west outskirts suburbs');

/**
 * A one-word name no list knows, read as an organisation, is a place when the article puts it
 * after a word for going or being somewhere twice or more ("in Peterborough", "north of
 * Peterborough", "the cities of Peterborough and Orillia"), in every mention; not in a sports
 * sentence, where a town is its team, nor initials ("in the NFL"), a listed organisation or a
 * word for one ("in Parliament").
 */
function placesByTheirCues(doc: Doc, spans: Spans): void {
  const cued = new Map<string, number>();
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'ORG' || it.b - it.a !== 1 || it.a < 2) continue;
    const name = doc.word(it.a);
    if (!/^\p{Lu}\p{Ll}/u.test(name) || ORGANISATIONS.has(name) || doc.cls(it.a) !== WordClass.None || sportsContext(doc, it.a)) continue;
    // Only words for being somewhere, not for going ("a move to Aberdeen", "from Gencor's
    // perspective"), nor money or work put in a company ("a stake in Mistral").
    const cue = PLACE_STAY_CUES.has(doc.word(it.a - 1)) && !STAKE_WORDS.has(doc.lower(it.a - 2))
      || doc.word(it.a - 1) === 'of' && PLACE_OF_WORDS.has(doc.lower(it.a - 2));
    if (cue) cued.set(name, (cued.get(name) ?? 0) + 1);
  }
  for (const it of spans.items) if (!it.dropped && it.type === 'ORG' && it.b - it.a === 1 && (cued.get(doc.word(it.a)) ?? 0) >= 2) spans.retype(it, 'LOC');
}

/** Words that open the name of a square, street, stadium or palace in Romance languages: "Praça dos Restauradores". */
const FOREIGN_PLACE_OPENERS = words(`Praça Praca Calçada Calcada Rua Avenida Largo Travessa Stadio Estadio Estádio Stade Stadion
  Piazza Piazzale Palazzo Palacio Palácio Plaza Paseo Calle Via Viale Corso Parque Parco Ponte Puente Elevador Complexo
  Serra Casa`);
/** Small words inside such names: "Calçada da Glória", "Via della Conciliazione". */
const PLACE_PARTICLES = words('da do dos das de del della dei di delle degli des du la le los las');

/**
 * A square, street, stadium or palace named in a Romance language is one place, however the
 * recogniser cut or typed it ("Stadio Diego" + "Armando Maradona", "Praça dos Restauradores" as
 * a person).
 */
function foreignPlaces(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (!FOREIGN_PLACE_OPENERS.has(doc.word(t))) continue;
    let e = t + 1;
    let last = t;
    while (e < n && e - t <= 6 && doc.adjacent(e - 1, e) && (doc.upperAt(e) && doc.isWord(e) || PLACE_PARTICLES.has(doc.word(e)))) {
      if (doc.upperAt(e)) last = e;
      e++;
    }
    // Not an organisation named after one ("the Casa Blanca Hospital").
    if (last === t || doc.cls(last) === WordClass.OrgSuffix || doc.cls(last) === WordClass.OrgHead) continue;
    // Not inside a longer name the recogniser read ("the Hotel Plaza Mayor").
    const first = spans.at(t);
    if (first !== undefined && first.a < t) continue;
    spans.put(t, last + 1, 'LOC');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Korean family names, as romanised in news copy. */
const KOREAN_SURNAMES = words(`Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn
  Song Yoo Yu Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Woo Kwak Chung Sung Cha Joo Min Ryu Na Byun Yeom
  Ban Gwak Hyun Koo Ku Roh Ji Won Pyo Tak`);

/** English words after a hyphen that make a name an adjective, not a given name: "Hong Kong-based". */
const ENGLISH_AFTER_HYPHEN = words('based listed led born style made owned backed run funded linked era type like wide class');

/**
 * A Korean family name and a hyphenated given name is a person, whatever the recogniser read:
 * "Park Jin-woo"; so is a hyphenated given name before a family name, in Western order, read as
 * two names or one ("Myung-whun" MISC + "Chung" PER).
 */
function koreanNames(doc: Doc, spans: Spans): void {
  for (const it of spans.items) {
    if (it.dropped || it.type === 'PER' || it.b - it.a !== 2 || !KOREAN_SURNAMES.has(doc.word(it.a))) continue;
    if (koreanGivenName(doc.word(it.a + 1)) && doc.adjacent(it.a, it.a + 1)) spans.retype(it, 'PER');
  }
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t + 1 >= doc.tokens.length || !KOREAN_SURNAMES.has(doc.word(t + 1)) || !koreanGivenName(doc.word(t)) || !doc.adjacent(t, t + 1)) continue;
    const given = spans.at(t);
    const family = spans.at(t + 1);
    if (given === undefined && family === undefined || given !== undefined && (given.a !== t || given.b !== t + 1)
      || family !== undefined && (family.a !== t + 1 || family.b !== t + 2) || given === family && given?.type === 'PER') continue;
    spans.put(t, t + 2, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** A hyphenated Korean given name: "Jin-woo", "Myung-whun" (not "Hong Kong-based"). */
function koreanGivenName(word: string): boolean {
  const given = /^\p{Lu}\p{Ll}+-(\p{Ll}+)$/u.exec(word);
  return given !== null && !ENGLISH_AFTER_HYPHEN.has(given[1]!);
}

/**
 * Two names read as one across "and" whose halves open with the same word are two: "Complexo do
 * Alemão and Complexo da Penha", "the University of Oslo and University of Bergen".
 */
function repeatedOpenings(doc: Doc, spans: Spans): void {
  splitSpansAt(spans, 4, 2, (it, k) => doc.word(k) === 'and' && doc.word(k + 1) === doc.word(it.a));
}

/** Words before "-" and a number that make a category, not a craft: "Under-21", "Pfd-2". */
const NOT_CRAFT_STEMS = words('Under Over Pfd Class Grade Group Section Article Level Type Category Phase Stage Tier');

/**
 * A word joined to a number by a hyphen names a spacecraft, a mission or an aircraft, MISC as
 * CoNLL-2003 types them, whatever the recogniser read: "Shenzhou-20", "Tianwen-3", "Tu-95".
 */
function numberedCraft(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    const m = /^(\p{Lu}\p{Ll}+)-\d{1,3}\p{L}?$/u.exec(doc.word(t));
    if (m === null || NOT_CRAFT_STEMS.has(m[1]!)) continue;
    if (spans.markToken(t, 'MISC')) changed = true;
  }
  if (changed) spans.reindex();
}

/** Words after a name that make it a coin: "the TerraUSD stablecoin" (not "a Pfizer vaccine": the maker). */
const COIN_AFTER = words('stablecoin stablecoins cryptocurrency memecoin token blockchain');
/** Words after a name that make it software, unless the name is a company's (the maker): "the Pegasus spyware" (not "NSO spyware"). */
const SOFTWARE_AFTER = words('spyware malware ransomware');
/** Lower-case nouns right before a medicine's or a product's name: "the psychiatric pill Caplyta", "the token Luna". */
const PRODUCT_BEFORE = words('drug drugs pill pills medicine medicines treatment treatments therapy vaccine vaccines jab injection tablet tablets stablecoin stablecoins token tokens cryptocurrency coin');
/** Words that make a name after "of" a product: "the maker of Wegovy". */
const MAKER_WORDS = words('maker makers creator creators');

/**
 * A name right after a word for a medicine, or after "the maker of", is a product, MISC as
 * CoNLL-2003 types products, in every mention; so is one joined to it by "and" ("the maker of
 * Wegovy and Ozempic"). Not a listed place.
 */
function productsByTheirNouns(doc: Doc, spans: Spans): void {
  const products = new Set<string>();
  let last: Item | undefined;
  for (const it of spans.items) {
    if (it.dropped || it.a < 2) continue;
    const name = doc.slice(it.a, it.b);
    const joined = last !== undefined && last.b + 1 === it.a && doc.word(it.a - 1) === 'and';
    if (PLACES.has(name) || !doc.adjacent(it.a - 1, it.a)) continue;
    const after = it.b < doc.tokens.length && doc.adjacent(it.b - 1, it.b) ? doc.word(it.b) : '';
    const cue = PRODUCT_BEFORE.has(doc.word(it.a - 1)) || doc.word(it.a - 1) === 'of' && MAKER_WORDS.has(doc.word(it.a - 2))
      || COIN_AFTER.has(after) || SOFTWARE_AFTER.has(after) && it.type !== 'ORG';
    if (!cue && !joined) continue;
    products.add(name);
    last = it;
  }
  for (const it of spans.items) if (!it.dropped && it.type !== 'MISC' && products.has(doc.slice(it.a, it.b))) spans.retype(it, 'MISC');
}

/**
 * A car named "Model" and a letter or a number is a product, MISC as CoNLL-2003 types products:
 * "a red Model S", "Tesla's Model 3", "the Model Y". A name after a letter that ends the sentence,
 * read as one name with it ("a red Model S. Hansen said"), is a name of its own (a listed maker
 * before it, "a Tesla Model X", is found again by currentNews).
 */
function carModels(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t + 1 >= n || doc.word(t) !== 'Model' || !doc.adjacent(t, t + 1) || !/^(?:[A-Z]|\d{1,2})\.?$/.test(doc.word(t + 1)) || doc.shouting(t)) continue;
    const cover = spans.at(t) ?? spans.at(t + 1);
    const rest = cover !== undefined && cover.b > t + 2 ? [cover.b, cover.type] as const : undefined;
    if (cover !== undefined && cover.a === t && cover.b === t + 2 && cover.type === 'MISC') continue;
    spans.put(t, t + 2, 'MISC');
    if (rest !== undefined) spans.put(t + 2, rest[0], longestOrganisation(doc, t + 2)[0] === rest[0] ? 'ORG' : rest[1]);
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Words for a road that take its number: "Interstate 95", "Highway 1", "Route 66". */
const ROAD_WORDS = new Set(['Interstate', 'Interstates', 'Highway', 'Route', 'Autobahn', 'Autoroute']);

/** A numbered road is a place with its number: "Interstate 5", "Interstates 80" (and 90). */
function numberedRoads(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (t + 1 >= n || !ROAD_WORDS.has(doc.word(t)) || !doc.adjacent(t, t + 1) || !/^\d{1,4}$/.test(doc.word(t + 1)) || doc.shouting(t)) continue;
    let a = t;
    const before = spans.at(t - 1);
    // "U.S. Highway 1", "State Route 9": a name before the word for the road is part of it.
    if (t > 0 && before !== undefined && before.b === t && doc.adjacent(t - 1, t) && before.type === 'LOC' && before.b - before.a === 1) a = before.a;
    const cover = spans.at(t);
    if (cover !== undefined && cover.a === a && cover.b === t + 2 && cover.type === 'LOC') continue;
    if (!within(spans, a, t + 2)) continue;
    spans.put(a, t + 2, 'LOC');
    changed = true;
  }
  if (changed) spans.reindex();
}

const NICKNAME_OPEN = new Set(['"', '\u201c', '(']);
const NICKNAME_CLOSE = new Set(['"', '\u201d', ')']);

/**
 * A person's nickname in quotes or brackets between their names is part of their name:
 * Roberto "Hands of Stone" Duran, Joaquín "El Chapo" Guzmán, James Leander (Leo) Nichols.
 * A player's handle of one word in quotes is too, whatever its case and whatever the recogniser
 * made of the names around it, in prose: Mathieu "ZywOo" Herbaut, Robin "ropz" Kool, Gwak "Bdd"
 * Bo-seong (CoNLL-2003 has Hector "Macho" Camacho).
 */
function nicknames(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let q = 1; q + 3 < n; q++) {
    const open = doc.firstCode(q);
    if (open !== 34 && open !== 0x201c && open !== 40 || !NICKNAME_OPEN.has(doc.word(q)) || !doc.joined(q - 1, q)) continue;
    const quoted = doc.word(q) !== '(';
    let c = q + 1;
    while (c < n && c - q <= 5 && !NICKNAME_CLOSE.has(doc.word(c)) && (doc.cap(c) || doc.cls(c) === WordClass.Function || doc.word(c) === '.')) c++;
    const handle = quoted ? handleEnd(doc, q) : -1;
    if (handle > 0) c = handle;
    if (c >= n || c === q + 1 || !NICKNAME_CLOSE.has(doc.word(c)) || (doc.word(q) === '(') !== (doc.word(c) === ')')) continue;
    if (doc.lineStart[c] !== doc.lineStart[q] || c + 1 >= n || !doc.cap(c + 1) || !doc.joined(c, c + 1)) continue;
    let first = spans.at(q - 1);
    if (first !== undefined && first.b !== q) continue;
    const last = spans.at(c + 1);
    let b = c + 2;
    if (last !== undefined) {
      // The recogniser may have read a handle and its closing quote into the surname ("ZywOo\" Herbaut").
      if (last.a !== c + 1 && !(handle > 0 && last.a > q) || last.type !== 'PER' && /\s/.test(doc.slice(last.a, last.b))) continue;
      b = last.b;
    }
    if (first === undefined || first.type !== 'PER') {
      // Only a handle, in prose, after a first name of one word.
      if (handle < 0 || doc.style[q] !== LineStyle.Prose || !doc.cap(q - 1) || doc.cls(q - 1) !== WordClass.None
        || first !== undefined && first.b - first.a > 1) continue;
      first ??= { a: q - 1 } as Item;
    }
    // In brackets, only a first name or initials between two parts of a person's name: not a
    // country or a team ("Rolf Sorensen (Denmark) Rabobank").
    if (!quoted) {
      if (last === undefined || last.type !== 'PER') continue;
      let other = false;
      for (let k = q + 1; k < c; k++) if (spans.at(k) !== undefined && spans.at(k)!.type !== 'PER' || PLACES.has(doc.word(k))) other = true;
      if (other) continue;
    }
    if (!within(spans, first.a, b)) continue;
    spans.put(first.a, b, 'PER');
    changed = true;
    q = b - 1;
  }
  if (changed) spans.reindex();
}

/**
 * Where a handle in quotes opened at q closes: one word of letters and digits, whatever its case,
 * written without spaces ("ZywOo", "ropz", "Cr1t-"); -1 when there is none.
 */
function handleEnd(doc: Doc, q: number): number {
  const start = doc.tokens[q]!.end;
  let c = q + 1;
  while (c < doc.tokens.length && c - q <= 4 && doc.tokens[c]!.start === doc.tokens[c - 1]!.end && !NICKNAME_CLOSE.has(doc.word(c))) c++;
  if (c >= doc.tokens.length || c === q + 1 || !NICKNAME_CLOSE.has(doc.word(c)) || doc.tokens[c]!.start !== doc.tokens[c - 1]!.end) return -1;
  const handle = doc.text.slice(start, doc.tokens[c]!.start);
  return /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,15}$/u.test(handle) && /\p{L}/u.test(handle) ? c : -1;
}

/** A party member's label before their name: "Democrat Walter Mondale" (MISC + PER). */
const MEMBER_LABELS = words('democrat republican tory conservative socialist communist liberal independent labourite');

/**
 * One person's name the recogniser cut in two at a type change: "Tyrrell" (ORG) + "Hatton" (PER),
 * "Harris" (PER) + "English" (MISC). A one-word name that runs straight into a person's name is
 * their first name, and a one-word person's name followed by one more capitalised word, then
 * no other, is first name and surname, unless the first is a surname the article gives someone
 * else in full ("told Putin" + "Russian forces"). CoNLL-2003 almost never puts a person next to
 * another name without a word between (4 times in 200,000 tokens, besides nationalities before
 * a person, "American Todd Martin", which stay apart).
 */
function splitPeople(doc: Doc, spans: Spans): void {
  const surnames = new Set<string>();
  for (const it of spans.items) if (!it.dropped && it.type === 'PER' && it.b - it.a >= 2) surnames.add(doc.word(it.b - 1));
  const items = spans.items.filter((it) => !it.dropped && it.b > it.a);
  let changed = false;
  for (let i = 0; i + 1 < items.length; i++) {
    const x = items[i]!;
    const y = items[i + 1]!;
    // Not in a headline, where words run together, but in a results line ("… halved with Tyrrell Hatton (Europe)").
    if (y.a !== x.b || !doc.adjacent(x.b - 1, y.a) || x.b - x.a !== 1) continue;
    if (doc.shouting(x.a) && !(doc.style[x.a] === LineStyle.Title && doc.word(y.b) === '(')) continue;
    const first = doc.word(x.a);
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || doc.cls(x.a) === WordClass.Nationality || doc.cls(x.a) === WordClass.Title || MEMBER_LABELS.has(doc.lower(x.a))) continue;
    const joinsPerson = x.type !== 'PER' && x.type !== 'MISC' && y.type === 'PER' && y.b - y.a <= 2;
    const takesSurname = x.type === 'PER' && y.type !== 'PER' && y.b - y.a === 1 && !surnames.has(first)
      && /^\p{Lu}\p{Ll}+$/u.test(doc.word(y.a)) && !doc.cap(y.b) && doc.word(y.b) !== '-'
      // "Harris English, whose" but not "told Putin Russian forces".
      && !(doc.cls(y.a) === WordClass.Nationality && doc.isWord(y.b));
    if (!joinsPerson && !takesSurname) continue;
    spans.put(x.a, y.b, 'PER');
    changed = true;
    i++;
  }
  if (changed) spans.reindex();
}

/**
 * A person the article names in full is the same person where it writes the surname alone and
 * the recogniser missed it ("President Donald Trump ... since Trump set out his plan"): the
 * surname, capitalised, untagged and not joined to another capitalised word, is that person.
 * Not a surname the article types otherwise as often as it names the person, nor one written
 * in capitals.
 */
function surnamesOfPeople(doc: Doc, spans: Spans): void {
  const surnames = new Set<string>();
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER' || it.b - it.a < 2 || doc.shouting(it.a)) continue;
    const last = doc.word(it.b - 1);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(last)) surnames.add(last);
  }
  if (surnames.size === 0) return;
  // Per surname: how often the article's spans type it a person, less how often otherwise.
  const lean = new Map<string, number>();
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b) continue;
    for (let k = it.a; k < it.b; k++) {
      const word = doc.word(k);
      if (surnames.has(word)) lean.set(word, (lean.get(word) ?? 0) + (it.type === 'PER' ? 1 : -1));
    }
  }
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    const word = doc.word(t);
    if (!surnames.has(word) || (lean.get(word) ?? 0) <= 0 || spans.at(t) !== undefined) continue;
    if (t > 0 && doc.cap(t - 1) && doc.adjacent(t - 1, t)) continue;
    if (t + 1 < n && doc.cap(t + 1) && doc.adjacent(t, t + 1)) continue;
    spans.put(t, t + 1, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * A capitalised word the recogniser left out just before a person's name, inside a sentence,
 * is their given name, however often the article uses it as a word ("the chief engineer, Will
 * Coogan", where "will" is a verb everywhere else). Not a title, a calendar word or a
 * nationality ("President", "Monday", "Mexican"; splitPeople parts "the Bahraini Ali Salman"),
 * nor the last word of a title's portfolio ("Secretary for Security Chris Tang").
 */
function givenNames(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of spans.items) {
    const g = it.a - 1;
    if (it.dropped || it.type !== 'PER' || g < 1 || doc.shouting(it.a) || !doc.adjacent(g, it.a) || spans.at(g) !== undefined) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(doc.word(g)) || doc.initial[g] === 1 || doc.cls(g) !== WordClass.None || NOT_NAME_WORDS.has(doc.lower(g))) continue;
    // The last word of a title's portfolio: "Secretary for Security Chris Tang".
    if (g >= 2 && (doc.word(g - 1) === 'for' || doc.word(g - 1) === 'of') && doc.cls(g - 2) === WordClass.Title) continue;
    spans.setRange(it, g, it.b);
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Nouns after the name of a weapon system: "Tomahawk missiles", "a Black Hawk helicopter". */
const WEAPON_NOUNS = words('missile missiles drone drones rocket rockets helicopter helicopters bomber bombers fighter fighters jet jets interceptor interceptors tank tanks warplane warplanes');

/**
 * A weapon system is MISC, as CoNLL-2003 types products: "Tomahawk missiles", "Shahed drones",
 * and in "an Army Black Hawk helicopter" the Army stays an organisation. Not a listed
 * organisation ("Hamas rockets"), nor a nationality ("Iranian missiles").
 */
function weapons(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.a === it.b || it.b >= doc.tokens.length || !WEAPON_NOUNS.has(doc.lower(it.b)) || !doc.adjacent(it.b - 1, it.b)) continue;
    if (it.type === 'MISC' || doc.cls(it.b - 1) === WordClass.Nationality) continue;
    // An organisation's name before them is their owner ("Jamaica Defence Force helicopters").
    if (it.type === 'ORG' && ORG_HEADS.has(doc.lower(it.b - 1))) continue;
    // The weapon's own name is its last one or two words; a listed organisation before it stays ("Army").
    let a = it.b - 1;
    if (a > it.a && doc.cap(a - 1) && longestOrganisation(doc, it.a)[0] !== a) a--;
    const [orgEnd] = longestOrganisation(doc, a);
    if (orgEnd === it.b || a === it.a && longestOrganisation(doc, it.a)[0] === it.b) continue;
    const from = it.a;
    spans.put(a, it.b, 'MISC');
    if (a > from) spans.put(from, a, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Last words of a reporter's job after the name in a byline: "Health Correspondent", "Business Desk". */
const BYLINE_JOBS = words('correspondent editor desk reporter writer columnist producer');

/**
 * A byline names people, in whatever case the outlet sets it: "By JANE MORRISON and Tomás
 * Ruiz". A short line that starts with "By" and holds only capitalised words, "and", "&" and
 * commas: each run of two to four words is a person, unless it is already an organisation
 * ("By Jane Morrison, Associated Press") or a date ("By Wednesday Evening"); her job after a comma
 * ("Health Correspondent") is no name.
 */
function bylines(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let f = 0; f < n; f = doc.lineEnd(f)) {
    const end = doc.lineEnd(f);
    if (doc.word(f) !== 'By' || end - f > 14 || end - f < 3) continue;
    let ok = true;
    for (let k = f + 1; k < end && ok; k++) ok = doc.cap(k) || doc.word(k) === 'and' || doc.word(k) === ',' || doc.word(k) === '&' || doc.word(k) === '.';
    if (!ok) continue;
    for (let a = f + 1; a < end;) {
      if (!doc.cap(a)) { a++; continue; }
      let b = a + 1;
      while (b < end && doc.cap(b) && doc.adjacent(b - 1, b)) b++;
      const cover = spans.at(a);
      // "By Jane Morrison, Health Correspondent": her job, no name.
      if (doc.word(a - 1) === ',' && BYLINE_JOBS.has(doc.lower(b - 1))) {
        for (let k = a; k < b; k++) {
          const it = spans.at(k);
          if (it === undefined || it.a < a || it.b > b) continue;
          it.dropped = true;
          changed = true;
        }
        a = b;
        continue;
      }
      const classes = Array.from({ length: b - a }, (_, k) => doc.cls(a + k));
      const calendar = classes.includes(WordClass.Calendar);
      // The recogniser's organisation stands ("By the Associated Press") unless a name in
      // capitals has no word of an organisation's in it ("By ODALYS FENWICK-ARANDA").
      const organisation = cover !== undefined && cover.type === 'ORG' && (!isAllCaps(doc.slice(a, b))
        || classes.some((c) => c === WordClass.OrgSuffix || c === WordClass.OrgHead) || Array.from({ length: b - a }, (_, k) => doc.lower(a + k)).some((w) => OUTLET_HEADS.has(w) || w === 'press' || w === 'staff'));
      if (b - a >= 2 && b - a <= 4 && !calendar && !organisation) {
        if (cover === undefined || cover.a !== a || cover.b !== b || cover.type !== 'PER') {
          spans.put(a, b, 'PER');
          changed = true;
        }
      }
      a = b;
    }
  }
  if (changed) spans.reindex();
}

/** A capitalised word follows token h in the same name ("Orange County Register"; not "… Airport Wednesday"). */
function goesOn(doc: Doc, h: number): boolean {
  return h + 1 < doc.tokens.length && doc.cap(h + 1) && doc.adjacent(h, h + 1) && doc.cls(h + 1) !== WordClass.Calendar;
}

/** Last words of a named event: "the Palisades Fire", "the Eaton Fire", "the Venice Film Festival". */
const EVENT_HEADS = words('fire wildfire earthquake show expo marathon festival week');

/**
 * Last words of a sports competition, which CoNLL-2003 types MISC with the words before them
 * ("the UEFA Cup", "the BellSouth Classic", "the Belgian Grand Prix"), in sports copy too.
 */
const SPORT_EVENT_HEADS = words(`cup cups open classic prix trophy championship championships rally invitational games bowl finals contest race
  derby stakes guineas olympiad tournament masters`);

/** Words of direction and oceans that end companies' names after a first word of their own: "Union Pacific". */
const COMPANY_LAST_WORDS = words('Pacific Atlantic Southern Northern Western Eastern Central Continental');

/** Last words of awards, MISC in any copy: "the Bill Russell Trophy", "five Grammy Awards", "the Nobel Prize". */
const AWARD_HEADS = words('award awards prize prizes medal honors honours');

/** Fields a prize is given for, part of its name after "for": "the Women's Prize for Fiction". */
const WORK_FIELDS = words('Fiction Non-Fiction Nonfiction Poetry Literature Drama History Biography Journalism Peace Physics Chemistry Medicine Economics');

/** The people a prize is for, named before it with a possessive: "the Women's Prize". */
const PRIZE_GROUPS = words("Women Men Children People Readers Writers Critics");

/** A Roman numeral after an event's name, part of it: "Super Bowl LIX", "WrestleMania XL". */
const ROMAN_NUMERAL = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Last words of agreements, which CoNLL-2003 types MISC: "the Indus Waters Treaty", "the Paris Agreement". */
const AGREEMENT_HEADS = words('Treaty Accord Accords Agreement Protocol Convention Statute Charter Pact');

/** Small words inside a law's name: "Trading with the Enemy Act", "Food, Drug, and Cosmetic Act". */
const LAW_SMALL_WORDS = words('with the of for and on to ,');

/** A flight's number after "Flight": "AI171", "5342", "MH17". */
const FLIGHT_CODE = /^(?:[A-Z]{1,3}|[A-Z]\d)?\d{1,4}$/;

/**
 * Events named by their last word ("the Palisades Fire", "the Paris Air Show"), operations given
 * a code name ("code-named Midnight Hammer") and flights ("Flight AI171") are MISC, whatever the
 * recogniser read. Not a club
 * ("Chicago Fire 2 Toronto 1") nor a longer name ("Los Angeles Fire Department").
 */
function suffixEvents(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let h = 0; h < n; h++) {
    const lower = doc.lower(h);
    const codeNamed = lower === 'code-named' || lower === 'codenamed';
    // In quotes, with the small words inside: 'code-named "Green and Yellow Dagger"'.
    if (codeNamed && h + 2 < n && OPEN_QUOTES.has(doc.word(h + 1)) && doc.cap(h + 2)) {
      let b = h + 2;
      while (b < n && b - h <= 8 && (doc.cap(b) || TITLE_SMALL_WORDS.has(doc.lower(b))) && doc.adjacent(b - 1, b) === (b > h + 2)) b++;
      if (b < n && CLOSE_QUOTES.has(doc.word(b)) && doc.cap(b - 1)) {
        spans.put(h + 2, b, 'MISC');
        changed = true;
        continue;
      }
    }
    const codeName = codeNamed && h + 1 < n && doc.cap(h + 1);
    if (codeName) {
      let b = h + 1;
      while (b < n && doc.cap(b) && doc.cls(b) !== WordClass.Function && (b === h + 1 || doc.adjacent(b - 1, b)) && b - h <= 4) b++;
      spans.put(h + 1, b, 'MISC');
      changed = true;
      continue;
    }
    // "Flight AI171", "American Eagle Flight 5342": a flight is MISC, with its airline's name.
    // "Pan Am flight 103" too, in lower case after the airline's name.
    if (lower === 'flight' && h + 1 < n && doc.adjacent(h, h + 1) && FLIGHT_CODE.test(doc.word(h + 1))
      && (doc.cap(h) || h > 0 && doc.adjacent(h - 1, h) && spans.at(h - 1)?.type === 'ORG' && spans.at(h - 1)!.b === h)) {
      const airline = h > 0 && doc.adjacent(h - 1, h) ? spans.at(h - 1) : undefined;
      const a = airline !== undefined && airline.b === h && airline.type !== 'PER' ? airline.a : h;
      spans.put(a, h + 2, 'MISC');
      changed = true;
      continue;
    }
    // "the International Emergency Economic Powers Act", "the Trading with the Enemy Act": a
    // law is MISC, with the small words inside its name, however the recogniser cut it.
    // A bill too ("the Treaty Principles Bill"), before no name ("Bill Gates").
    if ((doc.word(h) === 'Act' || doc.word(h) === 'Bill') && h >= 2 && doc.adjacent(h - 1, h) && doc.cap(h - 1) && !doc.shouting(h) && !goesOn(doc, h)) {
      let a = h;
      while (a > 0 && h - a < 10 && doc.adjacent(a - 1, a)) {
        if (doc.cap(a - 1) && doc.cls(a - 1) !== WordClass.Function) {
          a--;
          continue;
        }
        // Up to two small words, with a capitalised word before them: "Trading with the Enemy".
        let k = a - 1;
        while (k > a - 3 && k >= 0 && LAW_SMALL_WORDS.has(doc.word(k))) k--;
        if (k === a - 1 || k < 0 || !doc.cap(k) || !doc.adjacent(k, k + 1)) break;
        a = k;
      }
      if (doc.initial[a] === 1 && spans.at(a) === undefined && a + 1 < h) a++;
      // Its year goes with it: "the Equality Act 2010".
      const year = h + 1 < n && doc.adjacent(h, h + 1) && /^(?:1[89]|20)\d\d$/.test(doc.word(h + 1));
      spans.put(a, year ? h + 2 : h + 1, 'MISC');
      changed = true;
      continue;
    }
    // "the Indus Waters Treaty" read as an organisation: an agreement is MISC.
    if (!doc.upperAt(h)) continue;
    if (AGREEMENT_HEADS.has(doc.word(h))) {
      const it = spans.at(h);
      if (it === undefined || it.b !== h + 1 || it.b - it.a < 2 || it.type !== 'ORG' && it.type !== 'MISC') continue;
      // What it is on goes with it: "the Framework Convention on Tobacco Control".
      const b = agreementSubject(doc, h + 1);
      if (b > h + 1) {
        spans.put(it.a, b, 'MISC');
        changed = true;
      } else if (it.type === 'ORG') {
        spans.retype(it, 'MISC');
        changed = true;
      }
      continue;
    }
    // "the Club World Cup": the club competition, not a club.
    if (doc.word(h) === 'Club' && h + 3 <= n && doc.word(h + 1) === 'World' && doc.word(h + 2) === 'Cup' && doc.adjacent(h, h + 1)) {
      const a = h > 0 && doc.word(h - 1) === 'FIFA' && doc.adjacent(h - 1, h) ? h - 1 : h;
      spans.put(a, h + 3, 'MISC');
      changed = true;
      continue;
    }
    if (h === 0 || !doc.cap(h) || doc.style[h] === LineStyle.Caps) continue;
    const sport = SPORT_EVENT_HEADS.has(lower) || AWARD_HEADS.has(lower);
    if (!sport && !EVENT_HEADS.has(lower)) continue;
    const numeral = h + 1 < n && doc.adjacent(h, h + 1) && ROMAN_NUMERAL.test(doc.word(h + 1));
    if (doc.shouting(h)) {
      // In a Title Case headline, only the numeral after an event the recogniser read: "Super Bowl" + "LIX".
      const event = spans.at(h);
      if (numeral && event !== undefined && event.type === 'MISC' && event.b === h + 1) {
        spans.put(event.a, h + 2, 'MISC');
        changed = true;
      } else if (sport && event !== undefined && event.type === 'ORG' && event.b === h + 1 && event.b - event.a >= 2) {
        // ... and a prize or a cup the recogniser read as an organisation ("Wins the Booker Prize").
        spans.retype(event, 'MISC');
      }
      continue;
    }
    if (!numeral && goesOn(doc, h)) continue;
    let a = h;
    while (a > 0 && doc.adjacent(a - 1, a) && doc.cap(a - 1) && doc.cls(a - 1) !== WordClass.Function && h - a < 4) a--;
    // A prize or a cup named for whom it is given to, and what goes before: "the Women's Prize for
    // Fiction", "the FIFA Women's World Cup" (not "Obama's Nobel Prize").
    if ((a < h || AWARD_HEADS.has(lower)) && a >= 2 && POSSESSIVE.has(doc.word(a - 1)) && doc.joined(a - 2, a - 1) && PRIZE_GROUPS.has(doc.word(a - 2))) {
      a -= 2;
      while (a > 0 && doc.adjacent(a - 1, a) && doc.cap(a - 1) && doc.cls(a - 1) !== WordClass.Function && isAllCaps(doc.word(a - 1))) a--;
    }
    if (a === h || doc.initial[a] === 1 && spans.at(a) === undefined) continue;
    if (!sport && sportsContext(doc, a) || tableLine(doc, a)) continue;
    // The prize's field goes with it: "the Nobel Prize in Physiology or Medicine".
    const b = numeral ? h + 2 : AWARD_HEADS.has(lower) ? prizeField(doc, h + 1) : h + 1;
    const cover = spans.at(a);
    if (cover !== undefined && cover.a === a && cover.b === b && cover.type === 'MISC') continue;
    // A company named like an event: "Epic Games".
    if (longestOrganisation(doc, a)[0] === h + 1) continue;
    spans.put(a, b, 'MISC');
    changed = true;
    h = b - 1;
  }
  if (changed) spans.reindex();
}

/**
 * Names CoNLL-2003 types MISC that have no word saying what they are: awards named alone ("the
 * Palme d'Or", "the Golden Lion") and climate patterns ("El Niño"). Token by token, apostrophes
 * as either mark; in Title Case, never in capitals.
 */
const LISTED_MISC: readonly (readonly string[])[] = [
  "Palme d'Or", "Ballon d'Or", 'Golden Lion', 'Silver Lion', 'Golden Bear', 'Silver Bear', 'Golden Globe', 'Golden Globes',
  'Golden Boot', 'Golden Ball', 'Golden Glove', 'Oscars', 'Emmys', 'Grammys', 'Baftas', 'BAFTAs',
  'El Niño', 'El Nino', 'La Niña', 'La Nina', 'Holocaust', 'Brexit', 'Edinburgh Fringe', 'World Heritage List',
  'Presidential Medal of Freedom', 'New Glenn', 'New Shepard', 'Long March',
].map((name) => name.split(' '));
/** LISTED_MISC by first word. */
const LISTED_MISC_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of LISTED_MISC) LISTED_MISC_BY_FIRST.set(name[0]!, [...LISTED_MISC_BY_FIRST.get(name[0]!) ?? [], name]);
/** Their first letters, to pass over other words without making them. */
const LISTED_MISC_FIRST = new Set(LISTED_MISC.map((name) => name[0]!.charCodeAt(0)));
/** First words of those names that are words too, which never stand for the whole name alone. */
const LISTED_MISC_WORDS = words('Golden Silver El La New Long');

/** Awards named alone before a noun for their winners or nominations (AWARD_NOUNS). */
const AWARDS_BEFORE_NOUNS = words('Oscar Grammy Emmy Bafta BAFTA Pulitzer Nobel Booker');
/** Words before an award that count or rank it: "a competitive Oscar", "his first Grammy". */
const AWARD_COUNTERS = words('an competitive honorary first second third another');
/** Words for an award's winners and nominations. */
const AWARD_NOUNS = words('winner winners winning nomination nominations nominee nominees laureate laureates nod statuette');

/** A UN climate summit by its number: "COP30". */
const CLIMATE_SUMMIT = /^COP\d{1,2}$/;

/**
 * Listed MISC names (LISTED_MISC), and the first word of one standing alone once the article has
 * named it in full ("the Palme d'Or" ... "the only other Iranian to win the Palme"); climate
 * summits by their number ("COP30"); and awards before a word for their winners ("Oscar winner").
 */
function listedMisc(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const word = (k: number): string => doc.word(k).replace(/\u2019/g, "'");
  const short = new Set<string>();
  let changed = false;
  for (const t of doc.upperTokens()) {
    // A numbered climate summit, in any line: "COP30".
    if (doc.firstCode(t) === 67 && CLIMATE_SUMMIT.test(doc.word(t))) {
      if (spans.markToken(t, 'MISC')) changed = true;
      continue;
    }
    // An award's name before a word for its winners or its nominations: "the two-time Oscar
    // winner", "five Oscar nominations" (a person called Oscar is followed by no such word).
    // So is one alone after a word that counts or ranks it: "a competitive Oscar" (markToken leaves "an Oscar Piastri").
    if (AWARDS_BEFORE_NOUNS.has(doc.word(t)) && (t + 1 < n && AWARD_NOUNS.has(doc.word(t + 1)) && doc.adjacent(t, t + 1)
      || t > 0 && AWARD_COUNTERS.has(doc.lower(t - 1)))) {
      if (spans.markToken(t, 'MISC')) changed = true;
      continue;
    }
    // (First words have no apostrophe: the raw word is the key.)
    if (!LISTED_MISC_FIRST.has(doc.firstCode(t))) continue;
    const named = LISTED_MISC_BY_FIRST.get(doc.word(t));
    if (named === undefined || doc.style[t] === LineStyle.Caps) continue;
    for (const name of named) {
      if (t + name.length > n) continue;
      let k = 1;
      while (k < name.length && word(t + k) === name[k] && doc.adjacent(t + k - 1, t + k)) k++;
      if (k < name.length) continue;
      spans.put(t, t + k, 'MISC');
      if (k > 1 && !LISTED_MISC_WORDS.has(name[0]!)) short.add(name[0]!);
      changed = true;
      break;
    }
  }
  if (short.size > 0) {
    if (changed) spans.reindex();
    for (const t of doc.upperTokens()) {
      if (!short.has(doc.word(t)) || doc.style[t] === LineStyle.Caps) continue;
      const it = spans.at(t);
      if (it !== undefined && (it.a !== t || it.b !== t + 1 || it.type === 'MISC')) continue;
      spans.put(t, t + 1, 'MISC');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/** A MISC span that names an award: a listed one, or one whose last word says so ("the Golden Lion", "the Nobel Prize"). */
function isAward(doc: Doc, it: Item): boolean {
  if (it.type !== 'MISC') return false;
  const last = doc.lower(it.b - 1);
  if (AWARD_HEADS.has(last) || last === 'trophy') return true;
  // A listed award in full, or the first word of one standing for it ("the Palme"); not "El Niño".
  const first = doc.word(it.a).replace(/\u2019/g, "'");
  const text = doc.slice(it.a, it.b).replace(/\u2019/g, "'");
  return (LISTED_MISC_BY_FIRST.get(first) ?? []).some((name) => text === name.join(' ') ? !/^(?:El|La)$/.test(first) : it.b - it.a === 1 && !LISTED_MISC_WORDS.has(first));
}

/**
 * The end of an agreement's subject after its name (token i on): "on", perhaps "the", and a
 * capitalised run with "of", "of the" or "and" inside ("on the Rights of the Child"); i when none.
 */
function agreementSubject(doc: Doc, i: number): number {
  const n = doc.tokens.length;
  if (i + 1 >= n || doc.word(i) !== 'on' || !doc.adjacent(i, i + 1)) return i;
  let b = doc.word(i + 1) === 'the' ? i + 2 : i + 1;
  if (b >= n || !doc.cap(b) || !doc.adjacent(b - 1, b)) return i;
  let end = i;
  while (b < n && b - i <= 10 && doc.adjacent(b - 1, b)) {
    if (doc.cap(b) && doc.cls(b) !== WordClass.Function) end = ++b;
    else if ((doc.word(b) === 'of' || doc.word(b) === 'and') && b + 1 < n && doc.cap(b + 1) || doc.word(b) === 'of' && doc.word(b + 1) === 'the') b++;
    else if (doc.word(b) === 'the' && doc.word(b - 1) === 'of' && b + 1 < n && doc.cap(b + 1)) b++;
    else break;
  }
  return end;
}

/**
 * The end of a prize's field after its name (token i on): "in" and a capitalised run, again
 * after "in" or "of" ("Prize in Economic Sciences in Memory of Alfred Nobel"), with "or" and
 * "and" inside ("in Physiology or Medicine"), but not a place ("the Nobel Prize in Oslo").
 * Returns i when no field follows.
 */
function prizeField(doc: Doc, i: number): number {
  const n = doc.tokens.length;
  let end = i;
  let k = i;
  while (k + 1 < n && k - i < 12 && (doc.word(k) === 'in' || k === i && doc.word(k) === 'for' || k > i && doc.word(k) === 'of') && doc.adjacent(k, k + 1) && doc.cap(k + 1)) {
    // Not where it was given, nor to whom: "the Nobel Prize in Oslo", "a prize for Smith".
    if (longestPlace(doc, k + 1)[0] > 0 || doc.word(k) === 'for' && !WORK_FIELDS.has(doc.word(k + 1))) break;
    let b = k + 1;
    while (b < n && doc.adjacent(b - 1, b) && (doc.cap(b) && doc.cls(b) !== WordClass.Function
      || (doc.word(b) === 'or' || doc.word(b) === 'and') && b + 1 < n && doc.cap(b + 1))) b++;
    end = b;
    k = b;
  }
  return end;
}

/**
 * In a results list, the name between a competitor's country and their time is their team, not a
 * second person: "2. Michael Andretti (U.S.), Lola Ford Cosworth, 54.483" and "Olaf Ludwig
 * (Germany) Telekom 4 hours 48" (CoNLL-2003 types these ORG). A name followed by another name,
 * as in a list of players ("Ernie Els (South Africa), Scott Hoch"), is left alone.
 */
function teamsInResults(doc: Doc, spans: Spans): void {
  const figure = (k: number): boolean => k < doc.tokens.length && doc.tokens[k]!.kind === 'number';
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER' || it.a < 4) continue;
    let k = it.a - 1;
    if (doc.word(k) === ',') k--;
    if (doc.word(k) !== ')') continue;
    const country = spans.at(k - 1);
    if (country === undefined || country.type !== 'LOC' || country.b !== k || doc.word(country.a - 1) !== '(') continue;
    const rider = spans.at(country.a - 2);
    if (rider === undefined || rider.type !== 'PER' || rider.b !== country.a - 1) continue;
    if (!(figure(it.b) || doc.word(it.b) === ',' && figure(it.b + 1))) continue;
    if (doc.lineStart[it.a] !== doc.lineStart[rider.a]) continue;
    spans.retype(it, 'ORG');
  }
}

/** Nouns before or after a quoted title that make it a work's: 'the film "The Crying Game"'. */
const WORK_NOUNS = words(`film films movie movies novel novels book books album albums song songs single
  play plays opera operas ballet musical series documentary sitcom seller best-seller bestseller memoir
  poem painting sequel ballad ballads anthem track tracks hit hits entry drama dramas thriller thrillers comedy comedies
  epic epics cartoon cartoons blockbuster blockbusters prequel remake franchise`);

/** Words just before a quoted title that make it a work's: 'best known for "On the Waterfront"'. */
const WORK_CUES = words('known starred starring performance appearances appearance role roles wrote translate translates author authored directed animated live-action');

/** Verbs right after a quoted title (or after its comma) that make it a work's: '"Zootopia 2" opened', '"Cowboy Carter," released in March'. */
const WORK_VERBS_AFTER = words('opened opens grossed premiered premieres debuted debuts released');

/** Nouns for periodicals, whose quoted names CoNLL-2003 types ORG: 'the journal "Human Gene Therapy"'. */
const PERIODICAL_NOUNS = words('newspaper newspapers journal magazine weekly daily');

/** Small words a title keeps in lower case: "Anne of a Thousand Days". */
const TITLE_SMALL_WORDS = words("of the a an in on for and to at by with from de la le du des is 's");

/** Articles that open a title written in sentence case in its own language: "La Maison vide". */
const FOREIGN_TITLE_ARTICLES = words('La Le Les Des Un Une El Los Las Il Der Die Das');

/** The end of an English contraction, a token of its own: "You" + "'re". */
const CONTRACTIONS = /^(?:['\u2019](?:re|s|t|ll|ve|d|m)|n['\u2019]t)$/;

const OPEN_QUOTES = new Set(['"', '\u201c']);
const CLOSE_QUOTES = new Set(['"', '\u201d']);
const SINGLE_OPEN_QUOTES = new Set(["'", '\u2018']);
const SINGLE_CLOSE_QUOTES = new Set(["'", '\u2019']);

/**
 * The quoted title of a work (film, book, album, play) is one MISC name, whatever the recogniser
 * read inside it ('his 1992 film "The Crying Game"', 'a film than over "Michael Collins"'), and
 * the quoted name of a newspaper or journal is an ORG. The quote must hold only a title (every
 * word capitalised but the small ones) and a noun for a work must stand near it, or a cue such
 * as "best known for", or another title just before it in a list ('"Viva Zapata" and "On the
 * Waterfront"'). A quoted phrase with no such cue is left alone: it may be a slogan or a nickname.
 */
function quotedTitles(doc: Doc, spans: Spans): void {
  const titles = new Map<string, EntityType>();
  // Twice: the second time, a title quoted before the article says what it is (in the headline)
  // takes the type it was given later.
  if (quotedTitlesOnce(doc, spans, titles) && titles.size > 0) {
    let works = 0;
    for (const type of titles.values()) if (type === 'MISC') works++;
    quotedTitlesOnce(doc, spans, titles, works);
  }
}

function quotedTitlesOnce(doc: Doc, spans: Spans, titles: Map<string, EntityType>, worksNamed = 0): boolean {
  const n = doc.tokens.length;
  let lastTitleEnd = -10;
  let lastType: EntityType = 'MISC';
  let changed = false;
  let untyped = false;
  for (let i = 0; i < n; i++) {
    const open = doc.firstCode(i);
    // Titles in double quotes, or in single ones as British copy and headlines write them.
    const single = open === 39 || open === 0x2018;
    if (open !== 34 && open !== 0x201c && !single || !(single ? SINGLE_OPEN_QUOTES : OPEN_QUOTES).has(doc.word(i)) || i + 2 >= n || !doc.cap(i + 1)
      || doc.style[i + 1] === LineStyle.Caps) continue;
    const closing = single ? SINGLE_CLOSE_QUOTES : CLOSE_QUOTES;
    let j = i + 1;
    while (j < n && j - i <= 10 && !closing.has(doc.word(j)) && doc.lineStart[j] === doc.lineStart[i]) j++;
    if (j >= n || !closing.has(doc.word(j)) || doc.lineStart[j] !== doc.lineStart[i]) continue;
    let b = j;
    while (b > i + 1 && (doc.word(b - 1) === ',' || doc.word(b - 1) === '.')) b--;
    let title = b > i + 1;
    let loud = true;
    // A title in French, Spanish, Italian or German may be in sentence case after its article:
    // "La Maison vide", "Le Silence de la mer", "Des hommes".
    const foreign = FOREIGN_TITLE_ARTICLES.has(doc.word(i + 1));
    for (let k = i + 1; k < b && title; k++) {
      const w = doc.word(k);
      if (doc.isWord(k) && !isAllCaps(w)) loud = false;
      // A comma or a colon inside before a capitalised word: "Merci, Chérie", "Twin Peaks: The Return";
      // a question or an exclamation ends one ("How Far Can You Go?"), and a contraction goes
      // with its word ("Ginger, You're Barmy").
      title = doc.cap(k) || TITLE_SMALL_WORDS.has(doc.lower(k)) || doc.tokens[k]!.kind === 'number' && k > i + 1 || (w === ',' || w === ':') && k > i + 1 && doc.cap(k + 1)
        || (w === '?' || w === '!') && k === b - 1 && k > i + 1 || CONTRACTIONS.test(w) && k > i + 1 && doc.joined(k - 1, k)
        || foreign && k > i + 1 && doc.isWord(k) && /^\p{Ll}/u.test(w);
    }
    if (!title || loud) {
      i = j;
      continue;
    }
    const near = (k: number): string => (k >= 0 && k < n && doc.sentence[k] === doc.sentence[i] ? doc.lower(k) : '');
    let type: EntityType | undefined;
    for (let k = i - 1; k >= i - 4 && type === undefined; k--) {
      const w = near(k);
      if (PERIODICAL_NOUNS.has(w)) type = 'ORG';
      else if (WORK_NOUNS.has(w) || WORK_CUES.has(w)) type = 'MISC';
    }
    // What an award was won for: 'won the Golden Lion for "The Circle"', 'named best actress for "The Little Sister"'.
    if (type === undefined && near(i - 1) === 'for' && awardBefore(doc, spans, i - 1)) type = 'MISC';
    const after = near(j + 1);
    // A year in brackets after it: '"How Far Can You Go?" (1980)'.
    if (type === undefined && doc.word(j + 1) === '(' && /^\d{4}$/.test(doc.word(j + 2)) && doc.word(j + 3) === ')' && doc.lineStart[j + 3] === doc.lineStart[i]) type = 'MISC';
    if (type === undefined && PERIODICAL_NOUNS.has(after)) type = 'ORG';
    if (type === undefined && WORK_NOUNS.has(after)) type = 'MISC';
    if (type === undefined && WORK_VERBS_AFTER.has(after === ',' ? near(j + 2) : after)) type = 'MISC';
    // A maker's work: 'Walt Disney's "Zootopia 2"', 'James Cameron's "Avatar: Fire and Ash"'.
    if (type === undefined && i >= 2 && POSSESSIVE.has(doc.word(i - 1)) && spans.at(i - 2) !== undefined && spans.at(i - 2)!.type !== 'LOC') type = 'MISC';
    // In apposition after it: '"Wasted Love", a ballad about unrequited love'.
    if (type === undefined && near(j + 1) === ',' && /^(?:a|an|the|their|his|her)$/.test(near(j + 2))) {
      for (let k = j + 3; k <= j + 5 && type === undefined; k++) if (WORK_NOUNS.has(near(k))) type = 'MISC';
    }
    // A title in a list of titles: '"The Collapse" (1964), "Sleeping Bread" (1975)'.
    if (type === undefined && i - lastTitleEnd <= 5) {
      let list = true;
      for (let k = lastTitleEnd + 1; k < i && list; k++) list = /^(?:[,;()]|and|or|\d{4})$/.test(doc.word(k));
      if (list) type = lastType;
    }
    // The same title quoted again: 'Granma called "Sleeping Bread" his greatest gift'.
    if (type === undefined) type = titles.get(doc.slice(i + 1, b));
    // A whole title the recogniser read as another name (MISC) counts as a work named.
    const read = spans.at(i + 1);
    if (type === undefined && read !== undefined && read.a === i + 1 && read.b === b && read.type === 'MISC') type = 'MISC';
    // An article that names two works or more by their quoted titles quotes a third without a
    // cue ('"The Pitt" beat "Severance"'): on the second pass, another quoted title is a work too.
    if (type === undefined && worksNamed >= 2) type = 'MISC';
    if (type !== undefined) {
      const cover = spans.at(i + 1);
      if (cover === undefined || cover.a !== i + 1 || cover.b !== b || cover.type !== type) {
        spans.put(i + 1, b, type);
        changed = true;
      }
      titles.set(doc.slice(i + 1, b), type);
      lastTitleEnd = j;
      lastType = type;
    } else {
      untyped = true;
    }
    i = j;
  }
  if (changed) spans.reindex();
  return untyped;
}

/**
 * "best" or a word for an award just before token f ("best actress for", "best pop vocal album
 * for", "the duo prize for"), or an award named up to 14 tokens before it in its sentence.
 */
function awardBefore(doc: Doc, spans: Spans, f: number): boolean {
  for (let k = f - 1; k >= 0 && k >= f - 14 && doc.sentence[k] === doc.sentence[f]; k--) {
    if (k >= f - 5 && (doc.lower(k) === 'best' || AWARD_HEADS.has(doc.word(k)))) return true;
    const it = spans.at(k);
    if (it !== undefined && it.b === k + 1 && isAward(doc, it)) return true;
  }
  return false;
}

/** Words before "on X" that make X the social network: "in a post on X", "told users on X". */
const POST_WORDS = words('post posts posted wrote writing said statement message video replied users account accounts');
/** Platforms that X stands beside in a list: "Facebook, YouTube and X". */
const PLATFORMS = new Set(['Facebook', 'YouTube', 'TikTok', 'Instagram', 'Threads', 'Reddit', 'Snapchat', 'Bluesky', 'Telegram', 'WhatsApp', 'Meta', 'Twitter']);

/**
 * X, the social network formerly Twitter, is an organisation: "in a post on X", "congratulated
 * them on X,", "Musk's X", "the platform X", "Facebook, YouTube and X" (a letter alone is
 * otherwise no name); and once an article names it so, every X standing alone in it is the
 * network ("how X handles content"), but not one after a name or a word it ends ("Series X",
 * "Malcolm X"). An X that ends a sentence ("a post on X. Engineers ...") is the network without
 * its full stop, not an initial of the next words.
 */
function platformX(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const xs = doc.upperTokens().filter((t) => t >= 1 && (doc.word(t) === 'X' || doc.word(t) === 'X.'));
  if (xs.length === 0) return;
  const platform = (k: number): boolean => k >= 0 && PLATFORMS.has(doc.word(k));
  const named = xs.some((t) => {
    const prev = doc.word(t - 1);
    // "on X" with no capital after it ("X Street"), or after a posting word.
    if (prev === 'on' && (t + 1 >= n || doc.word(t) === 'X.' || !doc.cap(t + 1))) return true;
    if (prev === 'on' && t >= 2 && (POST_WORDS.has(doc.word(t - 2)) || t >= 3 && POST_WORDS.has(doc.word(t - 3)))) return true;
    if (prev === 'platform' || /^['\u2019]s$/.test(prev) && t >= 2 && doc.word(t - 2) === 'Musk') return true;
    // In a list of platforms: "Facebook, YouTube and X", "TikTok, X, YouTube".
    return (prev === 'and' || prev === 'or' || prev === ',') && platform(t - 2) || t + 2 < doc.tokens.length && doc.word(t + 1) === ',' && platform(t + 2);
  });
  if (!named) return;
  let changed = false;
  for (const t of xs) {
    if (doc.cap(t - 1) && doc.adjacent(t - 1, t)) continue;
    if (doc.word(t) === 'X.') {
      // The network, without the full stop; what was read after it stays a name if two words are left.
      const it = spans.at(t);
      const rest = it !== undefined && it.a === t && it.b - t >= 3 ? it : undefined;
      spans.put(t, t + 1, 'ORG');
      const x = spans.items[spans.items.length - 1]!;
      x.end = x.start + 1;
      if (rest !== undefined) spans.put(t + 1, rest.b, rest.type);
      changed = true;
    } else if (spans.markToken(t, 'ORG')) changed = true;
  }
  if (changed) spans.reindex();
}

/** Words that go on a place's name without making it something else: "Oklahoma City", "Kansas City North". */
const PLACE_NAME_WORDS = words('city town village state states county district region province territory republic north south east west central upper lower greater new old');
/** Verbs of a result after a team named by its place: "Indiana led 48-47", "Oklahoma City wins series 4-3". */
const RESULT_VERBS = words('beat beats led leads won wins lost loses trailed trails defeated edged routed rallied outscored clinched');
/** Words after a team's possessive: "Indiana's star guard". */
const TEAM_POSSESSIONS = words('star guard guards forward forwards center centre coach quarterback offense offence defense defence bench roster players fans franchise starters');

/**
 * Teams named by their place and a nickname, "the Oklahoma City Thunder" (which the recogniser
 * may read as a place, from its first words), are organisations, and so is the nickname alone
 * ("the Thunder", "Thunder 103, Pacers 91", "Pacers: Mathurin 24"). The place alone is the
 * team when it wins, leads or trails in a sentence about a game, or has a star guard ("Indiana
 * led 48-47 at half-time", "for Philadelphia, which beat the New England Patriots", "Indiana's
 * star guard"). A team is one in sports copy, or one whose nickname is a plural ("the
 * Philadelphia Eagles"), and once one is found, every such name in the article; companies named
 * for a place ("Japan Tobacco", "Texas Instruments") in an article with no team are left as
 * they are.
 */
function sportsTeams(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const places = new Set<string>();
  const candidates: [Item, number, boolean][] = [];
  for (const it of spans.items) {
    if (it.dropped || it.b - it.a < 2 || it.type !== 'LOC' && it.type !== 'ORG' || doc.shouting(it.a) || !PLACE_FIRST_WORDS.has(doc.word(it.a))) continue;
    const [e] = longestPlace(doc, it.a);
    if (e <= it.a || e >= it.b || it.b - e > 2) continue;
    let nickname = true;
    for (let k = e; k < it.b && nickname; k++) {
      const lower = doc.lower(k);
      nickname = doc.isWord(k) && doc.upperAt(k) && !doc.shouting(k) && doc.cls(k) === WordClass.None && !PLACES.has(doc.word(k))
        && !GEO_HEADS.has(lower) && !PLACE_HEADS.has(lower) && !ADMIN_HEADS.has(lower) && !PLACE_NAME_WORDS.has(lower) && !ORG_HEADS.has(lower)
        && !SPORT_EVENT_HEADS.has(lower) && !EVENT_HEADS.has(lower) && !AWARD_HEADS.has(lower);
    }
    if (!nickname) continue;
    const last = doc.word(it.b - 1);
    candidates.push([it, e, sportsContext(doc, it.a) || /[^s]s$/.test(last) && !/(?:ss|ics|ies)$/.test(last)]);
  }
  // One team makes the article sports copy, where the other candidates are teams too.
  if (!candidates.some(([, , sure]) => sure)) return;
  const nicknames = new Map<string, number>();
  for (const [it, e] of candidates) {
    if (it.type === 'LOC') spans.retype(it, 'ORG');
    nicknames.set(doc.slice(e, it.b), it.b - e);
    places.add(doc.slice(it.a, e));
  }
  let changed = false;
  for (const [i, b] of occurrences(doc, nicknames)) {
    // Lines in Title Case too ("Game 2, June 8: Thunder 123, Pacers 107"), not in capitals.
    if (doc.style[i] === LineStyle.Caps) continue;
    // Alone: no capitalised word runs into it ("Thunder Bay"), but "The Thunder" may open a sentence.
    if (b < n && doc.adjacent(b - 1, b) && doc.cap(b) || i > 0 && doc.adjacent(i - 1, i) && doc.cap(i - 1) && !(doc.word(i - 1) === 'The' && doc.initial[i - 1] === 1)) continue;
    const cover = spans.at(i);
    if (cover !== undefined && (cover.a < i || cover.b > b)) continue;
    if (cover !== undefined && cover.a === i && cover.b === b) {
      if (cover.type !== 'ORG') spans.retype(cover, 'ORG');
    } else if (within(spans, i, b)) {
      spans.put(i, b, 'ORG');
      changed = true;
    }
  }
  if (changed) spans.reindex();
  const placeFirstWords = new Set([...places].map((p) => p.split(' ')[0]!));
  let skip = 0;
  for (const i of doc.upperTokens()) {
    if (i < skip || i + 1 >= n || !placeFirstWords.has(doc.word(i))) continue;
    const [e, place] = longestPlace(doc, i);
    if (place === undefined || !places.has(doc.slice(i, e)) || e >= n) continue;
    const next = doc.word(e);
    // A result in a sentence about a game (a score, "beat"): "Texas led the nation" is the state.
    const result = RESULT_VERBS.has(next) || next === ',' && e + 2 < n && doc.word(e + 1) === 'which' && RESULT_VERBS.has(doc.word(e + 2));
    const team = result && sportsContext(doc, i) || (next === "'s" || next === '\u2019s') && e + 1 < n && TEAM_POSSESSIONS.has(doc.lower(e + 1));
    const cover = spans.at(i);
    if (team && (cover === undefined ? within(spans, i, e) : cover.a === i && cover.b === e && cover.type !== 'ORG')) {
      if (cover === undefined) spans.put(i, e, 'ORG');
      else spans.retype(cover, 'ORG');
      changed = true;
    }
    skip = e;
  }
  if (changed) spans.reindex();
}

/**
 * A listed company whose name is also a place or a person's ("Amazon", "Tesla") is the company
 * when it is coordinated with an organisation: "Amazon and Google have each invested".
 */
function coordinatedCompanies(doc: Doc, spans: Spans): void {
  const isOrg = (it: Item | undefined): boolean => it !== undefined && !it.dropped && it.type === 'ORG';
  for (const it of spans.items) {
    if (it.dropped || it.type === 'ORG' || it.type === 'MISC') continue;
    const [end, org] = longestOrganisation(doc, it.a);
    if (org === undefined || end !== it.b || !AMBIGUOUS_ORGANISATIONS.has(org)) continue;
    const joinAfter = it.b + 1 < doc.tokens.length && (doc.word(it.b) === 'and' || doc.word(it.b) === ',') ? spans.at(it.b + 1) : undefined;
    const joinBefore = it.a >= 2 && (doc.word(it.a - 1) === 'and' || doc.word(it.a - 1) === ',') ? spans.at(it.a - 2) : undefined;
    if (isOrg(joinAfter) && joinAfter!.a === it.b + 1 || isOrg(joinBefore) && joinBefore!.b === it.a - 1) spans.retype(it, 'ORG');
  }
}

/** Last words of a company's name before "and" and another company: "Mitsubishi UFJ Financial Group and ...". */
const COMPANY_ENDS_BEFORE_AND = new Set([...COMPANY_ENDINGS, 'group', 'bank', 'international', 'motor']);
/** First words after "and" that go on one company's name: "First Union Bank and Trust Company". */
const BANK_NAME_WORDS = words('Trust Savings Loan Loans Investment Investments Securities');

/** Places every article shares under several names (knownNames.ts: "Britain", "the United States"), as written. */
const KNOWN_PLACES: ReadonlySet<string> = new Set(KNOWN_NAMES.filter((known) => known.type === 'LOC').flatMap((known) => known.aliases));

/**
 * Last words of an investment firm's name after "and" and another firm of two words or more:
 * "Kleiner Perkins and Sequoia Capital" (not a legal form: "Credit Rating and Information
 * Systems Ltd" is one company).
 */
const FIRM_ENDS = words('capital partners ventures health');

/**
 * Two companies read as one name across "and" ("Mitsubishi UFJ Financial Group and Mizuho
 * Financial Group", "Lloyds Bank and Halifax") are two, when the first ends in a word that ends
 * companies' names; not "First Union Bank and Trust Company". So are two bodies that each end in
 * a word for one ("World Boxing Council and World Boxing Organization"), a name and a body that
 * opens with a word for one and "of" ("JPMorgan Chase and Bank of America"; not "Securities and
 * Exchange Commission"), two investment firms of two words or
 * more, the second ending in a word for a firm ("Kleiner Perkins and Sequoia Capital"), and a
 * body and a place ("the European Commission and Britain").
 */
function companiesAtAnd(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.type === 'PER' || it.b - it.a < 3) continue;
    if (knownPairAtAnd(doc, spans, it)) {
      changed = true;
      continue;
    }
    if (it.type !== 'ORG' || it.b - it.a < 4) continue;
    for (let k = it.a + 2; k < it.b - 1; k++) {
      if (doc.word(k) !== 'and') continue;
      // ... or two bodies, each ending in a word for one: "the World Boxing
      // Council and World Boxing Organization".
      const bodies = ORG_HEADS.has(doc.lower(k - 1)) && ORG_HEADS.has(doc.lower(it.b - 1));
      // Not a body's own "and" ("Organisation for Security and Cooperation in Europe").
      let named = true;
      for (let j = it.a; j < k && named; j++) named = doc.cap(j);
      const bodyAfter = named && ORG_HEADS.has(doc.lower(k + 1)) && doc.word(k + 2) === 'of';
      const firms = FIRM_ENDS.has(doc.lower(it.b - 1)) && doc.cap(k - 2) && doc.cap(k - 1);
      const bodyThenName = ORG_HEADS.has(doc.lower(k - 1)) && k - it.a >= 2 && plainName(doc, k + 1, it.b);
      const [a, b] = [it.a, it.b];
      if ((COMPANY_ENDS_BEFORE_AND.has(doc.lower(k - 1)) || bodies || bodyAfter || firms || bodyThenName) && doc.cap(k + 1) && !BANK_NAME_WORDS.has(doc.word(k + 1)) && !COMPANY_ENDINGS.has(doc.lower(k + 1))) {
        spans.put(a, k, 'ORG');
        spans.put(k + 1, b, 'ORG');
        changed = true;
      } else if (ORG_HEADS.has(doc.lower(k - 1)) && (PLACES.has(doc.slice(k + 1, b)) || KNOWN_PLACES.has(doc.slice(k + 1, b)))) {
        spans.put(a, k, 'ORG');
        spans.put(k + 1, b, 'LOC');
        changed = true;
      }
      break;
    }
  }
  if (changed) spans.reindex();
}

/**
 * Tokens [a, b) are a name of its own: two words or more, each capitalised and a plain word
 * ("Democracy Forward", "Natural Resources Wales"; not "Subsidiaries"), or a name the lists know.
 */
function plainName(doc: Doc, a: number, b: number): boolean {
  if (listedName(doc, a, b) !== undefined) return true;
  if (b - a < 2) return false;
  for (let t = a; t < b; t++) if (!doc.cap(t) || doc.cls(t) !== WordClass.None) return false;
  return true;
}

/** Last words of a public body's name that may take in a field before "and": "the Food and Drug Administration". */
const BODY_HEADS = words(`agency union board commission administration authority council committee service bureau office
  federation association programme program organization organisation tribunal police coalition`);

/**
 * Whether a name could open a body's name before "and": one read as an organisation after "the",
 * a possessive "'s" or at a sentence's start ("Avon and Somerset Police", "Britain's Competition
 * and Markets Authority"), or a single word read as a person after "the" or "'s" ("Sudani's
 * Reconstruction and Development Coalition").
 */
function opensBody(doc: Doc, left: Item): boolean {
  const before = left.a === 0 ? undefined : doc.lower(left.a - 1);
  const after = before === 'the' || before !== undefined && POSSESSIVE.has(before);
  if (left.type === 'ORG') return after || doc.initial[left.a] === 1 && doc.style[left.a] !== LineStyle.Caps;
  return left.type === 'PER' && left.b - left.a === 1 && after;
}

/**
 * "the Maritime and Coastguard Agency", "the International Longshore and Warehouse Union": one
 * body whose fields, joined by "and", the recogniser read as two names. Only after "the" (or as
 * opensBody says); not
 * where the first is a body or a name of its own ("the European Commission and Europol", "the
 * FBI and Justice Department").
 */
function bodiesOverAnd(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const left of [...spans.items]) {
    const k = left.b;
    if (left.dropped || k + 1 >= doc.tokens.length || doc.word(k) !== 'and' || !opensBody(doc, left)) continue;
    const right = spans.at(k + 1);
    if (right === undefined || right.a !== k + 1 || right.type !== 'ORG' || !BODY_HEADS.has(doc.lower(right.b - 1))) continue;
    if (ORG_HEADS.has(doc.lower(k - 1)) || isAllCaps(doc.word(left.a)) || listedName(doc, left.a, k) !== undefined || listedName(doc, right.a, right.b) !== undefined) continue;
    spans.put(left.a, right.b, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** A name the lists know, as written or in capitals on a shouting line: its type, else undefined. */
function listedName(doc: Doc, a: number, b: number): EntityType | undefined {
  const s = doc.slice(a, b);
  if (ORGANISATIONS.has(s)) return 'ORG';
  if (PLACES.has(s) || KNOWN_PLACES.has(s)) return 'LOC';
  if (!doc.shouting(a)) return undefined;
  if (ORGANISATIONS_UPPER.has(s)) return 'ORG';
  return PLACES_UPPER.has(s) ? 'LOC' : undefined;
}

/**
 * "Bank of America and Wells Fargo", "BUCKINGHAM PALACE AND DOWNING STREET": two names the lists
 * know, joined by "and" into one span, are two; not a name the lists know whole ("Trinidad and
 * Tobago").
 */
function knownPairAtAnd(doc: Doc, spans: Spans, it: Item): boolean {
  if (listedName(doc, it.a, it.b) !== undefined) return false;
  for (let k = it.a + 1; k < it.b - 1; k++) {
    if (doc.lower(k) !== 'and') continue;
    const left = listedName(doc, it.a, k);
    const right = left && listedName(doc, k + 1, it.b);
    if (!right) return false;
    const [a, b] = [it.a, it.b];
    spans.put(a, k, left);
    spans.put(k + 1, b, right);
    return true;
  }
  return false;
}

/** Short forms of names every article shares (knownNames.ts), written in capitals: never a word outside a line in capitals. */
const KNOWN_SHORT_FORMS: ReadonlyMap<string, EntityType> = new Map(KNOWN_NAMES.flatMap((known) =>
  known.aliases.filter((alias) => /^(?:[A-Z]\.?){2,5}$/.test(alias)).map((alias) => [alias, known.type] as const)));

/**
 * "US", "U.K.", "EU", "NATO" left unread ("UPDATE 1-US strike in eastern Pacific") are the
 * names they always are, outside lines in capitals ("JOIN US").
 */
function knownShortForms(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    // A capital or a full stop second ("US", "U.K."), read without making the word.
    const second = doc.text.charCodeAt(doc.tokens[t]!.start + 1);
    if (!(second >= 65 && second <= 90 || second === 46)) continue;
    const type = KNOWN_SHORT_FORMS.get(doc.word(t));
    if (type === undefined || doc.style[t] === LineStyle.Caps || spans.at(t) !== undefined) continue;
    spans.put(t, t + 1, type);
    changed = true;
  }
  if (changed) spans.reindex();
}

/** Verbs of speech after a name: only people and the places the lists know speak ("Iraq said"). */
const SPEECH_VERBS = words('said says told tells added adds hailed hails warned warns urged urges insisted insists');
const SPEECH_VERB_FIRST = new Set([...SPEECH_VERBS].map((w) => w.charCodeAt(0)));

/**
 * A country the recogniser read as an organisation is the place, as CoNLL-2003 types countries
 * in sports results too ("the Philippines' exit from the Rome Statute"); and a name it read as
 * a place that no list knows, before a verb of speech, is a person ("Sisi hailed the museum"),
 * but not after "in", "of" or "the" ("officials in the town of Uyo said", "The White House said").
 */
function countriesAndSpeakers(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  for (const it of spans.items) {
    if (it.dropped || it.a === it.b || it.b - it.a > 4 || it.type !== 'ORG' && it.type !== 'LOC' || doc.style[it.a] === LineStyle.Caps) continue;
    if (it.type === 'ORG') {
      const name = it.b - it.a === 1 ? doc.word(it.a) : doc.slice(it.a, it.b).replace(/\s+/g, ' ');
      if (COUNTRY_NAMES.has(name) && !AMBIGUOUS_PLACES.has(name) && !goesOn(doc, it.b - 1)) spans.retype(it, 'LOC');
    } else if (it.b < n && it.b - it.a <= 3 && SPEECH_VERB_FIRST.has(doc.firstCode(it.b)) && SPEECH_VERBS.has(doc.word(it.b)) && doc.adjacent(it.b - 1, it.b)
      && longestPlace(doc, it.a)[0] < 0 && !(it.a > 0 && (PLACE_CUES.has(doc.lower(it.a - 1)) || doc.lower(it.a - 1) === 'of' || doc.lower(it.a - 1) === 'the'))) spans.retype(it, 'PER');
  }
}

/** Peoples that are no country's, which CoNLL-2003 types MISC as it types nationalities: "Māori chiefs", "the Kurds". */
const PEOPLES = words(`Māori Maori Kurd Kurds Kurdish Rohingya Uyghur Uyghurs Uighur Uighurs Pashtun Pashtuns Tamil Tamils
  Sikh Sikhs Hindu Hindus Muslim Muslims Yazidi Yazidis Druze Alawite Alawites Sunni Sunnis Shia Shiite Shiites Hutu Hutus
  Tutsi Tutsis Maasai Sami Inuit Roma Berber Berbers Bedouin Bedouins Aboriginal Aborigines Baloch Hazara Hazaras Amhara Tigrayan Tigrayans Oromo
  Denisovan Denisovans Neanderthal Neanderthals`);

/**
 * People known by one name, whom the recogniser, never having seen them, reads as places or
 * companies ("until Stalin attended", "Tutankhamun's tomb", "Rihanna sang"). Not names that
 * are also places, firms or titles ("Churchill", "Wagner", "Prince", "Drake").
 */
const ONE_NAME_PEOPLE = words(`Stalin Lenin Trotsky Hitler Mussolini Napoleon Gandhi Mao Tutankhamun Cleopatra Nefertiti
  Ramesses Confucius Plato Aristotle Socrates Shakespeare Mozart Beethoven Chopin Tchaikovsky Shostakovich Stravinsky
  Prokofiev Picasso Rembrandt Michelangelo Caravaggio Pelé Maradona Beyoncé Rihanna Shakira Zendaya SZA Jay-Z Eminem
  Adele Bono Björk Rosalía Naruhito Akihito Suharto Saddam`);

/**
 * A person known by one name (ONE_NAME_PEOPLE) read alone, in prose, is a person, whatever the
 * recogniser read: not inside a longer name it read ("the Stalin Prize").
 */
function oneNamePeople(doc: Doc, spans: Spans): void {
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (!ONE_NAME_PEOPLE.has(doc.word(t)) || doc.style[t] === LineStyle.Caps) continue;
    const it = spans.at(t);
    if (it !== undefined && (it.type === 'PER' || it.a !== t || it.b !== t + 1)) continue;
    spans.put(t, t + 1, 'PER');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** First words of places named head first: "the Bay of Islands", "the Gulf of Aden", "the Isle of Skye". */
const GEO_HEADS_FIRST = words('Bay Gulf Sea Isle Strait Cape Lake Mount Island Islands Straits');

/** Words in lower case after a place that say what kind it is: "Oddar Meanchey province". */
const PLACE_KIND_WORDS = words('province district region prefecture governorate county state municipality');

/**
 * Places and peoples the recogniser mistyped or missed: a people's name that is no country's
 * ("Māori", read as a person); a place named head first ("the Bay of Islands", read as an
 * organisation, unless a word for one ends it: "the Bay of Plenty Bank"); a name before
 * "province" or "district" ("a spokesman for Oddar Meanchey province", read as a person).
 */
function peoplesAndPlaces(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (doc.style[t] === LineStyle.Caps) continue;
    const it = spans.at(t);
    const w = doc.word(t);
    // "Homo sapiens", "Homo longi": a species, MISC as CoNLL-2003 types peoples.
    if (w === 'Homo' && t + 1 < n && doc.adjacent(t, t + 1) && /^\p{Ll}+$/u.test(doc.word(t + 1)) && within(spans, t, t + 2)) {
      spans.put(t, t + 2, 'MISC');
      changed = true;
      continue;
    }
    if (PEOPLES.has(w)) {
      if (it === undefined || it.a === t && it.b === t + 1 && it.type !== 'MISC') {
        spans.put(t, t + 1, 'MISC');
        changed = true;
      }
      continue;
    }
    if (it === undefined || it.a !== t || it.type === 'LOC') continue;
    const lastClass = wordClassOf(doc.lower(it.b - 1));
    if (GEO_HEADS_FIRST.has(w) && it.b - it.a >= 3 && doc.word(t + 1) === 'of' && it.type === 'ORG' && lastClass !== WordClass.OrgSuffix && lastClass !== WordClass.OrgHead) {
      spans.retype(it, 'LOC');
      changed = true;
    } else if (it.b < n && PLACE_KIND_WORDS.has(doc.word(it.b)) && doc.adjacent(it.b - 1, it.b) && it.type !== 'MISC') {
      spans.retype(it, 'LOC');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/** A party's name goes on in brackets (organisations.ts partyBracket): "Kumar's Janata Dal (United) climbed to 85". */
function bracketedParties(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.type !== 'ORG' || it.b + 2 >= n || doc.word(it.b) !== '(') continue;
    let close = it.b + 1;
    while (close < n && close - it.b <= 3 && doc.cap(close)) close++;
    if (close === it.b + 1 || close >= n || doc.word(close) !== ')' || !partyBracket(doc.slice(it.a, it.b), doc.slice(it.b + 1, close))) continue;
    spans.put(it.a, close + 1, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * In a ranked results line, the capitalised words after a rider's or driver's country are their
 * team: "7. Lance Stroll (Canada) Aston Martin", "1. Rolf Sorensen (Denmark) Rabobank 20:36:54".
 */
function teamsAfterCountries(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let t = 2; t + 1 < n; t++) {
    if (doc.word(t) !== ')' || doc.word(t - 2) !== '(' || spans.at(t - 1)?.type !== 'LOC' || !doc.cap(t + 1) || doc.style[t + 1] === LineStyle.Caps) continue;
    // A ranked line: "7." or "7" at its start.
    const start = doc.lineStart[t]!;
    if (!/^\d{1,3}\.?$/.test(doc.word(start)) || doc.lineStart[t + 1] !== start) continue;
    let b = t + 1;
    while (b < n && doc.lineStart[b] === start && doc.cap(b) && (b === t + 1 || doc.adjacent(b - 1, b)) && b - t <= 4) b++;
    const cover = spans.at(t + 1);
    if (cover !== undefined && (cover.a < t + 1 || cover.b > b) || cover?.type === 'ORG' && cover.a === t + 1 && cover.b === b) continue;
    spans.put(t + 1, b, 'ORG');
    changed = true;
    t = b - 1;
  }
  if (changed) spans.reindex();
}

/**
 * A name with an age in apposition is a person's ("Beyoncé, 43, had lost", "Sohei Kamiya, 47,
 * a former manager"), whatever the recogniser read, and so is every other mention of it that it
 * read the same way; not a known place or organisation, nor a nationality ("The Ukrainian, 38,").
 */
function agedPeople(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  const people = new Set<string>();
  for (let t = 1; t + 2 < n; t++) {
    // (First characters before words, as the other passes over every token do.)
    if (doc.firstCode(t) !== 44 || doc.firstCode(t + 2) !== 44 || doc.tokens[t + 1]!.kind !== 'number') continue;
    const age = Number(doc.word(t + 1));
    if (!(age >= 12 && age <= 110)) continue;
    const it = spans.at(t - 1);
    if (it === undefined || it.b !== t || it.type === 'PER' || it.b - it.a > 3 || doc.style[it.a] === LineStyle.Caps) continue;
    if (longestPlace(doc, it.a)[0] === it.b || longestOrganisation(doc, it.a)[0] === it.b) continue;
    // "The Ukrainian, 38,": a person named by nationality stays MISC, as CoNLL-2003 types one.
    if (it.b - it.a === 1 && (doc.cls(it.a) === WordClass.Nationality || looksLikeDemonym(doc.lower(it.a)))) continue;
    people.add(doc.slice(it.a, it.b));
  }
  if (people.size === 0) return;
  for (const it of spans.items) if (!it.dropped && it.type !== 'PER' && people.has(doc.slice(it.a, it.b))) spans.retype(it, 'PER');
}

/** Indexes no company or exchange shares a name with: "the Sensex", "the Nifty Bank index". */
const INDEX_FIRST_WORDS = words('Sensex Nifty Bovespa Ibovespa KOSPI TOPIX Stoxx');

/**
 * Organisations named after a person are one name, however the recogniser cut them ("Max" +
 * "Planck Institute for Evolutionary Anthropology", "Aga Khan" + "University", "Jane Goodall" +
 * "Institute"), when they end
 * in a word for one or have one before "of" or "for". Stock indexes are MISC ("the Sensex").
 */
function namedInstitutions(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.a === it.b || doc.style[it.a] === LineStyle.Caps) continue;
    if (INDEX_FIRST_WORDS.has(doc.word(it.a)) && it.type !== 'MISC') {
      spans.retype(it, 'MISC');
      changed = true;
      continue;
    }
    const org = it.b < n ? spans.at(it.b) : undefined;
    if (it.type === 'PER' && it.b - it.a <= 2 && doc.adjacent(it.b - 1, it.b) && org !== undefined && org.a === it.b && org.type === 'ORG') {
      // Ending in a word for an organisation, or with one before "of": "Planck Institute for ...".
      let head = wordClassOf(doc.lower(org.b - 1));
      for (let k = org.a + 1; k < org.b && head !== WordClass.OrgHead && head !== WordClass.OrgSuffix; k++) {
        if (doc.word(k) === 'of' || doc.word(k) === 'for') head = wordClassOf(doc.lower(k - 1));
      }
      if (head === WordClass.OrgHead || head === WordClass.OrgSuffix) {
        spans.put(it.a, org.b, 'ORG');
        changed = true;
      }
      continue;
    }
    // A person's name and a word for an organisation the recogniser left out: "The Jane
    // Goodall" + "Institute", "the Bill Gates" + "Foundation".
    if (it.type === 'PER' && it.b < n && doc.adjacent(it.b - 1, it.b) && spans.at(it.b) === undefined && doc.upperAt(it.b) && !doc.shouting(it.b)
      && (doc.cls(it.b) === WordClass.OrgHead || doc.cls(it.b) === WordClass.OrgSuffix) && !(it.b + 1 < n && doc.adjacent(it.b, it.b + 1) && doc.cap(it.b + 1))) {
      spans.put(it.a, it.b + 1, 'ORG');
      changed = true;
    }
  }
  if (changed) spans.reindex();
}

/**
 * Initials in capitals that spell an organisation the article names in full are that
 * organisation ("the Reserve Bank of India" ... "The RBI lowered"), whatever the recogniser
 * read, outside lines in capitals, unless they are a short form every article shares.
 */
function organisationInitials(doc: Doc, spans: Spans): void {
  const initials = new Set<string>();
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'ORG' || it.b - it.a < 2) continue;
    let letters = '';
    for (let k = it.a; k < it.b; k++) if (doc.cap(k) && doc.cls(k) !== WordClass.Function) letters += doc.word(k)[0];
    if (letters.length >= 2) initials.add(letters);
  }
  if (initials.size === 0) return;
  let changed = false;
  for (const t of doc.upperTokens()) {
    const w = doc.word(t);
    // Not a short form every article shares ("US" is not "United Steelworkers").
    if (w.length < 2 || w.length > 6 || !initials.has(w) || KNOWN_SHORT_FORMS.has(w) || doc.style[t] === LineStyle.Caps) continue;
    const it = spans.at(t);
    if (it !== undefined && (it.a !== t || it.b !== t + 1 || it.type === 'ORG')) continue;
    spans.put(t, t + 1, 'ORG');
    changed = true;
  }
  if (changed) spans.reindex();
}

/**
 * Words inside a run of names that part two of them: "Keys bt Swiatek", "Getty Images against
 * Stability AI". Not "v." or "vs", which join a court case's parties into its name ("Roe v. Wade").
 */
const PARTING_WORDS = words('bt beat def. against');

/** A span the recogniser ran over a word that parts two names is two: "Sabalenka bt Badosa (Spain)". */
function partedNames(doc: Doc, spans: Spans): void {
  splitSpansAt(spans, 3, 1, (_it, k) => PARTING_WORDS.has(doc.word(k)) && doc.cap(k - 1) && doc.cap(k + 1));
}

/**
 * Splits each span of `minLength` tokens or more in two at the first token k, `from` tokens in or
 * later and before its last, where `parts` holds; both halves keep the span's type, token k goes.
 */
function splitSpansAt(spans: Spans, minLength: number, from: number, parts: (it: Item, k: number) => boolean): void {
  let changed = false;
  for (const it of [...spans.items]) {
    if (it.dropped || it.b - it.a < minLength) continue;
    for (let k = it.a + from; k < it.b - 1; k++) {
      if (!parts(it, k)) continue;
      const [a, b, type] = [it.a, it.b, it.type];
      spans.put(a, k, type);
      spans.put(k + 1, b, type);
      changed = true;
      break;
    }
  }
  if (changed) spans.reindex();
}

/** Endings that make a people's name of a country's: "Malawi" + "ans", "Kenya" + "ns", "Brazil" + "ians", "Oman" + "i". */
const PEOPLE_ENDINGS = ['ians', 'ans', 'ns', 'ian', 'an', 'n', 'is', 'i'];

/**
 * A country's people or what is theirs ("Malawians", "Malawian voters") is MISC, as CoNLL-2003
 * types nationalities, when the recogniser read nothing there (the word lists it learnt from have
 * few of Africa's and Oceania's); and so is one it read as a place before a word in lower case
 * ("in the Omani capital", "Soviet stages"; in CoNLL-2003 train and dev, 595 such words are MISC
 * and 2 LOC, "in Bahraini village"), or as a place or a person before a title ("Omani Foreign
 * Minister Badr Albusaidi").
 */
function peoples(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (const t of doc.upperTokens()) {
    if (!doc.isWord(t) || doc.shouting(t) || doc.style[t] === LineStyle.Caps) continue;
    const w = doc.word(t);
    const it = spans.at(t);
    if (it !== undefined) {
      if ((it.type === 'LOC' || it.type === 'PER') && it.a === t && it.b === t + 1 && t + 1 < n && doc.isWord(t + 1) && doc.adjacent(t, t + 1)
        && (it.type === 'LOC' && !doc.cap(t + 1) || TITLE_FIRST_WORDS.has(doc.word(t + 1))) && (w === 'Soviet' || countryPeople(w))) {
        spans.retype(it, 'MISC');
      }
      continue;
    }
    if (!countryPeople(w)) continue;
    spans.put(t, t + 1, 'MISC');
    changed = true;
  }
  if (changed) spans.reindex();
}

/** First words of a person's titles: "Foreign" (Minister), "President". */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.map((title) => title.split(' ')[0]!).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)));

/** A word made of a country's name and an ending for its people: "Malawians", "Omani". */
function countryPeople(w: string): boolean {
  return PEOPLE_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e) && COUNTRY_NAMES.has(w.slice(0, -e.length)));
}

/** A line of figures: a results or standings table ("Ross County 3 1 1 1 5 4 4"). */
function tableLine(doc: Doc, t: number): boolean {
  let numbers = 0;
  const start = doc.lineStart[t]!;
  const end = doc.lineEnd(t);
  for (let k = start; k < end; k++) if (/^\d+$/.test(doc.word(k))) numbers++;
  // A paragraph of prose with a few numbers in it ("40 points ... had 20") is no table.
  return numbers >= 2 && 4 * numbers >= end - start;
}

/** Words for a place that are also surnames: "Michael Bay", "Robert Plant", "Ricki Lake". */
const SURNAME_PLACE_HEADS = words('bay plant lake castle chapel abbey');

/** Last words of a place's own name: a building, a site, a body of water, an area. */
const PLACE_HEADS = new Set([
  'airport', 'basilica', 'chapel', 'cathedral', 'abbey', 'mosque', 'synagogue', 'shrine', 'stadium', 'arena',
  'square', 'bridge', 'river', 'lake', 'mountains', 'island', 'islands', 'bay', 'strait', 'canal', 'valley',
  'peninsula', 'sea', 'ocean', 'county', 'province', 'prefecture', 'course', 'prison', 'motel', 'superdome',
  // CoNLL-2003 has "the Metropolitan Museum" and "the Islamic Museum" LOC; "Villamor Air Base".
  'museum', 'base', 'theater', 'theatre', 'castle', 'cave', 'dam', 'tunnel', 'reef', 'glacier', 'plant',
  'shelf', 'range', 'trench', 'fjord', 'archipelago', 'atoll', 'lagoon', 'plateau', 'preserve',
]);

/**
 * "Ronald Reagan Washington National Airport", "St. Peter's Basilica", "Sistine Chapel",
 * "Los Angeles County": a run of capitalised words in prose ending in a word for a place is one
 * place, however the recogniser cut it ("Ronald Reagan Washington" PER + "National" ORG). Not
 * when the run goes on ("Orange County Register") or is a single word.
 */
function facilities(doc: Doc, spans: Spans): void {
  const n = doc.tokens.length;
  let changed = false;
  for (let h = 1; h < n; h++) {
    if (!PLACE_HEADS.has(doc.lower(h)) || !doc.cap(h) || doc.shouting(h)) continue;
    if (goesOn(doc, h)) continue;
    let a = h;
    while (a > 0 && doc.joined(a - 1, a)) {
      const w = doc.word(a - 1);
      const possessive = w === "'s" || w === '\u2019s';
      if (!possessive && (!doc.cap(a - 1) || doc.cls(a - 1) === WordClass.Function)) break;
      // "St. Peter's Basilica", but not "Rangoon's Insein Prison".
      if (possessive && a >= 2 && (PLACES.has(doc.word(a - 2)) || spans.at(a - 2)?.type === 'LOC' && spans.at(a - 2)!.b - spans.at(a - 2)!.a === 1)) break;
      a--;
    }
    if (a === h || doc.word(a) === "'s" || doc.word(a) === '\u2019s') continue;
    // A first word that only starts the sentence is not part of the name ("Yesterday Wembley…").
    if (doc.initial[a] === 1 && spans.at(a) === undefined && a + 1 < h) a++;
    const cover = spans.at(a);
    // A place's name that reaches further back over a small word stays whole: "Turks and Caicos Islands".
    const head = spans.at(h);
    if (head !== undefined && head.type === 'LOC' && head.a < a && head.b === h + 1) continue;
    // So does one read on over "of" or "for": "the National Museum of American History".
    if (head !== undefined && head.b > h + 2 && (doc.word(h + 1) === 'of' || doc.word(h + 1) === 'for')) continue;
    const whole = cover !== undefined && cover.a === a && cover.b === h + 1;
    // A club named after its county ("Notts County 2 Wigan 1") stays a club; a stadium is a
    // place in sports copy too ("at the Caesars Superdome").
    if (whole && (cover.type === 'LOC' || (cover.type === 'ORG' && !VENUE_HEADS.has(doc.lower(h)) && (sportsContext(doc, a) || tableLine(doc, a))))) continue;
    // A person whose surname is a word for a place stays a person: "Michael Bay", "Robert Plant".
    if (whole && cover.type === 'PER' && h - a === 1 && SURNAME_PLACE_HEADS.has(doc.lower(h))) continue;
    // A listed name keeps its type: "Hudson's Bay" is the retailer.
    if (whole && GENITIVE_NAMES.has(doc.slice(a, h + 1).replace(/\u2019/g, "'"))) continue;
    spans.put(a, h + 1, 'LOC');
    changed = true;
  }
  // "the Rue Lepic", "Butte Montmartre", "Calle Mayor": a word for a street or site that
  // opens the name, then its name (particles allowed: "Rue de la Paix").
  for (let h = 0; h + 1 < n; h++) {
    if (!PLACE_OPENERS.has(doc.word(h)) || !doc.joined(h, h + 1)) continue;
    let b = h + 1;
    const particle = (k: number): boolean => k + 1 < n && NAME_PARTICLES.has(doc.word(k)) && (doc.cap(k + 1) || particle(k + 1));
    while (b < n && b - h <= 5 && doc.joined(b - 1, b) && (doc.cap(b) && doc.cls(b) !== WordClass.Function || particle(b))) b++;
    while (b > h + 1 && !doc.cap(b - 1)) b--;
    if (b === h + 1 && !doc.cap(h + 1)) continue;
    const cover = spans.at(h);
    if (cover !== undefined && cover.a === h && cover.b === b && cover.type === 'LOC') continue;
    if (!within(spans, h, b)) continue;
    spans.put(h, b, 'LOC');
    changed = true;
    h = b - 1;
  }
  // "the Moon", "the Earth", "to Mars": places, as CoNLL-2003 types places, whatever the
  // recogniser took them for (a person, from "Moon" the surname); "the Sun" in an article about
  // the sky ("the Sun's gravity"), not the newspaper.
  let astronomy: boolean | undefined;
  for (const t of doc.upperTokens()) {
    // "the Milky Way".
    if (doc.word(t) === 'Milky' && t + 1 < n && doc.word(t + 1) === 'Way' && doc.adjacent(t, t + 1) && within(spans, t, t + 2)) {
      spans.put(t, t + 2, 'LOC');
      changed = true;
      continue;
    }
    const w = doc.word(t);
    if (t < 1 || !CELESTIAL.has(w) || doc.shouting(t) || !doc.adjacent(t - 1, t)) continue;
    if (w === 'Sun' && !(astronomy ??= doc.tokens.some((_, k) => ASTRONOMY_WORDS.has(doc.lower(k))))) continue;
    // Mars after a word for a place ("to Mars"), or anywhere in an article about the sky ("reach
    // Mars", "how Mars responds"), not the company.
    const cue = w === 'Mars' ? PLACE_CUES.has(doc.lower(t - 1)) || (astronomy ??= doc.tokens.some((_, k) => ASTRONOMY_WORDS.has(doc.lower(k)))) : doc.lower(t - 1) === 'the';
    if (!cue || t + 1 < n && doc.adjacent(t, t + 1) && doc.cap(t + 1)) continue;
    const cover = spans.at(t);
    if (cover !== undefined && (cover.a !== t || cover.b !== t + 1)) continue;
    if (cover === undefined) spans.put(t, t + 1, 'LOC');
    else if (cover.type !== 'LOC') spans.retype(cover, 'LOC');
    changed = true;
  }
  // "Kennedy Space Center", "the Johnson Space Center": a place, not the person it is named after.
  for (const h of doc.upperTokens()) {
    if (h < 2 || doc.word(h - 1) !== 'Space' || doc.word(h) !== 'Center' && doc.word(h) !== 'Centre' || !doc.adjacent(h - 1, h) || goesOn(doc, h)) continue;
    let a = h - 1;
    while (a > 0 && h - a < 4 && doc.adjacent(a - 1, a) && doc.cap(a - 1) && doc.cls(a - 1) === WordClass.None && !doc.initial[a - 1]) a--;
    if (a === h - 1 || !within(spans, a, h + 1)) continue;
    spans.put(a, h + 1, 'LOC');
    changed = true;
  }
  // "at Charles de Gaulle airport", "Ben Gurion airport": a person's name before a lower-case
  // word for a place named after them is that place.
  for (const it of spans.items) {
    if (it.dropped || it.type !== 'PER' || it.b >= n || !doc.adjacent(it.b - 1, it.b) || !NAMED_SITES.has(doc.word(it.b))) continue;
    spans.retype(it, 'LOC');
  }
  if (changed) spans.reindex();
}

/** The Moon and the planets news names as places. */
const CELESTIAL = new Set(['Moon', 'Earth', 'Mars', 'Sun']);
/** Words of astronomy that make "the Sun" the star, not the newspaper CoNLL-2003 types ORG, and Mars the planet. */
const ASTRONOMY_WORDS = words(`orbit orbits comet comets planet planets asteroid asteroids telescope telescopes galaxy astronomers astronomer solar
  interstellar spacecraft eclipse rover rovers lander astronaut astronauts`);

/** Last words of a sports venue, never a club's: "the Caesars Superdome". */
const VENUE_HEADS = words('stadium arena superdome');

/** Words for a street or site that open its name in French, Spanish, Italian, Portuguese. */
const PLACE_OPENERS = words('Rue Boulevard Quai Butte Calle Avenida Piazza Rua Praça Plaza');
/** Particles inside those names: "Rue de la Paix", "Calle del Carmen", "Praça do Comércio". */
const NAME_PARTICLES = words("de du des la le les del della di do da d'");
/** The same, with the Dutch, German, Kalenjin and Arabic ones that go inside names: "van der Poel", "Erik ten Hag", "Daniel arap Moi", "Mohammed bin Salman". */
const LOWER_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...words('der den van von ten ter arap bin bint ibn')]);

/** Lower-case words for sites named after a person: "Charles de Gaulle airport". */
const NAMED_SITES = words('airport airfield stadium port');

/** A name does not end in a lower-case word ("Ningún pescador de" in a quote in Spanish). */
function trimLowerCaseEnds(doc: Doc, spans: Spans): void {
  for (const it of spans.items) {
    if (it.dropped || it.b - it.a < 2) continue;
    let b = it.b;
    while (b - 1 > it.a && /^\p{Ll}+$/u.test(doc.word(b - 1))) b--;
    if (b !== it.b) spans.setRange(it, it.a, b);
  }
}

/**
 * Names the model cut into pieces inside one capitalised run ("U.S." + "Southern" + "Command",
 * "Shanghai" + "Composite Index"): pieces separated by one space, none of them a person, on a
 * prose line, whose run ends in an organisation's head word, become one organisation. Only the
 * model's own pieces are joined (a rule may have retyped them), and a rule-made piece only when
 * it ends in an organisation's head word: a split some rule made ("UN" + "World Food Programme")
 * stays.
 */
function joinFragments(doc: Doc, spans: Spans): void {
  let changed = false;
  const items = spans.items.filter((it) => !it.dropped && it.b > it.a);
  for (let i = 0; i < items.length; i++) {
    let j = i;
    // A piece a rule made may end the name when it ends in an organisation's head word
    // ("U.S." + "Southern Command").
    while (j + 1 < items.length && items[j + 1]!.a === items[j]!.b && doc.adjacent(items[j]!.b - 1, items[j + 1]!.a)
      && items[j + 1]!.type !== 'PER' && items[j]!.type !== 'PER' && items[j]!.resized !== true
      && (items[j + 1]!.resized !== true || (items[j + 1]!.type === 'ORG' && ORG_HEADS.has(doc.lower(items[j + 1]!.b - 1))))) j++;
    if (j === i) continue;
    const first = items[i]!;
    const last = items[j]!;
    if (doc.style[first.a] === LineStyle.Title || doc.shouting(first.a)) { i = j; continue; }
    // "Family-controlled" + "Douglas & Lomason", "St. Louis-based" + "Mercantile Bancorp Inc.":
    // a compound adjective is not the name's first words.
    if (items.slice(i, j).some((it) => it.type === 'MISC' && /-\p{Ll}+$/u.test(doc.word(it.b - 1)))) { i = j; continue; }
    // ... or in a word of direction or an ocean after a company's first word: "Union" + "Pacific",
    // "Norfolk" + "Southern", "Virgin" + "Atlantic" (not after an acronym: "UN" + "Pacific").
    const direction = j === i + 1 && first.type === 'ORG' && last.type === 'LOC' && last.b - last.a === 1 && COMPANY_LAST_WORDS.has(doc.word(last.a))
      && !isAllCaps(doc.word(first.b - 1));
    if (ORG_HEADS.has(doc.lower(last.b - 1)) || last.type === 'ORG' && last.b - last.a > 1 || direction) {
      spans.put(first.a, last.b, 'ORG');
      changed = true;
    }
    i = j;
  }
  if (changed) spans.reindex();
}
