// One indexed source: its label and its store (the text, the mentions as numbers, the groups it
// files under each cross-source key). `analysis` and `lines` are built on use and kept only while
// the source is among the few most recently used (Resident), so 10,000 sources cost their text
// and a few kilobytes each, while the documents being edited stay materialised.

import type { ArticleAnalysis, Span } from '../model';
import { LineIndex } from '../text/lines';
import { claimsOf } from '../facts/claims';
import type { SourceClaims } from '../facts/types';
import { quoteText } from './quote';
import { DAT, ENT, FIG, type Kind, type Store } from './store';
import type { LocatedSpan, Quote, SourceLabel, SourceRecord } from './types';

/** The sources whose analysis and line index are kept built, least recently used first. */
export class Resident {
  private readonly order = new Set<Source>();
  private last: Source | undefined;

  constructor(private readonly capacity: number) {}

  touch(source: Source): void {
    if (this.last === source) return;
    this.last = source;
    this.order.delete(source);
    this.order.add(source);
    if (this.order.size <= this.capacity) return;
    for (const oldest of this.order) {
      this.order.delete(oldest);
      oldest.evict();
      if (this.last === oldest) this.last = undefined;
      if (this.order.size <= this.capacity) break;
    }
  }

  forget(source: Source): void {
    this.order.delete(source);
    if (this.last === source) this.last = undefined;
  }
}

export class Source implements SourceRecord {
  readonly label: SourceLabel;
  private built: ArticleAnalysis | undefined;
  private lineIndex: LineIndex | undefined;
  private ownClaims: SourceClaims | undefined;
  private claimsLoader: (() => SourceClaims | undefined) | undefined;

  constructor(
    readonly uri: string, readonly hash: string, readonly store: Store, private readonly resident: Resident,
    analysis?: ArticleAnalysis,
  ) {
    const head = store.head;
    this.label = {
      title: head.meta.title ?? lastSegment(uri),
      outlet: head.meta.source,
      date: head.referenceDate ?? head.meta.published,
    };
    if (analysis !== undefined) {
      this.built = analysis;
      resident.touch(this);
    }
  }

  /** The label's date, for ordering (newest first). */
  get date(): string | null {
    return this.label.date;
  }

  get text(): string {
    return this.store.text;
  }

  get analysis(): ArticleAnalysis {
    const analysis = this.built ?? this.store.materialise();
    this.built = analysis;
    this.resident.touch(this);
    return analysis;
  }

  get lines(): LineIndex {
    const lines = this.lineIndex ?? new LineIndex(this.store.text);
    this.lineIndex = lines;
    this.resident.touch(this);
    return lines;
  }

  /** A fresh analysis from the store (what `analysis` gives once this source was evicted). */
  materialise(): ArticleAnalysis {
    return this.store.materialise();
  }

  /** Drops what was built on use. */
  evict(): void {
    this.built = undefined;
    this.lineIndex = undefined;
  }

  /** This source under another uri, sharing the store (and its claims, under the new uri). */
  movedTo(uri: string): Source {
    this.resident.forget(this);
    const moved = new Source(uri, this.hash, this.store, this.resident, this.built);
    const claims = this.claimsKnown ? this.claims : undefined;
    if (claims !== undefined) {
      moved.setClaims({ claims: claims.claims.map((c) => ({ ...c, uri })), events: claims.events.map((e) => ({ ...e, uri })) });
    }
    return moved;
  }

  /**
   * Figures as claims and event dates (src/core/facts): given, else read back by the loader
   * given, else worked out from the analysis, on first use.
   */
  get claims(): SourceClaims {
    let claims = this.ownClaims;
    if (claims === undefined) {
      const load = this.claimsLoader;
      this.claimsLoader = undefined;
      claims = load?.() ?? claimsOf(this.uri, this.analysis);
      this.ownClaims = claims;
    }
    return claims;
  }

  /** Whether the claims are at hand (else the fact index files the source when first asked). */
  get hasClaims(): boolean {
    return this.ownClaims !== undefined;
  }

  /** Whether the claims are at hand or can be read back without analysing (for the disk cache). */
  get claimsKnown(): boolean {
    return this.ownClaims !== undefined || this.claimsLoader !== undefined;
  }

  /** Claims computed elsewhere (at indexing, or read back from the disk cache). */
  setClaims(claims: SourceClaims): void {
    this.ownClaims = claims;
    this.claimsLoader = undefined;
  }

  /**
   * Claims to read back when first needed: a reopened window restores 10,000 sources without
   * unpacking their 160,000 claims (0.3 s), which the comparison then reads a slice at a time.
   */
  setClaimsLoader(load: () => SourceClaims | undefined): void {
    this.claimsLoader = load;
  }

  /** Forget this source: give back its strings. */
  dispose(): void {
    this.resident.forget(this);
    this.evict();
    this.store.release();
  }

  locate(span: Span): LocatedSpan {
    const lines = this.lines;
    const from = lines.positionAt(span.start);
    const to = lines.positionAt(span.end);
    return { start: span.start, end: span.end, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character };
  }

  /** Mention `i` (a pool number for entities) as a span. */
  span(kind: Kind, i: number): Span {
    return { start: this.store.startOf(kind, i), end: this.store.endOf(kind, i) };
  }

  quote(start: number, end: number, chars: number): Quote {
    return quoteText(this.store.text, this.store.sentenceOf(start, end), start, end, chars);
  }

  /** The mention of a kind holding `offset` (its end counts), by binary search; -1 if none. */
  mentionAt(kind: Kind, offset: number): number {
    const store = this.store;
    const n = store.ranks(kind);
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (store.startOf(kind, store.atRank(kind, mid)) <= offset) low = mid + 1;
      else high = mid;
    }
    let touching = -1;
    // The span starting last at or before the offset; one before it may still reach it.
    for (let r = low - 1; r >= Math.max(0, low - 2); r--) {
      const i = store.atRank(kind, r);
      const end = store.endOf(kind, i);
      if (offset < end) return i;
      if (offset === end && touching < 0) touching = i;
    }
    return touching;
  }

  /** Group of `key`, -1 when this source files nothing under it. */
  group(kind: Kind, key: string): number {
    return this.store.findGroup(kind, key);
  }
}

export { DAT, ENT, FIG };

function lastSegment(uri: string): string {
  const trimmed = uri.replace(/[/\\]+$/, '');
  const segment = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(segment) || uri;
  } catch {
    return segment || uri;
  }
}
