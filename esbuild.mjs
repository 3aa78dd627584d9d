// One bundle per entry point: the CLI, the language server and the VS Code client. The core is
// bundled into each, so ESM-only dependencies (unified, remark) need no loader at run time.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  outdir: 'dist',
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { server: 'src/server/server.ts', analysisWorker: 'src/server/analysisWorker.ts', readerWorker: 'src/server/readerWorker.ts' } }),
  build({ ...common, entryPoints: { extension: 'src/extension/main.ts' } }),
]);
