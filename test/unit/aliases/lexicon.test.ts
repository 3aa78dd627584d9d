// The workspace lexicon: parsing (with the malformed files people and git merges make), the
// stable file text, and how it overrides the machine in one article and across sources.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNewsLens, createSourceIndex, groupWorkspaceEntities, type Lexicon } from '../../../src/core';
import { applyLexicon, EMPTY_LEXICON, parseLexicon, serializeLexicon } from '../../../src/core/annotations/lexicon';
import { analyseAll, phraseRecognizer } from './phrases';

const MALFORMED: readonly (readonly [string, string, RegExp])[] = [
  ['an empty file', '', /empty/],
  ['only whitespace', '  \n', /empty/],
  ['not JSON', '{"version": 1,', /not valid JSON/],
  ['a JSON array', '[]', /JSON object/],
  ['no version', '{"entities": []}', /Unknown lexicon version undefined/],
  ['a newer version', '{"version": 2, "entities": []}', /version 2 is newer than this NewsLens understands/],
  ['a version as a string', '{"version": "1"}', /Unknown lexicon version "1"/],
  ['an unknown field', '{"version": 1, "rules": []}', /unknown field "rules"/],
  ['an unknown field in an entity', '{"version": 1, "entities": [{"canonical": "A B", "type": "PER", "note": "x"}]}', /entities\[0\]: unknown field "note"/],
  ['an unknown type', '{"version": 1, "entities": [{"canonical": "Acme", "type": "COMPANY"}]}', /"type" must be one of PER, ORG, LOC, MISC/],
  ['an empty canonical', '{"version": 1, "entities": [{"canonical": " ", "type": "ORG"}]}', /"canonical" must be a non-empty name/],
  ['aliases not an array', '{"version": 1, "entities": [{"canonical": "Acme", "type": "ORG", "aliases": "ACME"}]}', /aliases must be an array/],
  ['a split without "from"', '{"version": 1, "split": [{"alias": "Petro"}]}', /split\[0\]: "from" must be a non-empty name/],
  ['notEntities with a number', '{"version": 1, "notEntities": [3]}', /"notEntities"\[0\] must be a non-empty name/],
  ['one alias under two entities', '{"version": 1, "entities": [{"canonical": "A Corp", "type": "ORG", "aliases": ["AC"]}, {"canonical": "Another Corp", "type": "ORG", "aliases": ["ac"]}]}', /"ac" belongs to two entities/],
  ['one entity with two types', '{"version": 1, "entities": [{"canonical": "Acme", "type": "ORG"}, {"canonical": "ACME", "type": "LOC"}]}', /listed twice under "entities", as ORG and as LOC/],
];

for (const [what, text, message] of MALFORMED) {
  test(`a lexicon file with ${what} is refused with a message saying why`, () => {
    const parsed = parseLexicon(text);
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.match(parsed.message, message);
  });
}

test('a lexicon with a BOM, CRLF line ends and missing optional lists parses', () => {
  const parsed = parseLexicon('\uFEFF{\r\n  "version": 1,\r\n  "entities": [{"canonical": "Drug Enforcement Administration", "type": "ORG", "aliases": ["DEA"]}]\r\n}\r\n');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.lexicon, {
    version: 1, entities: [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA'] }], split: [], notEntities: [],
  });
});

test('the file text is stable: sorted, duplicates folded, pretty-printed, and reads back the same', () => {
  const lexicon: Lexicon = {
    version: 1,
    entities: [
      { canonical: 'Venezuela', type: 'LOC', aliases: [] },
      { canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['the DEA', 'DEA', 'D.E.A.'] },
    ],
    split: [{ alias: 'Petro', from: 'Gustavo Petro' }, { alias: 'Petro', from: 'Gustavo Petro' }],
    notEntities: ['Breaking News', 'BREAKING NEWS', 'Analysis'],
  };
  const text = serializeLexicon(lexicon);
  assert.equal(text, `{
  "version": 1,
  "entities": [
    {
      "canonical": "Drug Enforcement Administration",
      "type": "ORG",
      "aliases": [
        "DEA",
        "the DEA"
      ]
    },
    {
      "canonical": "Venezuela",
      "type": "LOC",
      "aliases": []
    }
  ],
  "split": [
    {
      "alias": "Petro",
      "from": "Gustavo Petro"
    }
  ],
  "notEntities": [
    "Analysis",
    "Breaking News"
  ]
}
`);
  const back = parseLexicon(text);
  assert.ok(back.ok);
  assert.equal(serializeLexicon(back.lexicon), text);
});

const PHRASES = [
  ['Gustavo Petro', 'PER'], ['Sandra Petro', 'PER'], ['Petro', 'PER'], ['DEA', 'ORG'], ['Drug Enforcement Administration', 'ORG'],
  ['Breaking News', 'ORG'], ['Cali', 'ORG'],
] as const;

test('merge, type, split and not-an-entity decisions are applied to one article', () => {
  const [source] = analyseAll(PHRASES, { 'a.txt': 'Breaking News: Gustavo Petro met the DEA in Cali. Petro left.' });
  assert.ok(source);
  const lexicon: Lexicon = {
    version: 1,
    entities: [
      { canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['dea'] },
      { canonical: 'Cali', type: 'LOC', aliases: [] },
    ],
    split: [{ alias: 'Petro', from: 'Gustavo Petro' }],
    notEntities: ['breaking news'],
  };
  const applied = applyLexicon(source.analysis, lexicon);
  assert.deepEqual(applied.entities.map((m) => `${m.text}=${m.entityId}`), [
    'Gustavo Petro=PER:Gustavo Petro', 'DEA=ORG:Drug Enforcement Administration', 'Cali=LOC:Cali', 'Petro=PER:Petro',
  ]);
  assert.deepEqual(applied.entityClusters.map((c) => [c.id, c.aliases, c.mentions.length]), [
    ['PER:Gustavo Petro', ['Gustavo Petro'], 1], ['ORG:Drug Enforcement Administration', ['DEA'], 1], ['LOC:Cali', ['Cali'], 1], ['PER:Petro', ['Petro'], 1],
  ]);
  // The machine's analysis is not changed, and an empty lexicon changes nothing.
  assert.equal(source.analysis.entities.find((m) => m.text === 'Petro')?.canonical, 'Gustavo Petro');
  assert.equal(applyLexicon(source.analysis, EMPTY_LEXICON), source.analysis);
});

test('an alias is matched against cluster names, so merging one bare "Petro" does not take another article\'s "Sandra Petro"', () => {
  const sources = analyseAll(PHRASES, {
    'a.txt': 'Petro spoke on Monday.',
    'b.txt': 'Sandra Petro, a teacher, said Petro was no relative.',
  });
  const lexicon: Lexicon = { version: 1, entities: [{ canonical: 'Gustavo Petro', type: 'PER', aliases: ['Petro'] }], split: [], notEntities: [] };
  const entities = groupWorkspaceEntities(sources, lexicon);
  const gustavo = entities.find((e) => e.key === 'PER:gustavo petro');
  const sandra = entities.find((e) => e.key === 'PER:sandra petro');
  assert.deepEqual(gustavo?.mentions.map((m) => `${m.uri}:${m.text}`), ['a.txt:Petro']);
  assert.deepEqual(sandra?.mentions.map((m) => `${m.uri}:${m.text}`), ['b.txt:Sandra Petro', 'b.txt:Petro']);
});

test('a split also holds across sources: the bare surname is no longer read as the one full name', () => {
  const texts = { 'a.txt': 'Gustavo Petro spoke on Monday.', 'b.txt': 'Petro was quoted by the paper.' };
  const split: Lexicon = { version: 1, entities: [], split: [{ alias: 'Petro', from: 'Gustavo Petro' }], notEntities: [] };
  const keysOf = (lexicon?: Lexicon) => groupWorkspaceEntities(analyseAll(PHRASES, texts), lexicon).map((e) => e.key).sort();
  assert.deepEqual(keysOf(), ['PER:gustavo petro']);
  assert.deepEqual(keysOf(split), ['PER:gustavo petro', 'PER:petro']);
});

test('the index applies a new lexicon to the sources it touches and answers with it', () => {
  const engine = createNewsLens({ names: phraseRecognizer(PHRASES) });
  const index = createSourceIndex(engine);
  index.set('a.txt', 'The DEA said on Monday it had made arrests.');
  index.set('b.txt', 'Gustavo Petro spoke in Cali.');
  index.set('c.txt', 'Nothing named here.');
  const merge: Lexicon = { version: 1, entities: [{ canonical: 'Drug Enforcement Administration', type: 'ORG', aliases: ['DEA'] }], split: [], notEntities: [] };
  const touched = index.setLexicon(merge);
  assert.deepEqual(touched, ['a.txt']);
  for (const uri of touched) assert.ok(index.reanalyse(uri));
  const at = index.mentionAt('a.txt', 5);
  assert.equal(at?.kind === 'entity' ? at.mention.canonical : null, 'Drug Enforcement Administration');
  assert.deepEqual(index.entitySummary().map((e) => e.key).sort(), ['LOC:cali', 'ORG:drug enforcement administration', 'PER:gustavo petro']);
  // Removing the decision restores the machine's reading.
  const back = index.setLexicon(undefined);
  assert.deepEqual(back, ['a.txt']);
  for (const uri of back) index.reanalyse(uri);
  const again = index.mentionAt('a.txt', 5);
  assert.equal(again?.kind === 'entity' ? again.mention.canonical : null, 'DEA');
});

test('not-an-entity names removed from the lexicon come back (the text is searched, they left no mention)', () => {
  const index = createSourceIndex(createNewsLens({ names: phraseRecognizer(PHRASES) }), {
    lexicon: { version: 1, entities: [], split: [], notEntities: ['Breaking News'] },
  });
  index.set('a.txt', 'Breaking News: nothing else.');
  assert.equal(index.mentionAt('a.txt', 2), null);
  const touched = index.setLexicon(undefined);
  assert.deepEqual(touched, ['a.txt']);
  index.reanalyse('a.txt');
  assert.equal(index.mentionAt('a.txt', 2)?.kind, 'entity');
});
