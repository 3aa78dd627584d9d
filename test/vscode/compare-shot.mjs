// The Source Comparison view as a user meets it, in a real VS Code (code-server + Chromium):
// the hurricane-melissa story open, "NewsLens: Show Source Comparison" run from the Command
// Palette, the webview drawn under its CSP, a conflicting point focused from the keyboard (its
// quote shown), then Enter opens that quote in its article, selected. Saves a screenshot, and
// with --docs copies it to docs/compare.png for the README.
//
//   node test/vscode/compare-shot.mjs [--docs]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, cleanupAll, log, openWorkbench, writeStepResult } from './harness.mjs';
import { runCommand, waitForExplorer } from './workbench.mjs';

const WORKSPACE = 'test/fixtures/articles/hurricane-melissa';
const { values: options } = parseArgs({ options: { docs: { type: 'boolean', default: false } } });
const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok, detail });
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail.split('\n')[0]}` : ''}`);
}

const session = await openWorkbench({ label: 'compare', workspace: path.join(ROOT, WORKSPACE), extensionDevelopmentPath: [ROOT], viewport: { width: 1280, height: 860 } });
const { page, run } = session;
try {
  // The default dark theme, for the picture (the settings file is watched: no reload needed).
  const settingsFile = path.join(run.dir, 'user-data/User/settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'workbench.colorTheme': 'Default Dark Modern' }, null, 2));
  await waitForExplorer(page);
  // The command activates the extension; the view fills in when indexing is done.
  await runCommand(page, 'NewsLens: Show Source Comparison');

  const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await view.locator('article.fact').first().waitFor({ timeout: 90_000 });
  await page.locator('.statusbar-item', { hasText: /\d+ sources/ }).first().waitFor({ timeout: 90_000 });
  await page.waitForTimeout(500);
  const facts = await view.locator('article.fact').count();
  const points = await view.locator('.point[role="button"]').count();
  const rows = await view.locator('tr[role="button"]').count();
  const conflictBadges = await view.locator('.badge.conflict').count();
  check(`the view lists the compared figures (${facts}) with points (${points}) and rows (${rows})`, facts >= 3 && points > facts && rows > facts);
  check(`a conflict is marked and named (${conflictBadges})`, conflictBadges >= 1 && (await view.locator('.conflict-ring').count()) >= 2);
  const csp = await view.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  check(`the page has a strict CSP (${csp})`, /default-src 'none'/.test(csp ?? '') && /script-src 'nonce-/.test(csp ?? '') && !/unsafe/.test(csp ?? ''));
  const tabTitle = await page.locator('.tabs-container .tab', { hasText: 'Source Comparison' }).count();
  check('the panel is titled Source Comparison', tabTitle === 1);

  // Keyboard: Tab from the Refresh button reaches the timeline's points; focus shows the quote.
  await view.locator('#refresh').focus();
  await page.keyboard.press('Tab');
  const focused = await view.locator('.point:focus').count();
  check('Tab moves to a point of the timeline', focused === 1);
  // The first conflicting point of the first chart, focused: its tip is what the picture shows.
  const conflicted = view.locator('article.fact.conflict .point', { has: view.locator('.conflict-ring') }).first();
  await conflicted.focus();
  await page.waitForTimeout(400);
  const tip = await view.locator('#tip').textContent();
  check(`focusing a point shows its outlet, date and quote ("${(tip ?? '').slice(0, 60)}…")`, (tip ?? '').length > 20 && (await view.locator('#tip').isVisible()));
  // The sidebar closed, so the picture is the view.
  await page.keyboard.press('Control+B').catch(() => undefined);
  await view.locator('body').evaluate(() => undefined);
  await page.waitForTimeout(600);
  // For the picture, the first chart's latest point: its tip falls on the empty right of the chart.
  await view.locator('article.fact').first().locator('.point').last().focus();
  await page.waitForTimeout(400);
  const file = path.join(run.dir, 'compare.png');
  await page.screenshot({ path: file });
  console.log(`  screenshot ${path.relative(ROOT, file)}`);

  // Enter opens the quote: the article, with the figure selected.
  const label = await conflicted.getAttribute('aria-label');
  await conflicted.press('Enter');
  const editorTab = page.locator('.tabs-container .tab', { hasText: /\.(txt|md)$/ }).first();
  await editorTab.waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  const selected = await page.locator('.monaco-editor .selected-text').count();
  check(`Enter on "${(label ?? '').slice(0, 50)}…" opens its article with the quote selected`, selected >= 1);

  if (options.docs && checks.every((c) => c.ok)) {
    fs.copyFileSync(file, path.join(ROOT, 'docs/compare.png'));
    console.log('  → docs/compare.png');
  }
} catch (error) {
  check('the view opens and answers', false, error.message);
  await page.screenshot({ path: path.join(run.dir, 'compare-failed.png') });
} finally {
  await session.close();
  await cleanupAll();
}
writeStepResult('compare', checks);
const failed = checks.filter((c) => !c.ok).length;
log(`compare: ${failed === 0 ? 'ok' : `${failed} failed`}`);
process.exit(failed === 0 ? 0 : 1);
