// A work's title in quotes is one name with its article ("The Crying Game"); a quoted sentence
// that opens with "The" and a name keeps the article out of the name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../../support/engine';

test('a quoted title keeps its "The"; a quote that only opens with one does not', () => {
  const text = 'Director Neil Jordan, whose 1992 film "The Crying Game" drew protests, spoke in Venice on Friday. ' +
    '"The Taliban are not ready to talk," a minister said of the film.\n';
  const a = engine().analyze({ uri: 'venice.txt', text });
  const names = a.entities.map((e) => `${e.type}:${e.text}`);
  assert.ok(names.includes('MISC:The Crying Game'), names.join(', '));
  assert.ok(!names.some((n) => n.includes('The Taliban')), names.join(', '));
});
