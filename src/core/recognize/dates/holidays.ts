// Named days: "Thanksgiving", "Christmas Eve", "Election Day", "Passover", "Ramadan". TimeML
// gives them the calendar date they fall on in the year the text means, found here from their
// rule (fixed date, n-th weekday of a month, Easter's computus, the Hebrew and the tabular
// Islamic calendars, a table of Chinese new years).

import { addDays, compareYmd, weekday, type Ymd } from './calendar';

type HolidayRule =
  | { readonly month: number; readonly day: number }
  /** The n-th `weekday` (0 = Sunday) of `month`; n = -1 for the last one. */
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly plusDays?: number }
  /** Days from Easter Sunday. */
  | { readonly easter: number }
  /** A day of the Hebrew calendar: days from 15 Nisan (Passover), or from 1 Tishrei (Rosh Hashanah) of the year starting that autumn; 'hanukkah' for 25 Kislev. */
  | { readonly hebrew: 'nisan15' | 'tishrei1' | 'hanukkah'; readonly plusDays?: number }
  /** A day of the Islamic calendar (tabular: the observed day may differ by one or two). */
  | { readonly islamic: { readonly month: number; readonly day: number } }
  /** The first day of the Chinese lunar year, from a table (none outside it). */
  | { readonly lunarNewYear: true };

/** Lower-case names (without a trailing "day" where people drop it) and their rule. */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas': { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  'boxing day': { month: 12, day: 26 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 },
  'halloween': { month: 10, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  'veterans day': { month: 11, day: 11 },
  "veterans' day": { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  "st. patrick's day": { month: 3, day: 17 },
  'bastille day': { month: 7, day: 14 },
  'thanksgiving': { month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'black friday': { month: 11, weekday: 4, nth: 4, plusDays: 1 },
  'cyber monday': { month: 11, weekday: 4, nth: 4, plusDays: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  "mother's day": { month: 5, weekday: 0, nth: 2 },
  "father's day": { month: 6, weekday: 0, nth: 3 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  "presidents day": { month: 2, weekday: 1, nth: 3 },
  // The Tuesday after the first Monday of November.
  'election day': { month: 11, weekday: 1, nth: 1, plusDays: 1 },
  'easter': { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'palm sunday': { easter: -7 },
  'holy thursday': { easter: -3 },
  'maundy thursday': { easter: -3 },
  'holy saturday': { easter: -1 },
  'ash wednesday': { easter: -46 },
  'pentecost': { easter: 49 },
  // A week, valued as the ISO week of its Thursday (period-rules.ts).
  'holy week': { easter: -3 },
  "st patrick's day": { month: 3, day: 17 },
  "saint patrick's day": { month: 3, day: 17 },
  // Other calendars, as world news names their feasts (the first day of those that last days).
  'passover': { hebrew: 'nisan15' },
  'pesach': { hebrew: 'nisan15' },
  'rosh hashanah': { hebrew: 'tishrei1' },
  'rosh hashana': { hebrew: 'tishrei1' },
  'yom kippur': { hebrew: 'tishrei1', plusDays: 9 },
  'sukkot': { hebrew: 'tishrei1', plusDays: 14 },
  'hanukkah': { hebrew: 'hanukkah' },
  'chanukah': { hebrew: 'hanukkah' },
  'ramadan': { islamic: { month: 9, day: 1 } },
  'eid al-fitr': { islamic: { month: 10, day: 1 } },
  'eid ul-fitr': { islamic: { month: 10, day: 1 } },
  'eid al-adha': { islamic: { month: 12, day: 10 } },
  'eid ul-adha': { islamic: { month: 12, day: 10 } },
  'lunar new year': { lunarNewYear: true },
  'chinese new year': { lunarNewYear: true },
};

/** Alternation of the holiday names for a regex, longest first, apostrophes either way. */
export const HOLIDAY_RE = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.').replace(/'/g, "['’]"))
  .join('|');

/** Easter Sunday (Gregorian), by the anonymous computus. */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Days from 1970-01-01 to a fixed date (R.D. 1 = 1 January of year 1, proleptic Gregorian). */
const RD_1970 = 719163;
function fromFixed(rd: number): Ymd {
  const d = new Date((rd - RD_1970) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days from the Hebrew epoch to 1 Tishrei of Hebrew year `y`, with its postponements (Reingold and Dershowitz). */
function hebrewElapsedDays(y: number): number {
  const months = Math.floor((235 * y - 234) / 19);
  const parts = 12084 + 13753 * months;
  const day = 29 * months + Math.floor(parts / 25920);
  return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}
function hebrewNewYear(y: number): number {
  const [y0, y1, y2] = [hebrewElapsedDays(y - 1), hebrewElapsedDays(y), hebrewElapsedDays(y + 1)];
  const correction = y2 - y1 === 356 ? 2 : y1 - y0 === 382 ? 1 : 0;
  return -1373427 + y1 + correction;
}

/** A Hebrew-calendar feast in Gregorian `year`: Passover of the spring, Rosh Hashanah and Hanukkah of the autumn. */
function hebrewDay(kind: 'nisan15' | 'tishrei1' | 'hanukkah', year: number): Ymd {
  // 1 Tishrei of the Hebrew year that begins in the autumn of `year`.
  const autumn = hebrewNewYear(year + 3761);
  if (kind === 'tishrei1') return fromFixed(autumn);
  // 15 Nisan is always 163 days before the next 1 Tishrei.
  if (kind === 'nisan15') return fromFixed(autumn - 163);
  // 25 Kislev: Tishrei has 30 days, Heshvan 30 in a complete year (355 or 385 days), else 29.
  const length = hebrewNewYear(year + 3762) - autumn;
  return fromFixed(autumn + 30 + (length % 10 === 5 ? 30 : 29) + 24);
}

/** Fixed date of 16 July 622 (Julian), the first day of the Islamic calendar. */
const ISLAMIC_EPOCH = 227015;
/** The day of the tabular Islamic calendar that falls in Gregorian `year` (the earlier one when it falls twice). */
function islamicDay(month: number, day: number, year: number): Ymd {
  const fixed = (h: number): number => ISLAMIC_EPOCH - 1 + (h - 1) * 354 + Math.floor((3 + 11 * h) / 30) + 29 * (month - 1) + Math.floor(month / 2) + day;
  // The Hijri year about to start when `year` starts, then the next while still before it.
  let h = Math.floor(((year - 622) * 33) / 32) - 2;
  while (fromFixed(fixed(h)).year < year) h++;
  return fromFixed(fixed(h));
}

/** The first day of the Chinese year, 2000 to 2035, as month and day. */
const LUNAR_NEW_YEAR: readonly (readonly [number, number])[] = [
  [2, 5], [1, 24], [2, 12], [2, 1], [1, 22], [2, 9], [1, 29], [2, 18], [2, 7], [1, 26],
  [2, 14], [2, 3], [1, 23], [2, 10], [1, 31], [2, 19], [2, 8], [1, 28], [2, 16], [2, 5],
  [1, 25], [2, 12], [2, 1], [1, 22], [2, 10], [1, 29], [2, 17], [2, 6], [1, 26], [2, 13],
  [2, 3], [1, 23], [2, 11], [1, 31], [2, 19], [2, 8],
];

/** The day a holiday falls on in `year`. */
export function holidayIn(name: string, year: number): Ymd | null {
  const rule = HOLIDAYS[name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
  if (!rule) return null;
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if ('hebrew' in rule) return addDays(hebrewDay(rule.hebrew, year), rule.plusDays ?? 0);
  if ('islamic' in rule) return islamicDay(rule.islamic.month, rule.islamic.day, year);
  if ('lunarNewYear' in rule) {
    const md = LUNAR_NEW_YEAR[year - 2000];
    return md ? { year, month: md[0], day: md[1] } : null;
  }
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  let d: Ymd;
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    d = addDays(first, ((rule.weekday - weekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  } else {
    const last = addDays({ year: rule.month === 12 ? year + 1 : year, month: rule.month === 12 ? 1 : rule.month + 1, day: 1 }, -1);
    d = addDays(last, -((weekday(last) - rule.weekday + 7) % 7));
  }
  return rule.plusDays ? addDays(d, rule.plusDays) : d;
}

/**
 * The occurrence of a holiday the text means, seen from `ref`: the one in `year` when given;
 * with "last" the latest before ref, with "next" the first after it; otherwise the latest on or
 * before ref, or the first on or after it when the clause looks ahead.
 */
export function holidayNear(name: string, ref: Ymd, direction: 'last' | 'next' | 'this' | null, ahead: boolean): Ymd | null {
  const thisYear = holidayIn(name, ref.year);
  if (!thisYear) return null;
  if (direction === 'this') return thisYear;
  const cmp = compareYmd(thisYear, ref);
  if (direction === 'last' || (direction === null && !ahead)) {
    return (direction === 'last' ? cmp < 0 : cmp <= 0) ? thisYear : holidayIn(name, ref.year - 1);
  }
  return (direction === 'next' ? cmp > 0 : cmp >= 0) ? thisYear : holidayIn(name, ref.year + 1);
}
