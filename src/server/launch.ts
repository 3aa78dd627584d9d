// How the language server process is started: by the extension (src/extension/client.ts) and by
// the bench (bench/process.ts) alike, so that what the bench measures is what users run.

/** --expose-gc: the server collects once after indexing (server.ts, releaseMemory). */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc'];

/**
 * The server's environment. MALLOC_ARENA_MAX=2: glibc gives every thread that allocates an
 * arena of its own and keeps their freed pages; after the indexing threads are gone, that cost
 * ~70-100 MB resident at 10,000 articles (measured with bench/process.ts). Other C libraries
 * ignore it; a value the user set wins.
 */
export function serverEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...base, MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX ?? '2' };
}
