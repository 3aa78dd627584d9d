// Reads TimeML 1.2.1 documents (TimeBank, AQUAINT, TempEval-3): the text of <TEXT> with tags
// removed and entities decoded, the gold TIMEX3 spans in that text, and the DCT value.
// A tiny purpose-built scanner, not an XML library: TimeML here is flat (TIMEX3, EVENT and
// SIGNAL never nest inside TIMEX3 in these corpora), and offsets must be counted on the
// decoded text, which a generic parser would make us recompute anyway.

import type { DateType } from '../../src/core/model';

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: DateType;
  readonly value: string;
  readonly mod?: string;
}

export interface TimeMLDocument {
  readonly id: string;
  /** The DCT as YYYY-MM-DD (the value's date part), or null when absent. */
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decodeEntities(m[2]!);
  return out;
}

/** Parses one .tml file's contents. */
export function readTimeML(xml: string, id: string): TimeMLDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dctTag ? attributes(dctTag[0]).value ?? null : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;

  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | null = null;
  const tagOrText = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>|[^<]+/g;
  for (const m of body.matchAll(tagOrText)) {
    if (m[2] === undefined) {
      text += decodeEntities(m[0]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] !== '/') {
      open = { start: text.length, attrs: attributes(m[3] ?? '') };
    } else if (open) {
      const a = open.attrs;
      const type = (a.type ?? 'DATE') as DateType;
      const gold: GoldTimex = {
        start: open.start, end: text.length, text: text.slice(open.start), type, value: a.value ?? '',
        ...(a.mod ? { mod: a.mod } : {}),
      };
      timexes.push(gold);
      open = null;
    }
  }
  return { id, dct, text, timexes };
}
