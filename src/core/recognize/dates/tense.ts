// A cheap guess at whether a clause talks about the future, to resolve "Tuesday" or "October"
// forwards instead of backwards. News is mostly past tense, so past is the default. Clauses,
// not sentences: in "officials said Friday that talks will resume" Friday is in the past.

const FUTURE = /\b(?:will|shall|won't|going to|(?:is|are|was|were) (?:expected|due|set|scheduled|slated|poised) to|expects? to|plans? to|planned|intends? to|scheduled|upcoming|next|coming|from now|later this)\b|\w'll\b/i;
const CLAUSE_BREAK = /[,;:()"“”—]|\s-\s|\b(?:that|and|but|while|whereas|although|because)\b/gi;

/** For a sentence, a function telling whether the clause around an offset reads as future tense. */
export function futureTenseAt(sentence: string): (offset: number) => boolean {
  if (!FUTURE.test(sentence)) return () => false;
  const breaks: number[] = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) breaks.push(m.index);
  breaks.push(sentence.length);
  const futureClause = breaks.slice(0, -1).map((b, i) => FUTURE.test(sentence.slice(b, breaks[i + 1])));
  return (offset) => {
    let i = 0;
    while (i + 1 < breaks.length - 1 && breaks[i + 1]! <= offset) i++;
    return futureClause[i] ?? false;
  };
}
