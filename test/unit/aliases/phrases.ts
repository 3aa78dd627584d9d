// A name recogniser that tags the phrases it is given (longest first, whole words, any case), so
// that alias tests state exactly which spans the recogniser found and test only the grouping.

import { createNewsLens, type ArticleAnalysis, type EntityType, type NameRecognizer, type NameSpan } from '../../../src/core';

export function phraseRecognizer(phrases: readonly (readonly [string, EntityType])[]): NameRecognizer {
  const sorted = [...phrases].sort((a, b) => b[0].length - a[0].length);
  return {
    id: 'phrases',
    recognize(input): NameSpan[] {
      const taken = new Uint8Array(input.maskedText.length);
      const out: NameSpan[] = [];
      const lower = input.maskedText.toLowerCase();
      for (const [phrase, type] of sorted) {
        const needle = phrase.toLowerCase();
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
          const end = at + needle.length;
          if (/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(lower.charAt(end))) continue;
          if (taken.subarray(at, end).some((x) => x === 1)) continue;
          taken.fill(1, at, end);
          out.push({ start: at, end, type });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** Analyse each text with a phrase recogniser; uris are the object's keys. */
export function analyseAll(phrases: readonly (readonly [string, EntityType])[], texts: Record<string, string>): { uri: string; analysis: ArticleAnalysis }[] {
  const engine = createNewsLens({ names: phraseRecognizer(phrases) });
  return Object.entries(texts).map(([uri, text]) => ({ uri, analysis: engine.analyze({ uri, text }) }));
}
