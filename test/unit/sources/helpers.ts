// Small helpers shared by the index tests.

import { engine } from '../../support/engine';
import type { NewsLens } from '../../../src/core';

/** Offset of the `nth` (0-based) occurrence of `needle`; throws when missing so a test fails. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return at;
}

/** 0-based line and character of an offset, counted the plain way. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

/** The real engine, counting analyze() calls and optionally reusing analyses of equal texts. */
export function spyEngine(options: { memo?: boolean } = {}): NewsLens & { calls: number } {
  const real = engine();
  const memo = new Map<string, ReturnType<NewsLens['analyze']>>();
  const spy = {
    calls: 0,
    analyze(doc: Parameters<NewsLens['analyze']>[0], request?: Parameters<NewsLens['analyze']>[1]) {
      spy.calls++;
      const key = `${doc.uri.endsWith('.md') ? 'md' : 'txt'}\u0000${doc.text}`;
      if (!options.memo) return real.analyze(doc, request);
      let analysis = memo.get(key);
      if (analysis === undefined) {
        analysis = real.analyze(doc, request);
        memo.set(key, analysis);
      }
      return analysis;
    },
    exportMarkdown: (a: Parameters<NewsLens['exportMarkdown']>[0]) => real.exportMarkdown(a),
    dispose: () => undefined,
  };
  return spy;
}
