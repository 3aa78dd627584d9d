// Rules for the periods news and company reports name without a calendar date: "the year",
// "the year-ago quarter", "a year earlier", "the latest period", "year-end", holidays, years
// spelled out ("nineteen ninety-six"), and "current" as the present. Same shape as rules.ts.

import { addDays, formatDay, formatWeek, pad4, type Ymd } from './calendar';
import { anaphorValue } from './anaphora';
import { HOLIDAY_RE, holidayIn, holidayNear } from './holidays';
import { durationValue, ORDINALS, parseCount, unitCode } from './lexicon';
import { dayValue, quarterOf } from './resolve';
import type { Rule } from './rules';
import type { Context } from './resolve';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const CENTURY_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and four" → 2004. */
function spelledYear(century: string, rest: string | undefined): number | null {
  const c = century.toLowerCase();
  const n = rest ? parseCount(rest.replace(/^and\s+/i, '')) : 0;
  if (n === null) return null;
  if (c === 'nineteen') return rest ? 1900 + n : null;
  return 2000 + n; // "two thousand ..."
}

/** The year of the last quarter that has ended by the reference date, and that quarter. */
function lastQuarter(ctx: Context): { year: number; quarter: number } | null {
  if (!ctx.ref) return null;
  const q = quarterOf(ctx.ref) - 1;
  return q === 0 ? { year: ctx.ref.year - 1, quarter: 4 } : { year: ctx.ref.year, quarter: q };
}

const yearOf = (ctx: Context, shift: number): string => (ctx.ref ? pad4(ctx.ref.year + shift) : 'XXXX');

export const PERIOD_RULES: readonly Rule[] = [
  // "the year-ago quarter", "the year-earlier period", "year-earlier results", "the comparable
  // year-ago third quarter", "the prior-year quarter": the same stretch a year before the one
  // the report is about.
  {
    pattern: /\b(the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[-\s](?:earlier|ago)|prior[-\s]year(?=\s+(?:(?:first|second|third|fourth)[\s-])?(?:quarter|period)\b))(?:\s+((?:first|second|third|fourth)[\s-])?(quarter|period)\b)?/gi,
    needs: ['year-earlier', 'year-ago', 'year earlier', 'year ago', 'prior-year', 'prior year'],
    build: (m, ctx, before) => {
      // "a year ago" is the offset rule's ("a year ago", "one year earlier"); "a year-earlier
      // loss" is this one's.
      if (/\b(?:a|one|\d+)\s*$/i.test(before) && !m[1] && !/^(?:year|prior)-/i.test(m[0])) return null;
      const q = m[2] ? ORDINALS[m[2].trim().toLowerCase()] ?? null : null;
      const last = lastQuarter(ctx);
      const value = q && ctx.ref ? `${ctx.ref.year - 1}-Q${q}` : m[3] && last ? `${last.year - 1}-Q${last.quarter}` : yearOf(ctx, -1);
      // TimeBank keeps "the" only when the phrase names the period ("the year-ago quarter").
      return { type: 'DATE', value, lead: m[3] ? 0 : m[1]?.length ?? 0, reportPeriod: { yearsBack: 1 } };
    },
  },
  // "the corresponding period last year", "last year's quarter", "the quarter a year ago".
  {
    pattern: /\bthe\s+(?:(?:corresponding|comparable|same)\s+)?(?:period|quarter)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b|\blast\s+year['’]s\s+(?:period|quarter)\b/gi,
    needs: ['period', 'quarter'],
    build: (_m, ctx) => {
      const last = lastQuarter(ctx);
      return { type: 'DATE', value: last ? `${last.year - 1}-Q${last.quarter}` : 'XXXX-QX', reportPeriod: { yearsBack: 1 } };
    },
  },
  // "the latest period", "the 1988 period", "the 1988 quarter": the quarter the report is about.
  {
    pattern: /\bthe\s+(?:(latest|most recent|current|same)|((?:19|20)\d\d))\s+(period|quarter)\b/gi,
    needs: ['period', 'quarter'],
    build: (m, ctx) => {
      if (m[1] && m[3]!.toLowerCase() === 'quarter') return null; // rules.ts reads "the latest quarter"
      const last = lastQuarter(ctx);
      if (m[2]) return { type: 'DATE', value: last ? `${m[2]}-Q${last.quarter}` : `${m[2]}-QX`, reportPeriod: { year: Number(m[2]) } };
      return { type: 'DATE', value: last ? `${last.year}-Q${last.quarter}` : 'XXXX-QX', reportPeriod: { yearsBack: 0 } };
    },
  },
  // "the year", "the full year", "the fiscal year", "the current fiscal year": in news, the
  // reference year; "the year ended March 31" is a year-long stretch.
  {
    pattern: /\bthe\s+(?:(full|fiscal|current|latest|latest fiscal|current fiscal|same)\s+)?year\b(?![-’']|\s+(?:before|after|earlier|later|ago|since|of\s+the|two\s+thousand|(?:19|20)\d\d)\b)/gi,
    needs: ['year'],
    build: (m, ctx, before, after) => {
      if (/\b(?:of|in|into)\s+$/i.test(before) && /^\s+(?:of|in)\b/i.test(after)) return null;
      if (/^\s+(?:ended|ending|to|through)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
      // "person of the year", "the year's best": superlatives and titles are not dates.
      if (/^\s*(?:award|prize)/i.test(after) || /\b(?:person|man|woman|player|coach|album|book|song|story|car)\s+of\s+$/i.test(before)) return null;
      const latest = /latest/i.test(m[1] ?? '');
      return { type: 'DATE', value: yearOf(ctx, latest ? -1 : 0) };
    },
  },
  // "year-end", "year's end", "year end": the end of the reference year (the last one after "since").
  {
    pattern: /\b(?:year[-\s]end|year['’]s\s+end)\b/gi,
    needs: ['year-end', 'year end', "year's end", 'year’s end'],
    build: (_m, ctx, before) => ({ type: 'DATE', value: yearOf(ctx, /\bsince\s+(?:the\s+)?$/i.test(before) ? -1 : 0), mod: 'END' }),
  },
  // Years and dates spelled out, as in broadcast transcripts: "nineteen ninety-six", "the year
  // two thousand", "January nineteen ninety-seven".
  {
    pattern: new RegExp(`\\b(?:(${MONTH_NAMES.join('|')})\\s+)?(?:the\\s+year\\s+)?(?:(nineteen)[\\s-]((?:${TENS})(?:[\\s-](?:${UNITS}))?|${TEENS}|oh[\\s-](?:${UNITS}))|(two\\s+thousand)(?:\\s+(?:and\\s+)?(${UNITS}|${TEENS}))?)\\b`, 'gi'),
    needs: ['nineteen', 'two thousand'],
    build: (m, _ctx, before, after) => {
      const twoThousand = m[4] !== undefined;
      // "two thousand people": a count; only "the year two thousand" or a date-ish word before it is a year.
      if (twoThousand && !/^the\s+year/i.test(m[0].slice(m[1] ? m[1].length + 1 : 0)) && !m[1] && !/\b(?:in|since|by|until|of|from|to|before|after)\s+$/i.test(before)) return null;
      if (!twoThousand && /^\s+(?:people|men|women|dollars|hundred|thousand|million)\b/i.test(after)) return null;
      const rest = twoThousand ? m[5] : m[3]?.replace(/^oh[\s-]/i, '');
      const year = spelledYear(twoThousand ? 'two thousand' : m[2]!, rest);
      if (year === null) return null;
      if (m[1]) return { type: 'DATE', value: `${year}-${String(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}` };
      return { type: 'DATE', value: String(year) };
    },
  },
  // Holidays: "Thanksgiving", "last Christmas", "Election Day", "Easter 2024", "Passover", "Ramadan".
  {
    pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY_RE})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?(?:\\s+(weekend|week)\\b)?`, 'gi'),
    needs: ['christmas', 'boxing', 'new year', 'independence', 'fourth of july', 'halloween', 'valentine', 'veterans', 'armistice', 'patrick', 'bastille', 'thanksgiving', 'labor day', 'memorial day', 'columbus day', 'mother', 'father', 'luther king', 'presidents', 'election day', 'easter', 'good friday', 'palm sunday', 'black friday', 'cyber monday', 'holy thursday', 'holy week', 'maundy thursday', 'holy saturday', 'ash wednesday', 'pentecost',
      'passover', 'pesach', 'rosh hashana', 'yom kippur', 'sukkot', 'hanukkah', 'chanukah', 'ramadan', 'eid al-', 'eid ul-'],
    build: (m, ctx, before, after) => {
      const name = m[2]!;
      // Holidays are proper names: "the fourth of july" aside, lower case is something else.
      if (!/^(?:the\s)?[A-Z]/.test(name)) return null;
      if (/^\s+(?:tree|trees|card|cards|carols?|lights|decorations|island|islands|party|parties|present|presents|gifts?|shopping|rush|bonus(?:es)?|sales?|message|address|speech|truce|offensive|uprising|rising|bombing|massacre|accords?|agreement)\b/i.test(after)) return null;
      // "Easter weekend", "Thanksgiving week": the week (or its weekend) the day falls in.
      const around = m[4]?.toLowerCase() ?? (/week$/i.test(name) ? 'week' : undefined);
      const valueOf = (d: Ymd | null, unknownYear: string): string => {
        if (!d) return around === 'weekend' ? `${unknownYear}-WXX-WE` : around ? `${unknownYear}-WXX` : `${unknownYear}-XX-XX`;
        return around === 'weekend' ? `${formatWeek(d)}-WE` : around ? formatWeek(d) : formatDay(d);
      };
      // A day no rule places (a lunar new year outside the table) is still a date.
      if (m[3]) return { type: 'DATE', value: valueOf(holidayIn(name, Number(m[3])), m[3]) };
      if (!ctx.ref) return { type: 'DATE', value: valueOf(null, 'XXXX') };
      const direction = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
      const ahead = ctx.future || /\b(?:ahead\s+of|until|till|by|before)\s+$/i.test(before);
      return { type: 'DATE', value: valueOf(holidayNear(name, ctx.ref, direction, ahead), 'XXXX') };
    },
  },
  // "January this year", "July of last year", "next year's first quarter": one expression, the
  // month or quarter in the year named; "December of that year": in the year in focus.
  {
    pattern: new RegExp(`\\b(?:(${MONTH_NAMES.join('|')})\\s+(?:of\\s+)?(this|last|next|that|the\\s+same)\\s+year\\b|(this|last|next)\\s+year['’]s\\s+(first|second|third|fourth)[\\s-]quarter\\b)`, 'gi'),
    needs: [' year'],
    build: (m, ctx) => {
      const word = (m[2] ?? m[3])!.toLowerCase();
      if (word === 'that' || word.startsWith('the')) {
        if (!/^[A-Z]/.test(m[1]!) || !/\sof\s/i.test(m[0])) return null;
        const anaphor = { unit: 'Y', shift: 0, month: MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1 } as const;
        return { type: 'DATE', value: anaphorValue(anaphor, null, ctx.ref) ?? 'XXXX-XX', anaphor };
      }
      const year = ctx.ref ? pad4(ctx.ref.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0)) : 'XXXX';
      if (m[1]) {
        if (!/^[A-Z]/.test(m[1])) return null;
        return { type: 'DATE', value: `${year}-${String(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}` };
      }
      return { type: 'DATE', value: `${year}-Q${ORDINALS[m[4]!.toLowerCase()]}` };
    },
  },
  // "Sept. 16 of last year", "March 3 of this year": the day in the year named (the year keeps
  // its own expression, as the news gold marks it).
  {
    pattern: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?=,?\s+of\s+(this|last|next)\s+year\b)/gi,
    needs: [' year'],
    build: (m, ctx) => {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[1]!.toLowerCase())) + 1;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      const word = m[3]!.toLowerCase();
      const year = ctx.ref ? pad4(ctx.ref.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0)) : 'XXXX';
      return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    },
  },
  // "the first half of 2024", "the second half of this year": half-years as TimeML writes them (2024-H1).
  {
    pattern: /\bthe\s+(first|second|last|latter)\s+half\s+of\s+(?:((?:19|20)\d\d)|(this|last|next|the|the\s+current|the\s+fiscal)\s+year)\b/gi,
    needs: ['half'],
    build: (m, ctx) => {
      const half = /first/i.test(m[1]!) ? 1 : 2;
      const word = (m[3] ?? '').toLowerCase();
      const year = m[2] ?? (ctx.ref ? pad4(ctx.ref.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0)) : 'XXXX');
      return { type: 'DATE', value: `${year}-H${half}` };
    },
  },
  // "last May", "next March", "this September": the named month before, after or in the reference year.
  {
    pattern: new RegExp(`\\b(last|next|this(?:\\s+past)?|past)\\s+(${MONTH_NAMES.join('|')})\\b(?!\\s+\\d)`, 'gi'),
    needs: MONTH_NAMES,
    build: (m, ctx) => {
      if (!/^[A-Z]/.test(m[2]!)) return null;
      const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
      const mm = String(month).padStart(2, '0');
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${mm}` };
      const r = ctx.ref;
      // "this past March" is the latest March, as "past March" is.
      const word = m[1]!.toLowerCase().replace(/^this\s+past$/, 'past');
      const year = word === 'this' ? r.year : word === 'next' ? (month > r.month ? r.year : r.year + 1) : (month < r.month ? r.year : r.year - 1);
      return { type: 'DATE', value: `${pad4(year)}-${mm}` };
    },
  },
  // Centuries: "the 20th century", "the eleventh century" (TimeML: the two leading digits).
  {
    pattern: /\b(the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b|\b(the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]century\b/gi,
    needs: ['century'],
    build: (m, _ctx, _before, after) => {
      // "21st Century Fox", "the Twentieth Century Limited": a capitalised century before a name.
      if (/Century$/.test(m[0]) && /^\s+[A-Z]/.test(after)) return null;
      const n = m[2] ? Number(m[2]) : CENTURY_ORDINALS.indexOf(m[4]!.toLowerCase()) + 1;
      if (n < 1) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
    },
  },
  // Decades in words: "the nineties", "the eighties", "the nineteen-sixties".
  {
    pattern: /\bthe\s+(?:nineteen[\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    needs: ['ties'],
    build: (m) => ({ type: 'DATE', value: `19${DECADE_WORDS.indexOf(m[1]!.toLowerCase()) + 2}` }),
  },
  // "the next day", "the following year", "that night", "the day before": from the date in focus.
  {
    pattern: /\b(?:the\s+(next|following|previous|preceding|prior|same)|(that)(?:\s+same)?)\s+(day|morning|afternoon|evening|night|week|month|year)\b(?!-|\s+(?:of|before|after|earlier|later|ago)\b)|\bthe\s+(day|night|week|month|year)\s+(before|after)\b(?=\s*[,.;:)"”]|\s+(?:that|when|last|and)\b)/gi,
    needs: ['the next', 'the following', 'the previous', 'the preceding', 'the prior', 'the same', 'that same', 'the day', 'the night', 'the week', 'the month', 'the year',
      ...['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'].map((unit) => `that ${unit}`)],
    build: (m, ctx) => {
      const word = (m[1] ?? m[2] ?? m[5])!.toLowerCase();
      const unitWord = (m[3] ?? m[4])!.toLowerCase();
      // "the next week/month/year" is a stretch of time (rules.ts); only the day and its parts here.
      if (word === 'next' && /^(?:week|month|year)$/.test(unitWord)) return null;
      const shift = /^(?:next|following|after)$/.test(word) ? 1 : /^(?:previous|preceding|prior|before)$/.test(word) ? -1 : 0;
      const part = PARTS[unitWord];
      const unit = part !== undefined ? 'D' : unitWord === 'day' ? 'D' : unitWord === 'week' ? 'W' : unitWord === 'month' ? 'M' : 'Y';
      const anaphor = { unit, shift, ...(part ? { part } : {}) } as const;
      return { type: part ? 'TIME' : 'DATE', value: anaphorValue(anaphor, null, ctx.ref) ?? 'XXXX-XX-XX', anaphor };
    },
  },
  // "the previous Friday", "the following Monday": that weekday before or after the date in focus.
  {
    pattern: /\b[Tt]he\s+(previous|preceding|prior|following|next)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    needs: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    build: (m, ctx) => {
      const shift = /^(?:following|next)$/.test(m[1]!) ? 1 : -1;
      const anaphor = { unit: 'D', shift, weekday: (WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase()) + 1) % 7 } as const;
      return { type: 'DATE', value: anaphorValue(anaphor, null, ctx.ref) ?? 'XXXX-XX-XX', anaphor };
    },
  },
  // "the day before the vote", "the week following his arrest": a day or week named from an
  // event, tagged without the event ("the day"), valued as the date in focus.
  {
    pattern: /\bthe\s+(day|night|week|morning|afternoon|evening)(?=\s+(?:before|after|following)\s+(?:the|his|her|their|its|our|a|an|last|this|that|[A-Z][\w.]*['’]s)\s)/gi,
    needs: ['the day', 'the night', 'the week', 'the morning', 'the afternoon', 'the evening'],
    build: (m, ctx) => {
      const word = m[1]!.toLowerCase();
      const part = PARTS[word];
      const anaphor = { unit: word === 'week' ? 'W' : 'D', shift: 0, ...(part ? { part } : {}) } as const;
      return { type: part ? 'TIME' : 'DATE', value: anaphorValue(anaphor, null, ctx.ref) ?? 'XXXX-XX-XX', anaphor };
    },
  },
  // "the second day of the talks", "his first day in office": a day counted from an event's start,
  // the reference day when the clause says it is today's ("It is the third day of the strike").
  // (Not "the first day of March" or "of the month": chrono and the calendar rules name those.)
  {
    pattern: /\b(?:the|its|his|her|their|our)\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last|final)\s+(?:(?:full|trading|working|business)\s+)?day)\b(?=\s+(?:of|in|since|after|for)\b)(?!\s+of\s+(?:the\s+)?(?:week|month|year|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|this|next|last|\d))/gi,
    needs: [' day'],
    build: (m, ctx, before) => {
      const today = /\b(?:is|it['’]s|marks|marked)\s+$/i.test(before) && ctx.ref !== null;
      return { type: 'DATE', value: today ? formatDay(ctx.ref!) : 'XXXX-XX-XX', lead: m[0].length - m[1]!.length };
    },
  },
  // "over the years", "in the days ahead", "the years that followed": a stretch, article and all.
  {
    pattern: /\bthe\s+(hours|days|weeks|months|years|decades)\b(?!\s+(?:before|after|since|leading|of|ago|earlier|old)\b|-)/gi,
    needs: ['hours', 'days', 'weeks', 'months', 'years', 'decades'],
    build: (m, _ctx, before, after) => {
      if (!/\b(?:in|over|during|through|throughout|for|around)\s+$/i.test(before) && !/^\s+(?:ahead|to come|that followed|following)\b/i.test(after)) return null;
      return { type: 'DURATION', value: durationValue(null, unitCode(m[1]!)) };
    },
  },
  // "on Mondays", "on weekends", "at weekends", "Tuesday nights": days that recur. A capitalised
  // weekday in the plural recurs wherever it stands ("shut Saturdays and Sundays").
  {
    pattern: /\b(?:((?:on|at)\s+)(weekends|weekdays)|((?:on|On|at)\s+)?(?:(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(mornings|afternoons|evenings|nights)))\b/gi,
    needs: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'weekdays', 'mornings', 'afternoons', 'evenings', 'nights'],
    build: (m, _ctx, before) => {
      if (m[2]) return { type: 'SET', value: m[2].toLowerCase() === 'weekends' ? 'XXXX-WXX-WE' : 'XXXX-WXX-WD', lead: m[1]!.length };
      const dayWord = m[4] ?? m[5]!;
      // ("TGI Fridays", a restaurant chain.)
      if (!/^[A-Z]/.test(dayWord) || /\bTGI\s+$/.test(before)) return null;
      const day = WEEKDAY_NAMES.indexOf(dayWord.toLowerCase().replace(/s$/, '')) + 1;
      const part = m[6] ? `T${PARTS[m[6].toLowerCase().replace(/s$/, '')]}` : '';
      return { type: 'SET', value: `XXXX-WXX-${day}${part}`, lead: m[3]?.length ?? 0 };
    },
  },
  // "April 24 and 25", "April 24–25": the second day of the pair, in the month of the first.
  {
    pattern: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+|–)(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|percent|per\b|people|of\b|[ap]\.?m\b|hours|days|years))/gi,
    needs: MONTH_NAMES.map((n) => n.slice(0, 3)),
    build: (m, ctx) => {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const month = MONTH_NAMES.findIndex((n) => n.startsWith(m[1]!.toLowerCase().slice(0, 3))) + 1;
      const first = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || day < 1 || day > 31 || day <= first) return null;
      return { type: 'DATE', value: dayValue(month, day, null, ctx), lead: m[0].lastIndexOf(m[3]!) };
    },
  },
  // "the end of the week", "earlier in the month": the current one.
  {
    pattern: /\b(?:(?:end|beginning|start|middle|rest|remainder)\s+of|(?:earlier|later)\s+in)\s+(the\s+(week|month))\b/gi,
    needs: ['the week', 'the month'],
    build: (m, ctx) => {
      const unit = m[2]!.toLowerCase();
      const lead = m[0].length - m[1]!.length;
      // ("later in the day" TimeBank mostly leaves untagged; "the end of the day" is an idiom.)
      if (!ctx.ref) return { type: 'DATE', value: unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX', lead };
      const value = unit === 'week' ? formatWeek(ctx.ref) : `${pad4(ctx.ref.year)}-${String(ctx.ref.month).padStart(2, '0')}`;
      return { type: 'DATE', value, lead };
    },
  },
  // "last evening": yesterday's, as "last night" is (chrono reads the evening of the day itself).
  {
    pattern: /\blast\s+evening\b/gi,
    needs: ['evening'],
    build: (_m, ctx) => ({ type: 'TIME', value: `${ctx.ref ? formatDay(addDays(ctx.ref, -1)) : 'XXXX-XX-XX'}TEV` }),
  },
  // "at midday": noon.
  {
    pattern: /\bmidday\b/gi,
    needs: ['midday'],
    build: (_m, ctx) => ({ type: 'TIME', value: `${ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX'}T12:00` }),
  },
  // "1800 GMT", "0930 UTC", "1400 local time": wire-service clock times in four digits. Without
  // a day of their own they take the day in focus, or the one right after ("1900 GMT on Sunday").
  {
    pattern: /\b([01]\d|2[0-3])([0-5]\d)\s*(?:(?:hours|hrs)\s+)?(?:GMT|UTC|local\s+time)\b/g,
    needs: ['gmt', 'utc', 'local time'],
    build: (m, ctx, before, after) => {
      // "10:35 a.m. (0735 GMT)": the same time again, in another zone, in brackets.
      if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return null;
      const day = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
      return { type: 'TIME', value: `${day}T${m[1]}:${m[2]}`, dayless: true };
    },
  },
  // "current" before a noun: the present ("current market conditions", "his current wife").
  {
    pattern: /\b(then[\s-])?current\b(?=\s+[a-z])/g,
    needs: ['current'],
    build: (m, _ctx, before, after) => {
      // "the current quarter/year" belong to the period rules; "current account" and friends are terms.
      if (/^\s+(?:(?:fiscal\s+)?(?:year|quarter|month|week|period|decade|century|term|season|session)s?|account|accounts|assets|liabilities|affairs|events|ratio|yield|rate|events|dollars|prices|-)\b/i.test(after)) return null;
      if (/\b(?:electric|electrical|alternating|direct|ocean|strong|rip|the)\s*$/i.test(before) && /^\s+(?:is|was|of|and|that|which|carried|swept)\b/i.test(after)) return null;
      return { type: 'DATE', value: m[1] ? 'PAST_REF' : 'PRESENT_REF' };
    },
  },
  // "the near future", "the short term", "the near term": the time ahead.
  {
    pattern: /\bthe\s+(?:near|immediate)\s+future\b|\bthe\s+(?:short|near)\s+term\b(?!-)/gi,
    needs: ['future', 'term'],
    build: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
  // "for the week", "the week's busiest session", "ended the month higher": in market reports,
  // the week or month now ending.
  {
    pattern: /\bthe\s+(week|month)\b(?!end|s\b|-|\s+(?:of|before|after|earlier|later|ago|that|when|in|following|ahead)\b)/gi,
    needs: ['week', 'month'],
    build: (m, ctx, before, after) => {
      if (!/\b(?:for|during|over|(?:end|clos|finish|start|open)(?:ed|es|s|ing)?|beg(?:an|ins|inning))\s+$/i.test(before) && !/^['’]s\b/.test(after)) return null;
      const week = m[1]!.toLowerCase() === 'week';
      if (!ctx.ref) return { type: 'DATE', value: week ? 'XXXX-WXX' : 'XXXX-XX' };
      return { type: 'DATE', value: week ? formatWeek(ctx.ref) : `${pad4(ctx.ref.year)}-${String(ctx.ref.month).padStart(2, '0')}` };
    },
  },
];
