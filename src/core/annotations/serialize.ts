// Reading and writing one article's annotation file (DESIGN.md §3). Parsing validates every
// field it relies on and says where it failed, because a person fixes these files by hand after a
// git merge; a file that does not parse is never rewritten (the host keeps it untouched).
// Writing is canonical: fixed key order, annotations sorted by position then id, tags sorted,
// two-space indentation and a trailing newline, so that two writes of the same data are
// byte-identical and merges stay readable.

import {
  ANNOTATION_CONTEXT,
  ANNOTATION_STATUSES,
  type Agent,
  type AnnotationFile,
  type AnnotationStatus,
  type BodyPurpose,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
  type WebAnnotation,
} from './model';

export type ParseResult =
  | { readonly ok: true; readonly file: AnnotationFile }
  | { readonly ok: false; readonly message: string };

class InvalidAnnotationFile extends Error {}

function fail(where: string, what: string): never {
  throw new InvalidAnnotationFile(`${where}: ${what}`);
}

type Json = Record<string, unknown>;

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, `expected an object, found ${describe(value)}`);
  return value as Json;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, `expected a string, found ${describe(value)}`);
  return value;
}

function nonEmpty(value: unknown, where: string): string {
  const text = string(value, where);
  if (text.trim() === '') fail(where, 'must not be empty');
  return text;
}

function offset(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(where, `expected a whole number ≥ 0, found ${describe(value)}`);
  return value;
}

function date(value: unknown, where: string): string {
  const text = string(value, where);
  if (Number.isNaN(Date.parse(text))) fail(where, `expected an ISO 8601 date-time, found ${JSON.stringify(text)}`);
  return text;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function agent(value: unknown, where: string): Agent {
  const o = object(value, where);
  if (o.type !== 'Person') fail(`${where}.type`, `expected "Person", found ${describe(o.type)}`);
  return { type: 'Person', name: nonEmpty(o.name, `${where}.name`) };
}

const PURPOSES: readonly BodyPurpose[] = ['commenting', 'tagging', 'assessing'];

function body(value: unknown, where: string): TextualBody {
  const o = object(value, where);
  if (o.type !== 'TextualBody') fail(`${where}.type`, `expected "TextualBody", found ${describe(o.type)}`);
  const purpose = string(o.purpose, `${where}.purpose`);
  if (!PURPOSES.includes(purpose as BodyPurpose)) fail(`${where}.purpose`, `expected one of ${PURPOSES.join(', ')}, found ${JSON.stringify(purpose)}`);
  const value_ = string(o.value, `${where}.value`);
  if (purpose === 'assessing' && !ANNOTATION_STATUSES.includes(value_ as AnnotationStatus)) {
    fail(`${where}.value`, `a status must be one of ${ANNOTATION_STATUSES.join(', ')}, found ${JSON.stringify(value_)}`);
  }
  if (purpose === 'tagging' && value_.trim() === '') fail(`${where}.value`, 'a tag must not be empty');
  const result: { -readonly [K in keyof TextualBody]: TextualBody[K] } = { type: 'TextualBody', purpose: purpose as BodyPurpose, value: value_ };
  if (o.format !== undefined) {
    if (o.format !== 'text/plain') fail(`${where}.format`, `expected "text/plain", found ${describe(o.format)}`);
    result.format = 'text/plain';
  }
  if (purpose === 'commenting') {
    result.id = nonEmpty(o.id, `${where}.id`);
    result.creator = agent(o.creator, `${where}.creator`);
    result.created = date(o.created, `${where}.created`);
    result.modified = date(o.modified, `${where}.modified`);
  }
  return result;
}

function quoteSelector(value: unknown, where: string): TextQuoteSelector {
  const o = object(value, where);
  if (o.type !== 'TextQuoteSelector') fail(`${where}.type`, `expected "TextQuoteSelector", found ${describe(o.type)}`);
  return {
    type: 'TextQuoteSelector',
    exact: string(o.exact, `${where}.exact`),
    prefix: o.prefix === undefined ? '' : string(o.prefix, `${where}.prefix`),
    suffix: o.suffix === undefined ? '' : string(o.suffix, `${where}.suffix`),
  };
}

function positionSelector(value: unknown, where: string): TextPositionSelector {
  const o = object(value, where);
  if (o.type !== 'TextPositionSelector') fail(`${where}.type`, `expected "TextPositionSelector", found ${describe(o.type)}`);
  const start = offset(o.start, `${where}.start`);
  const end = offset(o.end, `${where}.end`);
  if (end < start) fail(where, `end ${end} is before start ${start}`);
  return { type: 'TextPositionSelector', start, end };
}

function annotation(value: unknown, where: string, source: string): WebAnnotation {
  const o = object(value, where);
  if (o['@context'] !== undefined && o['@context'] !== ANNOTATION_CONTEXT) fail(`${where}["@context"]`, `expected ${JSON.stringify(ANNOTATION_CONTEXT)}, found ${describe(o['@context'])}`);
  if (o.type !== 'Annotation') fail(`${where}.type`, `expected "Annotation", found ${describe(o.type)}`);
  if (o.motivation !== undefined && o.motivation !== 'commenting') fail(`${where}.motivation`, `expected "commenting", found ${describe(o.motivation)}`);
  if (!Array.isArray(o.body)) fail(`${where}.body`, `expected an array, found ${describe(o.body)}`);
  const bodies = o.body.map((b, i) => body(b, `${where}.body[${i}]`));
  if (bodies.filter((b) => b.purpose === 'assessing').length > 1) fail(`${where}.body`, 'more than one status (purpose "assessing")');
  const target = object(o.target, `${where}.target`);
  const targetSource = string(target.source, `${where}.target.source`);
  if (targetSource !== source) fail(`${where}.target.source`, `${JSON.stringify(targetSource)} differs from the file's source ${JSON.stringify(source)}`);
  if (!Array.isArray(target.selector)) fail(`${where}.target.selector`, `expected an array of two selectors, found ${describe(target.selector)}`);
  // Accept the two selectors in either order (hand edits, other tools); we write quote first.
  const selectors = target.selector as unknown[];
  const quoteAt = selectors.findIndex((s) => (s as Json | null)?.type === 'TextQuoteSelector');
  const positionAt = selectors.findIndex((s) => (s as Json | null)?.type === 'TextPositionSelector');
  if (quoteAt < 0) fail(`${where}.target.selector`, 'no TextQuoteSelector');
  if (positionAt < 0) fail(`${where}.target.selector`, 'no TextPositionSelector');
  const quote = quoteSelector(selectors[quoteAt], `${where}.target.selector[${quoteAt}]`);
  const position = positionSelector(selectors[positionAt], `${where}.target.selector[${positionAt}]`);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: nonEmpty(o.id, `${where}.id`),
    created: date(o.created, `${where}.created`),
    modified: date(o.modified, `${where}.modified`),
    creator: agent(o.creator, `${where}.creator`),
    motivation: 'commenting',
    body: bodies,
    target: { source: targetSource, selector: [quote, position] },
  };
}

/** Parse and validate an annotation file; the message says where it failed (line for JSON errors, path for fields). */
export function parseAnnotationFile(text: string): ParseResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.trim() === '') return { ok: false, message: 'the file is empty (expected {"source": ..., "annotations": [...]})' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${jsonErrorWhere(content, error)}` };
  }
  try {
    const root = object(json, 'top level');
    const source = nonEmpty(root.source, 'source');
    if (!Array.isArray(root.annotations)) fail('annotations', `expected an array, found ${describe(root.annotations)}`);
    const annotations = root.annotations.map((a, i) => annotation(a, `annotations[${i}]`, source));
    const seen = new Set<string>();
    annotations.forEach((a, i) => {
      if (seen.has(a.id)) fail(`annotations[${i}].id`, `${JSON.stringify(a.id)} appears twice`);
      seen.add(a.id);
    });
    return { ok: true, file: { source, annotations } };
  } catch (error) {
    if (error instanceof InvalidAnnotationFile) return { ok: false, message: error.message };
    throw error;
  }
}

/** JSON.parse's message with a line and column (V8 does not always give a position). */
function jsonErrorWhere(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)/, '');
  const given = /at position (\d+)/.exec(message)?.[1];
  const position = given !== undefined ? Number(given) : firstJsonErrorAt(text);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** Where a small JSON scanner first stumbles; only run on text JSON.parse already rejected. */
function firstJsonErrorAt(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const stop = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else stop();
  };
  const str = (): void => {
    if (text[i] !== '"') stop();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) stop();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) stop();
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        str();
        space();
        if (text[i] !== ':') stop();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else stop();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else stop();
      }
    } else if (c === '"') str();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (m === null) throw i;
      i += m[0].length;
    }
  };
  try {
    value();
    space();
    return i;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** The canonical order of annotations: by start, then end, then id (stable across writes). */
export function compareAnnotations(a: WebAnnotation, b: WebAnnotation): number {
  const pa = a.target.selector[1];
  const pb = b.target.selector[1];
  return pa.start - pb.start || pa.end - pb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Keys are written in this order whatever order the objects were built in.
function canonicalBody(b: TextualBody): Json {
  const out: Json = {};
  if (b.id !== undefined) out.id = b.id;
  out.type = b.type;
  out.purpose = b.purpose;
  out.value = b.value;
  if (b.format !== undefined) out.format = b.format;
  if (b.creator !== undefined) out.creator = { type: b.creator.type, name: b.creator.name };
  if (b.created !== undefined) out.created = b.created;
  if (b.modified !== undefined) out.modified = b.modified;
  return out;
}

// Comments keep their thread order (by creation, which is the order people read them); tags are
// sorted so adding one in two branches merges cleanly; the status comes last.
const PURPOSE_ORDER: Record<BodyPurpose, number> = { commenting: 0, tagging: 1, assessing: 2 };

function canonicalBodies(bodies: readonly TextualBody[]): TextualBody[] {
  return bodies
    .map((b, i) => ({ b, i }))
    .sort((x, y) => {
      const byPurpose = PURPOSE_ORDER[x.b.purpose] - PURPOSE_ORDER[y.b.purpose];
      if (byPurpose !== 0) return byPurpose;
      if (x.b.purpose === 'tagging') return x.b.value < y.b.value ? -1 : x.b.value > y.b.value ? 1 : 0;
      return x.i - y.i;
    })
    .map(({ b }) => b);
}

function canonicalAnnotation(a: WebAnnotation): Json {
  const [quote, position] = a.target.selector;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: a.id,
    type: 'Annotation',
    motivation: 'commenting',
    creator: { type: a.creator.type, name: a.creator.name },
    created: a.created,
    modified: a.modified,
    body: canonicalBodies(a.body).map(canonicalBody),
    target: {
      source: a.target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** The file's canonical text: stable key order, annotations by position then id, trailing newline. */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const annotations = [...file.annotations].sort(compareAnnotations).map(canonicalAnnotation);
  return `${JSON.stringify({ source: file.source, annotations }, null, 2)}\n`;
}
