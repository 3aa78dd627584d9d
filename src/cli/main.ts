// `newslens`: the command line over the same core as the language server.
// Errors go to stderr in words a person understands; stdout carries only results.

import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { applyLexicon, type InputIssue } from '../core';
import { createEngine, findForCli, readEach, type Io } from './articles';
import { cliLexicons } from './lexicons';
import { writeFileAtomic } from '../host/files';
import { analysisToJson, formatAnalysisTable } from './format';
import { articleAnnotations } from './article-annotations';
import { reportCommand } from './report';
import { compareCommand } from './compare';
import { isParseArgsError, UsageError } from './usage';
import { version } from '../../package.json';

const USAGE = `NewsLens ${version}: entities, figures and dates in news articles.

Usage:
  newslens analyze [--json] [--reference-date YYYY-MM-DD] FILE|FOLDER...
      Recognise entities, figures and dates. --json prints one JSON object per file and line.
  newslens export [--out DIR] FILE|FOLDER...
      Write <name>.annotated.md for each article (folders are walked for .txt, .md and .news),
      beside the article or under DIR, and print the paths written. An article's annotations
      (.newslens/annotations/) become footnotes after the spans they annotate.
  newslens report [--out FILE] [--format md|json] FILE|FOLDER...
      One report over all the articles for a team: counts, a section per source, figures
      compared across outlets, conflicts, every annotation by status and author, an entity
      index. --format json writes the annotations as a W3C AnnotationCollection. Without
      --out the report goes to stdout.
  newslens compare [--json] FILE|FOLDER...
      What the articles say about the same things: entities under all their names, figures
      compared across sources (agree, evolving, conflict), dates given for the same events.
      --json prints {entities, facts, events} as one object.
  newslens --help | --version

Exit status: 0 when every article was processed, 1 when any could not be, 2 for a usage error.`;

const stdio: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

const COMMANDS = new Set(['analyze', 'export', 'report', 'compare']);

async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // `newslens analyze --help` is a request for the usage, not a bad option (before any `--`).
  const options = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
  if (COMMANDS.has(command ?? '') && (options.includes('--help') || options.includes('-h'))) {
    io.out(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case 'analyze': return await analyzeCommand(rest, io);
      case 'export': return await exportCommand(rest, io);
      case 'report': return await reportCommand(rest, io);
      case 'compare': return await compareCommand(rest, io);
      case '--version':
      case '-v': io.out(version); return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h': io.out(USAGE); return 0;
      default: throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`newslens: ${(error as Error).message}`);
      io.err(`Run 'newslens --help' for usage.`);
      return 2;
    }
    throw error;
  }
}

async function analyzeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'reference-date': { type: 'string' } },
  });
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) {
    throw new UsageError(`--reference-date must be a date written YYYY-MM-DD, got '${referenceDate}'`);
  }
  if (positionals.length === 0) throw new UsageError('analyze needs at least one file or folder');

  const engine = createEngine();
  const lexicons = cliLexicons(positionals, io.err);
  const failed = await forEachArticle(positionals, [], io, async (file, text, issues) => {
    const machine = engine.analyze({ uri: file, text, decodeIssues: issues }, { referenceDate });
    const analysis = applyLexicon(machine, await lexicons.forFile(file));
    io.out(values.json ? JSON.stringify(analysisToJson(file, analysis)) : formatAnalysisTable(file, analysis));
  });
  return failed || lexicons.failed ? 1 : 0;
}

async function exportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('export needs at least one file or folder');
  const outDir = values.out === undefined ? undefined : path.resolve(values.out);

  const engine = createEngine();
  const lexicons = cliLexicons(positionals, io.err);
  const planned = new Set<string>();
  const roots = positionals.map((p) => path.resolve(p));
  let unreadableAnnotations = false;
  // Exports written under --out must not be read back as articles on the next walk.
  const failed = await forEachArticle(positionals, outDir ? [outDir] : [], io, async (file, text, issues) => {
    const target = exportPath(file, roots, outDir, planned);
    planned.add(target);
    const analysis = applyLexicon(engine.analyze({ uri: file, text, decodeIssues: issues }), await lexicons.forFile(file));
    const annotations = await articleAnnotations(file, positionals);
    if (!annotations.ok) {
      io.err(`newslens: ${annotations.message}`);
      unreadableAnnotations = true;
    }
    await writeFileAtomic(target, engine.exportMarkdown(analysis, annotations.ok && annotations.annotations ? { annotations: annotations.annotations } : {}));
    io.out(path.relative(process.cwd(), target) || target);
  });
  return failed || unreadableAnnotations || lexicons.failed ? 1 : 0;
}

/**
 * Run `each` over every article under `paths`; report unreadable ones on stderr and go on.
 * Returns true when anything failed (or nothing was found).
 */
async function forEachArticle(
  paths: readonly string[],
  skip: readonly string[],
  io: Io,
  each: (file: string, text: string, issues: readonly InputIssue[]) => Promise<void>,
): Promise<boolean> {
  const found = await findForCli(paths, skip, io);
  const unread = await readEach(found.files, io, each);
  return found.failed || unread;
}

/**
 * Where an article's export goes: beside it, or under --out keeping its path relative to the
 * folder it was found in. Two articles that would collide (a.txt, a.md) keep their extension.
 */
function exportPath(file: string, roots: readonly string[], outDir: string | undefined, taken: ReadonlySet<string>): string {
  const absolute = path.resolve(file);
  const ext = path.extname(absolute);
  const stem = absolute.slice(0, absolute.length - ext.length);
  let base: string;
  if (outDir === undefined) {
    base = stem;
  } else {
    const root = roots.find((r) => absolute.startsWith(r + path.sep)) ?? path.dirname(absolute);
    base = path.join(outDir, path.relative(root, stem));
  }
  const plain = `${base}.annotated.md`;
  return taken.has(plain) ? `${base}${ext}.annotated.md` : plain;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// Output piped into a reader that stops early (`newslens compare . | head`): stop quietly, as
// Unix tools do, instead of an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), stdio).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newslens: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
