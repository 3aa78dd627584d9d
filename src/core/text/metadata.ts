// What an article says about itself: title, outlet, URL, author, date, tags. Front matter first
// (the fields web clippers write: Obsidian Web Clipper, MarkDownload, ...), then the header
// lines a plain .txt carries near its top ("Source: Reuters", "By Jane Doe", "Date: ..."),
// and the dateline that opens the body ("CARACAS, Nov 12 (Reuters) -").

import * as chrono from 'chrono-node';
import type { ArticleMeta } from '../model';
import type { FrontMatter } from './frontmatter';

export interface ArticleMetaResult {
  readonly meta: ArticleMeta;
  /** Date of the body's dateline: YYYY-MM-DD, or XXXX-MM-DD when it names no year; else null. */
  readonly datelineDate: string | null;
}

/** Header lines are looked for this far into the body; past it they are prose. */
const HEADER_LINES = 15;

/** Read title, outlet, URL, author, published date and tags from front matter and header lines. */
export function readArticleMeta(text: string, maskedText: string, frontMatter: FrontMatter | null): ArticleMetaResult {
  const fields = lowerCaseKeys(frontMatter?.data ?? {});
  const header = readHeader(text, maskedText, frontMatter ? frontMatter.end : 0);

  const urlValues = ['url', 'source', 'link', 'canonical', 'canonical_url', 'site', 'site_name', 'publisher', 'outlet']
    .map((key) => firstString(fields.get(key)))
    .filter((v): v is string => v !== null && isUrl(v));
  const url = urlValues[0] ?? header.url;

  const outletName = ['source', 'site', 'site_name', 'publisher', 'outlet', 'publication']
    .map((key) => firstString(fields.get(key)))
    .find((v): v is string => v !== null && !isUrl(v));
  const source = outletName ?? header.source ?? header.bylineOutlet ?? header.datelineAgency ?? (url ? hostName(url) : null);

  const author = authorsOf(fields.get('author')) ?? authorsOf(fields.get('authors')) ?? header.author;

  let published: string | null = null;
  let publishedFrom: ArticleMeta['publishedFrom'] = null;
  for (const key of ['published', 'pubdate', 'date', 'date_published', 'datepublished', 'publish_date', 'published_at']) {
    published = isoDateOf(fields.get(key));
    if (published) break;
  }
  if (published) publishedFrom = 'front-matter';
  else if (header.date) [published, publishedFrom] = [header.date, 'header'];
  else if (header.datelineDate === null) {
    // `created` is when the page was clipped, not when it was published: only better than
    // nothing, so a dateline in the body (resolved later) wins over it.
    published = isoDateOf(fields.get('created'));
    if (published) publishedFrom = 'front-matter';
  }

  const title = stringOf(fields.get('title')) ?? header.title;
  const tags = tagsOf(fields.get('tags') ?? fields.get('tag') ?? fields.get('keywords'));

  return {
    meta: { title, source, url, author, published, publishedFrom, tags },
    datelineDate: header.datelineDate,
  };
}

// ---------------------------------------------------------------------------------------------
// Header lines

interface Header {
  title: string | null;
  source: string | null;
  bylineOutlet: string | null;
  url: string | null;
  author: string | null;
  date: string | null;
  datelineDate: string | null;
  datelineAgency: string | null;
}

const HEADER_FIELD = /^(source|outlet|publication|publisher|site|date|dated|published|posted|updated|author|authors|byline|url|link|title)(?: on)?\s*:\s*(.*)$/i;
// "Published on Nov 12, 2025" is written without a colon too.
const DATE_WORD_FIELD = /^(published|posted|updated)(?: on)?\s+(\S.*)$/i;
const BYLINE = /^by\s+(\S.*)$/i;

/**
 * Reads the first lines of the body. The masked line decides what a line is (Markdown syntax
 * is blank there: "**Source:** Reuters" reads as "Source: Reuters"); the raw line is only used
 * for URLs, which masking removes.
 */
function readHeader(text: string, maskedText: string, bodyStart: number): Header {
  const header: Header = { title: null, source: null, bylineOutlet: null, url: null, author: null, date: null, datelineDate: null, datelineAgency: null };
  let dateRank = 0; // Date:/Published: outrank Updated:
  let datelineSettled = false;
  let titleSeen = false;
  let seen = 0;
  let lineStart = bodyStart;
  while (lineStart < maskedText.length && seen < HEADER_LINES) {
    let lineEnd = maskedText.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = maskedText.length;
    const next = lineEnd + 1;
    // A lone \r also ends a line; rare enough to handle by splitting the slice.
    for (const [offset, masked] of splitOnCr(maskedText.slice(lineStart, lineEnd), lineStart)) {
      const clean = tidy(masked);
      if (clean === '' || seen >= HEADER_LINES) continue;
      seen++;
      const raw = text.slice(offset, offset + masked.length).trim();

      if (!datelineSettled) {
        const dateline = readDateline(clean);
        if (dateline) {
          header.datelineDate = dateline.date;
          header.datelineAgency = dateline.agency;
          datelineSettled = true;
          titleSeen = true; // the body has begun: no headline after this
          continue;
        }
      }

      const dated = DATE_WORD_FIELD.exec(clean);
      const field = HEADER_FIELD.exec(clean) ?? (dated && isoDateOf(dated[2]) ? dated : null);
      if (field) {
        readHeaderField(header, field[1]!.toLowerCase(), field[2]!.trim(), raw, (rank) => {
          if (rank <= dateRank) return false;
          dateRank = rank;
          return true;
        });
        continue;
      }
      const byline = BYLINE.exec(clean);
      const parsed = byline ? parseByline(byline[1]!) : null;
      if (parsed) {
        header.author ??= parsed.names;
        header.bylineOutlet ??= parsed.outlet;
        continue;
      }
      // Only the first line that is not a header can be the headline.
      if (!titleSeen) header.title ??= titleOf(clean);
      titleSeen = true;
    }
    lineStart = next;
  }
  return header;
}

function readHeaderField(header: Header, key: string, value: string, raw: string, outranks: (rank: number) => boolean): void {
  const rawUrl = /(?:https?:\/\/|www\.)[^\s<>()"'`]+[^\s<>()"'`.,;:!?]/i.exec(raw)?.[0] ?? null;
  switch (key) {
    case 'source': case 'outlet': case 'publication': case 'publisher': case 'site':
      if (value !== '' && !isUrl(value)) header.source ??= value;
      else if (rawUrl) {
        header.url ??= rawUrl;
        header.source ??= hostName(rawUrl);
      }
      return;
    case 'url': case 'link':
      if (rawUrl) header.url ??= rawUrl;
      return;
    case 'author': case 'authors': case 'byline':
      if (value !== '') header.author ??= parseByline(value.replace(BYLINE, '$1'))?.names ?? value;
      return;
    case 'title':
      if (value !== '') header.title ??= value;
      return;
    default: {
      const date = isoDateOf(value);
      if (date && outranks(key === 'updated' ? 1 : 2)) header.date = date;
    }
  }
}

function splitOnCr(line: string, offset: number): [number, string][] {
  if (!line.includes('\r')) return [[offset, line]];
  const parts: [number, string][] = [];
  let at = offset;
  for (const part of line.split('\r')) {
    parts.push([at, part]);
    at += part.length + 1;
  }
  return parts;
}

/** Collapse the spaces masking leaves behind ("**CARACAS**, Nov" reads "CARACAS , Nov"). */
/** What tidy would change: whitespace other than single spaces, space before punctuation, ends. */
const UNTIDY = /\s\s|[^\S ]| [,;:]|^\s|\s$/;

function tidy(line: string): string {
  if (!UNTIDY.test(line)) return line;
  return line.replace(/\s+/g, ' ').replace(/ ([,;:])/g, '$1').trim();
}

function titleOf(line: string): string | null {
  const title = line.replace(/^#{1,6}(?:\s+|$)/, '').replace(/\s+#+$/, '').trim();
  // A first line this long is a paragraph, not a headline.
  return title !== '' && title.length <= 300 ? title : null;
}

// ---------------------------------------------------------------------------------------------
// Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Staff Writer"

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|and|&|de|da|del|della|der|di|do|dos|das|du|la|le|van|von|bin|ibn|al|el|y|ben)$/u;
const NOT_A_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Then|Now|Today|Tomorrow|Noon|Midnight)$/;
const ROLE = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|analyst|chief|special to|for)\b/i;

function parseByline(rest: string): { names: string; outlet: string | null } | null {
  const agencyStyle = capitalisedByline(rest);
  if (agencyStyle) return agencyStyle;
  if (rest.trim().split(/\s+/).some((w) => CAPITAL_NOT_A_NAME.test(w))) return null;
  // What follows a bar, a middle dot or a dash is a role, a date or the outlet, never a name.
  const [main = '', after] = rest.split(/\s+[|·•—–-]\s+/, 2);
  const parts = main.replace(/\.$/, '').split(/\s*,\s*/);
  let outlet: string | null = null;
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    // "Jane Doe, John Roe and Ann Poe" lists names; "Jane Doe and John Roe, Reuters" adds the outlet.
    if (!/^(?:and|&)\s/i.test(last) && !/\s(?:and|&)\s/i.test(last)) {
      // An outlet or a role is a short name: "By Sunday, the rebels had ..." is prose.
      if (!/^[\p{Lu}\p{N}]/u.test(last) || last.split(/\s+/).length > 6) return null;
      parts.pop();
      if (!ROLE.test(last)) outlet = last;
    }
  }
  const names = parts.join(', ');
  const words = names.split(/\s+/);
  if (words.length > 12 || !words.every((w) => NAME_WORD.test(w.replace(/,$/, ''))) || !/\p{Lu}/u.test(names)) return null;
  if (words.some((w) => NOT_A_NAME.test(w))) return null; // "By Tuesday", "By March 2026"
  if (outlet === null && after !== undefined && !ROLE.test(after) && isoDateOf(after) === null && after.split(/\s+/).length <= 4) outlet = after;
  return { names, outlet };
}

/**
 * Wire style: "By CHRISTOPHER RUGABER AP Economics Writer" — the name in capitals, then the
 * agency and a role in mixed case. The name is given back in title case.
 */
const CAPITAL_NOT_A_NAME = /^(?:THE|OF|A|AN|IN|ON|AT|TO|FOR|NUMBERS|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|NIGHT|NOON|TODAY|NOW)$/;
const WIRE_AGENCIES: ReadonlySet<string> = new Set(['AP', 'AFP', 'UPI', 'DPA', 'EFE', 'ANSA', 'PA', 'CP', 'AAP', 'BBC', 'CNN', 'NPR', 'ABC', 'CBS', 'NBC']);

function capitalisedByline(rest: string): { names: string; outlet: string | null } | null {
  const isCapitalWord = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}[\p{Lu}\p{M}'’.-]*$/u.test(w);
  const joiner = (w: string): boolean => w === 'and' || w === '&';
  const all = rest.trim().split(/\s+/);
  let n = 0;
  while (n < all.length && n < 10 && (isCapitalWord(all[n] ?? '') || joiner(all[n] ?? ''))) n++;
  const words = all.slice(0, n);
  const role = all.slice(n).join(' ');
  if (role !== '' && !/^\p{Lu}.*\p{Ll}/u.test(role)) return null;
  // A capital word after the name that is an agency ("AP", "AFP") is the outlet, not a name.
  const outlet = words.length >= 3 && WIRE_AGENCIES.has(words[words.length - 1] ?? '') ? (words.pop() ?? null) : null;
  while (words.length > 0 && joiner(words[words.length - 1] ?? '')) words.pop();
  if (words.filter(isCapitalWord).length < 2 || joiner(words[0] ?? 'and')) return null;
  if (words.some((w) => CAPITAL_NOT_A_NAME.test(w))) return null; // "BY THE NUMBERS", "BY TUESDAY NIGHT"
  const names = words.map((w) => (joiner(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
  return { names, outlet };
}

// ---------------------------------------------------------------------------------------------
// Datelines: "CARACAS, Nov 12 (Reuters) -", "WASHINGTON, Nov. 12, 2025 —", "LONDON (AP) — "

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE_DATE = `(?:(?<m1>${MONTH}) (?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<y1>\\d{4}))?|(?<d2>\\d{1,2}) (?<m2>${MONTH})(?:,? (?<y2>\\d{4}))?)`;
const PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]+";
const REGION_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const DATELINE = new RegExp(
  `^${PLACE_WORD}(?: ${PLACE_WORD})*(?:, ${REGION_WORD}(?: ${REGION_WORD})*)?(?:,? ${DATELINE_DATE})?(?<agency> \\([^()]{1,40}\\))?,? ?(?:--|[-–—―])(?: |$)`,
  'u',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The dateline's date (`null` for a dateline without one) and the agency it credits
 * ("(Reuters)"); null if the line is no dateline.
 */
function readDateline(line: string): { date: string | null; agency: string | null } | null {
  const m = DATELINE.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const agency = g.agency ? g.agency.trim().slice(1, -1).trim() || null : null;
  const month = g.m1 ?? g.m2;
  const day = g.d1 ?? g.d2;
  if (!month || !day) return agency ? { date: null, agency } : null; // "BREAKING —" is not a dateline
  const year = g.y1 ?? g.y2;
  return { date: isoDate(year ? Number(year) : null, MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1, Number(day)), agency };
}

// ---------------------------------------------------------------------------------------------
// Values

function lowerCaseKeys(data: Record<string, unknown>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const k = key.toLowerCase();
    if (!map.has(k)) map.set(k, value);
  }
  return map;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s === '' ? null : s;
}

function firstString(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item);
      if (s) return unwikilink(s);
    }
    return null;
  }
  const s = stringOf(value);
  return s ? unwikilink(s) : null;
}

/** Obsidian writes people as wiki links: "[[Jane Doe]]", "[[people/Jane Doe|Jane Doe]]". */
function unwikilink(s: string): string {
  return s.replace(/\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]/g, '$1').trim();
}

function authorsOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const s = stringOf(item);
    if (!s) continue;
    const name = unwikilink(s).replace(BYLINE, '$1').trim();
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : null;
}

function tagsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags: string[] = [];
  for (const item of items) {
    const tag = stringOf(item)?.replace(/^#/, '').trim();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function isUrl(s: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(s);
}

/** "https://www.reuters.com/world/..." -> "reuters.com". */
function hostName(url: string): string | null {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#\s]*@)?([^/?#:\s]+)/i.exec(url)?.[1];
  if (!host) return null;
  return host.toLowerCase().replace(/^www\d*\./, '').replace(/\.$/, '') || null;
}

const ISO_PREFIX = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=$|[T\s])/;

/** A full calendar date as written (YYYY-MM-DD), from a YAML value or a header's text. */
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLAIN_DATE = /^(January|February|March|April|May|June|July|August|September|October|November|December) ([1-9]|[12]\d|3[01]), ((?:19|20)\d\d)$/;

function isoDateOf(value: unknown): string | null {
  if (value instanceof Date) {
    // YAML timestamps are UTC unless they carry an offset; the UTC date is the one written.
    return Number.isNaN(value.getTime()) ? null : isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const s = stringOf(value);
  if (!s) return null;
  // The date part as written, not converted to UTC: 2025-11-12T23:30-05:00 was published on the 12th.
  const iso = ISO_PREFIX.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Strict chrono reads "November 12, 2025", "Wed, 12 Nov 2025 10:00 GMT", but not "yesterday";
  // a date without a written year is not the article's date.
  // The usual header date, "November 12, 2025", read without chrono (which reads it the same).
  const plain = PLAIN_DATE.exec(s);
  if (plain) {
    const date = isoDate(Number(plain[3]), FULL_MONTHS.indexOf(plain[1]!) + 1, Number(plain[2]));
    if (date) return date;
  }
  const parsed = chrono.strict.parse(s, new Date(2000, 0, 1))[0];
  if (!parsed || !/\d{4}/.test(parsed.text)) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return isoDate(start.get('year'), start.get('month'), start.get('day'));
}

/** YYYY-MM-DD (XXXX-MM-DD without a year) for a real calendar day, else null. */
function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate(); // 2024: leap, so Feb 29 passes
  if (day > daysInMonth) return null;
  if (year !== null && (year < 1000 || year > 9999)) return null;
  const y = year === null ? 'XXXX' : String(year);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
