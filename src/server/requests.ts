// The `newslens/*` requests the client's commands and views use.

import { storedAnnotations } from './articleAnnotations';
import type { ServerContext } from './context';
import {
  EntitiesRequest, EntityLocationsRequest, ExportRequest, SourcesRequest,
  type EntityItem, type EntityLocation, type EntityLocationsParams, type ExportParams, type ExportResult, type SourceItem,
} from './protocol';

export function registerRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(ExportRequest, async (params: ExportParams): Promise<ExportResult | null> => {
    const record = ctx.record(params.uri);
    if (record === undefined) return null;
    // The article's annotations become footnotes; a file that cannot be read is reported and left alone.
    const stored = await storedAnnotations(ctx.connection, params.uri);
    if (!stored.ok) void ctx.connection.window.showWarningMessage(`NewsLens: ${stored.message}. Exported without its annotations; the file was not changed.`);
    const options = stored.ok && stored.annotations !== undefined ? { annotations: stored.annotations } : {};
    return { markdown: ctx.engine.exportMarkdown(record.analysis, options), title: record.analysis.meta.title };
  });
  ctx.connection.onRequest(SourcesRequest, (_params: unknown, token): SourceItem[] =>
    ctx.index.sourceSummaries(token).map((s) => ({ ...s })));
  ctx.connection.onRequest(EntitiesRequest, (_params: unknown, token): EntityItem[] =>
    ctx.index.entitySummary(token).map((e) => ({ ...e })));
  ctx.connection.onRequest(EntityLocationsRequest, (params: EntityLocationsParams, token): EntityLocation[] =>
    ctx.index.entityLocations(params.key, token).map((l) => ({
      uri: l.uri, line: l.line, character: l.character, endLine: l.endLine, endCharacter: l.endCharacter,
      title: l.title, outlet: l.outlet,
      quote: `${l.quote.before}${l.quote.text}${l.quote.after}`,
    })));
}
