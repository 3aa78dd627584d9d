// How the language server process is started: by the extension (src/extension/client.ts) and by
// the bench (bench/process.ts) alike, so that what the bench measures is what users run.

/** --expose-gc: the server collects once after indexing (server.ts, releaseMemory). */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc'];

/**
 * The server's environment: glibc's malloc told to give memory back (other C libraries ignore
 * these; a value the user set wins). Measured with bench/process.ts at 10,000 articles:
 * - MALLOC_ARENA_MAX=2: every thread that allocates gets an arena of its own, whose freed pages
 *   are kept; after the indexing threads are gone that cost 70-100 MB resident.
 * - MALLOC_MMAP_THRESHOLD_=131072: blocks from 128 KB (read buffers, cache packs) are mapped
 *   apart and unmapped when freed. By default the threshold rises to the largest block freed,
 *   after which such blocks come from the heap and stay: ~55 MB after reopening a window.
 * - MALLOC_TRIM_THRESHOLD_=1048576: free memory at the top of the heap is returned from 1 MB.
 */
export function serverEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...base,
    MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX ?? '2',
    MALLOC_MMAP_THRESHOLD_: base.MALLOC_MMAP_THRESHOLD_ ?? '131072',
    MALLOC_TRIM_THRESHOLD_: base.MALLOC_TRIM_THRESHOLD_ ?? '1048576',
  };
}
