// Hand-built analyses for the export tests: mentions are given by their text (and which
// occurrence), so every span satisfies text.slice(start, end) === mention text by construction.

import type {
  ArticleAnalysis, ArticleFormat, ArticleMeta, DateMention, DateMod, DateType, EntityCluster,
  EntityMention, EntityType, Figure, FigureKind, Qualifier, TextSpan,
} from '../../../src/core/model';

/** The span of the n-th (1-based) occurrence of `needle` at or after `from`. */
export function spanOf(text: string, needle: string, occurrence = 1, from = 0): TextSpan {
  let start = from - 1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return { start, end: start + needle.length, text: needle };
}

export interface EntityInput { text: string; type: EntityType; canonical: string; occurrence?: number }
export interface FigureInput {
  text: string; value: number; occurrence?: number; kind?: FigureKind; valueMax?: number; unit?: string | null;
  counted?: string; qualifier?: Qualifier | null; qualifierText?: string; asOf?: string | null;
}
export interface DateInput { text: string; type: DateType; value: string; mod?: DateMod; occurrence?: number }

export interface ArticleInput {
  text: string;
  format?: ArticleFormat;
  meta?: Partial<ArticleMeta>;
  referenceDate?: string | null;
  entities?: EntityInput[];
  figures?: FigureInput[];
  dates?: DateInput[];
}

/** Clusters as the names recogniser would group them: by type and canonical name. */
export function clustersOf(entities: readonly EntityMention[]): EntityCluster[] {
  const byId = new Map<string, EntityMention[]>();
  for (const e of entities) byId.set(e.entityId, [...(byId.get(e.entityId) ?? []), e]);
  return [...byId].map(([id, mentions]) => {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const aliases = [...counts].sort((a, b) => b[1] - a[1]).map(([alias]) => alias);
    const first = mentions[0] as EntityMention;
    return { id, canonical: first.canonical, type: first.type, aliases, mentions };
  });
}

export function buildAnalysis(input: ArticleInput): ArticleAnalysis {
  const { text } = input;
  const entities: EntityMention[] = (input.entities ?? []).map((e) => ({
    ...spanOf(text, e.text, e.occurrence), type: e.type, canonical: e.canonical, entityId: `${e.type}:${e.canonical}`,
  }));
  const figures: Figure[] = (input.figures ?? []).map((f) => {
    const figure: Figure = {
      ...spanOf(text, f.text, f.occurrence), kind: f.kind ?? 'count', value: f.value, unit: f.unit ?? null,
      qualifier: f.qualifier ?? null, asOf: f.asOf ?? null,
      ...(f.valueMax === undefined ? {} : { valueMax: f.valueMax }),
      ...(f.counted === undefined ? {} : { counted: f.counted }),
      ...(f.qualifierText === undefined ? {} : { qualifierText: f.qualifierText }),
    };
    return figure;
  });
  const dates: DateMention[] = (input.dates ?? []).map((d) => ({
    ...spanOf(text, d.text, d.occurrence), type: d.type, value: d.value, ...(d.mod === undefined ? {} : { mod: d.mod }),
  }));
  const meta: ArticleMeta = {
    title: null, source: null, url: null, author: null, published: null, publishedFrom: null, tags: [], ...input.meta,
  };
  return {
    text,
    format: input.format ?? 'text',
    meta,
    referenceDate: input.referenceDate ?? meta.published,
    referenceDateFrom: meta.published === null ? null : 'front-matter',
    sentences: [],
    tokenCount: text.split(/\s+/).filter(Boolean).length,
    entities,
    entityClusters: clustersOf(entities),
    figures,
    dates,
    issues: [],
  };
}
