// The expressions chrono does not know, or knows differently from TimeML: durations, sets,
// PRESENT_REF/PAST_REF, "last week"-style relative units, bare years, decades, quarters and
// seasons. Each rule is one regex and one builder; all run on a sentence of the masked text.

import type { DateMod, DateType } from '../../model';
import {
  durationValue, MONTHS, NUMBER, ORDINALS, parseCount, SEASON_START, SEASONS, UNIT, unitCode, WEEKDAYS,
} from './lexicon';
import { addDays, formatDay, pad4, weekday } from './calendar';
import { PERIOD_RULES } from './period-rules';
import {
  offsetValue, quarterOf, relativeUnitValue, seasonValue, type Candidate, type Anaphor, type Context, type ReportPeriod,
} from './resolve';

export interface Rule {
  readonly pattern: RegExp;
  /**
   * Lower-case strings of which a sentence must contain at least one for the pattern to match
   * (every match holds one); a sentence without any skips the rule. A space stands for any run
   * of whitespace, as `\s+` in the patterns (" day": "two days", not "Monday"). Only a
   * shortcut: a pattern's ASCII letters match case-insensitively, so lower-casing the sentence
   * keeps them.
   */
  readonly needs: readonly string[];
  /** Returns [type, value, mod?] or null to reject; `lead` chars of the match are left out of the extent. */
  readonly build: (m: RegExpExecArray, ctx: Context, before: string, after: string) => Built | null;
}

export interface Built {
  readonly type: DateType;
  readonly value: string;
  readonly mod?: DateMod;
  /** Characters at the start of the match that are not part of the extent. */
  readonly lead?: number;
  /** Characters at the end of the match that are not part of the extent. */
  readonly trail?: number;
  /** A period named by its place in a company's report, resolved later against the article's (resolve.ts). */
  readonly reportPeriod?: ReportPeriod;
  /** A date named from the date in focus, resolved later (anaphora.ts). */
  readonly anaphor?: Anaphor;
  /** A clock time without a day: it takes the day in focus (index.ts). */
  readonly dayless?: boolean;
}

/** "... ended Sept. 30", "... ending in June": the month a reporting period ends in. */
const QUARTER_ENDED = /^\s+(?:ended|ending)\s+(?:in\s+|on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', may: 'may', jun: 'june',
  jul: 'july', aug: 'august', sep: 'september', oct: 'october', nov: 'november', dec: 'december',
};

const WEEKDAY_RE = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTH_RE = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

const SHIFT: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
};

const FREQUENCY: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};

/** Nouns after a bare year that make it a date ("the 2024 election"), not a count ("2025 people"). */
const YEAR_NOUNS = /^\s+(?:election|elections|season|budget|census|campaign|olympics|world cup|games|midterms?|race|vote|fiscal|model|figures?|levels?|results?|report|plan|deadline|tax|crisis|war|summit|primary|primaries|championship|film|law|act|agreement|contract|forecast|target|estimates?|data|survey|study|edition|version|session|term|harvest|earnings|revenue|sales|profits?|quarter|first|second|third|fourth|period|high|low|peak)\b/i;
/** A date noun right after a year, or after a name or two that follow it ("1990 BellSouth earnings"). */
function yearNounAfter(after: string): boolean {
  if (YEAR_NOUNS.test(after)) return true;
  const name = /^\s+(?:[A-Z][\w&.-]*\s+){1,2}(?=[a-z])/.exec(after);
  return name !== null && YEAR_NOUNS.test(after.slice(name[0].length - 1));
}
const YEAR_LEFT = /(?:\b(?:in|since|by|until|till|before|after|from|to|through|thru|during|of|between|and|or|early|late|mid|fiscal|the|year|circa|around|for|than|than in|about|as of|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|mid-|')\s*$/i;

const COUNTED_NOUNS = /^\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|jobs|students|cases|deaths|dead|votes|voters|shares|units|copies|cars|vehicles|homes|houses|members|employees|residents|refugees|migrants|tons|tonnes|barrels|dollars|euros|pounds|miles|kilometers|kilometres|meters|metres|feet|acres|hectares|points|calories|words|pages|signatures|rounds|pieces|times|to\s+\d)\b/i;

/** What precedes "a year" in a rate: an amount, perhaps with the thing counted ("700 seats"). */
const RATE_BEFORE = /(?:\d(?:[\d,.]*\d)?%?|\b(?:million|billion|trillion|thousand|hundred|dozen|hours|minutes|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|few))(?:\s+(?!(?:for|in|within|over|after|by|about|than|from|to|of|on|at|until|since|during|and|or|but)\b)[a-z]+)?\s+$/i;

/** Before "a quarter" that is a share, not three months: "fell by about a quarter". */
const QUARTER_AS_FRACTION = /\bby\s+(?:(?:about|around|roughly|some|nearly|almost|over|under|(?:just\s+)?(?:more|less)\s+than)\s+)?$/i;

/** What may follow "two-year-old" for it to be the age of a thing, not of a person. */
const AGED_THING = /^\s+(?:(?:civil|bloody|brutal|armed|bitter|legal|political|economic|financial|global|diplomatic|military|nuclear|trade|border|labor|labour|debt|budget|price|ethnic|sectarian|rebel|islamist|separatist|shaky|fragile|uneasy|de\s+facto)\s+)*(?:conflict|war|uprising|insurgency|rebellion|revolt|revolution|crisis|dispute|feud|standoff|stand-off|truce|ceasefire|cease-fire|ban|embargo|blockade|siege|strike|boycott|slump|recession|boom|downturn|law|policy|program|programme|regime|government|coalition|administration|alliance|agreement|accord|deal|treaty|pact|moratorium|campaign|movement|investigation|inquiry|probe|case|lawsuit|record|tradition|rivalry|mystery|occupation|stalemate|impasse|protests?|violence|fighting|unrest|drought|famine|epidemic|outbreak|freeze|company|firm|party|institution|building|bridge|church|cathedral|temple|mosque|house|tree|statue|painting|manuscript|cheques?|checks?)\b/i;

/** What makes "last" before a duration the verb ("expected to last six weeks", "will last"). */
const LAST_AS_VERB = /\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|'ll|cannot|won't)\s+$/i;

/** Verbs whose object is a stretch of time: "took months", "spent hours", "waited years", "it has been weeks". */
const TAKES_TIME = /\b(?:took|take|takes|taking|spent|spend|spends|spending|lasted|lasting|waited|wait|waits|waiting|been)\s+$/i;

/**
 * The end of a Title Case headline before a capitalised count: two capitalised words, then
 * only short ones ("From the Louvre in ", "Sheds $5 Trillion in "; not "Veterans of the ").
 */
const TITLE_CASE_BEFORE = /\b[A-Z][\w'’]*\s+(?:\S+\s+)?[A-Z][\w'’]*\s+(?:(?:in|for|of|to|at|by|on|after|over|within|from|the)\s+)+$/;

/** Frequency words used as adjectives ("a daily newspaper", "quarterly earnings") are not SETs. */
const ADJECTIVAL_FREQUENCY = /^(?:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly)$/i;
const AFTER_ADVERB = /^(?:\s*[.,;:!?)"”']|\s*$|\s+(?:and|or|in|on|at|for|to|since|by|from|with|until|basis|but|as|than|outside|inside|across|around|near|along|throughout|during)\b(?!-))/i;

/** What follows "9/11" when it is the day ("the 9/11 attacks", "since 9/11,"), not a score or a fraction. */
const NINE_ELEVEN_AFTER = /^(?:\s*[.,;:!?)"”]|\s*$|\s+(?:attacks?|attackers|hijackers?|commission|memorial|museum|anniversary|victims?|families|terror|terrorists?|era|world|generation)\b)/i;

/** Words of a game near "the third quarter" that make it the game's: a score, yards, a guard, the lead. */
const GAME_PERIOD_CUE = /\b(?:\d{1,3}-\d{1,3}(?![\d-])|\d+-yard|yards|touchdowns?|field goal|rebounds?|assists?|baskets?|three-pointers?|free throws?|guard|quarterback|buzzer|half-?time|overtime|the lead)\b/i;

/** The end of a list of quarters' ordinals before a last one: "the second and ", "the first, second and ". */
const QUARTER_LIST_BEFORE = /\b(?:first|second|third|fourth)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/i;

/** Words after a quarter that are reported once it has ended: "will report fourth-quarter results". */
const REPORTED_AFTER = /^\s+(?:results|earnings|report)\b/i;

/**
 * A quarter's value: in the year named, else the latest such quarter (ahead in a future clause,
 * unless it is one whose results are still to be reported: "will report its fourth-quarter
 * results next week" in January is last year's).
 */
function quarterValue(q: number, year: string | undefined, ctx: Context, after = ''): string {
  if (year) return `${year}-Q${q}`;
  if (!ctx.ref) return `XXXX-Q${q}`;
  const ahead = ctx.future && !REPORTED_AFTER.test(after);
  return `${pad4(q > quarterOf(ctx.ref) && !ahead ? ctx.ref.year - 1 : ctx.ref.year)}-Q${q}`;
}

const BASE_RULES: readonly Rule[] = [
  // "the quarter", "the latest quarter": the quarter a news report is about; in past-tense
  // reporting that is the last completed one.
  {
    pattern: /\b(the\s+)(latest|current|same|recent|fiscal|most recent|just-ended|just-completed)?\s*quarter\b/gi,
    needs: ['quarter'],
    build: (m, ctx, _before, after) => {
      if (/^\s+(?:of|century|mile|point|percent)\b|^-/i.test(after)) return null;
      // "the quarter ended Sept. 30": the quarter most of whose months precede that end.
      const ended = QUARTER_ENDED.exec(after);
      if (ended) {
        const month = MONTHS[MONTH_ABBREVIATIONS[ended[1]!.slice(0, 3).toLowerCase()] ?? ''];
        if (month !== undefined && ctx.ref) {
          const year = month <= ctx.ref.month ? ctx.ref.year : ctx.ref.year - 1;
          return month === 1 ? { type: 'DATE', value: `${pad4(year - 1)}-Q4` } : { type: 'DATE', value: `${pad4(year)}-Q${Math.floor((month - 2) / 3) + 1}` };
        }
      }
      const shift = /current/i.test(m[2] ?? '') || ctx.future ? 0 : -1;
      // In an earnings report "the quarter" is the one the report is about (see ReportPeriod).
      return { type: 'DATE', value: relativeUnitValue('Q', shift, ctx), ...(shift ? { reportPeriod: { yearsBack: 0 } } : {}) };
    },
  },
  // "the January-March quarter", "the July-September quarter of 2024": a calendar quarter
  // named by its months (a fiscal one that straddles two is left to the months).
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(${MONTH_RE})\\s*[-–]\\s*(${MONTH_RE})\\s+quarter\\b(?:\\s+of\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'),
    needs: ['quarter'],
    build: (m, ctx, _before, after) => {
      const first = MONTHS[m[1]!.toLowerCase()]!;
      if (first % 3 !== 1 || MONTHS[m[2]!.toLowerCase()] !== first + 2) return null;
      return { type: 'DATE', value: quarterValue((first + 2) / 3, m[3], ctx, after) };
    },
  },
  // "the weekend", "this weekend", "last weekend", "over the weekend".
  {
    pattern: /\b(the|this(?:\s+past)?|last|next|past)\s+weekend\b/gi,
    needs: ['weekend'],
    build: (m, ctx, before, after) => {
      // "the weekend of June 14" is the day's (index.ts, weekOfDay).
      if (/^\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i.test(after)) return null;
      // "this past weekend" is the last one.
      const word = /^this\s+past$/i.test(m[1]!) ? 'past' : m[1]!.toLowerCase();
      const r = ctx.ref;
      if (!r) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      const wd = weekday(r);
      // From Monday to Friday "the weekend" already happened (past) or is to come (future).
      const inWeekend = wd === 0 || wd === 6;
      let shift = 0;
      // "by the weekend", "until the weekend": the one ahead.
      const ahead = ctx.future || /\b(?:by|until|till|before|ahead\s+of)\s+$/i.test(before);
      if (word === 'last' || word === 'past' || (word !== 'next' && !ahead)) shift = inWeekend ? 0 : -1;
      if (word === 'next') shift = inWeekend ? 1 : 0;
      if (wd === 0 && shift === 0) shift = 0;
      return { type: 'DATE', value: relativeUnitValue('WE', shift, ctx).replace(/^(\d{4}-W\d\d)-WE$/, '$1-WE') };
    },
  },
  // "two weeks ago", "a year earlier", "three months later": dates against the reference.
  {
    pattern: new RegExp(`\\b(${NUMBER})[\\s-]+(${UNIT})(\\s+and\\s+a\\s+half)?\\s+(ago|earlier|before|later|after|from now|from today|hence)\\b`, 'gi'),
    needs: [' ago', ' earlier', ' before', ' later', ' after', ' from now', ' from today', ' hence'],
    build: (m, ctx, _before, after) => {
      const dir = m[4]!.toLowerCase();
      // "a year earlier than planned" compares, it does not date.
      if (/^\s+than\b/i.test(after)) return null;
      let unit = unitCode(m[2]!);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
      // "three hours after landfall", "a week later": measured from another event, not from
      // the article's date; TimeML tags the duration ("three hours") and leaves the anchor.
      if (/^(before|after|later)$/.test(dir)) return null;
      let count = parseCount(m[1]!);
      if (count !== null && m[3]) count += 0.5;
      // "a year and a half ago", "two and a half years ago": counted in months.
      if (count !== null && !Number.isInteger(count) && unit === 'Y' && Number.isInteger(count * 12)) {
        count *= 12;
        unit = 'M';
      }
      // "up from $2 a year ago" in a quarterly report: the same quarter that many years back.
      const report = unit === 'Y' && count !== null && Number.isInteger(count) ? { reportPeriod: { yearsBack: count } } : {};
      return { type: 'DATE', value: offsetValue(count, unit, sign, ctx), ...report };
    },
  },
  // Durations: "two weeks", "24 hours", "the past three months", "a two-year", "several years".
  {
    pattern: new RegExp(`\\b(?:(the\\s+)?(past|last|next|first|coming|previous|following|final|latest|recent|remaining)\\s+)?(${NUMBER})(?:\\s+(?:more|additional|extra|further|straight|consecutive|successive|full|whole|entire|solid))?(?:\\s+(?:trading|business|working|school))?[\\s-]+(${UNIT})(-long|-plus|-old)?\\b(\\s+and\\s+a\\s+half\\b)?`, 'gi'),
    // The unit follows a space or a hyphen ("two days", "a two-year"): "Monday" needs no look.
    needs: ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'].flatMap((unit) => [` ${unit}`, `-${unit}`]),
    build: (m, _ctx, before, after) => {
      // "is expected to last several weeks": the verb, then the duration.
      const verb = m[2] !== undefined && !m[1] && /^last$/i.test(m[2]) && LAST_AS_VERB.test(before);
      const lead = verb ? m[2]!.length + /^\s*/.exec(m[0].slice(m[2]!.length))![0].length : 0;
      const det = verb ? undefined : m[1];
      const qualifier = verb ? undefined : m[2];
      if (verb) before += m[0].slice(0, lead);
      const count = m[3]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = unitCode(m[4]!);
      // CBS's "60 Minutes", "the Six-Day War": a capital unit after a quote or inside a lower-case
      // sentence is a name (a title-case headline has capitals before it, and lower-case only
      // its short words: "Sheds $5 Trillion in Two Days").
      if (/^[A-Z]/.test(m[4]!) && /(?:["“'‘]|\b[a-z]+\s+)$/.test(before) && !TITLE_CASE_BEFORE.test(before)) return null;
      // "a day-night match": the unit is half of a compound word.
      if (/^-[a-z]/i.test(after)) return null;
      // "a second strike", "one minute's silence" keep; "a second" is an ordinal, not a duration.
      if (unit === 'S' && /^an?$/.test(count)) return null;
      // Ages are not tagged ("a 45-year-old teacher"); the age of a thing is a duration ("the
      // two-year-old conflict").
      if (m[5]?.toLowerCase() === '-old' ? !AGED_THING.test(after) : /^-olds?\b|^\s*-?\s*old\b/i.test(after)) return null;
      // "may one day replace": some time ahead, not a day long.
      if (/^one$/i.test(count) && unit === 'D' && /\b(?:will|would|may|might|could|can|should|must|to|hope|hopes|hoped)\s+$/i.test(before)) return { type: 'DATE', value: 'FUTURE_REF', lead };
      // "a year's salary" is not a stretch of time; "in a year's time" is.
      if (/^'s\b/.test(after) && count === 'a' && !/^'s\s+time\b/.test(after)) return null;
      // "$2 million a year", "700 seats a week", "24 hours a day": a rate, not a stretch of time.
      if (/^an?$/.test(count) && !qualifier && RATE_BEFORE.test(before)) return null;
      // "three-quarters of its food", "fell by about a quarter", "a quarter point": a fraction.
      if (unit === 'Q' && /^\s+of\b/i.test(after) && (/-/.test(m[0]) || /^(?:a|one|three)$/.test(count))) return null;
      if (unit === 'Q' && /^(?:a|one)$/.test(count) && (QUARTER_AS_FRACTION.test(before) || /^[\s-]+(?:point|percentage)\b/i.test(after))) return null;
      if (/^(?:some|many|numerous)$/.test(count) && !det && !qualifier) return null;
      if (/\b(?:per|a|an|every|each)\s+$/i.test(before) && /^an?$/.test(count)) return null;
      const n = parseCount(count);
      if (n === null && !/^(?:several|few|a few|many|some|numerous)$/.test(count)) return null;
      // "the 1988 quarter", "2024 season": a year naming the period, not a count of them.
      if (/^(?:1[89]|20)\d\d$/.test(count) && !/s$/i.test(m[4]!)) return null;
      // "the past several quarters", "the last few months": the past at large, as TimeBank reads it.
      if (n === null && qualifier && /^(?:past|last|recent)$/i.test(qualifier)) return { type: 'DATE', value: 'PAST_REF', lead };
      // "the first day", "the next month": ordinal positions, not lengths, unless a count follows.
      return { type: 'DURATION', value: durationValue(n === null ? null : n + (m[6] ? 0.5 : 0), unit, m[4]!), lead };
    },
  },
  // Plural units alone: "years", "decades", "recent weeks", "the coming months".
  {
    pattern: /\b(?:(?:the\s+)?(recent|coming|past|next|last|previous|following|future|first|early|final|closing|opening|initial)\s+)?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(-long|-old(?=\s))?/gi,
    needs: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries'],
    build: (m, _ctx, before, after) => {
      // "could last months": the verb, then a stretch of unknown length (as in the durations rule).
      if (m[1] && /^last$/i.test(m[1]) && !/^the\s/i.test(m[0]) && LAST_AS_VERB.test(before) && !m[3]) {
        return { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)), lead: m[0].length - m[2]!.length };
      }
      // "in the first hours of the war", "the early years": a stretch, with its article.
      if (m[1] && /^(?:first|early|final|closing|opening|initial)$/i.test(m[1])) {
        // ("the early hours of Thursday" is part of that day, which is tagged alone.)
        if (/^\s+of\s+(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i.test(after)) return null;
        return /^the\s/i.test(m[0]) && !m[3] ? { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)) } : null;
      }
      // "in the weeks before the vote": a stretch TimeBank tags without its article ("over the
      // years" is period-rules.ts's, with it).
      if (!m[1] && !m[3] && /\bthe\s+$/i.test(before) && /^\s+(?:before|after|since|leading)\b/i.test(after)) {
        return { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)) };
      }
      // "months ago": some time back; "hours before the vote", "days after the attack": a
      // stretch measured from an event (TimeML tags the duration, as with "three days after").
      if (!m[1] && !m[3] && !/\d\s*$|\b(?:the|these|those|many|several|few|some|of|for|in|over|within|after)\s+$/i.test(before)) {
        // ("had resigned days earlier", "returned weeks later": after any word, as nothing else
        // stands before "earlier" or "later".)
        if (/^\s+(?:later|earlier)\b(?!\s+than\b)/i.test(after) || (/^\s+(?:before|after)\b/i.test(after) && /(?:^|[,;:(]|\b(?:just|only|mere|barely|and|but|then|came|come|comes|died|began|started|ended|arrived|left|was|were|is|are)\s*)$/i.test(before.trimEnd()))) {
          return { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)) };
        }
      }
      // "after months of talks", "Decades of neglect": a stretch of time, not "hundreds of years".
      const stretchOf = /^\s+of\b/i.test(after) && !m[1] && (/\b(?:after|for|with|within|despite|following|follows|amid|over|ending|end|ended)\s+$/i.test(before) || /(?:^|[.;:!?"“(]\s*)$/.test(before));
      // "in a matter of weeks": a stretch of a few of them.
      const matterOf = !m[1] && !m[3] && /\ba\s+matter\s+of\s+$/i.test(before);
      if (matterOf) return { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)) };
      if (!m[1] && !m[3] && !stretchOf && !/\b(?:for|in|over|within|after)\s+$/i.test(before) && !TAKES_TIME.test(before)) return null;
      if (/^\s+(?:ago|earlier|old)\b/i.test(after) || (/^\s+of\b/i.test(after) && !stretchOf)) return null;
      if (/\d\s*$|\b(?:the|these|those|many|several|few|some|of)\s+$/i.test(before) && !m[1] && !m[3]) return null;
      if (m[3]?.toLowerCase() === '-old' && !AGED_THING.test(after)) return null;
      // TimeBank reads "past years", "recent years", "coming months" as the past and the
      // future at large, but "recent weeks" as a stretch of weeks.
      const word = m[1]?.toLowerCase();
      if (word === 'past' || word === 'last' || (word === 'recent' && /^(?:years|decades)$/i.test(m[2]!))) return { type: 'DATE', value: 'PAST_REF' };
      if ((word === 'coming' || word === 'future') && !/^the\s/i.test(m[0])) return { type: 'DATE', value: 'FUTURE_REF' };
      return { type: 'DURATION', value: durationValue(null, unitCode(m[2]!)) };
    },
  },
  // "within the next hour", "in the past minute": one such unit up to or from now.
  {
    pattern: /\bthe\s+(?:past|last|next|coming)\s+(hour|minute)\b(?!-)/gi,
    needs: ['hour', 'minute'],
    build: (m, _ctx, before) => (/\bat\s+$/i.test(before) ? null : { type: 'DURATION', value: durationValue(1, unitCode(m[1]!)) }),
  },
  // "by the end of the decade", "the middle of the century": the reference one, the modifier
  // step adding "the end of" (modifiers.ts).
  {
    pattern: /\bthe\s+(decade|century)\b(?![-'’])/gi,
    needs: ['decade', 'century'],
    build: (m, ctx, before) => (/\b(?:end|start|beginning|middle|close)\s+of\s+$/i.test(before)
      ? { type: 'DATE', value: relativeUnitValue(unitCode(m[1]!) as 'DE' | 'CE', 0, ctx) } : null),
  },
  // "the day before yesterday", "the day after tomorrow".
  {
    pattern: /\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b/gi,
    needs: ['yesterday', 'tomorrow'],
    build: (m, ctx) => ({ type: 'DATE', value: ctx.ref ? formatDay(addDays(ctx.ref, /yesterday/i.test(m[0]) ? -2 : 2)) : 'XXXX-XX-XX' }),
  },
  // "a quarter-century", "a quarter of a century": 25 years (not a quarter, nor a century).
  {
    pattern: /\b(?:(?:a|one|the)\s+)?(?:(?:past|last|next)\s+)?(?:(three)[\s-])?quarters?(?:[\s-]century|\s+of\s+a\s+century)\b/gi,
    needs: ['century'],
    build: (m) => ({ type: 'DURATION', value: m[1] ? 'P75Y' : 'P25Y' }),
  },
  // "a weeklong festival", "the decade-long war": one unit long.
  {
    pattern: /\b(?:(day|night|week|month|year)-?long|(hour|decade|century)-long)\b/gi,
    needs: ['long'],
    build: (m, _ctx, before) => {
      // "a decade-long" is the duration rule's, article and all.
      if (m[0].includes('-') && /\b(?:a|an|one)\s+$/i.test(before)) return null;
      const word = (m[1] ?? m[2])!;
      return { type: 'DURATION', value: /^night$/i.test(word) ? 'P1D' : durationValue(1, unitCode(word)) };
    },
  },
  // "for a while", "in some time": a stretch of unknown length.
  {
    pattern: /\b(?:for|in|after)\s+(a\s+while|some\s+time)\b/gi,
    needs: ['while', 'some time'],
    build: (m, _ctx, before) => (/\bonce\s+$/i.test(before) && /^in\b/i.test(m[0]) ? null : { type: 'DURATION', value: 'PXX', lead: m[0].length - m[1]!.length }),
  },
  // "months ago", "just weeks ago": some time back.
  {
    pattern: /\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\s+ago\b/gi,
    needs: ['ago'],
    build: (_m, _ctx, before) => (/\d\s*$|\b(?:the|these|those|many|several|few|some|of|and|or)\s+$/i.test(before) ? null : { type: 'DATE', value: 'PAST_REF' }),
  },
  // "last week", "this month", "next year", "last quarter", "this weekend", "the past week",
  // "this fiscal year".
  {
    pattern: /\b(the\s+|this\s+(?=past\b))?(last|this|next|past|previous|coming|current|following)\s+(?:fiscal\s+(?=year|quarter))?(week|weekend|month|quarter|year|decade|century)\b/gi,
    needs: [' week', ' month', ' quarter', ' year', ' decade', ' century'],
    build: (m, ctx, before) => {
      const det = m[1];
      // ABC's "This Week": a programme's title, not a week.
      // "the following year", "the previous month": from the date in focus (period-rules.ts).
      const anaphoric = det && /^(?:following|previous)$/i.test(m[2]!);
      if (anaphoric && /^(?:week|month|year)$/i.test(m[3]!)) {
        const focusUnit = unitCode(m[3]!) as 'W' | 'M' | 'Y';
        const shift = /following/i.test(m[2]!) ? 1 : -1;
        return { type: 'DATE', value: relativeUnitValue(focusUnit, shift, ctx), anaphor: { unit: focusUnit, shift } };
      }
      if (/^This Week$/.test(m[0]) && /["“'‘]$|['’]s\s+["“]?$/.test(before)) return null;
      const word = m[2]!.toLowerCase();
      const unit = unitCode(m[3]!) as 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
      // "the past year", "the last decade", "the next year": TimeBank tags the unit before or
      // after the reference one as a date (1988 in 1989), and "the past week" as this week.
      if (det && /^(?:past|last|coming|next)$/.test(word)) {
        // "over the past decade": ten years up to now, as TimeBank reads it ("in the last decade": the 1980s).
        if (unit === 'DE' && /\b(?:over|for|during|throughout)\s+$/i.test(before)) return { type: 'DURATION', value: 'P10Y' };
        const back = word === 'past' || word === 'last';
        return { type: 'DATE', value: relativeUnitValue(unit, back ? (unit === 'W' ? 0 : -1) : 1, ctx) };
      }
      const shift = SHIFT[word] ?? 0;
      // "up from 39 percent in the previous quarter": in a report, the quarter before the one reported on.
      if (det && word === 'previous' && unit === 'Q') return { type: 'DATE', value: relativeUnitValue(unit, shift, ctx), reportPeriod: { quartersBack: 1 } };
      return { type: 'DATE', value: relativeUnitValue(unit, shift, ctx) };
    },
  },
  // Seasons: "last fall", "this summer", "the spring of 2024", "winter 2023".
  {
    pattern: /\b(?:(last|this(?:\s+past)?|next|past)\s+|(the\s+))?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi,
    needs: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    build: (m, ctx, before) => {
      const season = SEASONS[m[3]!.toLowerCase()]!;
      if (m[4]) return { type: 'DATE', value: `${m[4]}-${season}` };
      if (m[3] === 'fall' && !m[1] && !m[2] && !/\b(?:in|during|this|last|next|by|until|since|early|late)\s+$/i.test(before)) return null;
      // "since the fall of communism", "the fall in prices": a fall, not the season.
      if (m[3]!.toLowerCase() === 'fall' && !m[1] && /^\s+(?:of|in)\s/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      if (!m[1] && !/\b(?:in|during|by|until|since|before|after|early|late|into|over|through|throughout|for|this past|mid-?)\s+(?:the\s+)?$/i.test(before + (m[2] ?? ''))) return null;
      // "this past spring": the latest one, whatever the tense.
      if (m[1] && /^this\s+past$/i.test(m[1])) return { type: 'DATE', value: seasonValue(season, 0, { ...ctx, future: false }, SEASON_START[season]!) };
      // "this spring" is the reference year's, also before it starts ("the bank pointed to this
      // spring's wage talks" in January), as TimeBank reads "this summer" in March.
      if (m[1] && /^this$/i.test(m[1])) return { type: 'DATE', value: seasonValue(season, 0, { ...ctx, future: true }, SEASON_START[season]!) };
      const shift = m[1] ? SHIFT[m[1].toLowerCase()] ?? 0 : 0;
      return { type: 'DATE', value: seasonValue(season, shift, ctx, SEASON_START[season]!) };
    },
  },
  // Quarters: "the third quarter", "third-quarter", "the fourth quarter of 2024", "2024 first quarter",
  // and the last of a list, "the third and fourth quarters".
  {
    pattern: /\b(?:((?:19|20)\d\d)\s+|(the\s+))?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(s?)\b(?:\s+of\s+((?:19|20)\d\d)\b|,?\s+((?:19|20)\d\d)\b|\s+of\s+(this|last|next)\s+year\b)?/gi,
    needs: ['quarter'],
    build: (m, ctx, before, after) => {
      if (m[4] && (m[1] || m[2] || !QUARTER_LIST_BEFORE.test(before))) return null;
      // A game's quarter, not the year's: "a 46-yard pass early in the third quarter".
      if (!m[1] && !m[5] && !m[6] && !m[7] && (GAME_PERIOD_CUE.test(before) || GAME_PERIOD_CUE.test(after))) return null;
      const q = ORDINALS[m[3]!.toLowerCase()]!;
      // "the second quarter of next year": in the year named from the reference.
      if (m[7]) return { type: 'DATE', value: `${ctx.ref ? pad4(ctx.ref.year + (SHIFT[m[7].toLowerCase()] ?? 0)) : 'XXXX'}-Q${q}` };
      return { type: 'DATE', value: quarterValue(q, m[1] ?? m[5] ?? m[6], ctx, after) };
    },
  },
  // The quarters before the last in a list: "second" in "the second and fourth quarters (of 2024)".
  {
    pattern: /\b(first|second|third|fourth)(?=(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:first|second|third|fourth)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:first|second|third|fourth)[\s-]quarters\b(?:\s+of\s+((?:19|20)\d\d)\b)?)/gi,
    needs: ['quarters'],
    build: (m, ctx) => ({ type: 'DATE', value: quarterValue(ORDINALS[m[1]!.toLowerCase()]!, m[2], ctx) }),
  },
  // Quarters abbreviated, as financial news writes them: "Q3", "Q3 2012", "3Q", "Q4'12".
  {
    pattern: /\b(?:Q([1-4])|([1-4])Q)(?:\s+((?:19|20)\d\d)\b|['’](\d\d)\b)?(?![\w-])/g,
    needs: ['q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q'],
    build: (m, ctx, before) => {
      // "an Audi Q3": a model's name after a capitalised word inside the sentence.
      if (/\b[a-z]+,?\s+[A-Z][A-Za-z]*\s+$/.test(before)) return null;
      const q = Number(m[1] ?? m[2]);
      const explicit = m[3] ?? (m[4] ? `20${m[4]}` : undefined);
      let year: string;
      if (explicit) year = explicit;
      else if (!ctx.ref) year = 'XXXX';
      else year = pad4(q > quarterOf(ctx.ref) && !ctx.future ? ctx.ref.year - 1 : ctx.ref.year);
      return { type: 'DATE', value: `${year}-Q${q}` };
    },
  },
  // Half-years and fiscal years abbreviated, as financial news writes them: "H1 2013", "H2'13",
  // "FY13" (a half needs its year: "H1" alone is also a visa or a flu).
  {
    pattern: /\b(?:H([12])(?:\s+((?:19|20)\d\d)|['’](\d\d))|FY['’]?(\d\d))\b(?![-/]\d)/g,
    needs: ['h1', 'h2', 'fy'],
    build: (m) => {
      if (m[4]) return { type: 'DATE', value: `20${m[4]}` };
      return { type: 'DATE', value: `${m[2] ?? `20${m[3]}`}-H${m[1]}` };
    },
  },
  // Decades: "the 1990s", "the '80s", "the 2010s".
  {
    pattern: /\b(the\s+)?(?:(1[89]|20)(\d)0s|['’](\d)0s)\b|(?:the\s+)['’](\d)0s\b/gi,
    needs: ['0s'],
    build: (m) => {
      if (m[2]) return { type: 'DATE', value: `${m[2]}${m[3]}` };
      const d = m[4] ?? m[5];
      return d === undefined ? null : { type: 'DATE', value: `19${d}` };
    },
  },
  // Decades without the apostrophe: "the 80s", "the late 90s" (after "the", so that "in his 80s",
  // an age, is not one); the 1930s to the 1990s, as "the '80s" is.
  {
    pattern: /\b(the\s+)?([3-9])0s\b/gi,
    needs: ['0s'],
    build: (m, _ctx, before, after) => {
      if (!m[1] && !/\bthe\s+(?:early|mid|late)[-\s]+$/i.test(before)) return null;
      // "temperatures in the 90s": degrees, not a decade.
      if (/temperat|degrees|\bhighs?\b|\blows?\b|°|fahrenheit|celsius/i.test(before.slice(-80) + after.slice(0, 30))) return null;
      return { type: 'DATE', value: `19${m[2]}` };
    },
  },
  // A bare year in a date-ish context: "in 2025", "since 2019", "the 2024 election", "fiscal 1989",
  // "post-1959", and each end of "1976-1983".
  {
    pattern: /(?<![\d.,$€£#/:])(?:\b(pre|post)-)?(?<!(?<!\b(?:mid|pre|post)|\b(?:1[5-9]|20)\d\d)[-–])\b(fiscal\s+(?:year\s+)?|FY\s?)?((?:1[5-9]|20)\d\d)\b(?![.,]\d|[-–](?!(?:1[5-9]|20)\d\d\b)\d|\/\d|%|:\d)/gi,
    needs: ['19', '20', '18', '17', '16', '15'],
    build: (m, _ctx, before, after) => {
      const year = m[3]!;
      if (/\b(?:no|number|nos|order|flight|route|room|page|pages|item|article|section|rule|chapter|model|boeing|airbus|cve|iso|rfc|bill|resolution|code|law)\.?\s*$/i.test(before)) return null;
      if (/[$€£#]\s*$/.test(before)) return null;
      const rangeEnd = /\b(?:1[5-9]|20)\d\d[-–]$/.test(before);
      // Years before 1900 only after a preposition that takes one ("in 1898", "since 1776").
      if (/^1[5-8]/.test(year) && !rangeEnd && !/\b(?:in|since|of|until|till|from|by|before|after|circa)\s+$/i.test(before)) return null;
      const leftOk = m[1] !== undefined || m[2] !== undefined || rangeEnd || YEAR_LEFT.test(before) || /\b(?:a|an|its|his|her|their|our|that|this|these|those)\s+$|'s\s+$/i.test(before);
      const rightOk = /^(?:\s*[.,;:!?)\]"”']|\s*$|\s+(?:and|to|or|through|until|when|after|before|as|while|was|were|saw|marked|brought)\b|'s\b|[-–](?:19|20)?\d\d\b)/.test(after) || yearNounAfter(after);
      if (!leftOk && !rightOk) return null;
      // "a venture called Orion 1980,", "the Vision 2030 plan": a name's last word, after a
      // capitalised word inside the sentence (not a preposition, a month or a season: leftOk).
      if (!leftOk && /\b[a-z]+,?\s+[A-Z][A-Za-z]*\s+$/.test(before) && !yearNounAfter(after)) return null;
      // "2025 people", "1990 troops": a count of something, not a year.
      if (COUNTED_NOUNS.test(after)) return null;
      return { type: 'DATE', value: year };
    },
  },
  // Frequencies: "every week", "each year", "daily", "twice a month", "every Tuesday", "each July".
  {
    pattern: new RegExp(`\\b(?:(every|each)\\s+(other\\s+)?(?:(${NUMBER})\\s+)?(${UNIT}|${WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH_RE}|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)|(hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)|(once|twice|(?:${NUMBER})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT}))\\b`, 'gi'),
    needs: ['every', 'each', 'hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'once', 'twice', 'times'],
    build: (m, _ctx, before, after) => {
      if (m[5]) {
        if (ADJECTIVAL_FREQUENCY.test(m[5]) && !AFTER_ADVERB.test(after)) return null;
        // "rise 8% annually", "10,000 units annually": a rate, as "$2 million a year" is (see RATE_BEFORE).
        if (RATE_BEFORE.test(before)) return null;
        return { type: 'SET', value: FREQUENCY[m[5].toLowerCase()]! };
      }
      if (m[7]) return { type: 'SET', value: durationValue(1, unitCode(m[7])) };
      const [word, partWord] = m[4]!.toLowerCase().split(/\s+/) as [string, string | undefined];
      const part = partWord ?? word;
      const partCode = part === 'morning' ? 'MO' : part === 'afternoon' ? 'AF' : part === 'evening' ? 'EV' : part === 'night' ? 'NI' : '';
      const wd = WEEKDAYS[word];
      // "every Sunday night": that part of each such day; "every morning": of each day.
      if (wd !== undefined) return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}${partCode ? `T${partCode}` : ''}` };
      if (partCode) return { type: 'SET', value: `XXXX-XX-XXT${partCode}` };
      if (/^weekends?$/.test(word) && !m[3] && !m[2]) return { type: 'SET', value: 'XXXX-WXX-WE' };
      const month = MONTHS[word];
      if (month !== undefined) return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
      const season = SEASONS[word];
      if (season !== undefined) return { type: 'SET', value: `XXXX-${season}` };
      const n = m[3] ? parseCount(m[3]) : m[2] ? 2 : 1;
      return { type: 'SET', value: durationValue(n, unitCode(word)) };
    },
  },
  // "9/11", "the 9/11 attacks": the day, as news names it.
  {
    pattern: /(?<![\d/.,])\b9\/11\b(?![/.,]?\d)/g,
    needs: ['9/11'],
    build: (_m, _ctx, before, after) => (/(?:\b(?:the|after|since|before|until|of|on|pre|post)|-)\s*$/i.test(before) || NINE_ELEVEN_AFTER.test(after)
      ? { type: 'DATE', value: '2001-09-11' } : null),
  },
  // The present, the past and the future as TimeML reference points.
  {
    pattern: /\b(?:(now|currently|nowadays|presently|at present|these days|right now)|(recently|lately|the past)|(the future|in future))\b/gi,
    needs: ['now', 'current', 'present', 'days', 'recent', 'lately', 'past', 'future'],
    build: (m, _ctx, before, after) => {
      if (m[1]) {
        // "now that the law has passed" is the present too; "now and then" is not.
        if (/^now$/i.test(m[1]) && (/^-|^\s+and\s+(?:then|again)\b/i.test(after) || /\bthen\s+(?:and|or)\s+$/i.test(before))) return null;
        return { type: 'DATE', value: 'PRESENT_REF' };
      }
      if (m[2]) {
        if (/^the past$/i.test(m[2]) && /^\s+(?:\d|[a-z]+\s+(?:days|weeks|months|years|decades))/i.test(after)) return null;
        return { type: 'DATE', value: 'PAST_REF' };
      }
      if (/^in future$/i.test(m[3]!)) return { type: 'DATE', value: 'FUTURE_REF', lead: 3 };
      return { type: 'DATE', value: 'FUTURE_REF' };
    },
  },
];

const RULES: readonly Rule[] = [...BASE_RULES, ...PERIOD_RULES];

/** Runs every rule over `sentence` (a slice of the masked text starting at `base`). */
export function findByRules(sentence: string, base: number, ref: Context['ref'], futureAt: (offset: number) => boolean, out: Candidate[]): void {
  const marked = rulesToRun(sentence.toLowerCase());
  for (let i = 0; i < RULES.length; i++) {
    if (marked[i] !== generation) continue;
    const rule = RULES[i]!;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const built = rule.build(m, { ref, future: futureAt(m.index) }, before, after);
      if (!built) continue;
      const lead = built.lead ?? 0;
      out.push({
        start: base + m.index + lead, end: base + m.index + m[0].length - (built.trail ?? 0), type: built.type, value: built.value,
        ...(built.mod ? { mod: built.mod } : {}), ...(built.reportPeriod ? { reportPeriod: built.reportPeriod } : {}),
        ...(built.anaphor ? { anaphor: built.anaphor } : {}), ...(built.dayless ? { dayless: true } : {}), priority: 2,
      });
    }
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every rule's `needs`, longest first, so that at any position the scan below matches the longest. */
const NEEDS = [...new Set(RULES.flatMap((rule) => rule.needs))].sort((a, b) => b.length - a.length);
/**
 * All the needs in one scan, restarted one character after each match so that overlapping
 * needs are all found. One pass per sentence, where a test of each rule's needs in turn (37 regex calls)
 * cost more than most rules themselves.
 */
const NEED_SCAN = new RegExp(`(${NEEDS.map(escapeRegExp).join('|')})`, 'g');
/** Whitespace other than single spaces, which the scan first turns into them (rarely: most sentences have none). */
const ODD_WHITESPACE = /[^\S ]| {2}/;
/**
 * For each need, the rules its presence lets run: those with a need inside it (the scan matches
 * only the longest need at a position, and the shorter ones there are its prefixes).
 */
const RULES_BY_NEED: ReadonlyMap<string, readonly number[]> = new Map(NEEDS.map((need) => [
  need, RULES.flatMap((rule, i) => (rule.needs.some((n) => need.includes(n)) ? [i] : [])),
]));

/** `runs[i] === generation` marks rule i for the current sentence: no clearing between sentences. */
const runs = new Uint32Array(RULES.length);
let generation = 0;

/** Marks (see `runs`) the rules whose needs `lower` (a lower-cased sentence) contains. */
function rulesToRun(lower: string): Uint32Array {
  if (++generation === 0xffffffff) {
    runs.fill(0);
    generation = 1;
  }
  // A space in a need stands for any run of whitespace; literal spaces keep the scan fast.
  const text = ODD_WHITESPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  NEED_SCAN.lastIndex = 0;
  for (let m = NEED_SCAN.exec(text); m; m = NEED_SCAN.exec(text)) {
    for (const i of RULES_BY_NEED.get(m[1]!)!) runs[i] = generation;
    NEED_SCAN.lastIndex = m.index + 1;
  }
  return runs;
}
