// Annotating as a user does, in a real VS Code: select words in an article (found with Ctrl+F), run
// "NewsLens: Add Note on Selection" from the command palette, type a note with a #tag, press
// Add Note, reply, edit the first note, mark the thread disputed from its title bar; then check the annotation file
// the workspace now holds and take a picture of the thread and the Annotations view.
//
//   node test/vscode/annotations-shot.mjs [--docs]     (--docs copies it to docs/annotations.png)
/* global document, getComputedStyle */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, cleanupAll, log, openWorkbench } from './harness.mjs';
import { ARTICLE, WORKSPACE } from './hover-cases.mjs';
import { locateText, openFromExplorer, runCommand, waitForExplorer } from './workbench.mjs';

const { values: options } = parseArgs({ options: { docs: { type: 'boolean', default: false } } });
const PHRASE = 'killing 76 people';
const NOTE = 'The Sentinel counts 80 four days later; check the Pentagon list. #toll';
const REPLY = 'Pentagon list has 76 on Nov 10, so both hold at their dates. #sourcing';
// The reply is typed first, then the first note is edited (its text gains " (edited)").
let failed = 0;
function check(name, ok) {
  if (!ok) failed++;
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}`);
}

async function typeInCommentBox(page, text, button) {
  // Only the widget on screen: VS Code keeps hidden ones around for other threads.
  const widget = page.locator('.review-widget').filter({ visible: true }).last();
  await widget.locator('.comment-form .monaco-editor').filter({ visible: true }).last().click();
  await page.keyboard.type(text, { delay: 5 });
  await widget.locator('.monaco-text-button', { hasText: new RegExp(`^${button}$`) }).filter({ visible: true }).last().click();
}

const session = await openWorkbench({ label: 'annotations', workspace: path.join(ROOT, WORKSPACE), extensionDevelopmentPath: [ROOT] });
const { page, run } = session;
const stored = path.join(run.workspace, '.newslens', 'annotations', `${ARTICLE}.json`);
const readStored = () => {
  try {
    return JSON.parse(fs.readFileSync(stored, 'utf8'));
  } catch {
    return undefined;
  }
};
async function waitForStored(probe, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = readStored();
    if (value !== undefined && probe(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

try {
  await waitForExplorer(page);
  await openFromExplorer(page, ARTICLE);
  await page.waitForTimeout(1500);
  // Select the phrase as a user would without aiming the mouse: find it (Ctrl+F), then Escape
  // leaves the match selected. (Colours and date hints arriving later move words about.)
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(PHRASE);
  await page.waitForTimeout(500);
  await page.keyboard.press('Escape');
  await page.locator('.statusbar-item', { hasText: `(${PHRASE.length} selected)` }).first().waitFor({ timeout: 10_000 });

  await runCommand(page, 'NewsLens: Add Note on Selection');
  await page.locator('.review-widget').first().waitFor({ timeout: 20_000 });
  await typeInCommentBox(page, NOTE, 'Add Note');
  const first = await waitForStored((s) => s.annotations.length === 1, 'the note to be stored');
  const annotation = first.annotations[0];
  check(`the note is stored on the selected words ("${annotation.target.selector[0].exact}")`, annotation.target.selector[0].exact === PHRASE);
  // The article has CRLF line endings: offsets count both characters, as in the file.
  const articleText = fs.readFileSync(path.join(run.workspace, ARTICLE), 'utf8').replace(/^\ufeff/, '');
  const { start, end } = annotation.target.selector[1];
  check(`the stored offsets point at the words in the file on disk (CRLF: ${articleText.includes('\r\n')})`, articleText.slice(start, end) === PHRASE);
  check('its #tag is a tagging body', annotation.body.some((b) => b.purpose === 'tagging' && b.value === 'toll'));

  await page.locator('.review-widget .comment-body', { hasText: 'Sentinel counts 80' }).first().waitFor({ timeout: 20_000 });
  await typeInCommentBox(page, REPLY, 'Reply');
  await waitForStored((s) => s.annotations[0]?.body.filter((b) => b.purpose === 'commenting').length === 2, 'the reply to be stored');
  check('the reply is stored in the same thread', true);

  // Edit the first note: its pencil, the text box, Save.
  await page.locator('.review-widget .review-comment', { hasText: 'Sentinel counts 80' }).first().hover();
  await page.locator('.review-widget .review-comment', { hasText: 'Sentinel counts 80' }).first().locator('.action-label[aria-label="Edit Note"]').click({ timeout: 20_000 });
  const editing = page.locator('.review-widget .review-comment .edit-container .monaco-editor').filter({ visible: true }).first();
  await editing.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (edited)', { delay: 5 });
  await page.locator('.review-widget .review-comment .monaco-text-button', { hasText: /^Save$/ }).filter({ visible: true }).first().click({ timeout: 20_000 });
  const edited = await waitForStored((s) => s.annotations[0]?.body.some((b) => b.purpose === 'commenting' && b.value.endsWith('(edited)')), 'the edited note to be stored');
  check('editing a note in the thread (pencil, Save) stores the new text', edited.annotations[0].body.filter((b) => b.purpose === 'commenting').length === 2);

  await page.locator('.review-widget .head .action-label[aria-label="Mark Disputed"]').first().click({ timeout: 20_000 });
  await waitForStored((s) => s.annotations[0]?.body.some((b) => b.purpose === 'assessing' && b.value === 'disputed'), 'the status to be stored');
  check('"Mark Disputed" in the thread title sets the status', true);
  await page.locator('.review-widget .head', { hasText: 'Disputed' }).first().waitFor({ timeout: 20_000 });
  check('the thread title shows the status and tags', await page.locator('.review-widget .head', { hasText: '#sourcing' }).first().isVisible());

  // VS Code opened the Comments panel with the first thread; the picture is about the editor.
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
  // The view badge sits over the icon and takes the pointer events; the click is meant for the icon.
  await page.locator('.activitybar .action-item a[aria-label*="NewsLens"]').first().click({ force: true });
  const view = page.locator('.pane', { hasText: 'Annotations' }).first();
  await view.locator('.monaco-list-row', { hasText: PHRASE }).first().waitFor({ timeout: 30_000 });
  check('the Annotations view lists the note under its article', true);
  // The title-bar toggle groups by status: a "Disputed" group holds the note; then back.
  await view.locator('.pane-header').hover();
  await view.locator('.pane-header .action-label[aria-label="Group Annotations by Status"]').click({ timeout: 10_000 });
  await view.locator('.monaco-list-row', { hasText: 'Disputed' }).first().waitFor({ timeout: 10_000 });
  check('grouped by status, the note is under "Disputed"', await view.locator('.monaco-list-row', { hasText: PHRASE }).first().isVisible());
  await view.locator('.pane-header').hover();
  await view.locator('.pane-header .action-label[aria-label="Group Annotations by Article"]').click({ timeout: 10_000 });
  await view.locator('.monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 10_000 });
  // Put the cursor on the first line so the span shows its annotation background, not the selection.
  const headline = await locateText(page, { text: 'strikes', within: 'boat strikes reach' });
  if (headline !== null) await page.mouse.click(headline.x + 2, headline.y + headline.height / 2);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(1000);
  // The span's background: newslens.annotationBackground, whose light-theme default is #ffd54a55.
  const painted = await page.evaluate(() => [...document.querySelectorAll('.view-overlays div > div')]
    .some((e) => /TextEditorDecorationType/.test(e.className) && /^rgba\(255, 213, 74, 0\.3/.test(getComputedStyle(e).backgroundColor)));
  check('the annotated span has the annotation background', painted);
  const file = path.join(run.dir, 'annotations.png');
  await page.screenshot({ path: file });
  console.log(`  screenshot ${path.relative(ROOT, file)}`);
  if (options.docs && failed === 0) {
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(file, path.join(ROOT, 'docs/annotations.png'));
    console.log('  → docs/annotations.png');
  }
} catch (error) {
  failed++;
  console.log(`  ✘ ${error.message.split('\n')[0]}`);
  await page.screenshot({ path: path.join(run.dir, 'annotations-failed.png') });
  if (process.env.HARNESS_VERBOSE) {
    const html = await page.locator('.review-widget').last().innerHTML().catch(() => '');
    console.log(html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/style="[^"]*"/g, '').slice(0, 6000));
  }
  console.log(`  see ${path.relative(ROOT, path.join(run.dir, 'annotations-failed.png'))}`);
} finally {
  await session.close();
  await cleanupAll();
}
log(`annotations: ${failed === 0 ? 'ok' : `${failed} failed`}`);
process.exit(failed === 0 ? 0 : 1);
