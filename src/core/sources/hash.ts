// Content hashes decide whether an article must be analysed again. Two independent 32-bit lanes
// (FNV-1a and a Murmur-style multiply-rotate) over UTF-16 code units give 64 bits: collisions
// among even millions of article versions are out of reach, and the loop stays one pass with
// no allocation, so hashing a 20 MB article costs about what reading it does.

/** A 16-hex-digit hash of `text`; equal texts always hash equally, in every host. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= Math.imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  b ^= text.length;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return hex8(a) + hex8(b);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
