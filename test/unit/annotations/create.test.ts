// Making and changing threads: what each action stores, and what it leaves alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addReply, addTags, createAnnotation, deleteNote, editNote, placeAt, quoteSelectorAt, removeAnnotation, removeTag, setStatus, upsertAnnotations, type Stamp,
} from '../../../src/core/annotations/create';
import { notesOf, statusOf, tagsOf } from '../../../src/core/annotations/read';

const TEXT = 'Officials said at least 83 people were killed in the strikes since September, a toll that rose again.';
let n = 0;
const at = (now: string, author = 'Ana'): Stamp => ({ newId: () => `urn:uuid:${++n}`, now, author });

test('a new annotation: one thread on the span, the note by its author, #tags as tags, quote with 32 characters of context', () => {
  const start = TEXT.indexOf('at least 83 people');
  const a = createAnnotation('a.txt', TEXT, start, start + 18, 'Check #toll and #sourcing', at('2025-11-14T10:00:00.000Z'));
  assert.equal(a.creator.name, 'Ana');
  assert.equal(a.created, '2025-11-14T10:00:00.000Z');
  assert.deepEqual(notesOf(a).map((x) => [x.author, x.text]), [['Ana', 'Check #toll and #sourcing']]);
  assert.deepEqual(tagsOf(a), ['sourcing', 'toll']);
  assert.equal(statusOf(a), 'open');
  assert.deepEqual(a.target.selector[0], { type: 'TextQuoteSelector', exact: 'at least 83 people', prefix: 'Officials said ', suffix: ' were killed in the strikes sinc' });
  assert.deepEqual(a.target.selector[1], { type: 'TextPositionSelector', start, end: start + 18 });
});

test('quote context is cut at the article edges, and never inside an emoji', () => {
  assert.deepEqual(quoteSelectorAt('abc', 0, 3), { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' });
  const emoji = '😀'.repeat(20);
  const text = `${emoji}NOTE${emoji}`;
  const q = quoteSelectorAt(text, 40, 44);
  assert.equal(q.exact, 'NOTE');
  assert.equal(q.prefix, '😀'.repeat(16));
  assert.equal(q.suffix, '😀'.repeat(16));
  // Cuts that would fall between the halves of an emoji drop that emoji instead.
  const before = quoteSelectorAt(`${emoji}xNOTE${emoji}`, 41, 45);
  assert.equal(before.prefix, `${'😀'.repeat(15)}x`);
  const after = quoteSelectorAt(`${emoji}NOTEx${emoji}`, 40, 44);
  assert.equal(after.suffix, `x${'😀'.repeat(15)}`);
});

test('reply, edit, status and tags change the thread and its modified date, and nothing else', () => {
  const a = createAnnotation('a.txt', TEXT, 0, 9, 'First', at('2025-11-14T10:00:00.000Z'));
  const replied = addReply(a, 'Second #new', at('2025-11-15T10:00:00.000Z', 'Bo'));
  assert.deepEqual(notesOf(replied).map((x) => [x.author, x.text]), [['Ana', 'First'], ['Bo', 'Second #new']]);
  assert.deepEqual(tagsOf(replied), ['new']);
  assert.equal(replied.modified, '2025-11-15T10:00:00.000Z');
  assert.equal(replied.created, a.created);
  assert.deepEqual(replied.target, a.target);

  const firstId = notesOf(a)[0]?.id ?? '';
  const edited = editNote(replied, firstId, 'First, corrected #fix', '2025-11-16T10:00:00.000Z');
  const note = notesOf(edited)[0];
  assert.equal(note?.text, 'First, corrected #fix');
  assert.equal(note?.created, '2025-11-14T10:00:00.000Z');
  assert.equal(note?.modified, '2025-11-16T10:00:00.000Z');
  assert.deepEqual(tagsOf(edited), ['fix', 'new']);

  const disputed = setStatus(edited, 'disputed', '2025-11-17T10:00:00.000Z');
  const verified = setStatus(disputed, 'verified', '2025-11-18T10:00:00.000Z');
  assert.equal(statusOf(verified), 'verified');
  assert.equal(verified.body.filter((b) => b.purpose === 'assessing').length, 1, 'one status at a time');

  const tagged = addTags(verified, ['#new', 'extra', ' '], '2025-11-19T10:00:00.000Z');
  assert.deepEqual(tagsOf(tagged), ['extra', 'fix', 'new']);
  assert.deepEqual(tagsOf(removeTag(tagged, 'fix', '2025-11-20T10:00:00.000Z')), ['extra', 'new']);
});

test('deleting a reply keeps the thread; deleting the last note removes it', () => {
  const a = addReply(createAnnotation('a.txt', TEXT, 0, 9, 'First', at('2025-11-14T10:00:00.000Z')), 'Reply', at('2025-11-15T10:00:00.000Z'));
  const [first, reply] = notesOf(a);
  const left = deleteNote(a, reply?.id ?? '', '2025-11-16T10:00:00.000Z');
  assert.deepEqual(left && notesOf(left).map((x) => x.text), ['First']);
  assert.equal(left && deleteNote(left, first?.id ?? '', '2025-11-16T10:00:00.000Z'), undefined);
});

test('placing an annotation where it already is returns it unchanged; moving it updates both selectors, not modified', () => {
  const a = createAnnotation('a.txt', TEXT, 15, 33, 'Note', at('2025-11-14T10:00:00.000Z'));
  assert.equal(placeAt(a, TEXT, 15, 33), a);
  const moved = placeAt(a, `NEW ${TEXT}`, 19, 37);
  assert.deepEqual(moved.target.selector[1], { type: 'TextPositionSelector', start: 19, end: 37 });
  assert.equal(moved.target.selector[0].exact, 'at least 83 people');
  assert.equal(moved.target.selector[0].prefix, 'NEW Officials said ');
  assert.equal(moved.modified, a.modified);
});

test('upsert replaces by id and adds new ones; remove takes one out', () => {
  const a = createAnnotation('a.txt', TEXT, 0, 9, 'A', at('2025-11-14T10:00:00.000Z'));
  const b = createAnnotation('a.txt', TEXT, 10, 14, 'B', at('2025-11-14T10:00:00.000Z'));
  const file = upsertAnnotations({ source: 'a.txt', annotations: [a] }, [b, setStatus(a, 'resolved', '2025-11-15T00:00:00.000Z')]);
  assert.deepEqual(file.annotations.map((x) => [x.id, statusOf(x)]), [[a.id, 'resolved'], [b.id, 'open']]);
  assert.deepEqual(removeAnnotation(file, a.id).annotations.map((x) => x.id), [b.id]);
});
