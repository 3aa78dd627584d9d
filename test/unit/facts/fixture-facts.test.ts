// The cross-source facts of the multi-source fixtures, scored against hand-made ones. The
// numbers are printed (node --test shows diagnostics) and held: a change that finds fewer
// facts with the right verdict, or reports a conflict where the sources agree, fails here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { fixturesDir } from '../../support/engine';
import { scoreStory } from './score';

const stories = [
  // story, its folder, facts that must be found with the right verdict at least
  { story: 'boat-strikes', dir: path.join(fixturesDir, 'articles'), atLeast: 4 },
  { story: 'hurricane-melissa', dir: path.join(fixturesDir, 'articles'), atLeast: 8 },
  { story: 'harlow-bridge', dir: path.join(fixturesDir, 'stories'), atLeast: 6 },
  // Written to catch false conflicts: parts, earlier tallies, an aftershock, several givers.
  { story: 'valdoria-quake', dir: path.join(fixturesDir, 'stories'), atLeast: 1 },
  // Real events (July 2025), our sentences: statewide and county tolls, a same-day disagreement, missing campers.
  { story: 'texas-floods', dir: path.join(fixturesDir, 'stories'), atLeast: 4 },
  // Real events (October 2025), our sentences: things stolen, their value in two currencies, arrests.
  { story: 'louvre-heist', dir: path.join(fixturesDir, 'stories'), atLeast: 4 },
  // Real events (June 2025), our sentences: a toll revised down, deaths on board and on the ground, one survivor.
  { story: 'ahmedabad-crash', dir: path.join(fixturesDir, 'stories'), atLeast: 5 },
  // Real events (March 2025), our sentences: tolls in two countries told from different capitals.
  { story: 'myanmar-quake', dir: path.join(fixturesDir, 'stories'), atLeast: 3 },
];

for (const { story, dir, atLeast } of stories) {
  test(`${story}: the hand-made facts are found with the right verdict, and no conflict is reported where sources agree`, (t) => {
    const score = scoreStory(story, dir);
    for (const s of [...score.facts, ...score.events]) t.diagnostic(`${s.found === s.expected ? 'ok  ' : 'MISS'} ${s.name}: expected ${s.expected}, found ${s.found ?? 'nothing'}`);
    t.diagnostic(`${story}: ${score.right}/${score.total} facts with the right verdict; ${score.falseConflicts.length} false conflicts`);
    assert.deepEqual(score.falseConflicts, [], 'no conflict where the hand-made facts see none');
    assert.ok(score.right >= atLeast, `${score.right}/${score.total} found with the right verdict, expected at least ${atLeast}`);
    // Every conflict the hand-made facts name among figures is found as a conflict.
    for (const s of score.facts) if (s.expected === 'conflict') assert.equal(s.found, 'conflict', s.name);
  });
}
