// The index's view of figures as facts: which sources make claims under each fact id and event
// key, kept up to date on every set/delete/rename, and each fact's comparison cached until a
// source filed under it changes. A keystroke in one article re-compares only the facts that
// article takes part in; a hover or a diagnostic on another fact reads its cached verdict.
// A source read back from the disk cache without its claims is filed when first asked (its
// claims are then worked out from its analysis once).

import { compareClaims, factId, orderEvents, orderFacts } from '../facts/compare';
import { sharesStory, type SameStory } from '../facts/story';
import type { Comparison, EventDateFact, Fact, SourceClaims } from '../facts/types';
import type { Source } from './source';
import { ENT } from './store';

interface Involved {
  facts: Fact[];
  events: EventDateFact[];
}

export class FactIndex {
  /** Fact id -> sources with claims under it. */
  private readonly facts = new KeyedSets();
  /** Event key -> sources giving a date for it. */
  private readonly events = new KeyedSets();
  /** Sources whose claims were filed, with the keys they were filed under. */
  private readonly filed = new Map<Source, { facts: string[]; events: string[] }>();
  /** Sources not filed yet (their claims are not known until asked). */
  private readonly pending = new Set<Source>();
  /** Compared facts by id (null: fewer than two sources), dropped when a source under the id changes. */
  private readonly factCache = new Map<string, Fact | null>();
  private readonly eventCache = new Map<string, EventDateFact | null>();
  private whole: { generation: number; comparison: Comparison; byUri: Map<string, Involved> } | null = null;
  /** Entity keys per source, to tell stories apart (src/core/facts/story.ts); dropped with the source. */
  private readonly topics = new WeakMap<Source, Set<string>>();
  private readonly sameStory: SameStory;

  /** `lookup` finds an indexed source by uri. */
  constructor(private readonly lookup: (uri: string) => Source | undefined = () => undefined) {
    // Not memoised by uri: an edited source is a new object with its own keys (cached per object).
    this.sameStory = (a, b) => a === b || sharesStory(this.topicsOf(a), this.topicsOf(b));
  }

  add(source: Source): void {
    if (source.hasClaims) this.file(source);
    else this.pending.add(source);
  }

  remove(source: Source): void {
    this.pending.delete(source);
    const keys = this.filed.get(source);
    if (keys === undefined) return;
    this.filed.delete(source);
    for (const id of keys.facts) {
      this.facts.drop(id, source);
      this.factCache.delete(id);
    }
    for (const key of keys.events) {
      this.events.drop(key, source);
      this.eventCache.delete(key);
    }
  }

  /** The comparison over every source (or those `filter` keeps); cached per index generation when unfiltered. */
  comparison(generation: number, sources: Iterable<Source>, filter?: (uri: string) => boolean): Comparison {
    if (filter !== undefined) {
      const kept: SourceClaims[] = [];
      for (const source of sources) if (filter(source.uri)) kept.push(source.claims);
      return compareClaims(kept, { sameStory: this.sameStory });
    }
    return this.current(generation).comparison;
  }

  /** The facts one source takes part in. */
  about(generation: number, source: Source): Involved {
    if (this.whole !== null && this.whole.generation === generation) return this.whole.byUri.get(source.uri) ?? { facts: [], events: [] };
    this.drain();
    const keys = this.filed.get(source);
    if (keys === undefined) return { facts: [], events: [] };
    const facts: Fact[] = [];
    for (const id of keys.facts) {
      const fact = this.fact(id);
      if (fact !== null) facts.push(fact);
    }
    const events: EventDateFact[] = [];
    for (const key of keys.events) {
      const event = this.event(key);
      if (event !== null) events.push(event);
    }
    return { facts: orderFacts(facts), events: orderEvents(events) };
  }

  /** Uris of sources that share a fact id or event key with `source` (itself excluded). */
  neighbours(source: Source): Set<string> {
    this.drain();
    const out = new Set<string>();
    const keys = this.filed.get(source);
    if (keys === undefined) return out;
    for (const id of keys.facts) for (const s of this.facts.get(id) ?? []) out.add(s.uri);
    for (const key of keys.events) for (const s of this.events.get(key) ?? []) out.add(s.uri);
    out.delete(source.uri);
    return out;
  }

  /**
   * Files the sources whose claims are not read yet (restored from the disk cache), 64 per
   * step, so that no hover pays for reading them all at once.
   */
  *claimSteps(): Generator<void> {
    let filed = 0;
    for (const source of [...this.pending]) {
      if (!this.pending.delete(source)) continue;
      this.file(source);
      if (++filed % 64 === 0) yield;
    }
  }

  /** Works out every fact not cached yet, one per step: current() then only gathers them. */
  *steps(): Generator<void> {
    yield* this.claimSteps();
    for (const id of [...this.facts.keys()]) {
      if (this.factCache.has(id)) continue;
      this.fact(id);
      yield;
    }
    for (const key of [...this.events.keys()]) {
      if (this.eventCache.has(key)) continue;
      this.event(key);
      yield;
    }
  }

  private current(generation: number): { comparison: Comparison; byUri: Map<string, Involved> } {
    if (this.whole !== null && this.whole.generation === generation) return this.whole;
    this.drain();
    const facts: Fact[] = [];
    for (const id of this.facts.keys()) {
      const fact = this.fact(id);
      if (fact !== null) facts.push(fact);
    }
    const events: EventDateFact[] = [];
    for (const key of this.events.keys()) {
      const event = this.event(key);
      if (event !== null) events.push(event);
    }
    const comparison: Comparison = { facts: orderFacts(facts), events: orderEvents(events) };
    const byUri = new Map<string, Involved>();
    const entry = (uri: string): Involved => {
      let e = byUri.get(uri);
      if (e === undefined) byUri.set(uri, (e = { facts: [], events: [] }));
      return e;
    };
    for (const fact of comparison.facts) for (const uri of new Set(fact.claims.map((c) => c.uri))) entry(uri).facts.push(fact);
    for (const fact of comparison.events) for (const uri of new Set(fact.claims.map((c) => c.uri))) entry(uri).events.push(fact);
    this.whole = { generation, comparison, byUri };
    return this.whole;
  }

  /** One fact, compared from the claims filed under its id (cached). */
  private fact(id: string): Fact | null {
    const cached = this.factCache.get(id);
    if (cached !== undefined) return cached;
    const sources = [...(this.facts.get(id) ?? [])].map((s) => ({ claims: s.claims.claims.filter((c) => factId(c) === id), events: [] }));
    const fact = sources.length < 2 ? null : (compareClaims(sources, { sameStory: this.sameStory }).facts[0] ?? null);
    this.factCache.set(id, fact);
    return fact;
  }

  private event(key: string): EventDateFact | null {
    const cached = this.eventCache.get(key);
    if (cached !== undefined) return cached;
    const sources = [...(this.events.get(key) ?? [])].map((s) => ({ claims: [], events: s.claims.events.filter((e) => e.event === key) }));
    const event = sources.length < 2 ? null : (compareClaims(sources, { sameStory: this.sameStory }).events[0] ?? null);
    this.eventCache.set(key, event);
    return event;
  }

  private topicsOf(uri: string): Set<string> | undefined {
    const source = this.lookup(uri);
    if (source === undefined) return undefined;
    let keys = this.topics.get(source);
    if (keys === undefined) {
      keys = new Set<string>();
      const { store } = source;
      for (let g = 0; g < store.groupCount(ENT); g++) keys.add(store.groupKey(ENT, g));
      this.topics.set(source, keys);
    }
    return keys;
  }

  private drain(): void {
    if (this.pending.size === 0) return;
    const waiting = [...this.pending];
    this.pending.clear();
    for (const source of waiting) this.file(source);
  }

  private file(source: Source): void {
    const claims = source.claims;
    const facts = new Set<string>();
    for (const claim of claims.claims) {
      const id = factId(claim);
      if (id !== null) facts.add(id);
    }
    const events = new Set(claims.events.map((e) => e.event));
    const keys = { facts: [] as string[], events: [] as string[] };
    for (const id of facts) {
      keys.facts.push(this.facts.add(id, source));
      this.factCache.delete(id);
    }
    for (const key of events) {
      keys.events.push(this.events.add(key, source));
      this.eventCache.delete(key);
    }
    this.filed.set(source, keys);
  }
}

/**
 * Key -> sources filed under it. A key is kept as one string for all its sources: the same id
 * made per source is a copy of its own (at 10,000 sources, ~50,000 copies, 3 MB).
 */
class KeyedSets extends Map<string, Set<Source>> {
  private readonly strings = new Map<string, string>();

  /** Files `source` under `key`; returns the key as kept. */
  add(key: string, source: Source): string {
    let kept = this.strings.get(key);
    if (kept === undefined) this.strings.set(key, (kept = key));
    let set = this.get(kept);
    if (set === undefined) this.set(kept, (set = new Set()));
    set.add(source);
    return kept;
  }

  drop(key: string, source: Source): void {
    const set = this.get(key);
    if (set === undefined) return;
    set.delete(source);
    if (set.size > 0) return;
    this.delete(key);
    this.strings.delete(key);
  }
}
