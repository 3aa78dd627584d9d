// The host finds the shipped model from wherever the code runs (src/ under tsx, dist/ bundled).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot, loadNameRecognizer, NAME_MODEL_FILE } from '../../../src/host/models';

test('the package root is found from deep inside it, and not from outside it', () => {
  const root = findPackageRoot(join(__dirname, 'a', 'b'));
  assert.ok(root !== null && existsSync(join(root, NAME_MODEL_FILE)), String(root));
  assert.equal(findPackageRoot('/'), null);
});

test('the name recogniser is loaded once and shared', () => {
  const first = loadNameRecognizer();
  assert.equal(loadNameRecognizer(), first);
  assert.equal(first.id, 'perceptron-ner-en');
});
