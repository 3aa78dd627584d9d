// Runs the extension's mocha suite (test/vscode/suite) the way an extension usually does, with
// @vscode/test-electron's runTests(). Its `vscodeExecutablePath` is code.mjs, which runs the
// suite in code-server; pass --vscode PATH (or VSCODE_EXECUTABLE) to use a desktop VS Code
// where one is installed. Exit code: 0 passed, 1 failed, 2 no result.
//
//   node test/vscode/runTests.mjs [--workspace DIR] [--ext DIR] [--tests PATH] [--vscode PATH]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './harness.mjs';

const SHIM = path.join(ROOT, 'test/vscode/code.mjs');

const { values } = parseArgs({
  options: {
    workspace: { type: 'string', default: path.join(ROOT, 'test/fixtures/articles/boat-strikes') },
    ext: { type: 'string', multiple: true, default: [ROOT] },
    tests: { type: 'string', default: path.join(ROOT, 'test/vscode/suite/index.js') },
    vscode: { type: 'string', default: process.env.VSCODE_EXECUTABLE ?? SHIM },
  },
});

// Spawned directly, so it must be executable (a checkout without file modes loses the bit).
if (values.vscode === SHIM) fs.chmodSync(SHIM, fs.statSync(SHIM).mode | 0o111);

try {
  await runTests({
    vscodeExecutablePath: values.vscode,
    extensionDevelopmentPath: values.ext.map((dir) => path.resolve(dir)),
    extensionTestsPath: path.resolve(values.tests),
    launchArgs: [path.resolve(values.workspace)],
  });
  process.exit(0);
} catch (error) {
  // runTests rejects with the executable's exit code when it is not 0.
  console.error(error instanceof Error ? error.message : error);
  process.exit(typeof error?.code === 'number' ? error.code : 1);
}
