// One entity under many names across sources: a table of what must merge and what must stay
// apart, checked both through groupWorkspaceEntities (the CLI's compare) and through the source
// index's references (hovers, Find References), which must agree.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNewsLens, createSourceIndex, groupWorkspaceEntities, type EntityType } from '../../../src/core';
import { analyseAll, phraseRecognizer } from './phrases';
import { plausibleAcronym, writtenAsAcronym } from '../../../src/core/aliases/resolver';

type Phrase = readonly [string, EntityType];
/** A mention: source, the text as written (first occurrence, or the nth). */
type At = readonly [uri: string, needle: string, nth?: number];

interface Case {
  readonly name: string;
  readonly phrases: readonly Phrase[];
  readonly texts: Record<string, string>;
  readonly same: readonly (readonly [At, At])[];
  readonly apart: readonly (readonly [At, At])[];
}

const PEOPLE: Phrase[] = [
  ['President Gustavo Petro', 'PER'], ['Gustavo Petro', 'PER'], ['President Petro', 'PER'], ["Petro's", 'PER'], ['Petro', 'PER'],
  ['Sandra Petro', 'PER'], ['PETRO', 'PER'],
];
const PLACES: Phrase[] = [['U.S.', 'LOC'], ['US', 'LOC'], ['United States', 'LOC'], ['Washington', 'LOC'], ['Colombia', 'LOC']];
const AGENCIES: Phrase[] = [['Drug Enforcement Administration', 'ORG'], ['DEA', 'ORG'], ['Venezuela', 'ORG'], ['VENEZUELA', 'LOC']];

const CASES: Case[] = [
  {
    name: 'full name, title, possessive, capitals and a bare surname in another source',
    phrases: PEOPLE,
    texts: {
      'a.txt': 'President Gustavo Petro spoke on Monday. Petro\'s aides said little.',
      'b.txt': 'President Petro was not in Bogota on Tuesday.',
      'c.txt': 'PETRO DEFENDS POLICY\n\nThe president said Petro would travel.',
    },
    same: [
      [['a.txt', 'Gustavo Petro'], ['b.txt', 'Petro']],
      [['a.txt', 'Petro', 1], ['c.txt', 'PETRO']],
      [['b.txt', 'Petro'], ['c.txt', 'Petro']],
    ],
    apart: [],
  },
  {
    name: 'two people sharing a surname stay apart; a bare surname then stays on its own',
    phrases: PEOPLE,
    texts: {
      'a.txt': 'Gustavo Petro spoke on Monday. Petro said the talks would go on.',
      'b.txt': 'Sandra Petro, a teacher in Cali, said Petro was no relative of hers.',
      'c.txt': 'Petro was quoted by the paper.',
    },
    // Within one article, the surname goes to the full name given there.
    same: [[['a.txt', 'Petro', 1], ['a.txt', 'Gustavo Petro']], [['b.txt', 'Petro', 1], ['b.txt', 'Sandra Petro']]],
    apart: [
      [['a.txt', 'Gustavo Petro'], ['b.txt', 'Sandra Petro']],
      [['c.txt', 'Petro'], ['a.txt', 'Gustavo Petro']],
      [['c.txt', 'Petro'], ['b.txt', 'Sandra Petro']],
    ],
  },
  {
    name: 'U.S. = US = United States, and WASHINGTON = Washington',
    phrases: PLACES,
    texts: {
      'a.txt': 'WASHINGTON - U.S. officials met on Monday.',
      'b.txt': 'Officials in Washington said the United States would respond.',
      'c.txt': 'The US embassy declined to comment.',
    },
    same: [
      [['a.txt', 'U.S.'], ['b.txt', 'United States']],
      [['b.txt', 'United States'], ['c.txt', 'US']],
      [['a.txt', 'WASHINGTON'], ['b.txt', 'Washington']],
    ],
    apart: [[['a.txt', 'U.S.'], ['b.txt', 'Washington']]],
  },
  {
    name: 'an acronym one source defines and another only uses',
    phrases: AGENCIES,
    texts: {
      'a.txt': 'The Drug Enforcement Administration (DEA) said on Monday it had made arrests.',
      'b.txt': 'The DEA declined to comment.',
      'c.txt': 'A DEA spokesman said the operation had ended.',
    },
    same: [[['a.txt', 'Drug Enforcement Administration'], ['b.txt', 'DEA']], [['b.txt', 'DEA'], ['c.txt', 'DEA']]],
    apart: [],
  },
  {
    name: 'an acronym that is the initials of the one name written out elsewhere',
    phrases: AGENCIES,
    texts: {
      'a.txt': 'The Drug Enforcement Administration said on Monday it had made arrests.',
      'b.txt': 'The DEA declined to comment.',
    },
    same: [[['a.txt', 'Drug Enforcement Administration'], ['b.txt', 'DEA']]],
    apart: [],
  },
  {
    name: 'one name typed ORG in one source and LOC in two: the majority type, one entity',
    phrases: [['Venezuela', 'ORG'], ['VENEZUELA', 'LOC'], ['Caracas', 'LOC']],
    texts: {
      'a.txt': 'Venezuela said on Monday that it rejected the claims.',
      'b.txt': 'CARACAS - VENEZUELA rejected the claims.',
      'c.txt': 'Flights to VENEZUELA were cancelled.',
    },
    same: [[['a.txt', 'Venezuela'], ['b.txt', 'VENEZUELA']], [['a.txt', 'Venezuela'], ['c.txt', 'VENEZUELA']]],
    apart: [],
  },
];

const TRUMPS: Phrase[] = [
  ['Donald Trump', 'PER'], ['Donald J. Trump', 'PER'], ['Donald John Trump', 'PER'], ['Donald Trump Jr.', 'PER'], ['Eric Trump', 'PER'], ['Trump', 'PER'],
];

CASES.push(
  {
    name: 'a shorter full name joins the one fuller name it can be, across sources',
    phrases: TRUMPS,
    texts: {
      'a.txt': 'Donald Trump spoke on Monday.',
      'b.txt': 'Donald J. Trump signed the order.',
      'c.txt': 'Donald John Trump was named in the filing.',
      'd.txt': 'Trump left early.',
    },
    same: [
      [['a.txt', 'Donald Trump'], ['b.txt', 'Donald J. Trump']],
      [['b.txt', 'Donald J. Trump'], ['c.txt', 'Donald John Trump']],
      [['d.txt', 'Trump'], ['a.txt', 'Donald Trump']],
    ],
    apart: [],
  },
);

/** Must-not-merge pairs whose names look alike. */
const LOOKALIKES: Case[] = [
  {
    name: 'a son with his father\'s name, and a brother, stay apart; a bare surname then joins nobody',
    phrases: TRUMPS,
    texts: {
      'a.txt': 'Donald Trump spoke on Monday.',
      'b.txt': 'Donald Trump Jr. posted a video.',
      'c.txt': 'Eric Trump was at the event.',
      'd.txt': 'Trump left early.',
    },
    same: [],
    apart: [
      [['a.txt', 'Donald Trump'], ['b.txt', 'Donald Trump Jr.']],
      [['a.txt', 'Donald Trump'], ['c.txt', 'Eric Trump']],
      [['d.txt', 'Trump'], ['a.txt', 'Donald Trump']],
      [['d.txt', 'Trump'], ['c.txt', 'Eric Trump']],
    ],
  },
  {
    name: 'an acronym two sources expand differently stays apart from both',
    phrases: [['Center for Public Integrity', 'ORG'], ['Communist Party of India', 'ORG'], ['CPI', 'ORG']],
    texts: {
      'a.txt': 'The Center for Public Integrity (CPI) reported on Monday.',
      'b.txt': 'The Communist Party of India (CPI) held a rally.',
      'c.txt': 'The CPI was in the news.',
    },
    same: [],
    apart: [
      [['a.txt', 'Center for Public Integrity'], ['b.txt', 'Communist Party of India']],
      [['c.txt', 'CPI'], ['a.txt', 'Center for Public Integrity']],
      [['c.txt', 'CPI'], ['b.txt', 'Communist Party of India']],
    ],
  },
  {
    name: 'a capitalised word is not an acronym of a name with its initials',
    phrases: [['Anti Corruption Enforcement', 'ORG'], ['Ace', 'PER']],
    texts: { 'a.txt': 'Anti Corruption Enforcement officers arrived.', 'b.txt': 'Ace said he was home.' },
    same: [],
    apart: [[['a.txt', 'Anti Corruption Enforcement'], ['b.txt', 'Ace']]],
  },
  {
    name: 'two people with the same surname in one source: a bare surname elsewhere joins neither',
    phrases: [['Joe Biden', 'PER'], ['Hunter Biden', 'PER'], ['Biden', 'PER']],
    texts: { 'a.txt': 'Joe Biden and Hunter Biden arrived.', 'b.txt': 'Biden said nothing.' },
    same: [],
    apart: [[['b.txt', 'Biden'], ['a.txt', 'Joe Biden']], [['b.txt', 'Biden'], ['a.txt', 'Hunter Biden']], [['a.txt', 'Joe Biden'], ['a.txt', 'Hunter Biden']]],
  },
];

function offsetIn(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} is not in the text`);
  }
  return at;
}

for (const c of [...CASES, ...LOOKALIKES]) {
  test(`aliases across sources: ${c.name}`, () => {
    const sources = analyseAll(c.phrases, c.texts);
    const entities = groupWorkspaceEntities(sources);
    const entityOf = ([uri, needle, nth]: At): string => {
      const start = offsetIn(c.texts[uri] ?? '', needle, nth);
      const found = entities.find((e) => e.mentions.some((m) => m.uri === uri && m.start === start));
      assert.ok(found, `no entity has the mention ${uri} "${needle}"`);
      return found.key;
    };

    const index = createSourceIndex(createNewsLens({ names: phraseRecognizer(c.phrases) }));
    for (const [uri, text] of Object.entries(c.texts)) index.set(uri, text);
    const linked = (a: At, b: At): boolean => {
      const from = offsetIn(c.texts[a[0]] ?? '', a[1], a[2]);
      const to = offsetIn(c.texts[b[0]] ?? '', b[1], b[2]);
      return index.references(a[0], from).some((r) => r.uri === b[0] && r.start === to);
    };

    for (const [a, b] of c.same) {
      assert.equal(entityOf(a), entityOf(b), `compare: ${a.join(' ')} = ${b.join(' ')}`);
      assert.ok(linked(a, b) && linked(b, a), `index: ${a.join(' ')} = ${b.join(' ')}`);
    }
    for (const [a, b] of c.apart) {
      assert.notEqual(entityOf(a), entityOf(b), `compare: ${a.join(' ')} != ${b.join(' ')}`);
      assert.ok(!linked(a, b) && !linked(b, a), `index: ${a.join(' ')} != ${b.join(' ')}`);
    }
  });
}

test('the workspace entity is named by its sources and lists every form it is written in', () => {
  const sources = analyseAll(AGENCIES, {
    'a.txt': 'The Drug Enforcement Administration (DEA) said on Monday it had made arrests.',
    'b.txt': 'The DEA declined to comment. DEA agents left.',
  });
  const dea = groupWorkspaceEntities(sources).find((e) => e.key === 'ORG:drug enforcement administration');
  assert.ok(dea);
  assert.equal(dea.canonical, 'Drug Enforcement Administration');
  assert.equal(dea.type, 'ORG');
  assert.deepEqual(dea.aliases, ['DEA', 'Drug Enforcement Administration']);
  assert.deepEqual(dea.mentions.map((m) => `${m.uri}:${m.text}`), ['a.txt:Drug Enforcement Administration', 'a.txt:DEA', 'b.txt:DEA', 'b.txt:DEA']);
});

test('the index follows the workspace: a second Petro unmerges the bare surname, deleting it merges it again', () => {
  const index = createSourceIndex(createNewsLens({ names: phraseRecognizer(PEOPLE) }));
  const bare = 'Petro was quoted by the paper.';
  index.set('a.txt', 'Gustavo Petro spoke on Monday.');
  index.set('c.txt', bare);
  assert.ok(index.references('c.txt', 0).some((r) => r.uri === 'a.txt'));
  index.set('b.txt', 'Sandra Petro spoke too.');
  assert.deepEqual(index.references('c.txt', 0).map((r) => r.uri), ['c.txt']);
  index.delete('b.txt');
  assert.ok(index.references('c.txt', 0).some((r) => r.uri === 'a.txt'));
  const summary = index.entitySummary().map((e) => e.key);
  assert.ok(summary.includes('PER:gustavo petro') && !summary.includes('PER:petro'), summary.join(', '));
});

test('the grouping does not depend on the order sources come in, and resolving twice changes nothing', () => {
  for (const c of [...CASES, ...LOOKALIKES]) {
    const sources = analyseAll(c.phrases, c.texts);
    const groups = (list: typeof sources): string[] => groupWorkspaceEntities(list)
      .map((e) => `${e.key}=${e.mentions.map((m) => `${m.uri}@${m.start}`).sort().join(',')}`).sort();
    assert.deepEqual(groups([...sources].reverse()), groups(sources), c.name);

    const index = createSourceIndex(createNewsLens({ names: phraseRecognizer(c.phrases) }));
    for (const [uri, text] of Object.entries(c.texts).reverse()) index.set(uri, text);
    for (const entity of index.entitySummary()) {
      // Every entity the summary lists is its own resolution: its locations lead back to it.
      const locations = index.entityLocations(entity.key);
      assert.equal(locations.length, entity.mentions, `${c.name}: ${entity.key}`);
    }
  }
});

test('which capitals can be an acronym of a name (a table with the false friends)', () => {
  const table: readonly (readonly [string, string, boolean])[] = [
    ['dea', 'drug enforcement administration', true],
    ['us', 'united states', true],
    ['usa', 'united states', true],
    ['farc', 'revolutionary armed forces of colombia', true], // the Spanish order of the words
    ['ace', 'anti corruption enforcement', true],
    ['times', 'new york times', false],
    ['melissa', 'hurricane melissa', false],
    ['nyt', 'new york times', true],
  ];
  for (const [acronym, expansion, expected] of table) assert.equal(plausibleAcronym(acronym, expansion), expected, `${acronym} ~ ${expansion}`);
  for (const [form, expected] of [['DEA', true], ['U.S.', true], ['DoD', true], ['Dea', false], ['dea', false], ['X', false]] as const) {
    assert.equal(writtenAsAcronym(form), expected, form);
  }
});
