// Words the date rules share: numbers written out, time units, qualifiers, seasons.

const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'a couple of': 2,
  'couple of': 2, 'a couple': 2, hundred: 100, 'a hundred': 100, 'one hundred': 100,
  thousand: 1000, 'a thousand': 1000, 'half a': 0.5, 'half an': 0.5, 'a half': 0.5,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const WORD = 'half\\s+an?|a\\s+half|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|a\\s+hundred|a\\s+thousand|one\\s+hundred|a\\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' + TENS + '|dozen|hundred|thousand|several|few|many|some|numerous';

/** A count written in figures or words: "24", "1.5", "5 1/2", "twenty-four", "three-and-a-half", "a", "several". */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:[\\s-]1/2)?|(?:${TENS})[\\s-](?:${UNITS_WORDS})|(?:${WORD})(?:\\s+and\\s+a\\s+half|-and-a-half)?)`;

/** The number a NUMBER match stands for; null for vague counts ("several", "a few"). */
export function parseCount(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').replace(/,/g, '').replace(/-and-a-half$/, ' and a half').trim();
  const half = s.endsWith(' and a half') || s.endsWith('1/2') ? 0.5 : 0;
  const core = s.replace(/ and a half$|[ -]1\/2$/, '');
  if (/^\d+(\.\d+)?$/.test(core)) return Number(core) + half;
  const compound = /^(\w+)[ -](\w+)$/.exec(core);
  if (compound && SMALL[compound[1]!] !== undefined && SMALL[compound[2]!] !== undefined && SMALL[compound[1]!]! >= 20) {
    return SMALL[compound[1]!]! + SMALL[compound[2]!]! + half;
  }
  const n = SMALL[core];
  return n === undefined ? null : n + half;
}

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

export function unitCode(word: string): UnitCode {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('day')) return 'D';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  return 'CE';
}

/**
 * A TimeML duration value. Decades and centuries become years, quarters stay quarters (P2Q)
 * (P20Y, not P2DE), as TimeBank annotates them ("two decades" is P20Y there); unknown counts
 * become X (PXY).
 */
export function durationValue(count: number | null, unit: UnitCode, word = ''): string {
  // A fortnight is two weeks.
  if (count !== null && /^fortnight/i.test(word)) count *= 2;
  // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: a fraction goes to the next smaller unit.
  if (count !== null && !Number.isInteger(count)) {
    const whole = Math.floor(count);
    const part = count - whole;
    const split = FRACTION_UNITS[unit];
    if (split && Number.isInteger(Math.round(part * split.factor * 1000) / 1000)) {
      const rest = `${Math.round(part * split.factor)}${split.code}`;
      if (unit === 'H' || unit === 'MIN') return `PT${whole ? `${whole}${unit === 'H' ? 'H' : 'M'}` : ''}${rest}`;
      if (unit === 'D') return `P${whole ? `${whole}D` : ''}T${rest}`;
      return `P${whole ? `${whole}${unit}` : ''}${rest}`;
    }
  }
  const scaled = (factor: number): string => (count === null ? 'X' : formatCount(count * factor));
  switch (unit) {
    case 'S': return `PT${scaled(1)}S`;
    case 'MIN': return `PT${scaled(1)}M`;
    case 'H': return `PT${scaled(1)}H`;
    case 'D': return `P${scaled(1)}D`;
    case 'W': return `P${scaled(1)}W`;
    case 'WE': return `P${scaled(2)}D`;
    case 'M': return `P${scaled(1)}M`;
    case 'Q': return `P${scaled(1)}Q`; // TimeBank counts quarters as Q (P2Q), not months
    case 'Y': return `P${scaled(1)}Y`;
    // "decades" is years of unknown number (PXY) in TimeBank, "centuries" PXC.
    case 'DE': return count === null ? 'PXY' : `P${formatCount(count * 10)}Y`;
    case 'CE': return count === null ? 'PXC' : `P${formatCount(count * 100)}Y`;
  }
}

/** For a fraction of a unit, the smaller unit it is counted in, and how many of those make one. */
const FRACTION_UNITS: Partial<Record<UnitCode, { readonly factor: number; readonly code: string }>> = {
  Y: { factor: 12, code: 'M' }, W: { factor: 7, code: 'D' }, D: { factor: 24, code: 'H' }, H: { factor: 60, code: 'M' }, MIN: { factor: 60, code: 'S' },
};

function formatCount(n: number): string {
  // "0.895 seconds" is PT0.895S: as written, less the noise of floating point (0.1 * 3).
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** Qualifiers before an expression, with the TimeML mod and whether TimeBank keeps them in the extent. */
export const QUALIFIERS: ReadonlyArray<readonly [RegExp, import('../../model').DateMod, boolean]> = [
  [/\b(?:more than|longer than|upwards of)\s+$/i, 'MORE_THAN', true],
  [/\bover\s+$/i, 'MORE_THAN', false],
  [/\b(?:less than|fewer than|under)\s+$/i, 'LESS_THAN', true],
  [/\b(?:nearly|almost)\s+$/i, 'LESS_THAN', true],
  [/\bat least\s+$/i, 'EQUAL_OR_MORE', true],
  [/\b(?:at most|up to|no more than)\s+$/i, 'EQUAL_OR_LESS', true],
  [/\b(?:around|roughly|approximately)\s+$/i, 'APPROX', true],
  [/\b(?:about|some)\s+$/i, 'APPROX', false],
];

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
/** The month each season starts in, to tell "last summer" from this one. */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
