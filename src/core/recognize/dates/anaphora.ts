// Dates named from another date in the text rather than from the article's: "the next day",
// "the following year", "that night", "the day before". TimeML resolves them against the date
// in focus, the last one the text named at the unit's granularity (or finer); without one,
// against the reference date, as a reader would.

import { addDays, addMonths, formatDay, formatMonth, formatWeek, pad4, weekday, type Ymd } from './calendar';
import type { Anaphor } from './resolve';

/** The date in focus: the last calendar date the text named, with what it pinned down. */
export interface Focus {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

const DATE_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)/;

/** The focus a mention's value gives, or null when it names no calendar date ("P3D", "PRESENT_REF"). */
export function focusOf(value: string): Focus | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** The value of an anaphoric date against the focus, else the reference date; null to keep the rule's. */
export function anaphorValue(a: Anaphor, focus: Focus | null, ref: Ymd | null): string | null {
  const needsMonth = a.unit !== 'Y';
  const needsDay = a.unit === 'D' || a.unit === 'W';
  let base: Ymd | null = null;
  if (focus && (!needsMonth || focus.month !== null) && (!needsDay || focus.day !== null)) {
    base = { year: focus.year, month: focus.month ?? 1, day: focus.day ?? 1 };
  } else if (ref) {
    base = ref;
  }
  if (!base) return null;
  let value: string;
  switch (a.unit) {
    case 'D': {
      let d = addDays(base, a.shift);
      if (a.weekday !== undefined && a.shift !== 0) while (weekday(d) !== a.weekday) d = addDays(d, a.shift);
      value = formatDay(d);
      break;
    }
    case 'W': value = formatWeek(addDays(base, 7 * a.shift)); break;
    case 'M': value = formatMonth(addMonths(base, a.shift)); break;
    case 'Y': value = pad4(base.year + a.shift) + (a.month ? `-${String(a.month).padStart(2, '0')}` : ''); break;
  }
  return a.part ? `${value}T${a.part}` : value;
}
