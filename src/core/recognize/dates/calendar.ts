// Calendar arithmetic on plain {year, month, day} triples in UTC, so that results never depend
// on the host's time zone, and TimeML value formatting (dates, ISO weeks, X-placeholders).

export interface Ymd {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
}

export function parseIsoDate(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return ymd.month >= 1 && ymd.month <= 12 && ymd.day >= 1 && ymd.day <= 31 ? ymd : null;
}

function toUtc(d: Ymd): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(t: Date): Ymd {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(d: Ymd): number {
  return toUtc(d).getUTCDay();
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const t = toUtc(d);
  const dayNum = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dayNum + 3); // Thursday of this week decides the year
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return { year, week };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(d: Ymd): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(d: Pick<Ymd, 'year' | 'month'>): string {
  return `${pad4(d.year)}-${pad2(d.month)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The weekday (0 = Sunday) on or before `ref` when looking back, on or after when looking ahead. */
export function nearestWeekday(ref: Ymd, target: number, future: boolean): Ymd {
  const diff = target - weekday(ref);
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((-diff + 7) % 7));
}
