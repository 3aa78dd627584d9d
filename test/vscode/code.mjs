#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron (and @vscode/test-cli with useInstallation):
// they only spawn the executable with VS Code's command-line arguments and read its exit code,
// so this takes those arguments and runs the tests in code-server through the harness instead
// of an Electron build, which cannot be downloaded here. Prints the mocha report; exits 0 when
// the tests pass, 1 when one fails, 2 when the harness got no result.
//
//   code.mjs [FOLDER] --extensionDevelopmentPath=DIR... --extensionTestsPath=PATH [other VS Code flags]
//
// Flags that only matter to a desktop VS Code (sandbox, profile dirs, updates) are accepted and
// ignored; the harness gives each run its own profile. HARNESS_VERBOSE=1 also prints the
// workbench log lines, HARNESS_TIMEOUT (seconds, default 300) bounds the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtensionTests, vscodeVersion } from './harness.mjs';

/** Flags that take a value, also when it comes as the next argument instead of after '='. */
const WITH_VALUE = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale',
  'folder-uri', 'file-uri', 'log', 'inspect-extensions', 'inspect-brk-extensions', 'profile',
  'crash-reporter-directory', 'logsPath',
]);
/** Flags known to be meaningless here; anything else unknown is reported, then ignored. */
const IGNORED = new Set([
  'no-sandbox', 'disable-gpu-sandbox', 'disable-gpu', 'disable-updates', 'skip-welcome', 'skip-release-notes',
  'no-cached-data', 'disable-workspace-trust', 'disable-extensions', 'disable-telemetry', 'new-window',
  'user-data-dir', 'extensions-dir', 'locale', 'log', 'crash-reporter-directory', 'logsPath', 'wait',
  'disable-chromium-sandbox', 'disable-dev-shm-usage', 'verbose', 'enable-proposed-api',
]);

function parse(argv) {
  const options = { developmentPaths: [], testsPath: undefined, folders: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-v') {
      options.version = true;
      continue;
    }
    const flag = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!flag) {
      options.folders.push(arg);
      continue;
    }
    const name = flag[1];
    let value = flag[2];
    if (value === undefined && WITH_VALUE.has(name)) value = argv[++i];
    if (name === 'extensionDevelopmentPath') options.developmentPaths.push(pathOf(value));
    else if (name === 'extensionTestsPath') options.testsPath = pathOf(value);
    else if (name === 'folder-uri') options.folders.push(pathOf(value));
    else if (!IGNORED.has(name)) console.error(`code.mjs: ignoring ${arg} (not meaningful under code-server)`);
  }
  return options;
}

/** A path or a file: URI, as a local absolute path. */
function pathOf(value) {
  if (!value) throw new Error('a path flag without a value');
  return path.resolve(value.startsWith('file:') ? fileURLToPath(value) : value);
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.version) {
    // What `code --version` prints: version, commit, architecture.
    const product = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../.tools/code-server/node_modules/code-server/lib/vscode/product.json'), 'utf8'));
    console.log(`${vscodeVersion()}\n${product.commit ?? 'unknown'}\n${process.arch}`);
    return 0;
  }
  if (!options.testsPath) {
    console.error('code.mjs only runs extension tests: pass --extensionTestsPath=PATH (and --extensionDevelopmentPath=DIR)');
    return 2;
  }
  if (options.folders.length > 1) {
    console.error(`code.mjs opens one folder, got ${options.folders.join(', ')}`);
    return 2;
  }
  const [folder] = options.folders;
  if (folder && !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`code.mjs opens a folder; ${folder} is not one`);
    return 2;
  }
  const { code, report } = await runExtensionTests({
    extensionDevelopmentPath: options.developmentPaths,
    extensionTestsPath: options.testsPath,
    workspace: folder,
    timeoutMs: Number(process.env.HARNESS_TIMEOUT ?? 300) * 1000,
    verbose: Boolean(process.env.HARNESS_VERBOSE),
  });
  process.stdout.write(report || '(no mocha report: the suite did not start; see the run folder above)\n');
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(2);
  },
);
