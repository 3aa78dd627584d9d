// What every feature of the server shares: the index, the open documents, the settings, and
// the conversions between core offsets and LSP positions (done here and nowhere else).

import type { Connection, Position, Range } from 'vscode-languageserver/node';
import type { LineIndex, NewsLens, SourceIndex, SourceRecord } from '../core';
import type { NewsLensSettings } from './protocol';

export interface ServerContext {
  readonly connection: Connection;
  readonly engine: NewsLens;
  readonly index: SourceIndex;
  settings(): NewsLensSettings;
  /** The indexed record of a document, with pending edits analysed first. */
  record(uri: string): SourceRecord | undefined;
}

export function toPosition(lines: LineIndex, offset: number): Position {
  return lines.positionAt(offset);
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}
