// Loads the model files shipped in models/ (Node side). The package root is found by walking up
// from this file to the package.json named "newslens": that works from src/host under tsx and
// from the bundled dist/cli.js (and dist/server.js) alike.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NameRecognizer } from '../core/model';
import { createPerceptronNameRecognizer } from '../core/recognize/names/perceptron';

export const NAME_MODEL_FILE = join('models', 'ner-en.bin');

/** The NewsLens package root above `from`, or null if there is none. */
export function findPackageRoot(from: string): string | null {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === 'newslens') return dir;
      } catch {
        // An unreadable package.json on the way up is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

let cached: NameRecognizer | null = null;

/** The trained name recogniser from models/ner-en.bin, loaded once per process. */
export function loadNameRecognizer(): NameRecognizer {
  if (cached !== null) return cached;
  const root = findPackageRoot(__dirname);
  if (root === null) {
    throw new Error(`NewsLens name model: no package.json named "newslens" above ${__dirname}, so ${NAME_MODEL_FILE} cannot be found`);
  }
  const path = join(root, NAME_MODEL_FILE);
  if (!existsSync(path)) {
    throw new Error(`NewsLens name model missing: ${path} does not exist (run npm run train:ner to create it)`);
  }
  cached = createPerceptronNameRecognizer(new Uint8Array(readFileSync(path)));
  return cached;
}
