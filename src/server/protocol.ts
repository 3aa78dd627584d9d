// The custom requests and notifications between the NewsLens client and server (`newslens/*`).
// Plain types and method names only: both sides import this file, so it imports neither
// vscode nor the LSP libraries.

/** Settings under `newslens.*`, as the client sends them and the server reads them. */
export interface NewsLensSettings {
  /** Glob of source articles, relative to each workspace folder. */
  readonly sources: string;
  /** Folder (relative to the workspace folder) that exports go to; excluded from sources. */
  readonly exportFolder: string;
  readonly hover: {
    readonly entities: boolean;
    readonly figures: boolean;
    readonly dates: boolean;
    /** What other sources say: quotes, links, values. */
    readonly crossSource: boolean;
    /** How many other sources a hover lists before "and N more". */
    readonly maxSources: number;
  };
  readonly inlayHints: { readonly dates: boolean };
  /** Files larger than this (in KB) are skipped and logged. */
  readonly maxFileSizeKB: number;
  /** Conflicts between sources in the Problems panel (src/server/diagnostics.ts). */
  readonly conflicts: { readonly severity: ConflictSeverity };
}

/** How a conflict between sources shows in the Problems panel; 'off' shows none. */
export type ConflictSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const CONFLICT_SEVERITIES: readonly ConflictSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export const DEFAULT_SETTINGS: NewsLensSettings = {
  sources: '**/*.{txt,md,news}',
  exportFolder: 'newslens-export',
  hover: { entities: true, figures: true, dates: true, crossSource: true, maxSources: 5 },
  inlayHints: { dates: true },
  maxFileSizeKB: 2048,
  conflicts: { severity: 'warning' },
};

/** Commands the server puts in hover links; the client trusts exactly these. */
export const OPEN_LOCATION_COMMAND = 'newslens.openLocation';
export interface OpenLocationArgs {
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export const ExportRequest = 'newslens/export';
export interface ExportParams { readonly uri: string }
export interface ExportResult { readonly markdown: string; readonly title: string | null }

export const ReindexRequest = 'newslens/reindex';

export * from './comparisonProtocol';
export * from './lexiconProtocol';

export const SourcesRequest = 'newslens/sources';
export interface SourceItem {
  readonly uri: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly entities: number;
  readonly figures: number;
  readonly dates: number;
}

export const EntitiesRequest = 'newslens/entities';
export interface EntityItem {
  readonly key: string;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly canonical: string;
  readonly sources: number;
  readonly mentions: number;
}

export const EntityLocationsRequest = 'newslens/entityLocations';
export interface EntityLocationsParams { readonly key: string }
export interface EntityLocation extends OpenLocationArgs {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly quote: string;
}

/** Sent by the server while it indexes and when the index changes. */
export const StatusNotification = 'newslens/status';
export interface StatusParams {
  readonly sources: number;
  readonly indexing: { readonly done: number; readonly total: number } | null;
  readonly skipped: number;
}
