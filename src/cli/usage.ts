// Usage errors of the newslens command line: every command throws UsageError for what the user
// typed wrong, and main() turns it (and node:util parseArgs's own errors) into exit code 2.

export class UsageError extends Error {}

/** True for the errors node:util parseArgs throws (unknown option, missing value...). */
export function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
