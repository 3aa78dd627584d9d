// The binary file of the name model (models/ner-en.bin). Small header, then only the non-zero
// weights: per feature bucket that has any, the bucket (delta-coded varint), a bit mask of the
// labels it has weights for, and those weights as int16 (times one scale factor). Pure byte
// handling, so the core can read the file in a browser as well.
//
//   offset 0  "NLNR"            magic
//          4  u16 format version (3; files of other versions are refused: retrain)
//          6  u16 feature version (features.ts FEATURE_VERSION)
//          8  u8  hash bits (feature table has 2^bits buckets)
//          9  u8  label count
//         10  u16 length of the label list in bytes
//         12  f32 scale
//         16  u32 number of rows
//         20  label list: ASCII, labels separated by "\n"
//          .  rows
//          .  u32 number of name-list entries (format 2), then their phrase keys (u32 each, in
//             increasing order), then their category masks (u8 each)
//          .  u32 number of clustered words, then their lower-case hashes (u32 each, in
//             increasing order), then their packed clusters (u32 each)
//          .  (format 3) u32 number of words with embedding clusters, then their lower-case
//             hashes (u32 each, in increasing order), then their leaf + 1 (u16 each)
//             (word-clusters.ts EmbeddingClusters)

import { popcount, type RuntimeWeights } from './features';
import { NameLists } from './name-lists';
import { EmbeddingClusters, WordClusters } from './word-clusters';

export const MODEL_MAGIC = 'NLNR';
export const MODEL_FORMAT_VERSION = 3;

export interface NameModel {
  readonly featureVersion: number;
  readonly hashBits: number;
  readonly labels: readonly string[];
  readonly weights: RuntimeWeights;
  readonly lists: NameLists;
  readonly clusters: WordClusters;
  readonly embeddings: EmbeddingClusters;
}

/** Reads a model file; throws an Error that says what is wrong when the bytes are not one. */
export function parseNameModel(bytes: Uint8Array): NameModel {
  if (bytes.length < 20) throw new Error(`name model: file too short (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MODEL_MAGIC) throw new Error('name model: not a NewsLens name model (bad magic)');
  const version = view.getUint16(4, true);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new Error(`name model: format version ${version} is not supported (this build reads ${MODEL_FORMAT_VERSION}); retrain with npm run train:ner`);
  }
  const featureVersion = view.getUint16(6, true);
  const hashBits = bytes[8]!;
  const labelCount = bytes[9]!;
  const labelBytes = view.getUint16(10, true);
  const scale = view.getFloat32(12, true);
  const rowCount = view.getUint32(16, true);
  if (hashBits < 8 || hashBits > 26 || labelCount < 1 || labelCount > 16) {
    throw new Error('name model: corrupt header');
  }
  let p = 20;
  if (p + labelBytes > bytes.length) throw new Error('name model: truncated label list');
  let labelText = '';
  for (let i = 0; i < labelBytes; i++) labelText += String.fromCharCode(bytes[p + i]!);
  p += labelBytes;
  const labels = labelText.split('\n');
  if (labels.length !== labelCount) throw new Error('name model: label list does not match label count');
  const size = 1 << hashBits;
  // Rows come in bucket order, so the r-th bucket with weights has row r + 1 (row 0 is zeros):
  // the index records, per 32 buckets, which have weights and how many came before
  // (features.ts RuntimeWeights).
  const index = new Int32Array(Math.max(2, size >>> 4));
  const rows = new Int16Array((rowCount + 1) * labelCount);
  let bucket = 0;
  for (let r = 0; r < rowCount; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      if (p >= bytes.length) throw new Error('name model: truncated weights');
      const b = bytes[p++]!;
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    if (bucket >= size || p + 2 > bytes.length) throw new Error('name model: corrupt weights');
    const labelMask = view.getUint16(p, true);
    p += 2;
    if (r > 0 && delta === 0) throw new Error('name model: corrupt weights');
    index[(bucket >>> 5) << 1]! |= 1 << (bucket & 31);
    const q = (r + 1) * labelCount;
    for (let l = 0; l < labelCount; l++) {
      if ((labelMask & (1 << l)) === 0) continue;
      if (p + 2 > bytes.length) throw new Error('name model: truncated weights');
      rows[q + l] = view.getInt16(p, true);
      p += 2;
    }
  }
  if (p + 4 > bytes.length) throw new Error('name model: truncated name lists');
  const entryCount = view.getUint32(p, true);
  p += 4;
  if (p + entryCount * 5 + 4 > bytes.length) throw new Error('name model: truncated name lists');
  const entries = new Map<number, number>();
  for (let i = 0; i < entryCount; i++) {
    entries.set(view.getUint32(p + i * 4, true) | 0, bytes[p + entryCount * 4 + i]!);
  }
  p += entryCount * 5;
  if (p + 4 > bytes.length) throw new Error('name model: truncated word clusters');
  const wordCount = view.getUint32(p, true);
  p += 4;
  if (p + wordCount * 8 + 4 > bytes.length) throw new Error('name model: truncated word clusters');
  const clustered = new Map<number, number>();
  for (let i = 0; i < wordCount; i++) {
    clustered.set(view.getUint32(p + i * 4, true) | 0, view.getUint32(p + wordCount * 4 + i * 4, true));
  }
  p += wordCount * 8;
  const embeddedCount = view.getUint32(p, true);
  p += 4;
  if (p + embeddedCount * 6 !== bytes.length) throw new Error('name model: embedding clusters do not fill the rest of the file');
  const embedKeys = new Uint32Array(embeddedCount);
  const embedLeaves = new Uint16Array(embeddedCount);
  for (let i = 0; i < embeddedCount; i++) {
    embedKeys[i] = view.getUint32(p + i * 4, true);
    embedLeaves[i] = view.getUint16(p + embeddedCount * 4 + i * 2, true);
    if (i > 0 && embedKeys[i]! <= embedKeys[i - 1]!) throw new Error('name model: embedding clusters out of order');
  }
  for (let i = 0, before = 1; i < index.length; i += 2) {
    index[i + 1] = before;
    before += popcount(index[i]!);
  }
  return {
    featureVersion, hashBits, labels,
    weights: { mask: size - 1, index, rows, scale },
    lists: new NameLists(entries),
    clusters: new WordClusters(clustered),
    embeddings: new EmbeddingClusters(embedKeys, embedLeaves),
  };
}

/**
 * Writes dense weights (2^hashBits rows of labels.length) as a model file, dropping weights
 * whose magnitude is below `prune` and quantising the rest to int16, followed by the name lists.
 */
export function serializeNameModel(
  dense: Float32Array,
  hashBits: number,
  labels: readonly string[],
  featureVersion: number,
  prune: number,
  lists: NameLists = NameLists.empty,
  clusters: WordClusters = WordClusters.empty,
  embeddings: EmbeddingClusters = EmbeddingClusters.empty,
): Uint8Array {
  const labelCount = labels.length;
  const size = 1 << hashBits;
  let maxAbs = 0;
  for (let i = 0; i < dense.length; i++) maxAbs = Math.max(maxAbs, Math.abs(dense[i]!));
  const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
  const labelText = labels.join('\n');
  const chunks: number[] = [];
  let rowCount = 0;
  let lastBucket = 0;
  const q = new Int16Array(labelCount);
  for (let b = 0; b < size; b++) {
    let labelMask = 0;
    for (let l = 0; l < labelCount; l++) {
      const w = dense[b * labelCount + l]!;
      const v = Math.abs(w) < prune ? 0 : Math.round(w / scale);
      q[l] = v;
      if (v !== 0) labelMask |= 1 << l;
    }
    if (labelMask === 0) continue;
    let delta = b - lastBucket;
    lastBucket = b;
    while (delta >= 0x80) {
      chunks.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    chunks.push(delta);
    chunks.push(labelMask & 0xff, labelMask >>> 8);
    for (let l = 0; l < labelCount; l++) {
      if ((labelMask & (1 << l)) === 0) continue;
      const v = q[l]! & 0xffff;
      chunks.push(v & 0xff, v >>> 8);
    }
    rowCount++;
  }
  const keys = [...lists.entries.keys()].map((k) => k >>> 0).sort((a, b) => a - b);
  const words = [...clusters.entries.keys()].map((k) => k >>> 0).sort((a, b) => a - b);
  const listBytes = 4 + keys.length * 5 + 4 + words.length * 8 + 4 + embeddings.size * 6;
  const out = new Uint8Array(20 + labelText.length + chunks.length + listBytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MODEL_MAGIC.charCodeAt(i);
  view.setUint16(4, MODEL_FORMAT_VERSION, true);
  view.setUint16(6, featureVersion, true);
  out[8] = hashBits;
  out[9] = labelCount;
  view.setUint16(10, labelText.length, true);
  view.setFloat32(12, scale, true);
  view.setUint32(16, rowCount, true);
  for (let i = 0; i < labelText.length; i++) out[20 + i] = labelText.charCodeAt(i);
  out.set(chunks, 20 + labelText.length);
  let p = 20 + labelText.length + chunks.length;
  view.setUint32(p, keys.length, true);
  p += 4;
  keys.forEach((k, i) => {
    view.setUint32(p + i * 4, k, true);
    out[p + keys.length * 4 + i] = lists.categories(k | 0);
  });
  p += keys.length * 5;
  view.setUint32(p, words.length, true);
  p += 4;
  words.forEach((k, i) => {
    view.setUint32(p + i * 4, k, true);
    view.setUint32(p + words.length * 4 + i * 4, clusters.of(k | 0), true);
  });
  p += words.length * 8;
  const e = embeddings.size;
  view.setUint32(p, e, true);
  p += 4;
  for (let i = 0; i < e; i++) {
    view.setUint32(p + i * 4, embeddings.keys[i]!, true);
    view.setUint16(p + e * 4 + i * 2, embeddings.leaves[i]!, true);
  }
  return out;
}
