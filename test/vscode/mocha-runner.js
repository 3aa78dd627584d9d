// Mocha inside the extension host. VS Code loads `extensionTestsPath` with require() and awaits
// its `run()`: resolving means passed, rejecting means failed (the harness turns that into the
// exit code). CommonJS, because the extension host requires it and mocha 11 is the last
// CommonJS mocha.
//
// The extension host's console goes to the workbench, not to the terminal that started the
// tests, so the report is also written to the file named by HARNESS_MOCHA_OUT, which the harness
// prints. Counts go to HARNESS_RESULT_FILE (JSON) for the summary of scripts/vscode-test.mjs.
// Options from the environment: HARNESS_MOCHA_GREP (only tests whose title matches),
// HARNESS_MOCHA_TIMEOUT (ms per test, default 20000).
/* global require, module, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

/**
 * Runs every `*.test.js` directly in `dir` (sorted by name) with mocha's BDD interface
 * (describe/it, as the unit tests use) and the spec reporter.
 * @param {string} dir
 * @returns {Promise<void>}
 */
async function runSuite(dir) {
  const reportFile = process.env.HARNESS_MOCHA_OUT;
  // Appended synchronously, line by line: a run cut short by a timeout still leaves its report.
  const tee = teeConsole((text) => {
    if (reportFile) fs.appendFileSync(reportFile, text);
  });
  let stats = { passed: 0, failed: 0, skipped: 0 };
  /** Each failed test's full title and the first line of its error, for the summary's tail. */
  const failures = [];
  try {
    console.log(describeHost(dir));
    const Mocha = require('mocha');
    // The reporter captured console.log when mocha was first loaded; point it at the tee.
    Mocha.reporters.Base.consoleLog = tee.log;
    const mocha = new Mocha({
      ui: 'bdd',
      reporter: 'spec',
      color: false,
      timeout: Number(process.env.HARNESS_MOCHA_TIMEOUT ?? 20_000),
      ...(process.env.HARNESS_MOCHA_GREP ? { grep: process.env.HARNESS_MOCHA_GREP } : {}),
    });
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.test.js')).sort();
    if (files.length === 0) throw new Error(`no *.test.js files in ${dir}`);
    for (const name of files) mocha.addFile(path.join(dir, name));
    const failedCount = await new Promise((resolve, reject) => {
      try {
        const runner = mocha.run((count) => {
          stats = { passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, skipped: runner.stats?.pending ?? 0 };
          resolve(count);
        });
        runner.on('fail', (test, error) => {
          failures.push(`${test.fullTitle()}: ${String(error?.message ?? error).replace(/\s*\n\s*/g, ' ⏎ ').slice(0, 400)}`);
        });
      } catch (error) {
        reject(error); // a test file that does not load
      }
    });
    if (failedCount > 0) throw new Error(`${failedCount} test${failedCount === 1 ? '' : 's'} failed`);
  } catch (error) {
    if (stats.failed === 0) {
      // Not a failed test but a suite that could not run (a file that throws on load, no files).
      stats.failed = 1;
      failures.push(`the suite did not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      console.error(error instanceof Error ? error.stack : String(error));
    }
    throw error;
  } finally {
    tee.restore();
    writeResult({ ...stats, failures });
  }
}

/** What the suite runs in, as the first line of the report. */
function describeHost(dir) {
  try {
    const vscode = require('vscode');
    return `VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}, ui ${vscode.UIKind[vscode.env.uiKind]}), Node ${process.version}, tests in ${dir}`;
  } catch {
    return `Node ${process.version} (not in an extension host)`;
  }
}

function writeResult(stats) {
  const file = process.env.HARNESS_RESULT_FILE;
  if (!file) return;
  try {
    fs.writeFileSync(file, `${JSON.stringify({ step: 'extension tests', ...stats })}\n`);
  } catch (error) {
    console.error(`could not write ${file}: ${error}`);
  }
}

/**
 * Copies console output and direct stdout/stderr writes into `write` while still passing them
 * on. The extension host makes console.log & co. getters with a no-op setter (to forward them
 * to the workbench), so the global `console` is replaced instead of its methods. Returns the
 * teeing `log` and `restore()`.
 * @param {(text: string) => void} write
 */
function teeConsole(write) {
  const original = globalThis.console;
  const tee = Object.create(original);
  // console.log may itself end in process.stdout.write: copy such a line once, not twice.
  let inConsole = false;
  for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
    Object.defineProperty(tee, method, {
      value: (...args) => {
        write(`${util.format(...args)}\n`);
        inConsole = true;
        try {
          original[method](...args);
        } finally {
          inConsole = false;
        }
      },
    });
  }
  const savedStdout = process.stdout.write;
  const savedStderr = process.stderr.write;
  const wrapStream = (stream, writeChunk) => function (chunk, ...rest) {
    if (!inConsole) write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return writeChunk.call(stream, chunk, ...rest);
  };
  process.stdout.write = wrapStream(process.stdout, savedStdout);
  process.stderr.write = wrapStream(process.stderr, savedStderr);
  globalThis.console = tee;
  const restore = () => {
    globalThis.console = original;
    process.stdout.write = savedStdout;
    process.stderr.write = savedStderr;
  };
  return { log: tee.log, restore };
}

module.exports = { runSuite };
