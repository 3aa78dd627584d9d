// What the extension tests share (not a test file: index.js runs *.test.js only).
/* global module, setTimeout */

/** Polls `probe` (sync or async) until it gives a truthy value, which it returns; fails after `timeoutMs`. */
async function waitFor(probe, timeoutMs, what, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

module.exports = { waitFor };
