// The decisions code actions make, as lexicon changes: each leaves a lexicon that parses, in the
// file's stable order, and undoing one decision with its opposite leaves no trace.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_LEXICON, parseLexicon, serializeLexicon, type Lexicon } from '../../../src/core/annotations/lexicon';
import { editLexicon, asLexiconEdit } from '../../../src/core/annotations/lexiconEdits';

const roundTrips = (lexicon: Lexicon): void => {
  const parsed = parseLexicon(serializeLexicon(lexicon));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  assert.deepEqual(parsed.lexicon, lexicon);
};

test('merge adds the cluster name as an alias of the chosen entity, creating it with its type', () => {
  const once = editLexicon(EMPTY_LEXICON, { kind: 'merge', alias: 'DEA', into: { canonical: 'Drug Enforcement Administration', type: 'ORG' } });
  assert.deepEqual(once.entities, [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA'] }]);
  const twice = editLexicon(once, { kind: 'merge', alias: 'the agency', into: { canonical: 'drug enforcement administration', type: 'ORG' } });
  assert.deepEqual(twice.entities, [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA', 'the agency'] }]);
  roundTrips(twice);
});

test('merging into a name the lexicon already folds elsewhere goes to that entity; a merged entity brings its aliases', () => {
  let lexicon = editLexicon(EMPTY_LEXICON, { kind: 'merge', alias: 'DEA', into: { canonical: 'Drug Enforcement Administration', type: 'ORG' } });
  lexicon = editLexicon(lexicon, { kind: 'merge', alias: 'D.E.A. agents', into: { canonical: 'DEA', type: 'ORG' } });
  assert.deepEqual(lexicon.entities, [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA', 'D.E.A. agents'] }]);
  const other = editLexicon(EMPTY_LEXICON, { kind: 'type', canonical: 'Petro', type: 'PER' });
  const withAlias = editLexicon({ ...other, entities: [{ canonical: 'Petro', type: 'PER', aliases: ['Petro Urrego'] }] },
    { kind: 'merge', alias: 'Petro', into: { canonical: 'Gustavo Petro', type: 'PER' } });
  assert.deepEqual(withAlias.entities, [{ canonical: 'Gustavo Petro', type: 'PER', aliases: ['Petro', 'Petro Urrego'] }]);
  roundTrips(withAlias);
});

test('split removes the alias from a lexicon merge and records the split; merging again undoes it', () => {
  const merged = editLexicon(EMPTY_LEXICON, { kind: 'merge', alias: 'Petro', into: { canonical: 'Gustavo Petro', type: 'PER' } });
  const split = editLexicon(merged, { kind: 'split', alias: 'Petro', from: 'Gustavo Petro' });
  assert.deepEqual(split.entities, [{ canonical: 'Gustavo Petro', type: 'PER', aliases: [] }]);
  assert.deepEqual(split.split, [{ alias: 'Petro', from: 'Gustavo Petro' }]);
  const again = editLexicon(split, { kind: 'merge', alias: 'Petro', into: { canonical: 'Gustavo Petro', type: 'PER' } });
  assert.deepEqual(again, merged);
});

test('not-an-entity and mark-as: later decisions replace earlier ones on the same name', () => {
  const dismissed = editLexicon(EMPTY_LEXICON, { kind: 'notEntity', name: 'Breaking News' });
  assert.deepEqual(dismissed.notEntities, ['Breaking News']);
  const typed = editLexicon(dismissed, { kind: 'type', canonical: 'breaking news', type: 'ORG' });
  assert.deepEqual(typed.notEntities, []);
  assert.deepEqual(typed.entities, [{ canonical: 'breaking news', type: 'ORG', aliases: [] }]);
  const retyped = editLexicon(typed, { kind: 'type', canonical: 'Breaking News', type: 'MISC' });
  assert.deepEqual(retyped.entities, [{ canonical: 'breaking news', type: 'MISC', aliases: [] }]);
  const gone = editLexicon(retyped, { kind: 'notEntity', name: 'Breaking News' });
  assert.deepEqual([gone.entities, gone.notEntities], [[], ['Breaking News']]);
});

test('edits from the wire are checked: anything else is refused', () => {
  assert.deepEqual(asLexiconEdit({ kind: 'split', alias: 'Petro', from: 'Gustavo Petro' }), { kind: 'split', alias: 'Petro', from: 'Gustavo Petro' });
  for (const bad of [null, 'merge', {}, { kind: 'merge', alias: 'A' }, { kind: 'merge', alias: 'A', into: { canonical: 'B', type: 'PERSON' } },
    { kind: 'type', canonical: '', type: 'ORG' }, { kind: 'notEntity', name: 3 }, { kind: 'delete', name: 'A' }]) {
    assert.equal(asLexiconEdit(bad), null, JSON.stringify(bad));
  }
});
