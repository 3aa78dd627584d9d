// Bytes of a file -> the article's text. Offsets everywhere else are offsets into this text, so
// it must be exactly the file's characters: a leading BOM removed, line endings untouched.
// Binary files are refused with a sentence a person understands; bad bytes in an otherwise
// textual file are replaced (U+FFFD) and reported once, never a reason to drop the article.

import type { InputIssue } from '../model';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly issues: InputIssue[] }
  | { readonly ok: false; readonly code: 'binary'; readonly message: string };

/** How much of the start of a file is sniffed for binary content (as git does). */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is binary, not text with a stray byte. */
const MAX_CONTROL_SHARE = 0.05;

// Formats people plausibly drop into a folder of articles; naming them makes the refusal clear.
const MAGIC: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or .docx/.epub)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
];

// ignoreBOM: the BOM is cut off before decoding; a second one would be content.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode an article file's bytes to text (UTF-8 or BOM-marked UTF-16), or refuse binary data. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', issues: [] };

  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) return binary(`it starts like ${magic.name}`);

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  const unmarked = sniffUnmarkedUtf16(bytes);
  if (unmarked !== null) return decodeUtf16(bytes, unmarked === 'le');

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;

  const sample = body.subarray(0, SNIFF_BYTES);
  const nul = sample.indexOf(0);
  if (nul >= 0) return binary(`NUL bytes, the first at byte ${nul + (hasBom ? 3 : 0)}`);
  const controls = countControlBytes(sample);
  if (controls > sample.length * MAX_CONTROL_SHARE) return binary(`${controls} control characters in its first ${sample.length} bytes`);

  try {
    return { ok: true, text: STRICT_UTF8.decode(body), issues: [] };
  } catch {
    // Fall through: decode leniently and say where and how often the bytes were bad.
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const bad = findInvalidUtf8(body);
  const offset = bad.first + (hasBom ? 3 : 0);
  return {
    ok: true,
    text,
    issues: [{
      code: 'invalid-utf8',
      message: `${bad.count} invalid UTF-8 byte sequence${bad.count === 1 ? '' : 's'} (the first at byte ${offset}) replaced with \uFFFD; `
        + 'the file may be in another encoding such as Windows-1252 — save it as UTF-8 to fix this',
      offset,
    }],
  };
}

function binary(reason: string): DecodeResult {
  return { ok: false, code: 'binary', message: `looks like a binary file (${reason}), not an article; skipped` };
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL. */
function countControlBytes(sample: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) n++;
  }
  return n;
}

/**
 * UTF-16 without a BOM (some Windows tools write it) shows as a zero byte in every other
 * position. Only a clear pattern counts, so that a binary file with NULs is not read as text.
 */
function sniffUnmarkedUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  // Unmarked UTF-16 of any script has zero bytes; most files have none (a fast scan).
  if (n < 4 || bytes.subarray(0, n).indexOf(0) < 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.7 && zeroEven === 0) return 'le';
  if (zeroEven >= pairs * 0.7 && zeroOdd === 0) return 'be';
  return null;
}

function decodeUtf16(body: Uint8Array, littleEndian: boolean): DecodeResult {
  // UTF-16BE is decoded by swapping bytes: 'utf-16be' is missing from Node builds without ICU.
  let le = body;
  if (!littleEndian) {
    le = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      le[i] = body[i + 1]!;
      le[i + 1] = body[i]!;
    }
    if (body.length % 2 === 1) le[body.length - 1] = body[body.length - 1]!;
  }
  const encoding = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  let text: string;
  const issues: InputIssue[] = [];
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le);
    issues.push({
      code: 'invalid-utf16',
      message: `invalid ${encoding} data (an unpaired surrogate or an odd trailing byte) replaced with \uFFFD`,
    });
  }
  const controls = countControlChars(text.slice(0, SNIFF_BYTES / 2));
  if (controls > Math.min(text.length, SNIFF_BYTES / 2) * MAX_CONTROL_SHARE) {
    return binary(`${controls} control characters after decoding it as ${encoding}`);
  }
  return { ok: true, text, issues };
}

function countControlChars(sample: string): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) n++;
  }
  return n;
}

/**
 * Where the first invalid UTF-8 sequence starts and how many there are, counted the way the
 * WHATWG decoder replaces them (one U+FFFD per maximal bad subpart), so the count matches the
 * replacement characters in the text. Only runs on files that failed strict decoding.
 */
function findInvalidUtf8(bytes: Uint8Array): { first: number; count: number } {
  let first = -1;
  let count = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = 0;
  const fail = (at: number): void => {
    if (first < 0) first = at;
    count++;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      seqStart = i;
      if (b <= 0x7f) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else fail(i);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence broke off: one replacement for it, and this byte starts afresh.
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      fail(seqStart);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) needed = seen = 0;
  }
  if (needed !== 0) fail(seqStart);
  return { first: Math.max(first, 0), count };
}
