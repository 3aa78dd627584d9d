// One indexed source: the analysis (which holds the text), its label, and what it files under
// each cross-source key. Nothing per token is kept; the line index is built on first use.

import type { ArticleAnalysis, DateMention, EntityMention, Figure, Span } from '../model';
import { LineIndex } from '../text/lines';
import { dateKey, entityKey, figureMeasure } from './keys';
import type { LocatedSpan, SourceLabel, SourceRecord } from './types';

export class Source implements SourceRecord {
  readonly label: SourceLabel;
  /** Mentions in text order (a sorted copy only when the analysis is not already sorted). */
  readonly entities: readonly EntityMention[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  /** Entity key -> this source's mentions of it, in text order. */
  readonly entityGroups: ReadonlyMap<string, readonly EntityMention[]>;
  readonly figureGroups: ReadonlyMap<string, readonly Figure[]>;
  readonly dateGroups: ReadonlyMap<string, readonly DateMention[]>;
  private lineIndex: LineIndex | undefined;

  constructor(readonly uri: string, readonly hash: string, readonly analysis: ArticleAnalysis) {
    this.label = {
      title: analysis.meta.title ?? lastSegment(uri),
      outlet: analysis.meta.source,
      date: analysis.referenceDate ?? analysis.meta.published,
    };
    this.entities = inTextOrder(analysis.entities);
    this.figures = inTextOrder(analysis.figures);
    this.dates = inTextOrder(analysis.dates);

    const entityGroups = new Map<string, readonly EntityMention[]>();
    for (const cluster of analysis.entityClusters) {
      const key = entityKey(cluster.type, cluster.canonical);
      if (key.endsWith(':') || cluster.mentions.length === 0) continue;
      const seen = entityGroups.get(key);
      // Two clusters with one key ("BOGOTÁ" and "Bogotá") are one entity to the workspace.
      entityGroups.set(key, seen === undefined ? cluster.mentions : inTextOrder([...seen, ...cluster.mentions]));
    }
    this.entityGroups = entityGroups;
    this.figureGroups = groupBy(this.figures, figureMeasure);
    this.dateGroups = groupBy(this.dates, dateKey);
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.analysis.text);
    return this.lineIndex;
  }

  locate(span: Span): LocatedSpan {
    const from = this.lines.positionAt(span.start);
    const to = this.lines.positionAt(span.end);
    return { start: span.start, end: span.end, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character };
  }
}

function lastSegment(uri: string): string {
  const trimmed = uri.replace(/[/\\]+$/, '');
  const segment = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(segment) || uri;
  } catch {
    return segment || uri;
  }
}

function inTextOrder<T extends Span>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as T).start < (list[i - 1] as T).start) return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return list;
}

function groupBy<T>(list: readonly T[], keyOf: (item: T) => string | null): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
