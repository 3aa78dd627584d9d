// A picture of the NewsLens views for the README: the story's folder open in a real VS Code,
// an article in the editor (colours, date hints), the NewsLens activity-bar container with the
// Sources and Entities views, and the status bar. Checks that each view lists what it should.
//
//   node test/vscode/views-shot.mjs [--docs]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, cleanupAll, log, openWorkbench } from './harness.mjs';
import { ARTICLE, WORKSPACE } from './hover-cases.mjs';
import { openFromExplorer, waitForExplorer } from './workbench.mjs';

const { values: options } = parseArgs({ options: { docs: { type: 'boolean', default: false } } });
let failed = 0;
function check(name, ok) {
  if (!ok) failed++;
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}`);
}

const session = await openWorkbench({ label: 'views', workspace: path.join(ROOT, WORKSPACE), extensionDevelopmentPath: [ROOT] });
const { page, run } = session;
try {
  await waitForExplorer(page);
  await openFromExplorer(page, ARTICLE);
  await page.locator('.activitybar .action-item a[aria-label^="NewsLens"]').first().click();
  const sources = page.locator('.pane', { hasText: 'Sources' }).first();
  await sources.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
  // Wait until indexing is done: the status bar then counts sources instead of progress.
  await page.locator('.statusbar-item', { hasText: /\d+ sources/ }).first().waitFor({ timeout: 60_000 });
  const entities = page.locator('.pane', { hasText: 'Entities' }).first();
  await entities.locator('.monaco-list-row', { hasText: 'People' }).first().waitFor({ timeout: 30_000 });
  const petro = entities.locator('.monaco-list-row', { hasText: 'Gustavo Petro' }).first();
  await petro.click();
  await entities.locator('.monaco-list-row', { hasText: /Petro/ }).nth(1).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  const sourceRows = await sources.locator('.monaco-list-row').count();
  check(`the Sources view lists the articles (${sourceRows} rows)`, sourceRows >= 6);
  check('the Entities view groups people with Gustavo Petro among them', await petro.isVisible());
  const file = path.join(run.dir, 'views.png');
  await page.screenshot({ path: file });
  console.log(`  screenshot ${path.relative(ROOT, file)}`);
  if (options.docs && failed === 0) {
    fs.copyFileSync(file, path.join(ROOT, 'docs/views.png'));
    console.log('  → docs/views.png');
  }
} catch (error) {
  failed++;
  console.log(`  ✘ ${error.message.split('\n')[0]}`);
  await page.screenshot({ path: path.join(run.dir, 'views-failed.png') });
} finally {
  await session.close();
  await cleanupAll();
}
log(`views: ${failed === 0 ? 'ok' : `${failed} failed`}`);
process.exit(failed === 0 ? 0 : 1);
