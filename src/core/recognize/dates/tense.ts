// A cheap guess at whether a clause talks about the future, to resolve "Tuesday" or "October"
// forwards instead of backwards. News is mostly past tense, so past is the default. Clauses,
// not sentences: in "officials said Friday that talks will resume" Friday is in the past.

/** A past request for something ahead: "urged Republicans to back", "asked the court to rule". */
const REQUEST_WORDS = String.raw`(?:asked|urged|told|ordered|invited|called on)\s+(?:\w+\s+){1,4}?to\s+(?!be\b)[a-z]{3,}`;
const REQUEST = new RegExp(String.raw`\b${REQUEST_WORDS}\b`, 'i');
const FUTURE = new RegExp(String.raw`\b(?:${REQUEST_WORDS}|will|would|shall|won't|going to|(?:is|are|was|were) (?:expected|due|set|scheduled|slated|poised) to|expects? to|plans? to|planned|intends? to|scheduled|upcoming|next|coming|from now|later this|as (?:soon|early) as|payable|effective|(?:is|are) to|(?:is|are) due|set to|slated|postponed)\b|\w'll\b`, 'i');
/** "may" and "might" before a bare verb, in lower case (not the month): "may become clearer on Monday". */
const MAY = /\b(?:may|might)\s+(?:well\s+|yet\s+|still\s+|soon\s+|not\s+)?(?!have\b|be\s+\w+ed\b)[a-z]{3,}\b/;
/** Where a clause of its own future starts; "saying", "adding", "warning" open reported speech ("issued a statement on Tuesday saying it would retaliate"). */
const CLAUSE_BREAK = /[,;:()"“”—]|\s-\s|\b(?:that|and|but|while|whereas|although|though|because|saying|adding|warning)\b|\bafter\s+(?=(?:he|she|it|they|we)\s)/gi;

/**
 * Plans, forecasts, deadlines and commitments, for months and other expressions that a clause
 * may place either way: the future words above, modals, "expected/due/supposed", "agreed to".
 * A modal with "have" looks back ("a draft that would have put off the vote failed"), and so
 * does a plan in the past perfect ("it had been planned for April but was postponed").
 */
const PLAN = /\b(?:will|shall|won't|going to|(?:should|could|would|might|must)(?!\s+(?:not\s+|never\s+)?have\b)|expects?|expected|due|scheduled|slated|(?<!\bhad\s+been\s+)planned for|supposed to|intends? to|aims? to|hopes? to|plans? to|(?:agrees|decides|votes|promises|pledges|vows) to|upcoming|next|coming|from now|later this)\b|\w'll\b/gi;
/**
 * A past commitment: what it commits to is ahead ("agreed to sell it in July"), but a time
 * before it is when the commitment was made ("In July it agreed to sell").
 */
const COMMITTED = /\b(?:agreed|decided|voted|promised|pledged|vowed) to\b/gi;

/** "and" and a bare verb: a clause that continues the one before it ("and give", "and meet"). */
const SHARED_VERB_AFTER_AND = /^and\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|then|now|also|more|most|other|others|some|many|several|all|both|each|one|two|three|four|five|six|seven|eight|nine|ten|not|so|yet|still|later|earlier|there|here)\b)[a-z]+(?<!s|ed|ing)\b/;

/** Present perfect: the time up to now ("has been on patrol since March", "have come down"). */
const PERFECT = /\b(?:has|have|'ve)\s+(?:not\s+|never\s+|already\s+|\w+ly\s+)?(?:been|[a-z]{2,}ed|come|gone|done|seen|taken|given|fallen|risen|grown|shown|made|won|lost|held|paid|sold|cut|hit|led|left|kept|spent|brought|built)\b/gi;

/**
 * Present tense verbs that say a clause is not about the past ("when the case is heard in May",
 * "where the show runs until Friday", "subsidies that expire at the end of December").
 */
const PRESENT = /\b(?:is|are|am|remains?|stays?|runs|lasts|continues|expires|(?<!\bto\s)expire|closes|opens|resumes)\b/gi;

/**
 * Past tense: irregular past forms, "ago"-style words, and regular -ed forms that are not
 * participles after "is/are/be/remain" ("is closed until March" is present). Lower-case only
 * for -ed, so that "United" or "Red" are not verbs. The irregular forms that are participles too
 * are not past after "be" either ("the summit will be held in March", "would be paid in January").
 */
const PAST_WORDS = /\b(?<!\b(?:is|are|am|be|being|get|gets)\s+)(?:was|were|had|did|said|told|came|went|began|begun|fell|rose|made|took|gave|got|saw|met|won|lost|held|paid|sold|bought|brought|built|struck|spent|sent|kept|ran|grew|knew|thought|found|became|stood|fought|fled|broke|wrote|spoke|chose|drove|ago|yesterday|previously|earlier)\b/gi;
const PAST_ED = /\b(?<!\b(?:is|are|am|be|being|remains?|remained|stays?|will|to|get|gets|has|have|'ve)\s+)(?!hundred\b|untouched\b|unexpected\b)[a-z]{2,}(?<!e)ed\b/g;

/** Signals counted for the tense of a clause; a later one in the list wins at the same end. */
const SIGNALS: ReadonlyArray<readonly [RegExp, Tense, Tense?]> = [
  [PRESENT, 'present'], [PAST_WORDS, 'past'], [PAST_ED, 'past'], [PERFECT, 'perfect'], [PLAN, 'future'], [COMMITTED, 'future', 'past'],
];

/** Where a clause or sentence of tense starts, for clauseTenseAt: subordinators, not "and". */
const TENSE_BREAK = /[;:()"“”—]|,(?!\d)|\s-\s|\b(?:that|but|while|whereas|although|because|which|who|when|where|if|unless)\b/gi;

export type Tense = 'past' | 'perfect' | 'present' | 'future';

/** For a sentence, a function telling whether the clause around an offset reads as future tense. */
export function futureTenseAt(sentence: string): (offset: number) => boolean {
  const ahead = (clause: string): boolean => FUTURE.test(clause) || MAY.test(clause);
  if (!ahead(sentence)) return () => false;
  const breaks: number[] = [0];
  addMatchStarts(CLAUSE_BREAK, sentence, breaks);
  breaks.push(sentence.length);
  const futureClause = breaks.slice(0, -1).map((b, i) => ahead(sentence.slice(b, breaks[i + 1])));
  // "who on Monday urged Republicans to back him": the request is past; only what follows
  // "urged … to" is ahead. Where that is the clause's only future word, a time before it is past,
  // and so is one before "may" ("Bush on Tuesday said the United States may extend…").
  const futureFrom = breaks.slice(0, -1).map((b, i) => {
    const clause = sentence.slice(b, breaks[i + 1]);
    if (!FUTURE.test(clause)) return b + (MAY.exec(clause)?.index ?? 0);
    const request = REQUEST.exec(clause);
    return request !== null && !FUTURE.test(clause.slice(0, request.index) + ' ' + clause.slice(request.index + request[0].length)) ? b + request.index : b;
  });
  // "would celebrate Mass on Friday and give his first address on Sunday": a second verb after
  // "and", with no subject of its own, shares the first one's future.
  for (let i = 1; i < futureClause.length; i++) {
    if (!futureClause[i] && futureClause[i - 1] && SHARED_VERB_AFTER_AND.test(sentence.slice(breaks[i]!, breaks[i + 1]))) futureClause[i] = true;
  }
  // "On Tuesday, the league plans to hold a news conference": a short phrase fronted before the
  // subject takes the tense clauseTenseAt reads for the sentence there: its own verb if it has
  // one ("Having resigned on Tuesday, he will..."), else the main clause's first tense word ("On
  // Tuesday, officials said the talks will resume" stays past).
  const fronted = breaks.length > 2 && sentence[breaks[1]!] === ',' && FRONTED.test(sentence.slice(0, breaks[1]));
  let frontedFuture: boolean | null = null;
  return (offset) => {
    let i = 0;
    while (i + 1 < breaks.length - 1 && breaks[i + 1]! <= offset) i++;
    if (i === 0 && fronted && !futureClause[0]) return frontedFuture ??= clauseTenseAt(sentence)(offset) === 'future';
    return (futureClause[i] ?? false) && offset >= futureFrom[i]!;
  };
}

/** A short phrase, up to five words, that may stand fronted before a comma ("On Tuesday", "From Jan. 1"). */
const FRONTED = /^\s*\S+(?:\s+\S+){0,4}\s*$/;

interface Signal {
  readonly start: number;
  readonly end: number;
  readonly tense: Tense;
  /** The tense it gives a time before it, when that differs (COMMITTED). */
  readonly before?: Tense;
}

/**
 * The nearest tense signal to `offset` among `signals` within [from, to): the last one that ends
 * before it ("officials said hotels should reopen by December": should), else the first after
 * ("In September, it announced...": announced).
 */
function nearest(signals: readonly Signal[], offset: number, from: number, to: number): Tense | null {
  let before: Signal | null = null;
  let after: Signal | null = null;
  for (const s of signals) {
    if (s.start < from || s.end > to) continue;
    if (s.end <= offset) { if (!before || s.end >= before.end) before = s; }
    else if (s.start >= offset && (!after || s.start < after.start)) after = s;
  }
  if (before !== null) return before.tense;
  return after === null ? null : after.before ?? after.tense;
}

/**
 * For a sentence, the tense of the clause around an offset, from the nearest tense word in the
 * clause (else in the sentence): future for plans, forecasts and modals, perfect for "has been",
 * past for past-tense verbs, present for "is/are"; present when the sentence has none.
 */
export function clauseTenseAt(sentence: string): (offset: number) => Tense {
  const signals: Signal[] = [];
  for (const [re, tense, before] of SIGNALS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      signals.push({ start: m.index, end: m.index + m[0].length, tense, ...(before !== undefined ? { before } : {}) });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (!signals.length) return () => 'present';
  const breaks: number[] = [0];
  addMatchStarts(TENSE_BREAK, sentence, breaks);
  breaks.push(sentence.length);
  return (offset) => {
    let i = 0;
    while (i + 1 < breaks.length - 1 && breaks[i + 1]! <= offset) i++;
    return nearest(signals, offset, breaks[i]!, breaks[i + 1]!) ?? nearest(signals, offset, 0, sentence.length) ?? 'present';
  };
}

/** Pushes where each match of the global `re` in `text` starts (as matchAll would, without its copies). */
function addMatchStarts(re: RegExp, text: string, out: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
}
