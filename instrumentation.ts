/**
 * Runs once when the server starts: checks the configuration and opens the
 * database, which applies migrations. A missing production secret or a data
 * directory held by another process stops the server here, loudly, instead
 * of at the first request. (`next build` loads this too: lib/startup skips
 * the database in that phase.)
 */
export async function register() {
  // Read directly, not through lib/env: Next inlines NEXT_RUNTIME at build time, so the
  // edge bundle drops this branch and its Node-only imports (PGlite, pg, fs).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/startup');
    try {
      await checkStartup();
    } catch (error) {
      // Next only logs a failing hook, then answers every request with a 500 (on a
      // DATA_DIR another process owns, say). Exiting lets people and supervisors see it.
      console.error(`[unlisted] The server cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
