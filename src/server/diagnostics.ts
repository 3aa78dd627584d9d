// Conflicts between sources in the Problems panel. Every source taking part in a conflicting
// fact (figures that cannot both be true, or two dates for one event) gets a diagnostic on its
// claim that quotes the other side (outlet, date, its words) and links to it through
// relatedInformation; agreeing and evolving facts raise nothing. Diagnostics are pushed for
// every indexed source, open or not, and recomputed when the index or the severity setting
// changes (a cheap check of the index's generation; the comparison itself is cached per
// generation in the core). Nothing is published when the severity is 'off'.

import { createHash } from 'node:crypto';
import {
  DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation, type Range,
} from 'vscode-languageserver/node';
import type { Claim, Comparison, EventDateClaim, SourceIndex } from '../core';
import { factLabel } from '../core';
import type { ServerContext } from './context';
import type { ConflictSeverity } from './protocol';

const SEVERITY: Record<Exclude<ConflictSeverity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** How often the index's generation is looked at; a burst of changes publishes once. */
const CHECK_MS = 150;
/** Other sources named in one diagnostic's relatedInformation, at most. */
const MAX_RELATED = 20;
/** Characters of the other source's sentence quoted in a message. */
const QUOTE_CHARS = 160;

/** Work done between two turns of the event loop while comparing: hovers wait at most about this. */
const SLICE_MS = 12;

export interface DiagnosticsFeature {
  dispose(): void;
}

/**
 * `indexing` tells when the workspace is being indexed: nothing is compared then (each pass
 * over thousands of half-indexed sources would be thrown away), and the first check after it
 * publishes everything at once. The comparison is worked out a fact at a time in slices of
 * SLICE_MS, so that hovers and edits are answered while a large workspace is compared (1-2 s
 * at 10,000 articles); an index that changes meanwhile is compared again at the next check.
 */
export function registerDiagnostics(ctx: ServerContext, indexing: () => boolean = () => false): DiagnosticsFeature {
  let seenGeneration = -1;
  let seenSeverity: ConflictSeverity | null = null;
  /** While sources pour in (watcher bursts), a comparison that took T ms waits 10·T before the next. */
  let notBefore = 0;
  let comparing = false;
  /**
   * A digest of what was last published per uri, so unchanged diagnostics are not sent again
   * (the JSON itself, kept for 10,000 sources with conflicts, was 15 MB).
   */
  const published = new Map<string, string>();

  const refresh = async (): Promise<void> => {
    const severity = ctx.settings().conflicts.severity;
    const generation = ctx.index.generation;
    if (generation === seenGeneration && severity === seenSeverity) return;
    if ((severity === seenSeverity && Date.now() < notBefore) || indexing()) return;
    comparing = true;
    let busy = 0;
    try {
      // With conflicts off, the claims of restored sources are still read back here, in slices,
      // rather than all at once by the first hover that needs them.
      let sliceStart = performance.now();
      for (const _ of severity === 'off' ? ctx.index.claimSteps() : ctx.index.comparisonSteps()) {
        if (performance.now() - sliceStart < SLICE_MS) continue;
        busy += performance.now() - sliceStart;
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      busy += performance.now() - sliceStart;
      if (ctx.index.generation !== generation) return; // changed meanwhile: the next check starts again
      const started = performance.now();
      seenGeneration = generation;
      seenSeverity = severity;
      const next = severity === 'off' ? new Map<string, Diagnostic[]>() : conflictDiagnostics(ctx.index, ctx.index.comparison(), SEVERITY[severity]);
      publish(ctx.connection, published, next);
      busy += performance.now() - started;
      notBefore = Date.now() + 10 * busy;
    } finally {
      comparing = false;
    }
  };
  const timer = setInterval(() => {
    if (!comparing) void refresh();
  }, CHECK_MS);
  // The check never keeps the server alive on its own.
  timer.unref();
  return {
    dispose: () => clearInterval(timer),
  };
}

function publish(connection: Connection, published: Map<string, string>, next: ReadonlyMap<string, Diagnostic[]>): void {
  for (const uri of [...published.keys()]) {
    if (next.has(uri)) continue;
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  for (const [uri, diagnostics] of next) {
    const digest = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (published.get(uri) === digest) continue;
    published.set(uri, digest);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
}

/** Diagnostics per source uri for every conflict in the comparison. */
export function conflictDiagnostics(index: SourceIndex, comparison: Comparison, severity: DiagnosticSeverity): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const add = (uri: string, d: Diagnostic): void => {
    const list = out.get(uri);
    if (list === undefined) out.set(uri, [d]);
    else list.push(d);
  };
  for (const fact of comparison.facts) {
    if (fact.verdict !== 'conflict') continue;
    const what = factLabel(fact, fact.subject === null ? undefined : subjectName(index, fact.subject));
    for (const [i, others] of opponents(fact.conflicts, fact.claims.length)) {
      const here = fact.claims[i] as Claim;
      const against = others.map((j) => fact.claims[j] as Claim);
      const range = rangeOf(index, here);
      if (range === null) continue;
      const first = against[0] as Claim;
      const message = `Conflicting figures for ${what}: “${flat(here.text)}” here${asOfWords(here)} vs “${flat(first.text)}” in ${sourceWords(first)}${asOfWords(first)}`
        + `${more(against.length)}: “${cut(first.quote)}”`;
      add(here.uri, diagnostic(range, message, severity, 'figure-conflict', related(index, against, (c) => `${sourceWords(c)} says “${flat(c.text)}”${asOfWords(c)}: “${cut(c.quote)}”`)));
    }
  }
  for (const event of comparison.events) {
    if (event.verdict !== 'conflict') continue;
    for (const [i, others] of opponents(event.conflicts, event.claims.length)) {
      const here = event.claims[i] as EventDateClaim;
      const against = others.map((j) => event.claims[j] as EventDateClaim);
      const range = rangeOf(index, here);
      if (range === null) continue;
      const first = against[0] as EventDateClaim;
      const message = `Conflicting dates for “${flat(event.label)}”: “${flat(here.text)}” (${here.value}) here vs “${flat(first.text)}” (${first.value}) in ${sourceWords(first)}`
        + `${more(against.length)}: “${cut(first.quote)}”`;
      add(here.uri, diagnostic(range, message, severity, 'date-conflict', related(index, against, (c) => `${sourceWords(c)} says “${flat(c.text)}” (${c.value}): “${cut(c.quote)}”`)));
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/** Claim index -> the claims it conflicts with (other sources only, in fact order). */
function opponents(conflicts: readonly { a: number; b: number }[], count: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (x: number, y: number): void => {
    if (x < 0 || x >= count || y < 0 || y >= count) return;
    const list = out.get(x);
    if (list === undefined) out.set(x, [y]);
    else if (!list.includes(y)) list.push(y);
  };
  for (const { a, b } of conflicts) {
    add(a, b);
    add(b, a);
  }
  return out;
}

function diagnostic(range: Range, message: string, severity: DiagnosticSeverity, code: string, relatedInformation: DiagnosticRelatedInformation[]): Diagnostic {
  return { range, severity, source: 'NewsLens', code, message, relatedInformation };
}

function related<T extends { uri: string; start: number; end: number; text: string }>(index: SourceIndex, claims: readonly T[], say: (c: T) => string): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const c of claims.slice(0, MAX_RELATED)) {
    const range = rangeOf(index, c);
    if (range !== null) out.push({ location: { uri: c.uri, range }, message: say(c) });
  }
  return out;
}

/** The claim's range in its source as indexed now; null when the source is gone or changed under it. */
function rangeOf(index: SourceIndex, c: { uri: string; start: number; end: number; text: string }): Range | null {
  const record = index.get(c.uri);
  if (record === undefined || record.analysis.text.slice(c.start, c.end) !== c.text) return null;
  return { start: record.lines.positionAt(c.start), end: record.lines.positionAt(c.end) };
}

function sourceWords(c: { outlet: string | null; title: string; published: string | null }): string {
  return `${c.outlet ?? c.title}${c.published === null ? '' : ` (${c.published})`}`;
}

function asOfWords(c: Claim): string {
  return c.asOf === null ? '' : `, as of ${c.asOf}`;
}

function more(n: number): string {
  return n > 1 ? ` and ${n - 1} more ${n === 2 ? 'source' : 'sources'}` : '';
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string): string {
  const t = flat(text);
  if (t.length <= QUOTE_CHARS) return t;
  const at = t.lastIndexOf(' ', QUOTE_CHARS - 1);
  return `${t.slice(0, at > QUOTE_CHARS / 2 ? at : QUOTE_CHARS - 1)}…`;
}

/** "Jamaica" for 'LOC:jamaica', from how the workspace writes it. */
function subjectName(index: SourceIndex, key: string): string {
  const found = index.workspaceSymbols(key.slice(key.indexOf(':') + 1), 20).find((s) => s.key === key);
  return found?.canonical ?? key.slice(key.indexOf(':') + 1);
}
