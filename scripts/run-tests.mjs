// Runs node's test runner over every *.test.ts under the given folders (Node 20 has no
// globs in --test), with tsx to load TypeScript. Exit code is the runner's.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return find(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = process.argv.slice(2).flatMap(find).sort();
if (files.length === 0) {
  console.error(`no *.test.ts files under ${process.argv.slice(2).join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
