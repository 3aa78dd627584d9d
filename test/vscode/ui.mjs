// The hover cards as a user sees them: a real VS Code (code-server) in Chromium opens the story's
// folder, the article is opened from the explorer, the mouse rests on a figure and on an entity,
// and each card must show what the other sources say. Screenshots go to the run folder; with
// --docs the cropped ones are copied to docs/hover-figure.png and docs/hover-entity.png.
//
//   node test/vscode/ui.mjs [--docs] [--vsix FILE] [--ext DIR] [--workspace DIR] [--file NAME]
//        [--figure TEXT --figure-within PHRASE --figure-expect S ...]
//        [--entity TEXT --entity-within PHRASE --entity-expect S ...] [--timeout SECONDS]
//
// Defaults are in hover-cases.mjs. Exit code 0 when every check passed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, cleanupAll, log, openWorkbench, seconds, writeStepResult } from './harness.mjs';
import { ARTICLE, HOVER_CASES, WORKSPACE } from './hover-cases.mjs';
import { hoverUntil, openFromExplorer, screenshotHover, waitForExplorer } from './workbench.mjs';

const { values: options } = parseArgs({
  options: {
    docs: { type: 'boolean', default: false },
    vsix: { type: 'string' },
    ext: { type: 'string', default: ROOT },
    workspace: { type: 'string', default: path.join(ROOT, WORKSPACE) },
    file: { type: 'string', default: ARTICLE },
    figure: { type: 'string' },
    'figure-within': { type: 'string' },
    'figure-expect': { type: 'string', multiple: true },
    entity: { type: 'string' },
    'entity-within': { type: 'string' },
    'entity-expect': { type: 'string', multiple: true },
    timeout: { type: 'string', default: '60' },
  },
});

/** A case from hover-cases.mjs with the command line's overrides. */
function caseOf(kind) {
  const base = HOVER_CASES[kind];
  const text = options[kind] ?? base.text;
  return {
    kind,
    text,
    // A new word without a new phrase is looked up on its own.
    within: options[`${kind}-within`] ?? (options[kind] ? text : base.within),
    expect: options[`${kind}-expect`] ?? base.expect,
  };
}

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok, detail });
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

async function main() {
  const started = Date.now();
  const timeoutMs = Number(options.timeout) * 1000;
  const session = await openWorkbench({
    label: options.vsix ? 'ui-vsix' : 'ui',
    workspace: options.workspace,
    extensionDevelopmentPath: options.vsix ? [] : [options.ext],
    vsix: options.vsix,
  });
  const { page, run } = session;
  const shots = {};
  try {
    const explorerMs = await waitForExplorer(page);
    log(`explorer shows the folder after ${(explorerMs / 1000).toFixed(1)} s`);
    try {
      const openMs = await openFromExplorer(page, options.file);
      check(`opens ${options.file} from the explorer`, true, `${openMs} ms`);
    } catch (error) {
      check(`opens ${options.file} from the explorer`, false, error.message.split('\n')[0]);
      await page.screenshot({ path: path.join(run.dir, 'open-failed.png') });
      return;
    }
    for (const kind of ['figure', 'entity']) {
      const hoverCase = caseOf(kind);
      const name = `hover on the ${kind} "${hoverCase.text}" shows ${hoverCase.expect.map((s) => `"${s}"`).join(', ')}`;
      let result;
      try {
        result = await hoverUntil(page, hoverCase, { timeoutMs });
      } catch (error) {
        check(name, false, error.message);
        await page.screenshot({ path: path.join(run.dir, `hover-${kind}-failed.png`) });
        continue;
      }
      const file = path.join(run.dir, `hover-${kind}${result.ok ? '' : '-failed'}.png`);
      shots[kind] = { ...(await screenshotHover(page, file, result.box)), ok: result.ok };
      check(name, result.ok, `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}, ${(result.ms / 1000).toFixed(1)} s`);
      console.log(indent(result.content || '(no hover appeared)'));
      await page.mouse.move(5, 5);
    }
  } finally {
    await session.close();
    log(`ui test done in ${seconds(started)}; screenshots in ${path.relative(ROOT, run.dir)}`);
  }
  if (options.docs) copyToDocs(shots);
}

/** Copies passing cards to docs/; a failed hover never replaces a documented one. */
function copyToDocs(shots) {
  for (const [kind, shot] of Object.entries(shots)) {
    if (!shot.ok) continue;
    const target = path.join(ROOT, 'docs', `hover-${kind}.png`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(shot.card ?? shot.full, target);
    console.log(`  → ${path.relative(ROOT, target)}`);
  }
}

function indent(text) {
  return text.split('\n').map((line) => `      │ ${line}`).join('\n');
}

try {
  await main();
} catch (error) {
  check('the workbench starts and shows the folder', false, error instanceof Error ? error.message : String(error));
  await cleanupAll();
}
writeStepResult('ui', checks);
const failed = checks.filter((c) => !c.ok).length;
console.log(`ui: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.length > 0 ? 0 : 1);
