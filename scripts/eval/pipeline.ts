// The pipeline exactly as `newslens analyze --json FILE` runs it (src/cli/main.ts): the engine
// built from createNewsLens with the shipped name model and the host's clock, the file's bytes
// decoded by decodeArticle, and the analysis of a .txt file. Scoring anything less (the model
// alone, CoNLL tokens instead of our tokenizer, no rules layer) would measure something users
// never get.

import { createNewsLens, decodeArticle, type ArticleAnalysis, type NewsLens } from '../../src/core';
import { loadNameRecognizer } from '../../src/host/models';

/** The engine as the CLI creates it. */
export function createCliEngine(): NewsLens {
  return createNewsLens({ names: loadNameRecognizer(), today: () => new Date().toISOString().slice(0, 10) });
}

/** Analyses `text` as the CLI analyses a file named `fileName` holding it (UTF-8). */
export function analyzeAsCli(engine: NewsLens, fileName: string, text: string, referenceDate?: string): ArticleAnalysis {
  const decoded = decodeArticle(new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(`${fileName}: ${decoded.message}`);
  return engine.analyze({ uri: fileName, text: decoded.text, decodeIssues: decoded.issues }, { referenceDate });
}
