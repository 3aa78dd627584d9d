// The index's view of figures as facts: which sources make claims under each fact id and event
// key, kept up to date on every set/delete/rename, so that a hover or a diagnostic compares only
// the sources that speak about the same thing instead of the whole workspace. A source read back
// from the disk cache without its claims is filed when first asked (its claims are then worked
// out from its analysis once).

import { compareClaims, factId } from '../facts/compare';
import { sameStoryBy, type SameStory } from '../facts/story';
import type { Comparison, EventDateFact, Fact, SourceClaims } from '../facts/types';
import type { Source } from './source';
import { ENT } from './store';

export class FactIndex {
  /** Fact id -> sources with claims under it. */
  private readonly facts = new Map<string, Set<Source>>();
  /** Event key -> sources giving a date for it. */
  private readonly events = new Map<string, Set<Source>>();
  /** Sources whose claims were filed, with the keys they were filed under. */
  private readonly filed = new Map<Source, { facts: string[]; events: string[] }>();
  /** Sources not filed yet (their claims are not known until asked). */
  private readonly pending = new Set<Source>();
  private cache: { generation: number; comparison: Comparison; byUri: Map<string, { facts: Fact[]; events: EventDateFact[] }> } | null = null;
  /** Entity keys per source, to tell stories apart (src/core/facts/story.ts); dropped with the source. */
  private readonly topics = new WeakMap<Source, Set<string>>();

  /** `lookup` finds an indexed source by uri. */
  constructor(private readonly lookup: (uri: string) => Source | undefined = () => undefined) {}

  private sameStory(): SameStory {
    return sameStoryBy((uri) => {
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
    });
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
    for (const id of keys.facts) dropFrom(this.facts, id, source);
    for (const key of keys.events) dropFrom(this.events, key, source);
  }

  /** The comparison over every source (or those `filter` keeps); cached per index generation when unfiltered. */
  comparison(generation: number, sources: Iterable<Source>, filter?: (uri: string) => boolean): Comparison {
    if (filter !== undefined) {
      const kept: SourceClaims[] = [];
      for (const source of sources) if (filter(source.uri)) kept.push(source.claims);
      return compareClaims(kept, { sameStory: this.sameStory() });
    }
    return this.whole(generation).comparison;
  }

  /** The facts one source takes part in, by comparing only the sources sharing its fact ids. */
  about(generation: number, source: Source): { facts: Fact[]; events: EventDateFact[] } {
    // Facts of one id depend only on the claims under that id, so the whole comparison, when
    // it is current, answers the same as comparing the neighbours.
    if (this.cache !== null && this.cache.generation === generation) return this.cache.byUri.get(source.uri) ?? { facts: [], events: [] };
    this.drain();
    const claims = source.claims;
    const ids = new Set<string>();
    for (const claim of claims.claims) {
      const id = factId(claim);
      if (id !== null) ids.add(id);
    }
    const events = new Set(claims.events.map((e) => e.event));
    const others = new Set<Source>();
    for (const id of ids) for (const s of this.facts.get(id) ?? []) others.add(s);
    for (const key of events) for (const s of this.events.get(key) ?? []) others.add(s);
    others.add(source);
    const narrowed = [...others].map((s) => narrow(s.claims, ids, events));
    const comparison = compareClaims(narrowed, { sameStory: this.sameStory() });
    return {
      facts: comparison.facts.filter((f) => f.claims.some((c) => c.uri === source.uri)),
      events: comparison.events.filter((f) => f.claims.some((c) => c.uri === source.uri)),
    };
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

  private whole(generation: number): { comparison: Comparison; byUri: Map<string, { facts: Fact[]; events: EventDateFact[] }> } {
    if (this.cache !== null && this.cache.generation === generation) return this.cache;
    this.drain();
    const comparison = compareClaims([...this.filed.keys()].map((s) => s.claims), { sameStory: this.sameStory() });
    const byUri = new Map<string, { facts: Fact[]; events: EventDateFact[] }>();
    const entry = (uri: string): { facts: Fact[]; events: EventDateFact[] } => {
      let e = byUri.get(uri);
      if (e === undefined) byUri.set(uri, (e = { facts: [], events: [] }));
      return e;
    };
    for (const fact of comparison.facts) for (const uri of new Set(fact.claims.map((c) => c.uri))) entry(uri).facts.push(fact);
    for (const fact of comparison.events) for (const uri of new Set(fact.claims.map((c) => c.uri))) entry(uri).events.push(fact);
    this.cache = { generation, comparison, byUri };
    return this.cache;
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
    for (const id of facts) addTo(this.facts, id, source);
    for (const key of events) addTo(this.events, key, source);
    this.filed.set(source, { facts: [...facts], events: [...events] });
  }
}

/** Only the claims under these ids and events: the rest cannot change the facts asked about. */
function narrow(claims: SourceClaims, ids: ReadonlySet<string>, events: ReadonlySet<string>): SourceClaims {
  return {
    claims: claims.claims.filter((c) => {
      const id = factId(c);
      return id !== null && ids.has(id);
    }),
    events: claims.events.filter((e) => events.has(e.event)),
  };
}

function addTo(map: Map<string, Set<Source>>, key: string, source: Source): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(source);
}

function dropFrom(map: Map<string, Set<Source>>, key: string, source: Source): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(source);
  if (set.size === 0) map.delete(key);
}
