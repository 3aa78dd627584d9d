// Lint keeps the house rules that types cannot: the core stays editor- and Node-independent,
// and nothing logs with console outside the CLI and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', '.harness-runs/**', 'samples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'Core modules must not depend on VS Code: the host passes in what they need.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'Core modules must not import Node built-ins: they run in the CLI, the server and a browser.' })),
        ],
        patterns: [
          { group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'Core modules must not depend on the LSP libraries.' },
          { group: ['**/server/**', '**/extension/**', '**/cli/**', '**/host/**'], message: 'The core is the bottom layer: it imports nothing from the hosts.' },
        ],
      }],
      'no-console': 'error',
    },
  },
);
