// Turning partly specified dates ("October", "Nov. 12", "Tuesday", "last week") into TimeML
// values against the reference date; the X placeholders when there is none.

import type { DateMod, DateType } from '../../model';
import type { Tense } from './tense';
import {
  addDays, addMonths, compareYmd, formatDay, formatMonth, formatWeek, nearestWeekday, pad2, pad4, type Ymd,
} from './calendar';

/** What resolution needs to know about where an expression was found. */
export interface Context {
  readonly ref: Ymd | null;
  /** The sentence reads as future tense. */
  readonly future: boolean;
  /** The clause's tense, for expressions that go either way (months); from `future` when absent. */
  readonly tense?: Tense;
  /** The expression is a deadline or an end point ("by December", "until March"). */
  readonly deadline?: boolean;
  /** The expression is a starting point in the past ("since March", "last May"). */
  readonly since?: boolean;
}

/** A recognised expression before overlaps are settled; offsets are into the article text. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  value: string;
  mod?: DateMod;
  /** Rules written for TimeML conventions beat chrono on equal spans. */
  priority: number;
  /** A clock time or part of day without a day of its own ("1 p.m.", "that evening"): anchored later. */
  dayless?: boolean;
  /** "the year-ago quarter", "the latest period", "a year earlier" in an earnings report: see ReportPeriod. */
  reportPeriod?: ReportPeriod;
  /** "the next day", "that year": resolved against the date in focus (anaphora.ts). */
  anaphor?: Anaphor;
}

/** A date `shift` units from the date in focus; `part` a part of day ("MO", "NI") for a TIME. */
export interface Anaphor {
  readonly unit: 'D' | 'W' | 'M' | 'Y';
  readonly shift: number;
  readonly part?: string;
  /** A month in the year found ("December of that year"), for unit Y. */
  readonly month?: number;
  /** "the previous Friday": the first such weekday (0 = Sunday) `shift` days' way from the focus, for unit D. */
  readonly weekday?: number;
}

/**
 * A period named by its place in a company's report rather than by the calendar. Once the
 * article has named the quarter it reports on ("the third quarter", 2025-Q3), TimeML gives
 * such a period that quarter: `yearsBack` years before it ("the year-ago period": 2024-Q3),
 * or in `year` ("the 2024 quarter"). Without a quarter in focus the value stays as built.
 */
export interface ReportPeriod {
  readonly yearsBack?: number;
  readonly year?: number;
  /** "the previous quarter": the quarter before the one reported on. */
  readonly quartersBack?: number;
}

export function monthValue(month: number, year: number | null, ctx: Context): string {
  if (year !== null) return formatMonth({ year, month });
  if (!ctx.ref) return `XXXX-${pad2(month)}`;
  const r = ctx.ref;
  const tense = ctx.tense ?? (ctx.future ? 'future' : 'past');
  // Only a past-tense clause looks back ("the talks collapsed in December"), or a perfect one
  // ("has been on patrol since March") unless to an end point ("has extended loans through
  // January"); plans, deadlines and forecasts look ahead ("should reopen by December"); a present clause takes this year.
  if (ctx.since || tense === 'past' || (tense === 'perfect' && !ctx.deadline)) return formatMonth({ year: month <= r.month ? r.year : r.year - 1, month });
  if (tense === 'future' || ctx.deadline) return formatMonth({ year: month >= r.month ? r.year : r.year + 1, month });
  // A present clause takes this year's, unless that is over half a year ahead ("worth half what
  // they were in October", said in January: last October).
  return formatMonth({ year: month - r.month > 6 ? r.year - 1 : r.year, month });
}

/** A day without a year takes the reference year, unless that puts it half a year the wrong way. */
export function dayValue(month: number, day: number, year: number | null, ctx: Context): string {
  if (year !== null) return formatDay({ year, month, day });
  if (!ctx.ref) return `XXXX-${pad2(month)}-${pad2(day)}`;
  const r = ctx.ref;
  const candidate = { year: r.year, month, day };
  if (!ctx.future && compareYmd(candidate, addMonths(r, 6)) > 0) return formatDay({ ...candidate, year: r.year - 1 });
  // "was shot on Oct. 23" in May: last year's, as the clause is past (a few months ahead may be a plan).
  if (!ctx.future && !ctx.deadline && compareYmd(candidate, addMonths(r, 3)) > 0 && ctx.tense === 'past') return formatDay({ ...candidate, year: r.year - 1 });
  if (ctx.future && compareYmd(candidate, addMonths(r, -6)) < 0) return formatDay({ ...candidate, year: r.year + 1 });
  return formatDay(candidate);
}

/** ISO weekday number (Monday 1 .. Sunday 7) for X-values such as XXXX-WXX-2. */
const isoWeekday = (wd: number): number => (wd === 0 ? 7 : wd);

export type Direction = 'last' | 'this' | 'next' | null;

export function weekdayDate(wd: number, ctx: Context, direction: Direction): Ymd | null {
  if (!ctx.ref) return null;
  if (direction === 'last') return nearestWeekday(addDays(ctx.ref, -1), wd, false);
  if (direction === 'next') return nearestWeekday(addDays(ctx.ref, 1), wd, true);
  // "until Tuesday", "by Friday": a deadline, ahead unless the clause is plainly past.
  return nearestWeekday(ctx.ref, wd, ctx.future || (ctx.deadline === true && ctx.tense !== 'past'));
}

export function weekdayValue(wd: number, ctx: Context, direction: Direction): string {
  const d = weekdayDate(wd, ctx, direction);
  return d ? formatDay(d) : `XXXX-WXX-${isoWeekday(wd)}`;
}

export function dayOffsetValue(days: number, ctx: Context): string {
  return ctx.ref ? formatDay(addDays(ctx.ref, days)) : 'XXXX-XX-XX';
}

export function quarterOf(d: Ymd): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/** "last week", "this month", "next year", "last quarter", "this weekend": shift is -1, 0 or 1. */
export function relativeUnitValue(unit: 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE', shift: number, ctx: Context): string {
  const r = ctx.ref;
  switch (unit) {
    case 'W': return r ? formatWeek(addDays(r, 7 * shift)) : 'XXXX-WXX';
    case 'WE': return r ? `${formatWeek(addDays(r, 7 * shift))}-WE` : 'XXXX-WXX-WE';
    case 'M': return r ? formatMonth(addMonths(r, shift)) : 'XXXX-XX';
    case 'Q': {
      if (!r) return 'XXXX-QX';
      const d = addMonths(r, 3 * shift);
      return `${pad4(d.year)}-Q${quarterOf(d)}`;
    }
    case 'Y': return r ? pad4(r.year + shift) : 'XXXX';
    case 'DE': return r ? String(Math.floor(r.year / 10) + shift).padStart(3, '0') : 'XXX';
    case 'CE': return r ? String(Math.floor(r.year / 100) + shift).padStart(2, '0') : 'XX';
  }
}

/** "two weeks ago", "a year earlier", "three months later": a date at the unit's granularity. */
export function offsetValue(count: number | null, unit: string, sign: number, ctx: Context): string {
  const r = ctx.ref;
  if (count === null) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  if (!r || !Number.isInteger(count)) {
    if (unit === 'Y') return 'XXXX';
    if (unit === 'M') return 'XXXX-XX';
    if (unit === 'Q') return 'XXXX-QX';
    if (unit === 'W') return 'XXXX-WXX';
    return 'XXXX-XX-XX';
  }
  const n = count * sign;
  // The value has the unit's granularity: "two weeks ago" is a week, as TimeBank tags it.
  switch (unit) {
    case 'D': return formatDay(addDays(r, n));
    case 'W': return formatWeek(addDays(r, 7 * n));
    case 'WE': return `${formatWeek(addDays(r, 7 * n))}-WE`;
    case 'M': return formatMonth(addMonths(r, n));
    case 'Q': {
      const d = addMonths(r, 3 * n);
      return `${pad4(d.year)}-Q${quarterOf(d)}`;
    }
    case 'Y': return pad4(r.year + n);
    case 'DE': return pad4(r.year + 10 * n);
    case 'CE': return pad4(r.year + 100 * n);
    default: return formatDay(r); // hours, minutes, seconds ago: still today
  }
}

export function seasonValue(season: string, shift: number, ctx: Context, startMonth: number): string {
  const r = ctx.ref;
  if (!r) return `XXXX-${season}`;
  // The season counts as "this" one once it has started; "last" is the one before that.
  const thisYear = r.month >= startMonth || season === 'WI' ? r.year : r.year - 1;
  if (shift === 0) {
    const year = ctx.future && r.month < startMonth ? r.year : shift === 0 && !ctx.future ? thisYear : r.year;
    return `${pad4(year)}-${season}`;
  }
  // "last fall" is the fall of last year, as TimeBank reads it (also in April, and in October).
  if (shift < 0) return `${pad4(r.year - 1)}-${season}`;
  return `${pad4(r.year + shift)}-${season}`;
}
