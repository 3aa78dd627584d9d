// The extension tests: every *.test.js in this folder, run by mocha inside the extension host
// of a real VS Code (test/vscode/runTests.mjs starts it). A new suite is a new file here.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
const { runSuite } = require('../mocha-runner.js');

module.exports = { run: () => runSuite(__dirname) };
