// The language server as users run it: dist/server.js in its own process, started as the
// extension starts it (src/server/launch.ts) and spoken to over stdio with JSON-RPC, indexing a
// folder with its disk cache, then started again over the same folder (a reopened window). Its
// memory is the process's resident set (VmRSS in /proc, Linux only), read once indexing is over,
// the cache is written and the server has had a moment to collect garbage; VmHWM is the peak
// while indexing and writing the cache (worker threads included).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { SERVER_EXEC_ARGV, serverEnv } from '../src/server/launch';

const SERVER = path.resolve(__dirname, '../dist/server.js');

/** NEWSLENS_BENCH_SERVER_ARGS: more node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p". */
function extraArgs(): string[] {
  return (process.env.NEWSLENS_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
}

export interface ProcessRun {
  /** From `initialized` to the server's "Indexed N sources" log line. */
  seconds: number;
  analysed: number;
  restored: number;
  rssMB: number | null;
  peakRssMB: number | null;
}

function statusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null; // not Linux
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** No pack being written and the set of packs unchanged for a second. */
async function cacheSettled(cacheDir: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 600; i++) {
    const names = existsSync(cacheDir) ? readdirSync(cacheDir).sort().join(',') : '';
    if (names !== '' && names === last && !names.includes('.tmp')) return;
    last = names;
    await sleep(1000);
  }
}

/** One server over `folder`: index, measure, wait for its cache to be written, shut down. */
export async function runServerProcess(folder: string, cacheDir: string, timeoutMs = 30 * 60_000): Promise<ProcessRun> {
  const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...extraArgs(), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: serverEnv(process.env) });
  const rpc = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  let indexed: string | undefined;
  rpc.onNotification('window/logMessage', (m: { message: string }) => {
    if (/^Indexed \d+ sources/.test(m.message)) indexed = m.message;
  });
  rpc.onNotification(() => undefined);
  rpc.onRequest(() => null); // progress tokens, configuration
  rpc.listen();
  try {
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(folder).toString(),
      workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'bench' }],
      capabilities: {},
      initializationOptions: { cacheDir },
    });
    const started = performance.now();
    await rpc.sendNotification('initialized', {});
    const deadline = Date.now() + timeoutMs;
    while (indexed === undefined) {
      if (Date.now() > deadline) throw new Error('the server did not finish indexing');
      await sleep(20);
    }
    const seconds = (performance.now() - started) / 1000;
    const m = /(\d+) analysed, (\d+) from the cache/.exec(indexed);
    // Settled: the cache written (a first start writes ~100 MB of packs), the workers gone, and
    // the server's collections after both done (server.ts releaseMemory).
    await cacheSettled(cacheDir);
    await sleep(3000);
    const run = {
      seconds: Math.round(seconds * 100) / 100,
      analysed: Number(m?.[1] ?? NaN),
      restored: Number(m?.[2] ?? NaN),
      rssMB: statusMB(server.pid ?? 0, 'VmRSS'),
      peakRssMB: statusMB(server.pid ?? 0, 'VmHWM'),
    };
    // Shut down as a client does (a profile asked for in NEWSLENS_BENCH_SERVER_ARGS is written then).
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
    await Promise.race([exited, sleep(10_000)]);
    return run;
  } finally {
    rpc.dispose();
    server.kill();
  }
}
