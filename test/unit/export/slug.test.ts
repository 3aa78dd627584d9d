import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityAnchors, slugOf } from '../../../src/core/export/slug';

describe('slugOf', () => {
  const table: [string, string][] = [
    ['Gustavo Petro', 'gustavo-petro'],
    ['Bogotá', 'bogota'],
    ['Ñuñoa / São Paulo', 'nunoa-sao-paulo'],
    ['U.S. Southern Command', 'u-s-southern-command'],
    ['AT&T', 'at-t'],
    ['  --Hamas--  ', 'hamas'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['"><script>', 'script'],
    ['G20', 'g20'],
    ['ﬁnance', 'finance'],
    ['محمد بن سلمان', ''],
    ['***', ''],
  ];
  for (const [name, slug] of table) {
    it(`"${name}" -> "${slug}"`, () => assert.equal(slugOf(name), slug));
  }

  it('keeps slugs short and never ends them with a hyphen', () => {
    const slug = slugOf('word '.repeat(40));
    assert.ok(slug.length <= 64);
    assert.doesNotMatch(slug, /-$/);
  });
});

describe('entityAnchors', () => {
  it('gives every cluster its own anchor, from a closed alphabet', () => {
    const anchors = entityAnchors([
      { id: 'LOC:Georgia', canonical: 'Georgia' },
      { id: 'PER:Georgia', canonical: 'Georgia' },
      { id: 'ORG:georgia', canonical: 'GEORGIA' },
      { id: 'PER:محمد', canonical: 'محمد' },
      { id: 'PER:"x"', canonical: '"><b>x' },
    ]);
    assert.deepEqual([...anchors.values()], ['entity-georgia', 'entity-georgia-2', 'entity-georgia-3', 'entity-4', 'entity-b-x']);
    for (const anchor of anchors.values()) assert.match(anchor, /^entity-[a-z0-9-]+$/);
  });

  it('does not let a numbered fallback collide with a name that slugs to the same id', () => {
    const anchors = entityAnchors([{ id: 'a', canonical: '4' }, { id: 'b', canonical: 'x' }, { id: 'c', canonical: 'x' }, { id: 'd', canonical: '中文' }]);
    assert.equal(new Set(anchors.values()).size, 4);
    assert.equal(anchors.get('d'), 'entity-4-2');
  });
});
