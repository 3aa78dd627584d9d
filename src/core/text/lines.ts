// Offsets <-> line/character positions, for the edges (LSP, VS Code, CLI messages) only: the
// core itself speaks offsets. Lines end at \n, \r\n or a lone \r, as in VS Code and LSP.

/** A zero-based line and a character offset (UTF-16 code units) within that line. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Line starts of one text, for converting offsets to positions and back in O(log lines). */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: Uint32Array;
  /** Offset at which each line's content ends (where its line break begins, or the text end). */
  private readonly contentEnds: Uint32Array;
  private readonly length: number;

  constructor(text: string) {
    const starts: number[] = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.lineStarts = Uint32Array.from(starts);
    this.contentEnds = Uint32Array.from(ends);
    this.length = text.length;
  }

  /** Number of lines; a text ending with a line break has an empty last line, as in editors. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * The position of an offset, clamped into the text. An offset between the \r and \n of a
   * CRLF is no position an editor can show; it maps to the end of that line's content.
   */
  positionAt(offset: number): LinePosition {
    const at = clamp(offset, 0, this.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    const start = this.lineStarts[low]!;
    return { line: low, character: Math.min(at, this.contentEnds[low]!) - start };
  }

  /** The offset of a position; lines and characters out of range are clamped, as VS Code does. */
  offsetAt(position: LinePosition): number {
    if (!(position.line >= 0)) return 0; // also NaN
    if (position.line >= this.lineStarts.length) return this.length;
    const line = Math.floor(position.line);
    const start = this.lineStarts[line]!;
    return start + clamp(position.character, 0, this.contentEnds[line]! - start);
  }
}

function clamp(value: number, min: number, max: number): number {
  if (!(value > min)) return min; // also NaN
  return value > max ? max : Math.floor(value);
}
