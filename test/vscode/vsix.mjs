// The package a user installs: builds the VSIX with vsce (Node 24 from .tools: vsce needs
// Node >= 22), checks what is inside it (the bundles and the model, no sources, tests,
// node_modules or fixtures, at most 15 MB), installs it into a fresh code-server with
// --install-extension and hovers a mention in an article, as a user who installed it would.
//
//   node test/vscode/vsix.mjs [--dir DIR] [--out FILE] [--require PATH ...] [--max-mb N]
//        [--entity TEXT --entity-within PHRASE --entity-expect S ...] [--timeout SECONDS]
//
// Does not build the bundles: `npm run build` first. Exit code 0 when every check passed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { NODE24, ROOT, cleanupAll, log, openWorkbench, seconds, writeStepResult } from './harness.mjs';
import { ARTICLE, HOVER_CASES, WORKSPACE } from './hover-cases.mjs';
import { hoverUntil, openFromExplorer, screenshotHover, waitForExplorer } from './workbench.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: ROOT },
    out: { type: 'string', default: path.join(ROOT, '.harness-runs/newslens.vsix') },
    require: { type: 'string', multiple: true, default: ['package.json', 'dist/extension.js', 'dist/server.js', 'models/ner-en.bin'] },
    'max-mb': { type: 'string', default: '15' },
    workspace: { type: 'string', default: path.join(ROOT, WORKSPACE) },
    file: { type: 'string', default: ARTICLE },
    entity: { type: 'string' },
    'entity-within': { type: 'string' },
    'entity-expect': { type: 'string', multiple: true },
    timeout: { type: 'string', default: '60' },
  },
});

/** What must never be packaged: sources, tests and their data, dependencies, our tool folders. */
const FORBIDDEN = [
  { what: 'src/', test: (p) => p.startsWith('src/') },
  { what: 'test/', test: (p) => p.startsWith('test/') },
  { what: 'node_modules/', test: (p) => p.startsWith('node_modules/') || p.includes('/node_modules/') },
  { what: 'fixtures', test: (p) => /(^|\/)fixtures\//.test(p) },
  { what: '.tools/ or .harness-runs/', test: (p) => p.startsWith('.tools/') || p.startsWith('.harness-runs/') },
  { what: 'TypeScript sources or source maps', test: (p) => /\.(ts|map)$/.test(p) && !p.endsWith('.d.ts') },
];

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok, detail });
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/**
 * vsce package, run by Node 24 (also first on PATH for a `vscode:prepublish` script). The
 * prepublish script rebuilds dist/ for production in the working tree; what `npm run build` left
 * there is put back afterwards, so packaging does not change the bundles the other tests and the
 * developer use. Returns the bundles the package was built from, as names under dist/.
 */
function packageVsix(dir, out) {
  const started = Date.now();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const restoreDist = snapshotDist(path.join(dir, 'dist'));
  try {
    return { ...runVsce(dir, out), ms: Date.now() - started };
  } finally {
    restoreDist();
  }
}

function runVsce(dir, out) {
  // The same script as `npm run package`, so the test packages what users package.
  const result = spawnSync(NODE24, [path.join(ROOT, 'scripts/package-vsix.mjs'), '-o', out], {
    cwd: dir,
    // No terminal to answer vsce's questions: a prompt must fail, not wait.
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH ?? ''}` },
    timeout: 300_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const distDir = path.join(dir, 'dist');
  const bundles = fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((name) => name.endsWith('.js')) : [];
  return { ok: result.status === 0 && fs.existsSync(out), output, bundles };
}

/** Keeps dist/'s files and returns the function that writes back those that changed. */
function snapshotDist(distDir) {
  if (!fs.existsSync(distDir)) return () => {};
  const saved = fs.readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(distDir, entry.name);
      return { file, content: fs.readFileSync(file), mtime: fs.statSync(file).mtime };
    });
  return () => {
    let restored = 0;
    for (const { file, content, mtime } of saved) {
      if (fs.existsSync(file) && fs.readFileSync(file).equals(content)) continue;
      fs.writeFileSync(file, content);
      fs.utimesSync(file, mtime, mtime);
      restored++;
    }
    if (restored) log(`put back ${restored} file${restored === 1 ? '' : 's'} of dist/ that vscode:prepublish rebuilt for the package`);
  };
}

/** Entry names and sizes from a zip's central directory (a VSIX is a plain zip, no zip64). */
function listZip(file) {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + skip;
  }
  return entries;
}

function checkContents(vsix, bundles) {
  const bytes = fs.statSync(vsix).size;
  const maxBytes = Number(options['max-mb']) * 1024 * 1024;
  check(`VSIX is at most ${options['max-mb']} MB`, bytes <= maxBytes, `${(bytes / 1024 / 1024).toFixed(2)} MB`);
  // The extension's own files sit under extension/ beside the VSIX manifest.
  const files = listZip(vsix).filter((e) => e.name.startsWith('extension/')).map((e) => ({ ...e, name: e.name.slice('extension/'.length) }));
  const kb = (size) => `${Math.round(size / 1024)} KB`;
  console.log(`    ${files.length} files: ${files.map((f) => `${f.name} (${kb(f.size)})`).join(', ')}`);
  const names = new Set(files.map((f) => f.name));
  const missing = options.require.filter((p) => !names.has(p));
  check(`VSIX has ${options.require.join(', ')}`, missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : '');
  // A bundle the build makes but .vscodeignore forgets (a worker, say) breaks only the installed extension.
  const unpackaged = bundles.map((name) => `dist/${name}`).filter((p) => !names.has(p));
  check('VSIX has every bundle in dist/', unpackaged.length === 0, unpackaged.length ? `missing ${unpackaged.join(', ')}` : bundles.join(', '));
  for (const rule of FORBIDDEN) {
    const found = files.filter((f) => rule.test(f.name)).map((f) => f.name);
    check(`VSIX has no ${rule.what}`, found.length === 0, found.slice(0, 5).join(', ') + (found.length > 5 ? ` and ${found.length - 5} more` : ''));
  }
}

async function installAndHover(vsix) {
  const started = Date.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(options.dir, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const session = await openWorkbench({ label: 'vsix', workspace: options.workspace, vsix });
  const { page, run } = session;
  try {
    const installed = fs.readdirSync(path.join(run.dir, 'extensions')).filter((name) => name.toLowerCase().startsWith(`${id}-`));
    check(`code-server --install-extension installs ${id}`, installed.length === 1, installed.join(', '));
    await waitForExplorer(page);
    await openFromExplorer(page, options.file);
    const base = HOVER_CASES.entity;
    const text = options.entity ?? base.text;
    const hoverCase = {
      text,
      within: options['entity-within'] ?? (options.entity ? text : base.within),
      expect: options['entity-expect'] ?? base.expect,
    };
    const result = await hoverUntil(page, hoverCase, { timeoutMs: Number(options.timeout) * 1000 });
    await screenshotHover(page, path.join(run.dir, `hover-installed${result.ok ? '' : '-failed'}.png`), result.box);
    check(`the installed extension's hover on "${text}" shows ${hoverCase.expect.map((s) => `"${s}"`).join(', ')}`, result.ok,
      `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}, ${(result.ms / 1000).toFixed(1)} s`);
    console.log((result.content || '(no hover appeared)').split('\n').map((line) => `      │ ${line}`).join('\n'));
  } finally {
    await session.close();
    log(`installed-VSIX session done in ${seconds(started)}; run folder ${path.relative(ROOT, run.dir)}`);
  }
}

async function main() {
  const out = path.resolve(options.out);
  const built = packageVsix(path.resolve(options.dir), out);
  if (!check(`vsce package builds ${path.relative(ROOT, out)}`, built.ok, `${(built.ms / 1000).toFixed(1)} s`)) {
    console.log(built.output.split('\n').map((line) => `      │ ${line}`).join('\n'));
    return;
  }
  checkContents(out, built.bundles);
  await installAndHover(out);
}

try {
  await main();
} catch (error) {
  check('the VSIX installs and the workbench shows the article', false, error instanceof Error ? error.message : String(error));
  await cleanupAll();
}
const failed = checks.filter((c) => !c.ok).length;
writeStepResult('vsix', checks);
console.log(`vsix: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.length > 0 ? 0 : 1);
