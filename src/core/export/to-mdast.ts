// An analysed article as an mdast tree: front matter, the article with every mention marked
// (and a footnote reference after each annotated span, when annotations are given), the
// annotations that have no place in the text, then the Entities, Figures and Dates sections and
// the footnote definitions.

import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { WebAnnotation } from '../annotations/model';
import type { ArticleAnalysis, DateMention, EntityCluster, EntityMention, Figure } from '../model';
import { annotationDefinitions, annotationPoints, exportedAnnotations, unplacedSection } from './annotation-notes';
import { frontMatter } from './front-matter';
import { collectMarks, placeMarks } from './marks';
import { articleFootnoteIds, markdownBody, parseArticle } from './markdown-body';
import { datesSection, entitiesSection, figuresSection, noteDefinitions } from './sections';
import { entityAnchors } from './slug';
import { textBody, textBodyStart } from './text-body';

export interface ExportOptions {
  /** How the host names the article (usually its workspace-relative path); written as `file`. */
  readonly sourceLabel?: string;
  /**
   * The article's annotations as stored (W3C Web Annotations); each is re-anchored in the
   * current text and shown as a footnote after its span, or listed as an orphan with its quote.
   */
  readonly annotations?: readonly WebAnnotation[];
}

/**
 * Two inline code nodes side by side (a link-like token cut by a mention's edge) would be
 * written as "`a``b`", which reads back as one code span with backticks in it: join them.
 */
function mergeAdjacentCode(body: RootContent[]): void {
  visit({ type: 'root', children: body } satisfies Root, (node) => {
    if (!('children' in node) || !Array.isArray(node.children)) return;
    const children = node.children as RootContent[];
    for (let i = children.length - 1; i > 0; i--) {
      const a = children[i - 1];
      const b = children[i];
      if (a?.type === 'inlineCode' && b?.type === 'inlineCode') {
        a.value += b.value;
        children.splice(i, 1);
      }
    }
  });
}

const byPosition = <T extends { start: number; end: number }>(a: T, b: T): number => a.start - b.start || a.end - b.end;

/**
 * The clusters to list: the analysis's own, plus one per entity id that mentions use but no
 * cluster has, so that every mention link has a row to land on.
 */
function clustersFor(analysis: ArticleAnalysis): EntityCluster[] {
  const clusters = [...analysis.entityClusters];
  const known = new Set(clusters.map((c) => c.id));
  const orphans = new Map<string, EntityMention[]>();
  for (const mention of analysis.entities) {
    if (known.has(mention.entityId)) continue;
    const list = orphans.get(mention.entityId) ?? [];
    list.push(mention);
    orphans.set(mention.entityId, list);
  }
  for (const [id, mentions] of orphans) {
    const [first] = mentions;
    if (first === undefined) continue;
    const aliases = [...new Set(mentions.map((m) => m.text))];
    clusters.push({ id, canonical: first.canonical, type: first.type, aliases, mentions });
  }
  return clusters;
}

/**
 * Footnote labels f1…/d1… (and n1… for annotations: their prefix is the one returned), or
 * newslens-f1…/newslens-d1…/newslens-n1… when the article uses any of those labels itself.
 */
function noteLabels(figures: readonly Figure[], dates: readonly DateMention[], annotations: number, taken: ReadonlySet<string>, bodyStart: number): [string[], string[], string] {
  // Figures and dates in the front matter's title are listed, but marked nowhere (the export
  // writes its own front matter): they get no label, so the body's notes count from 1.
  const number = <T extends { start: number }>(items: readonly T[], prefix: string): string[] => {
    let n = 0;
    return items.map((item) => (item.start < bodyStart ? '' : `${prefix}${++n}`));
  };
  const make = (prefix: string): [string[], string[], string] => [
    number(figures, `${prefix}f`),
    number(dates, `${prefix}d`),
    prefix,
  ];
  const plain = make('');
  const annotationLabels = Array.from({ length: annotations }, (_, i) => `n${i + 1}`);
  return [...plain[0], ...plain[1], ...annotationLabels].some((label) => taken.has(label)) ? make('newslens-') : plain;
}

/** The annotated-Markdown export of an analysed article, as an mdast tree. */
export function analysisToMdast(analysis: ArticleAnalysis, options: ExportOptions = {}): Root {
  const figures = [...analysis.figures].sort(byPosition);
  const dates = [...analysis.dates].sort(byPosition);
  const clusters = clustersFor(analysis);
  const anchors = entityAnchors(clusters);

  const articleTree = analysis.format === 'markdown' ? parseArticle(analysis.text) : undefined;
  const annotated = options.annotations === undefined ? [] : exportedAnnotations(analysis.text, options.annotations);
  const [figureLabels, dateLabels, prefix] = noteLabels(
    figures, dates, annotated.filter((a) => a.label !== null).length, articleTree ? articleFootnoteIds(articleTree) : new Set(), textBodyStart(analysis.text),
  );
  const notes = annotated.map((a) => (a.label === null ? a : { ...a, label: prefix + a.label }));
  const placed = placeMarks(
    collectMarks({ ...analysis, figures, dates }, (id) => anchors.get(id), figureLabels, dateLabels),
  );
  const points = annotationPoints(notes, placed);
  const body: RootContent[] = articleTree ? markdownBody(articleTree, analysis.text, placed, points) : textBody(analysis.text, placed, points);
  mergeAdjacentCode(body);

  const ours = new Set([...figureLabels, ...dateLabels, ...points.map((p) => p.label)]);
  const referenced = new Set<string>();
  visit({ type: 'root', children: body } satisfies Root, 'footnoteReference', (node) => {
    if (ours.has(node.identifier)) referenced.add(node.identifier);
  });

  const counts = {
    entities: clusters.length,
    mentions: analysis.entities.length,
    figures: figures.length,
    dates: dates.length,
    ...(options.annotations === undefined ? {} : { annotations: notes.length }),
  };
  return {
    type: 'root',
    children: [
      frontMatter(analysis, counts, options.sourceLabel),
      ...body,
      ...unplacedSection(notes, referenced),
      ...entitiesSection(clusters, anchors),
      ...figuresSection(figures),
      ...datesSection(dates),
      ...noteDefinitions(figures, figureLabels, dates, dateLabels, referenced),
      ...annotationDefinitions(notes, referenced),
    ],
  };
}
