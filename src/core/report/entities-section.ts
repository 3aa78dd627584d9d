// "Entities": the index of every entity across the sources — its canonical name, type, the
// names it goes by, and the sources that mention it (linked, the first ten), most widely reported first.

import type { PhrasingContent, RootContent } from 'mdast';
import { heading, none, sourceLink, table, text } from './blocks';
import type { ReportData } from './types';

/** Sources linked per entity; an entity in hundreds of sources is listed with a count of the rest. */
const MAX_SOURCES_LISTED = 10;

const TYPE_WORDS = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' } as const;

export function entitiesSection(data: ReportData): RootContent[] {
  if (data.entities.length === 0) return [heading(2, 'Entities'), none('No entities recognised.')];
  const sourceCount = (uris: readonly string[]): number => new Set(uris).size;
  const entities = [...data.entities].sort((a, b) =>
    sourceCount(b.mentions.map((m) => m.uri)) - sourceCount(a.mentions.map((m) => m.uri)) ||
    b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = entities.map((e) => {
    const sources = [...new Set(e.mentions.map((m) => m.uri))].sort();
    const links: PhrasingContent[] = sources.slice(0, MAX_SOURCES_LISTED)
      .flatMap((path, i) => [...(i > 0 ? [text(', ')] : []), sourceLink(data.linkOf(path), path)]);
    if (sources.length > MAX_SOURCES_LISTED) links.push(text(` and ${sources.length - MAX_SOURCES_LISTED} more`));
    return [e.canonical, `${e.type} (${TYPE_WORDS[e.type]})`, e.aliases.filter((a) => a !== e.canonical).join(', '), links, String(e.mentions.length)];
  });
  return [heading(2, 'Entities'), table(['Entity', 'Type', 'Aliases', 'Sources', 'Mentions'], rows)];
}
