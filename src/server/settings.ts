// Settings as the server uses them: read from the client's configuration, with defaults and
// range checks in one place.

import { CONFLICT_SEVERITIES, DEFAULT_SETTINGS, type NewsLensSettings } from './protocol';

/** Merge what the client sent (any shape) over the defaults; wrong types fall back. */
export function readSettings(raw: unknown): NewsLensSettings {
  const o = isObject(raw) ? raw : {};
  const hover = isObject(o['hover']) ? o['hover'] : {};
  const hints = isObject(o['inlayHints']) ? o['inlayHints'] : {};
  const d = DEFAULT_SETTINGS;
  return {
    sources: nonEmptyString(o['sources']) ?? d.sources,
    exportFolder: nonEmptyString(o['exportFolder']) ?? d.exportFolder,
    hover: {
      entities: bool(hover['entities'], d.hover.entities),
      figures: bool(hover['figures'], d.hover.figures),
      dates: bool(hover['dates'], d.hover.dates),
      crossSource: bool(hover['crossSource'], d.hover.crossSource),
      maxSources: clampInt(hover['maxSources'], 1, 50, d.hover.maxSources),
    },
    inlayHints: { dates: bool(hints['dates'], d.inlayHints.dates) },
    maxFileSizeKB: clampInt(o['maxFileSizeKB'], 1, 1024 * 1024, d.maxFileSizeKB),
    conflicts: { severity: oneOf(isObject(o['conflicts']) ? o['conflicts']['severity'] : undefined, CONFLICT_SEVERITIES, d.conflicts.severity) },
  };
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Settings whose change needs the sources found and indexed again. */
export function needsReindex(before: NewsLensSettings, after: NewsLensSettings): boolean {
  return before.sources !== after.sources || before.exportFolder !== after.exportFolder || before.maxFileSizeKB !== after.maxFileSizeKB;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}
function nonEmptyString(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
function clampInt(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}
