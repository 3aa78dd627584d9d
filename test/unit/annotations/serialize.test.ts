// Annotation files: canonical output (stable keys and order, so git merges stay readable), a round
// trip that loses nothing, and clear messages that say where a broken file is broken.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAnnotationFile, serializeAnnotationFile } from '../../../src/core/annotations/serialize';
import { addReply, addTags, createAnnotation, setStatus, tagsInNote, type Stamp } from '../../../src/core/annotations/create';
import { notesOf, statusOf, tagsOf } from '../../../src/core/annotations/read';
import type { AnnotationFile } from '../../../src/core/annotations/model';

const TEXT = 'At least 83 people were killed, officials said on Tuesday. The ministry disputed the count.';

function stamp(author = 'Ana Ruiz', now = '2025-11-14T10:00:00.000Z'): Stamp {
  let n = 0;
  return { newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}${author.length}`, now, author };
}

function sampleFile(): AnnotationFile {
  const first = createAnnotation('news/a.txt', TEXT, 0, 30, 'Check the toll #toll #casualties', stamp());
  const second = setStatus(addReply(createAnnotation('news/a.txt', TEXT, 59, 90, 'Which ministry?', stamp('Bo')), 'Defence. #sourcing', stamp('Cy', '2025-11-15T09:00:00.000Z')), 'disputed', '2025-11-15T09:00:00.000Z');
  return { source: 'news/a.txt', annotations: [second, first] };
}

test('serialising sorts annotations by position, fixes key order and ends with a newline', () => {
  const text = serializeAnnotationFile(sampleFile());
  assert.ok(text.endsWith('}\n'));
  const json = JSON.parse(text) as { source: string; annotations: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(json), ['source', 'annotations']);
  assert.deepEqual(json.annotations.map((a) => (a.target as { selector: Array<{ start?: number }> }).selector[1]?.start), [0, 59]);
  assert.deepEqual(Object.keys(json.annotations[0] ?? {}), ['@context', 'id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target']);
  assert.match(text, /^ {2}"source"/m, 'two-space indentation');
});

test('the same data gives the same bytes whatever order it was built in', () => {
  const file = sampleFile();
  const shuffled: AnnotationFile = {
    source: file.source,
    annotations: [...file.annotations].reverse().map((a) => ({ ...a, body: [...a.body].reverse().filter((b) => b.purpose !== 'commenting').concat(a.body.filter((b) => b.purpose === 'commenting')) })),
  };
  assert.equal(serializeAnnotationFile(shuffled), serializeAnnotationFile(file));
});

test('round trip: parse(serialise(file)) serialises to the same bytes and keeps notes, tags, status', () => {
  const text = serializeAnnotationFile(sampleFile());
  const parsed = parseAnnotationFile(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  assert.equal(serializeAnnotationFile(parsed.file), text);
  const [first, second] = parsed.file.annotations;
  assert.ok(first && second);
  assert.deepEqual(tagsOf(first), ['casualties', 'toll']);
  assert.equal(statusOf(first), 'open');
  assert.equal(statusOf(second), 'disputed');
  assert.deepEqual(notesOf(second).map((n) => [n.author, n.text]), [['Bo', 'Which ministry?'], ['Cy', 'Defence. #sourcing']]);
  assert.deepEqual(tagsOf(second), ['sourcing']);
});

test('round trip holds for any note text and tags (emoji, RTL, quotes, newlines)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.array(fc.stringMatching(/^[\p{L}\p{N}_-]{1,12}$/u), { maxLength: 4 }), (note, tags) => {
      const a = addTags(createAnnotation('a.txt', TEXT, 3, 11, note, stamp()), tags, '2025-11-14T10:00:00.000Z');
      const text = serializeAnnotationFile({ source: 'a.txt', annotations: [a] });
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok);
      assert.equal(serializeAnnotationFile(parsed.file), text);
      assert.equal(notesOf(parsed.file.annotations[0] ?? a)[0]?.text, note);
    }),
    { numRuns: 300 },
  );
});

test('a leading BOM and selectors written position-first are accepted', () => {
  const json = JSON.parse(serializeAnnotationFile(sampleFile())) as { annotations: Array<{ target: { selector: unknown[] } }> };
  for (const a of json.annotations) a.target.selector.reverse();
  const parsed = parseAnnotationFile(`\ufeff${JSON.stringify(json)}`);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
});

test('broken files are rejected with a message that says where', () => {
  const good = serializeAnnotationFile(sampleFile());
  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /empty/],
    ['only spaces', '  \n', /empty/],
    ['truncated in the middle', good.slice(0, Math.floor(good.length / 2)), /not valid JSON.*line \d+, column \d+/],
    ['a trailing comma', '{"source": "a.txt",\n "annotations": [],\n}', /not valid JSON.*line 3/],
    ['not an object', '[]', /top level: expected an object/],
    ['no source', '{"annotations": []}', /^source: expected a string/],
    ['annotations not an array', '{"source": "a.txt", "annotations": {}}', /^annotations: expected an array/],
    ['wrong type', good.replace('"type": "Annotation"', '"type": "Note"'), /annotations\[0\]\.type: expected "Annotation"/],
    ['a bad status', good.replace('"value": "disputed"', '"value": "maybe"'), /annotations\[1\]\.body\[\d\]\.value: a status must be one of open, verified, disputed, resolved/],
    ['a negative offset', good.replace('"start": 0', '"start": -4'), /annotations\[0\]\.target\.selector\[1\]\.start: expected a whole number/],
    ['end before start', good.replace('"end": 30', '"end": -0').replace('"end": -0', '"end": 0').replace('"start": 0', '"start": 5'), /end 0 is before start 5/],
    ['a target for another article', good.replace('"source": "news/a.txt",\n        "selector"', '"source": "news/b.txt",\n        "selector"'), /target\.source: "news\/b\.txt" differs/],
    ['a bad date', good.replace('"created": "2025-11-14T10:00:00.000Z"', '"created": "yesterday"'), /created: expected an ISO 8601 date-time/],
    ['binary', '\u0000\u0001\u0002garbage', /not valid JSON/],
  ];
  for (const [name, text, message] of cases) {
    const parsed = parseAnnotationFile(text);
    assert.equal(parsed.ok, false, name);
    assert.match(parsed.ok ? '' : parsed.message, message, name);
  }
});

test('#tags in notes', () => {
  const cases: Array<[string, string[]]> = [
    ['Check #toll and #casualties.', ['toll', 'casualties']],
    ['#first word', ['first']],
    ['(#paren)', ['paren']],
    ['no tags here, issue#12 or # alone', []],
    ['#verificación #ثبت #a/b', ['verificación', 'ثبت', 'a/b']],
    ['#dup #dup', ['dup']],
  ];
  for (const [note, tags] of cases) assert.deepEqual(tagsInNote(note), tags, note);
});
