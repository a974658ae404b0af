/**
 * Runs once when the server starts: checks the configuration and opens the
 * database, which applies migrations. A missing production secret or a data
 * directory held by another process stops the server here, loudly, instead
 * of at the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkStartup } = await import('./lib/startup');
  await checkStartup();
}
