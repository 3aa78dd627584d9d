// `npm run test:vscode`: NewsLens in a real VS Code (code-server + Chromium, see
// test/vscode/harness.mjs). Installs the harness into .tools/ when it is missing (apt needs root,
// as in CI), builds nothing (`npm run build` first), then runs, in order:
//   1. the mocha suites in the extension host (test/vscode/runTests.mjs, @vscode/test-electron)
//   2. the hover UI test in Chromium (test/vscode/ui.mjs)
//   2b. the Source Comparison view in Chromium (test/vscode/compare-shot.mjs)
//   3. the VSIX: package, contents, install, hover (test/vscode/vsix.mjs)
// and ends with one line `N passed, N failed` (tests and checks, over all steps). Exit code 1
// when anything failed.
//
//   node scripts/vscode-test.mjs [--only tests|ui|compare|vsix ...] [--docs]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STEPS = [
  { key: 'tests', name: 'extension tests (mocha in the extension host)', script: 'test/vscode/runTests.mjs', args: [] },
  { key: 'ui', name: 'hover UI (Playwright + Chromium)', script: 'test/vscode/ui.mjs', args: [] },
  { key: 'compare', name: 'Source Comparison view (Playwright + Chromium)', script: 'test/vscode/compare-shot.mjs', args: [] },
  { key: 'vsix', name: 'VSIX (package, contents, install, hover)', script: 'test/vscode/vsix.mjs', args: [] },
];

const { values: options } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    docs: { type: 'boolean', default: false },
  },
});
const unknown = (options.only ?? []).filter((key) => !STEPS.some((s) => s.key === key));
if (unknown.length) {
  console.error(`unknown step ${unknown.join(', ')}; steps are ${STEPS.map((s) => s.key).join(', ')}`);
  process.exit(2);
}
if (options.docs) for (const key of ['ui', 'compare']) STEPS.find((s) => s.key === key).args.push('--docs');

const started = Date.now();
const { harnessInstalled } = await import('../test/vscode/harness.mjs');
if (!harnessInstalled()) {
  console.log('== the VS Code harness is not installed: scripts/install-harness.sh');
  const install = spawnSync('bash', [path.join(ROOT, 'scripts/install-harness.sh')], { cwd: ROOT, stdio: 'inherit' });
  if (install.status !== 0 || !harnessInstalled()) {
    console.log(`install-harness.sh failed (${install.status ?? install.signal}); it needs root for apt-get, once`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.log('warning: dist/extension.js does not exist; run `npm run build` first');
}

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-vscode-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
try {
  for (const step of STEPS.filter((s) => !options.only || options.only.includes(s.key))) {
    console.log(`\n== ${step.name}: node ${step.script} ${step.args.join(' ')}`.trimEnd());
    const stepStarted = Date.now();
    const resultFile = path.join(resultsDir, `${step.key}.json`);
    const run = spawnSync(process.execPath, [path.join(ROOT, step.script), ...step.args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, HARNESS_RESULT_FILE: resultFile },
    });
    const code = run.status ?? 1;
    // Counts as the step reported them; a step that died before reporting counts as one failure,
    // and so does a non-zero exit that reported no failure.
    const counts = fs.existsSync(resultFile)
      ? JSON.parse(fs.readFileSync(resultFile, 'utf8'))
      : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
    summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed`
      + `${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
    // Which checks failed, under their step: a CI log is often read from its last lines only.
    for (const failure of counts.failures ?? []) summary.push(`       ✘ ${failure.slice(0, 500)}`);
  }
} finally {
  fs.rmSync(resultsDir, { recursive: true, force: true });
}

console.log(`\n${summary.join('\n')}`);
console.log(`VS Code tests took ${((Date.now() - started) / 1000).toFixed(1)} s${totals.skipped ? `; ${totals.skipped} skipped` : ''}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
