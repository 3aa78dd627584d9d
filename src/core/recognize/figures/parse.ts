// Parse: from one candidate position, read the whole figure — currency, number, scale, range,
// percent or currency name, counted noun — and the words before it (qualifier, "between",
// "the deaths of"), or decide that the number is a year, a label or a code and skip it.

import type { FigureKind, Qualifier } from '../../model';
import {
  alternation, CURRENCY_ADJECTIVES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CURRENCIES,
  LABEL_WORDS, MEASUREMENT_UNITS, MEASURE_NOUNS, NATIONALITY_ADJECTIVES, NOT_LABELS, NOT_MEASURES, PERSON_UNITS,
  QUALIFIERS, SYMBOL_PREFIXES, YEAR_CONTEXT, isPluralWord, pluralise,
} from './lexicon';
import { readCounted, type Counted } from './nouns';
import { readNumber, readScale, scaled, type ReadNumber } from './numbers';
import type { DateCover } from './dates';

/** A figure before normalisation: offsets only, no text yet. */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly kind: FigureKind;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly countedStart: number;
  readonly countedEnd: number;
  readonly currency: string | null;
  readonly qualifier: Qualifier | null;
  readonly qualifierStart: number;
  readonly qualifierEnd: number;
}

/** What the scanner knows about the current sentence. */
export interface Scan {
  readonly m: string;
  readonly cover: DateCover;
  sentStart: number;
  sentEnd: number;
  /** End of the previous figure: a qualifier may not reach back into it. */
  prevEnd: number;
  /** Unit of the previous count in this sentence, for "down from over 25,000" (null if none). */
  prevUnit: string | null;
}

export interface Parsed {
  readonly draft: Draft | null;
  /** Where the scanner continues. */
  readonly resume: number;
}

// --- regexes, compiled once --------------------------------------------------------------------

const CHAIN_RE = /[\p{L}\p{N}]+(?:[-‐‑–—./:,][\p{L}\p{N}]+)*/uy;
const PHONE_RE = /\+?(?:\(\d{1,4}\)|\d{1,4})(?:[ .\-‐‑](?:\(\d{1,4}\)|\d{2,4})){2,5}(?![\p{L}\p{N}])/uy;
const PERCENT_RE = /[ \u00a0]?[%％]|\s+(?:per\s?cent|pct)(?![\p{L}])|\s+(percentage\s+points?)(?![\p{L}])/iuy;
const DASH_RE = /[-‐‑]|\s?[–—]\s?/y;
const TO_RE = /\s+(?:to|or)\s+/iy;
const AND_RE = /\s+and\s+/iy;
const OF_RE = /\s+of(?=\s)/iy;
const CURRENCY_NAME_RE = new RegExp(
  '\\s+(?:(u\\.s\\.|us|american|canadian|australian|new zealand|hong kong|singapore|taiwan|' +
    'colombian|mexican|argentine|argentinian|chilean|philippine|cuban|dominican|uruguayan|' +
    'indian|pakistani|swiss|jamaican|eastern caribbean|barbadian|bahamian|guyanese|belize)\\s+)?' +
    '(dollars?|euros?|pounds?\\s+sterling|sterling|yen|yuan|renminbi|rupees?|pesos?|reais|' +
    'bol[ií]vares|bol[ií]vars?|roubles?|rubles?|liras?|hryvnias?|francs?|shekels?|rand|naira|' +
    'gourdes?)' +
    '(?![\\p{L}])',
  'iuy',
);
const ISO_AFTER_RE = new RegExp(`\\s+(${[...ISO_CURRENCIES].join('|')})(?![\\p{L}])`, 'uy');
const ISO_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(${[...ISO_CURRENCIES].join('|')})\\s?$`, 'u');
/** "US$", "J$", "CN¥": letters glued before a currency symbol, per symbol. */
const SYMBOL_PREFIX_RES: ReadonlyMap<string, RegExp> = new Map(
  [...SYMBOL_PREFIXES].map(([symbol, prefixes]) => [
    symbol,
    new RegExp(`(?:^|[^\\p{L}])(${alternation([...prefixes.keys()].map(escapeRegExp))})$`, 'u'),
  ]),
);
const QUALIFIER_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${alternation([...QUALIFIERS.keys()].map((q) => escapeRegExp(q).replace(/ /g, '\\s+')))})\\s+$`,
  'iu',
);
const BETWEEN_RE = /(?:^|[^\p{L}])between\s+$/iu;
const MEASURE_RE = /(?:^|[^\p{L}])(\p{L}+)\s+of\s+$/u;
const CHANGE_RE = /(?:^|[^\p{L}])(?:rose|risen|rising|rises|increased|increasing|increases|climbed|climbing|jumped|grew|grown|growing|fell|fallen|falling|dropped|declined|decreased|went up|gone up|soared|surged|revised|raised|lowered|cut|reduced|changed|swelled|doubled|tripled|up|down)\s+(?:\p{L}+\s+){0,2}from\s+$/iu;
const KILL_RE = /(?:^|[^\p{L}])(killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures)\s+(?:a\s+total\s+of\s+)?$/iu;
/**
 * A count of deaths by its context before: "death toll rose to 28", "the toll stood at 80",
 * "the number of people killed ... has risen to 28", "deaths reached 30". "Toll" alone must not
 * be a road toll ("toll road", "toll-free"). Headlines say it in the present: "deaths reach 79",
 * "toll tops 100".
 */
const TOLL_RE = new RegExp(
  '(?:death[- ]toll|(?:^|[^\\p{L}])toll(?![-\\p{L}])(?!\\s+(?:roads?|booths?|plazas?|gates?|fees?|charges?|lanes?|bridges?|ways?)(?![\\p{L}]))|' +
    'number\\s+of\\s+(?:\\p{L}+\\s+)?(?:killed|dead|deaths|fatalities)|(?:^|[^\\p{L}])(?:deaths|fatalities))' +
    '(?:[^.;:!?]|\\.(?=\\d)){0,100}?(?:\\s|^)(?:of|at|to|reach|reaches|reached|hit|hits|tops|topped|passes|passed|nears|neared|exceeds|exceeded|surpasses|surpassed|is|was|from|stands|stood)\\s+$',
  'iu',
);
/**
 * What happened to the people counted, read after the counted noun: "31 people were killed",
 * "six men on board were killed", "more than 40 people have died", "14 people dead". Group 1 is
 * the predicate; injured and wounded people are counted as injuries, not deaths.
 */
const FATE_AFTER_RE = new RegExp(
  '(?:[ \\t\\u00a0]+(?:on\\s+board|aboard|onboard|in\\s+all|in\\s+total|altogether|so\\s+far|there|inside|' +
    'in\\s+(?:the\\s+)?\\p{L}+))?' +
    '(?:,?[ \\t\\u00a0]+(?:who|that|have|has|had|were|was|are|is|been|being|reportedly|also|all|later|' +
    'already|now|confirmed|feared|believed|presumed|reported|found|to\\s+have)){0,4}' +
    '[ \\t\\u00a0]+(died|dead|killed|perished|drowned|murdered|slain|executed|injured|wounded|hurt)(?![\\p{L}])',
  'iuy',
);
/** "the number of arrests to seven", "the total of evacuations stood at": the noun counted, before a bare number. */
const TOTAL_OF_RE = /(?:^|[^\p{L}])(?:number|total|tally|count)\s+of\s+(\p{L}+)\s+(?:(?:has|had|have|now)\s+)?(?:to|at|reached|hit|rose\s+to|risen\s+to|stands\s+at|stood\s+at|is|was)\s+$/iu;
/** "down from over 25,000": a count compared with the one before it counts the same thing. */
const COMPARED_BEFORE_RE = /(?:^|[^\p{L}])(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|versus|vs\.?|than)\s+$/iu;
const OF_THEM_RE = /\s+of\s+(?:them|those)(?![\p{L}])/iuy;
/** "the strike on Saturday ... as the 21st": the noun an ordinal without its own noun ranks. */
const ANTECEDENT_RE = /^(.*(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat))\s+\p{Ll}[^.;:!?]{0,60}?\s(?:as|was|is|became|becomes|marks|marked|marking|be|being|been)\s+(?:the|its|their)\s+$/u;
/** Units glued to the number ("185mph", "10km", "30°C") or written with a slash ("300 km/h"). */
const MEASURE_UNIT_RE = /[ \u00a0]?(km\/h|km\/hr|mi\/h|m\/s|[°º]\s?[CF]|℃|℉|°)(?![\p{L}\p{N}])|(km|kg|cm|mm|mph|kph|kmh|mw|gw|kwh|mwh|bpd)(?![\p{L}\p{N}/])/iuy;
const PREV_WORD_RE = /([\p{L}][\p{L}\p{M}.]*)\s+$/u;
const HASH_RE = /[#№]\s*$/u;
const TIME_AFTER_RE = /\s?(?:a\.m\.?|p\.m\.?|am|pm)(?![\p{L}])|\s*(?:h|hrs)(?![\p{L}])|\s+o['’]clock/iuy;
const ZONE_AFTER_RE = /\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)(?![\p{L}])/uy;
const ADDRESS_RE = /[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Terrace|Parkway|Pkwy\.?|Plaza|Highway|Hwy\.?)(?![\p{L}])/uy;
const SCORE_BEFORE_RE = /(?:^|[^\p{L}])(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|drew|draw|tied|trailed|trailing|led|leading|defeated|edged|thrashed|score|scored|scoreline|voted|vote|votes|split)\s+(?:\p{L}+\s+)?$/iu;
const SCORE_AFTER_RE = /\s+(?:win|victory|defeat|loss|draw|lead|scoreline|vote|decision|ruling|majority|margin|aggregate|home win|away win)(?![\p{L}])/iuy;
const CENTURY_AFTER_RE = /[\s-]+(?:century|centuries|of\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))(?![\p{L}])/iuy;
const ORDINAL_DISCOURSE_RE = /\s*[,:;]/y;
const DETERMINER_RE = /(?:^|[^\p{L}])(?:the|its|their|his|her|our|this|that|a|an|every)\s+$|['’]s\s+$/iu;
const ONE_BLOCKERS_RE = /(?:^|[^\p{L}])(?:no|any|every|each|the|this|that|which|one|anyone|someone)\s+$/iu;
const AGE_BEFORE_RE = /\p{Lu}[\p{L}\p{M}'’-]+,\s$/u;
const CAPITAL_WORD_AFTER_RE = /^[ \t]\p{Lu}/u;
/** A nationality adjective, then a lower-case word: "US strike", "Venezuelan boat". */
const NATIONALITY_RE = /[ \t]([\p{L}.]+)[ \t]+\p{Ll}/uy;
const MONTH_BEFORE_RE = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+$/iu;

const STRONG_LABELS: ReadonlySet<string> = new Set([
  'article', 'articles', 'flight', 'resolution', 'section', 'chapter', 'paragraph', 'clause',
  'version', 'update', 'decree', 'amendment', 'no.', 'nos.', 'nr.', 'order', 'proposition',
  'route', 'highway', 'interstate', 'room', 'page', 'platform', 'gate', 'terminal', 'exit',
  'episode', 'vol.', 'volume', 'annex', 'appendix', 'fig.', 'figure', 'table', 'calle',
  'carrera', 'avenida', 'pier', 'runway', 'art.', 'sec.', 'ch.', 'p.', 'pp.', 'v.', 'ver.',
]);

const TIME_UNITS: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades',
  'centuries', 'millennia', 'fortnights', 'weekends',
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- small readers -------------------------------------------------------------------------------

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the run of letters, digits and joiners at `pos` ("F-35", "3:30", "1.2.3"). */
function chainEnd(m: string, pos: number): number {
  CHAIN_RE.lastIndex = pos;
  return CHAIN_RE.test(m) ? CHAIN_RE.lastIndex : pos + 1;
}

function skip(resume: number): Parsed {
  return { draft: null, resume };
}

function tailBefore(scan: Scan, pos: number, max: number): string {
  return scan.m.slice(Math.max(scan.sentStart, pos - max), pos);
}

interface Amount {
  readonly start: number;
  readonly end: number;
  readonly num: ReadNumber;
  readonly numEnd: number;
  readonly exponent: number;
  readonly currency: string | null;
}

/** [currency symbol] number [scale] at `pos`. */
function readAmount(m: string, pos: number): Amount | null {
  let at = pos;
  let currency: string | null = null;
  const sym = CURRENCY_SYMBOLS.get(m[pos] ?? '');
  if (sym !== undefined) {
    currency = sym;
    at++;
    if (m[at] === ' ') at++;
    if (!isDigitCode(m.charCodeAt(at))) return null;
  }
  const num = readNumber(m, at);
  if (num === null) return null;
  let end = num.end;
  let exponent = 0;
  if (num.form === 'digits') {
    const scale = readScale(m, end, currency !== null || looksLikeMoneyAfter(m, end));
    if (scale !== null) { end = scale.end; exponent = scale.exponent; }
  }
  return { start: pos, end, num, numEnd: num.end, exponent, currency };
}

/** "300m euros": a one-letter scale is allowed when a currency name follows it. */
function looksLikeMoneyAfter(m: string, pos: number): boolean {
  const c = m[pos];
  if (c !== 'm' && c !== 'k' && c !== 'b') return false;
  CURRENCY_NAME_RE.lastIndex = pos + 1;
  return CURRENCY_NAME_RE.test(m);
}

function amountValue(a: Amount, sharedExponent: number): number {
  return scaled(a.num.literal, a.exponent !== 0 ? a.exponent : sharedExponent);
}

// --- the parser ----------------------------------------------------------------------------------

/** Reads the figure whose number starts at `p` (a digit, a currency symbol or a number word). */
export function parseFigureAt(scan: Scan, p: number, matchEnd: number): Parsed {
  const m = scan.m;
  const first = m.charCodeAt(p);
  const isDigit = isDigitCode(first);
  const isSymbol = CURRENCY_SYMBOLS.has(m[p] ?? '');
  const defaultResume = isDigit ? chainEnd(m, p) : matchEnd;

  if (!isSymbol && isLetterOrDigit(m[p - 1])) return skip(defaultResume);
  if (isDigit) {
    const before = m[p - 1];
    // F-35, COVID-19, 1.2.3, 3:30 seen from its second part: a code, not a figure.
    if (before !== undefined && '-‐‑./:,'.includes(before) && isLetterOrDigit(m[p - 2])) return skip(defaultResume);
    const phoneStart = before === '(' || before === '+' ? p - 1 : p;
    PHONE_RE.lastIndex = phoneStart;
    const phone = PHONE_RE.exec(m);
    if (phone !== null && isPhone(phone[0])) return skip(Math.max(PHONE_RE.lastIndex, p + 1));
  }

  const a1 = readAmount(m, p);
  if (a1 === null) return skip(isSymbol ? p + 1 : defaultResume);
  if (a1.end > scan.sentEnd) return skip(defaultResume);
  const dateEnd = scan.cover.overlapEnd(p, a1.end);
  if (dateEnd >= 0) return skip(Math.max(dateEnd, p + 1));

  const num = a1.num;
  let currency = a1.currency;
  let left = p;
  const prefixRe = isSymbol ? SYMBOL_PREFIX_RES.get(m[p] ?? '') : undefined;
  if (prefixRe !== undefined) {
    const prefix = prefixRe.exec(tailBefore(scan, p, 6));
    if (prefix?.[1] !== undefined) {
      currency = SYMBOL_PREFIXES.get(m[p] ?? '')?.get(prefix[1]) ?? currency;
      left = p - prefix[1].length;
    }
  }

  // Right edge of the number: codes (5G), decades (1990s), times (3:30), versions (1.2.3),
  // compound adjectives (83-year-old) are not figures.
  let glued = false;
  if (a1.exponent === 0 && currency === null && num.form === 'digits') {
    MEASURE_UNIT_RE.lastIndex = a1.numEnd;
    glued = MEASURE_UNIT_RE.test(m);
  }
  if (a1.exponent === 0 && !glued) {
    const next = m[a1.numEnd];
    const after = m[a1.numEnd + 1];
    if (next !== undefined && /[\p{L}\p{M}]/u.test(next)) return skip(chainEnd(m, p));
    if (next !== undefined && ':/.,'.includes(next) && isDigitCode(m.charCodeAt(a1.numEnd + 1))) return skip(chainEnd(m, p));
    if (next !== undefined && '-‐‑–—'.includes(next) && after !== undefined && /[\p{L}]/u.test(after)) {
      return skip(chainEnd(m, p));
    }
  }
  if (num.form === 'digits' && num.literal.length > 1 && num.literal[0] === '0' && num.literal[1] !== '.') return skip(chainEnd(m, p));

  let end = a1.end;
  let kind: FigureKind = num.form === 'ordinal' ? 'ordinal' : 'count';
  let unit: string | null = null;
  let percentUnit: string | null = null;

  // Percent right after the first number ("20% to 25%").
  PERCENT_RE.lastIndex = end;
  let pct = PERCENT_RE.exec(m);
  if (pct !== null && num.form !== 'ordinal') { percentUnit = pct[1] === undefined ? '%' : 'percentage points'; end = PERCENT_RE.lastIndex; }

  // Ranges: "20-25", "20 to 25", "between 20 and 25".
  const tail = tailBefore(scan, left, 48);
  const between = BETWEEN_RE.exec(tail);
  let valueMax: number | null = null;
  let value = amountValue(a1, 0);
  if (num.form !== 'ordinal') {
    const range = readRange(scan, a1, end, between !== null, tail, percentUnit !== null);
    if (range === 'reject') return skip(chainEnd(m, p));
    if (range !== null) {
      value = range.low;
      valueMax = range.high;
      end = range.end;
      if (range.currency !== null && currency === null) currency = range.currency;
      if (percentUnit === null) {
        PERCENT_RE.lastIndex = end;
        pct = PERCENT_RE.exec(m);
        if (pct !== null) { percentUnit = pct[1] === undefined ? '%' : 'percentage points'; end = PERCENT_RE.lastIndex; }
      } else {
        PERCENT_RE.lastIndex = end;
        if (PERCENT_RE.test(m)) end = PERCENT_RE.lastIndex;
      }
      if (between !== null) left -= between[0].length - (/[\p{L}]/u.test(between[0][0] ?? '') ? 0 : 1);
    }
  }
  if (end > scan.sentEnd) return skip(defaultResume);

  // Identifiers the number does not show by itself: times, addresses, numbered headings.
  if (num.form === 'digits' && currency === null && percentUnit === null) {
    TIME_AFTER_RE.lastIndex = a1.numEnd;
    if (a1.exponent === 0 && TIME_AFTER_RE.test(m)) return skip(TIME_AFTER_RE.lastIndex);
    ZONE_AFTER_RE.lastIndex = a1.numEnd;
    if (ZONE_AFTER_RE.test(m)) return skip(ZONE_AFTER_RE.lastIndex);
    ADDRESS_RE.lastIndex = a1.numEnd;
    if (valueMax === null && ADDRESS_RE.test(m)) return skip(chainEnd(m, p));
    if (isNumberedHeading(scan, left, a1.numEnd)) return skip(a1.numEnd + 1);
    if (HASH_RE.test(tail)) return skip(chainEnd(m, p));
  }

  // Currency by code before ("USD 4.5bn") or by name or code after ("4.5 billion dollars").
  let countedStart = -1;
  let countedEnd = -1;
  if (currency === null && percentUnit === null && num.form !== 'ordinal') {
    const iso = ISO_BEFORE_RE.exec(tail);
    if (iso?.[1] !== undefined) {
      currency = iso[1];
      left -= iso[0].length - (iso[0].startsWith(iso[1]) ? 0 : 1);
    }
  }
  let moneyKnown = currency !== null;
  if (percentUnit === null && num.form !== 'ordinal') {
    let at = end;
    if (num.form === 'vague') { OF_RE.lastIndex = at; if (OF_RE.test(m)) at = OF_RE.lastIndex; }
    CURRENCY_NAME_RE.lastIndex = at;
    const name = CURRENCY_NAME_RE.exec(m);
    if (name !== null && CURRENCY_NAME_RE.lastIndex <= scan.sentEnd) {
      const code = currencyFromName(name[1], name[2] ?? '');
      if (currency === null) currency = code;
      moneyKnown = true;
      countedStart = at + (name[0].length - name[0].trimStart().length);
      countedEnd = CURRENCY_NAME_RE.lastIndex;
      end = countedEnd;
    } else if (currency === null) {
      ISO_AFTER_RE.lastIndex = end;
      const isoAfter = ISO_AFTER_RE.exec(m);
      if (isoAfter?.[1] !== undefined) { currency = isoAfter[1]; moneyKnown = true; end = ISO_AFTER_RE.lastIndex; }
    }
  }

  if (percentUnit !== null) {
    kind = 'percent';
    unit = percentUnit;
  } else if (moneyKnown) {
    kind = 'money';
    unit = currency;
  }

  // Counted noun after the number ("83 people", "the third such attack", "dozens of people").
  let counted: Counted | null = null;
  let singular = false;
  if (kind === 'count' && num.form === 'digits') {
    // A measurement: "185mph", "300 km/h", "30°C"; the unit as written, lower-case.
    MEASURE_UNIT_RE.lastIndex = end;
    const mu = MEASURE_UNIT_RE.exec(m);
    if (mu !== null && MEASURE_UNIT_RE.lastIndex <= scan.sentEnd) {
      const written = mu[1] ?? mu[2] ?? '';
      unit = written.toLowerCase().replace(/\s+/g, '').replace('º', '°');
      countedEnd = MEASURE_UNIT_RE.lastIndex;
      countedStart = countedEnd - written.length;
      end = countedEnd;
      counted = { start: countedStart, end: countedEnd, unit };
    }
  }
  if ((kind === 'count' && counted === null) || kind === 'ordinal') {
    const limit = Math.min(scan.sentEnd, scan.cover.nextStart(end));
    let at = end;
    if (num.form === 'vague') { OF_RE.lastIndex = at; if (OF_RE.test(m)) at = OF_RE.lastIndex; }
    singular = kind === 'ordinal' || (valueMax === null && value === 1);
    counted = readCounted(m, at, limit, singular);
    if (counted !== null) {
      unit = counted.unit;
      countedStart = counted.start;
      countedEnd = counted.end;
      end = counted.end;
    }
  }
  const hasPluralNoun = counted !== null && !singular && isPluralWord(counted.unit);
  // "two weeks", "over two decades": durations belong to the date recogniser, even when it
  // did not hand them over.
  if (kind === 'count' && unit !== null && TIME_UNITS.has(unit)) return skip(end);

  // Qualifier before ("at least 83"), or the vague plural's own lower bound ("dozens").
  let qualifier: Qualifier | null = null;
  let qualifierStart = -1;
  let qualifierEnd = -1;
  const qTail = left === p ? tail : tailBefore(scan, left, 48);
  const q = QUALIFIER_RE.exec(qTail);
  if (q?.[1] !== undefined) {
    const written = q[1];
    const normal = QUALIFIERS.get(written.toLowerCase().replace(/\s+/g, ' '));
    const qs = left - trailingSpace(q[0]) - written.length;
    if (normal !== undefined && qs >= scan.prevEnd) {
      qualifier = normal;
      qualifierStart = qs;
      qualifierEnd = qs + written.length;
    }
  }
  if (qualifier === null && num.form === 'vague') {
    qualifier = 'at least';
    qualifierStart = p;
    qualifierEnd = num.end;
  }

  const prevWordMatch = qualifier === null || num.form === 'vague' ? PREV_WORD_RE.exec(tail) : null;
  const prevWord = prevWordMatch?.[1] ?? '';
  const prevLower = prevWord.toLowerCase();

  // Years: a 4-digit number from 1900 to 2099 is a year unless a plural noun says it counts.
  if (num.yearShaped && kind === 'count' && a1.exponent === 0 && value >= 1900 && value <= 2099) {
    if (!hasPluralNoun || YEAR_CONTEXT.has(prevLower.replace(/\.$/, '')) || /(?:^|[^\p{L}])mid-$/iu.test(tail)) {
      return skip(Math.max(a1.end, valueMax !== null ? end : a1.end));
    }
  }

  // "Gustavo Petro, 65, said": an age in apposition. "Oct. 16": a day the date list missed.
  if (num.form === 'digits' && kind === 'count' && counted === null && m[a1.end] === ',' && AGE_BEFORE_RE.test(tail)) return skip(a1.end);
  if (num.form === 'digits' && kind === 'count' && value <= 31 && YEAR_CONTEXT.has(prevLower.replace(/\.$/, '')) && MONTH_BEFORE_RE.test(tail)) return skip(chainEnd(m, p));

  // Labels: "Article 5", "Flight 17", "Executive Order 14059", "UPDATE 1", "Apollo 11".
  if (num.form === 'digits' && kind === 'count' && qualifier === null && prevWord !== '') {
    const label = prevLower;
    if (STRONG_LABELS.has(label) || /\p{Ll}\p{Lu}/u.test(prevWord)) return skip(chainEnd(m, p));
    if (LABEL_WORDS.has(label) && !hasPluralNoun) return skip(chainEnd(m, p));
    const capital = prevWord !== prevLower; // "Apollo", "UPDATE", "iOS"
    if (capital && !NOT_LABELS.has(label.replace(/\.$/, '')) && !hasPluralNoun && prevWordMatch !== null
      && prevWordMatch.index + prevWordMatch[0].length === tail.length) {
      return skip(chainEnd(m, p));
    }
  }

  // Spelled-out words: "one" is often a pronoun, capitalised mid-sentence words are names
  // ("Air Force One", "Fifth Avenue"), and "First," opens a list rather than counting.
  if (num.form === 'words' || (num.form === 'ordinal' && !isDigit) || num.form === 'vague') {
    const capital = first >= 65 && first <= 90;
    if (capital && !opensSentence(m, scan.sentStart, p)) return skip(matchEnd);
    if (capital && num.form === 'ordinal' && nameAfter(m, num.end)) return skip(matchEnd);
  }
  if (num.isOne && kind === 'count' && qualifier === null && (counted === null || ONE_BLOCKERS_RE.test(tail))) return skip(matchEnd);
  if (kind === 'ordinal') {
    if (nameAfter(m, num.end)) return skip(chainEnd(m, p)); // "82nd Airborne", not "21st US strike"
    ORDINAL_DISCOURSE_RE.lastIndex = num.end;
    if (ORDINAL_DISCOURSE_RE.test(m) && counted === null) return skip(num.end);
    CENTURY_AFTER_RE.lastIndex = num.end;
    if (CENTURY_AFTER_RE.test(m)) return skip(CENTURY_AFTER_RE.lastIndex);
    if (MONTH_BEFORE_RE.test(tail)) return skip(num.end);
    if (!isDigit && value <= 2 && !DETERMINER_RE.test(tail)) return skip(num.end);
    if (num.end < m.length && '-‐‑'.includes(m[num.end] ?? '')) return skip(chainEnd(m, p));
  }

  // "The deaths of at least 83 individuals": the measure is the noun before "of".
  const measureEdge = qualifierStart >= 0 && qualifierStart < left ? qualifierStart : left;
  if (kind === 'count') {
    const before = tailBefore(scan, measureEdge, 40);
    const measure = MEASURE_RE.exec(before);
    const word = measure?.[1]?.toLowerCase();
    const measurement = unit !== null && MEASUREMENT_UNITS.has(unit); // "winds of 185 mph"
    const totalOf = counted === null ? TOTAL_OF_RE.exec(before)?.[1]?.toLowerCase() : undefined;
    if (word !== undefined && !measurement && (MEASURE_NOUNS.has(word) || (word.endsWith('s') && isPluralWord(word) && !NOT_MEASURES.has(word)))) {
      unit = word === 'lives' ? 'deaths' : pluralise(word); // "claimed the lives of 40 people"
    } else if (totalOf !== undefined && totalOf.endsWith('s') && isPluralWord(totalOf) && !NOT_MEASURES.has(totalOf)) {
      unit = totalOf; // "bringing the number of arrests to seven"
    } else if (counted === null || isPersonUnit(counted.unit)) {
      // Deaths as the measure: people killed ("killed 80 people", "kills four"), people dying
      // ("31 people were killed", "14 people dead"), or a toll ("the toll stood at 80").
      // People injured or wounded are counted as injuries. `counted` keeps the noun as written.
      const fate = fateOf(scan, before, measureEdge, counted === null ? end : counted.end);
      if (fate !== null) unit = fate;
    }
    // "down from over 25,000", "over 25,000 of them": the same thing as the count before.
    if (unit === null && scan.prevUnit !== null) {
      OF_THEM_RE.lastIndex = end;
      if (COMPARED_BEFORE_RE.test(before) || OF_THEM_RE.test(m)) unit = scan.prevUnit;
    }
  } else if (kind === 'ordinal' && counted === null && DETERMINER_RE.test(tail)) {
    // "Officials described the strike on Saturday as the 21st of the campaign."
    const ante = ANTECEDENT_RE.exec(tailBefore(scan, measureEdge, 120));
    if (ante?.[1] !== undefined) {
      const from = Math.max(scan.sentStart, measureEdge - 120) + ante[1].length;
      const noun = readCounted(m, from, measureEdge, true);
      if (noun !== null) unit = noun.unit;
    }
  }

  // A qualifier that reaches into a date mention ("since May about 83") is left out.
  if (qualifierStart >= 0 && qualifierStart < left && scan.cover.overlapEnd(qualifierStart, left) >= 0) {
    if (num.form === 'vague') { qualifierStart = p; qualifierEnd = num.end; qualifier = 'at least'; }
    else { qualifier = null; qualifierStart = -1; qualifierEnd = -1; }
  }
  const start = Math.min(left, qualifierStart >= 0 ? qualifierStart : left);
  if (start < scan.prevEnd || end > scan.sentEnd || scan.cover.overlapEnd(start, end) >= 0) return skip(defaultResume);
  return {
    draft: {
      start, end, kind, value, valueMax, unit, countedStart, countedEnd,
      currency: kind === 'money' ? currency : null,
      qualifier, qualifierStart, qualifierEnd,
    },
    resume: end,
  };
}

function isPersonUnit(unit: string): boolean {
  return PERSON_UNITS.has(unit) || (unit.length > 4 && unit.endsWith('men'));
}

/** 'deaths' or 'injuries' when the people counted were killed, died or were hurt; else null. */
function fateOf(scan: Scan, before: string, edge: number, after: number): string | null {
  const kill = KILL_RE.exec(before)?.[1]?.toLowerCase();
  if (kill !== undefined) return kill.startsWith('kill') ? 'deaths' : 'injuries';
  FATE_AFTER_RE.lastIndex = after;
  const fate = FATE_AFTER_RE.exec(scan.m);
  if (fate?.[1] !== undefined && FATE_AFTER_RE.lastIndex <= scan.sentEnd) {
    const word = fate[1].toLowerCase();
    return word === 'injured' || word === 'wounded' || word === 'hurt' ? 'injuries' : 'deaths';
  }
  return TOLL_RE.test(tailBefore(scan, edge, 90)) ? 'deaths' : null;
}

/** A capitalised name right after an ordinal ("82nd Airborne"), but not "21st US strike". */
function nameAfter(m: string, pos: number): boolean {
  if (!CAPITAL_WORD_AFTER_RE.test(m.slice(pos, pos + 3))) return false;
  NATIONALITY_RE.lastIndex = pos;
  const word = NATIONALITY_RE.exec(m)?.[1];
  return word === undefined || !NATIONALITY_ADJECTIVES.has(word.toLowerCase());
}

function trailingSpace(s: string): number {
  return s.length - s.trimEnd().length;
}

/** Nothing but spaces and punctuation between the sentence start and `pos`. */
function opensSentence(m: string, sentStart: number, pos: number): boolean {
  for (let i = pos - 1; i >= sentStart; i--) if (isLetterOrDigit(m[i])) return false;
  return true;
}

function isPhone(written: string): boolean {
  let digits = 0;
  for (let i = 0; i < written.length; i++) if (isDigitCode(written.charCodeAt(i))) digits++;
  if (digits < 7) return false;
  return /[-‐‑.()+]/.test(written) || written.startsWith('0');
}

function currencyFromName(adjective: string | undefined, name: string): string | null {
  let key = name.toLowerCase().replace(/\s+/g, ' ');
  if (!CURRENCY_NAMES.has(key) && key.endsWith('s')) key = key.slice(0, -1);
  if (key === 'pound sterling' || key === 'pounds sterling') return 'GBP';
  const base = CURRENCY_NAMES.get(key);
  if (adjective !== undefined) {
    const byAdjective = CURRENCY_ADJECTIVES.get(key)?.get(adjective.toLowerCase());
    if (byAdjective !== undefined) return byAdjective;
  }
  return base ?? null;
}

function isNumberedHeading(scan: Scan, left: number, numEnd: number): boolean {
  const m = scan.m;
  const next = m[numEnd];
  if (next !== '.' && next !== ')') return false;
  const after = m[numEnd + 1];
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\n' && after !== '\r') return false;
  for (let i = left - 1; i >= 0; i--) {
    const c = m[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '#' && c !== '>' && c !== '(') return false;
  }
  return true;
}

interface Range {
  readonly low: number;
  readonly high: number;
  readonly end: number;
  readonly currency: string | null;
}

/**
 * A range after the first amount, or null when there is none, or 'reject' when the dash
 * joins two numbers that are not a range (a score 3-2, a phone 555-0143, years 2024-25).
 */
function readRange(scan: Scan, a1: Amount, at: number, between: boolean, tail: string, percentFirst: boolean): Range | null | 'reject' {
  const m = scan.m;
  let sepEnd = -1;
  let dash = false;
  if (between) {
    AND_RE.lastIndex = at;
    if (AND_RE.test(m)) sepEnd = AND_RE.lastIndex;
  } else {
    DASH_RE.lastIndex = at;
    if (DASH_RE.test(m)) { sepEnd = DASH_RE.lastIndex; dash = true; } else {
      TO_RE.lastIndex = at;
      if (TO_RE.test(m) && !CHANGE_RE.test(tail)) sepEnd = TO_RE.lastIndex;
    }
  }
  if (sepEnd < 0) return null;
  const a2 = readAmount(m, sepEnd);
  if (a2 === null || a2.num.form === 'ordinal' || a2.num.form === 'vague' || a2.end > scan.sentEnd) {
    return dash && a2 === null && isDigitCode(m.charCodeAt(sepEnd)) ? 'reject' : null;
  }
  if (scan.cover.overlapEnd(sepEnd, a2.end) >= 0) return null;
  const next = m[a2.numEnd];
  if (a2.exponent === 0 && next !== undefined && (/[\p{L}\p{N}]/u.test(next) || (':/.,-'.includes(next) && isDigitCode(m.charCodeAt(a2.numEnd + 1))))) {
    return dash ? 'reject' : null;
  }
  if (percentFirst) {
    // "20% to 25%", never "15 per cent to 800,000 barrels".
    PERCENT_RE.lastIndex = a2.end;
    if (!PERCENT_RE.test(m)) return null;
  }
  // "20 to 25 million": a scale written once belongs to both ends when the low end is smaller.
  const shared = a1.exponent === 0 && a2.exponent !== 0 && a1.num.value < a2.num.value ? a2.exponent : 0;
  const low = amountValue(a1, shared);
  const high = amountValue(a2, 0);
  if (dash) {
    if (!(low < high)) return 'reject';
    if (a2.num.literal.startsWith('0')) return 'reject';
    if (a1.num.literal.length === 3 && a2.num.literal.length === 4 && a1.exponent === 0) return 'reject';
    if (SCORE_BEFORE_RE.test(tail)) return 'reject';
    SCORE_AFTER_RE.lastIndex = a2.end;
    if (SCORE_AFTER_RE.test(m)) return 'reject';
  } else if (!(low < high)) {
    return null;
  }
  return { low, high, end: a2.end, currency: a2.currency };
}
