// Named days: "Thanksgiving", "Christmas Eve", "Election Day". TimeML gives them the calendar
// date they fall on in the year the text means, found here from their rule (fixed date, n-th
// weekday of a month, or Easter's computus).

import { addDays, compareYmd, weekday, type Ymd } from './calendar';

type HolidayRule =
  | { readonly month: number; readonly day: number }
  /** The n-th `weekday` (0 = Sunday) of `month`; n = -1 for the last one. */
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly plusDays?: number }
  /** Days from Easter Sunday. */
  | { readonly easter: number };

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
  "st patrick's day": { month: 3, day: 17 },
  "saint patrick's day": { month: 3, day: 17 },
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

/** The day a holiday falls on in `year`. */
export function holidayIn(name: string, year: number): Ymd | null {
  const rule = HOLIDAYS[name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
  if (!rule) return null;
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
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
