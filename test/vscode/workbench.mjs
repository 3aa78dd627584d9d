// Reading and driving the VS Code workbench page the way a user does: the explorer, the editor,
// the mouse and the hover widget. Selectors are VS Code's own DOM (1.139); when an upgrade
// breaks one, it breaks here only.
/* global document, NodeFilter */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
const EDITOR_LINES = '.editor-instance .monaco-editor .view-lines';
const VISIBLE_HOVER = '.monaco-hover:not(.hidden)';

/** Waits until the workbench shows the folder's files in the explorer. */
export async function waitForExplorer(page, { timeoutMs = 60_000 } = {}) {
  const started = Date.now();
  await page.locator(EXPLORER_ROW).first().waitFor({ state: 'visible', timeout: timeoutMs });
  return Date.now() - started;
}

/**
 * Runs a command from the Command Palette by its title. The palette lists the commands known when
 * it opens and does not refresh, and an extension's contributions can arrive after the explorer
 * shows (a cold extension host): so when the title is not listed, the palette is closed and
 * opened again until it is, or `timeoutMs` passes.
 */
export async function runCommand(page, title, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').first().waitFor({ timeout: 10_000 });
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^[^:]*:\s*/, '') }).first();
    const left = deadline - Date.now();
    try {
      await row.waitFor({ timeout: Math.max(1000, Math.min(5000, left)) });
      await page.keyboard.press('Enter');
      return attempt;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() >= deadline) throw new Error(`the Command Palette never listed "${title}" (${attempt} tries)`, { cause: error });
    }
  }
}

/** Opens `fileName` by clicking its row in the explorer; resolves when the editor shows text. */
export async function openFromExplorer(page, fileName, { timeoutMs = 30_000 } = {}) {
  const started = Date.now();
  await page.locator(`${EXPLORER_ROW}[aria-label="${fileName}"]`).click({ timeout: timeoutMs });
  await page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`).first().waitFor({ timeout: timeoutMs });
  await page.waitForFunction((selector) => {
    const lines = document.querySelector(selector);
    return lines !== null && lines.textContent.trim().length > 0;
  }, EDITOR_LINES, { timeout: timeoutMs });
  return Date.now() - started;
}

/**
 * Where `text` is on screen: the first occurrence inside the phrase `within` (default: the text
 * itself, as a whole word) that is fully visible in the editor. Monaco splits a line into one
 * span per token (and per semantic token), so the phrase is matched over the line's text nodes
 * joined, and a DOM Range over them gives the box.
 */
export async function locateText(page, { text, within = text }) {
  return page.evaluate(({ selector, text, within }) => {
    const lines = document.querySelector(selector);
    if (!lines) return null;
    const editor = lines.closest('.monaco-editor').getBoundingClientRect();
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(within)}(?![\\p{L}\\p{N}])`, 'gu');
    const offsetInPhrase = within.indexOf(text);
    if (offsetInPhrase < 0) throw new Error(`"${text}" is not inside "${within}"`);
    // Rendered lines are positioned absolutely, not in document order: sort them by their top.
    const viewLines = [...lines.querySelectorAll('.view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    for (const line of viewLines) {
      const nodes = [];
      let joined = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: joined.length });
        joined += node.textContent.replace(/\u00a0/g, ' ');
      }
      const at = (offset) => {
        const hit = nodes.findLast((n) => n.start <= offset);
        return [hit.node, offset - hit.start];
      };
      for (const match of joined.matchAll(pattern)) {
        const start = match.index + offsetInPhrase;
        const range = document.createRange();
        range.setStart(...at(start));
        range.setEnd(...at(start + text.length - 1));
        range.setEnd(range.endContainer, range.endOffset + 1);
        const box = range.getBoundingClientRect();
        const visible = box.width > 0 && box.left >= editor.left && box.right <= editor.right
          && box.top >= editor.top && box.bottom <= editor.bottom;
        if (visible) return { x: box.left, y: box.top, width: box.width, height: box.height };
      }
    }
    return null;
  }, { selector: EDITOR_LINES, text, within });
}

/** The text of the visible hover widget(s), '' when none shows. */
export async function hoverContent(page) {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)]
    .map((element) => element.innerText.trim())
    .filter(Boolean)
    .join('\n'), VISIBLE_HOVER);
}

/**
 * Hovers `text` (see locateText) until the hover contains every string in `expect`. The first
 * hovers may come before the extension has activated, registered its provider or indexed the
 * other sources, so the mouse moves away and back until the card is complete, `timeoutMs`
 * passes, or the same incomplete card has shown `stableAttempts` times in a row (then waiting
 * longer will not change it). Resolves `{ ok, content, attempts, ms, box }`; `content` is the
 * last hover seen.
 */
export async function hoverUntil(page, { text, within, expect = [] }, { timeoutMs = 60_000, settleMs = 2500, stableAttempts = 4 } = {}) {
  const started = Date.now();
  let content = '';
  let attempts = 0;
  let box = null;
  let sameInARow = 0;
  while (Date.now() - started < timeoutMs && sameInARow < stableAttempts) {
    attempts++;
    box = await locateText(page, { text, within });
    if (!box) throw new Error(`"${text}" (in "${within ?? text}") is not visible in the editor`);
    await page.mouse.move(5, 5);
    await page.waitForFunction((selector) => !document.querySelector(selector), VISIBLE_HOVER, { timeout: 5000 }).catch(() => {});
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const previous = content;
    const attemptEnd = Date.now() + settleMs + 1000;
    // Wait for a hover, then give it `settleMs` to fill in (cards render their sections as they come).
    while (Date.now() < attemptEnd) {
      content = await hoverContent(page);
      if (content && expect.every((s) => content.includes(s))) {
        return { ok: true, content, attempts, ms: Date.now() - started, box };
      }
      await sleep(150);
    }
    sameInARow = content && content === previous ? sameInARow + 1 : 0;
  }
  return { ok: false, content, attempts, ms: Date.now() - started, box };
}

/**
 * A screenshot of the whole window, and one of the card in its context (the one for docs): the
 * editor's width, from a little above the hovered word and its card to a little below.
 * Returns both paths.
 */
export async function screenshotHover(page, file, box, { padding = 40 } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The hover fades in: finish its animation rather than catch it half transparent.
  await page.screenshot({ path: file, animations: 'disabled' });
  const cardFile = file.replace(/\.png$/, '-card.png');
  const areas = await page.evaluate((selector) => {
    const rect = (element) => {
      const r = element.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const hover = [...document.querySelectorAll(selector)].find((e) => e.innerText.trim());
    const editor = document.querySelector('.editor-instance');
    return { hover: hover ? rect(hover) : null, editor: editor ? rect(editor) : null };
  }, VISIBLE_HOVER);
  if (!areas.hover || !areas.editor || !box) return { full: file, card: null };
  const viewport = page.viewportSize();
  const left = Math.max(0, Math.min(areas.editor.x, areas.hover.x));
  const right = Math.min(viewport.width, Math.max(areas.editor.x + areas.editor.width, areas.hover.x + areas.hover.width));
  const top = Math.max(0, Math.min(areas.hover.y, box.y) - padding);
  const bottom = Math.min(viewport.height, Math.max(areas.hover.y + areas.hover.height, box.y + box.height) + padding);
  await page.screenshot({ path: cardFile, animations: 'disabled', clip: { x: left, y: top, width: right - left, height: bottom - top } });
  return { full: file, card: cardFile };
}
