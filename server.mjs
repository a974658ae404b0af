// The production entry (`npm start`): Next's own request handler behind a
// thin HTTP front. Next hands route handlers no TCP peer address, and it keeps
// a client's own X-Forwarded-For, so without this front a client could choose
// the address its rate limits count against. For each request this file:
//   - writes the TCP peer into `x-unlisted-peer`, replacing anything the client sent
//     (lib/auth/client-address.ts reads it with TRUSTED_PROXY_HOPS);
//   - sets X-Forwarded-Host/-Proto to APP_URL's, so Next's own server-action origin
//     check compares Origin with the site's configured address, not a header the
//     client picked (X-Forwarded-Port goes: nothing should trust it).
// As the process entry it reads its few settings from the environment itself;
// everything else is validated by lib/env.ts when the app starts.
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: true,
});
const port = Number(flags.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`[unlisted] The server cannot start: the port must be 1–65535 (got ${flags.port ?? process.env.PORT}).`);
  process.exit(1);
}

// Next's types make NODE_ENV read-only for the app; this entry is what sets it.
/** @type {NodeJS.Dict<string>} */ (process.env).NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// Tells the app it runs behind this front (lib/env.ts refuses to start in production without it).
process.env.UNLISTED_SERVER_ENTRY = '1';

let appUrl;
try {
  appUrl = new URL(process.env.APP_URL || `http://localhost:${port}`);
} catch {
  console.error(`[unlisted] The server cannot start: APP_URL is not an address (got ${process.env.APP_URL}).`);
  process.exit(1);
}

const { default: next } = await import('next');
const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

// No route takes a body over 1 MB (lib/http/body-limit.ts: MAX_ACTION_BODY_BYTES, Next's own
// server-action limit). Next waits for a whole body before it answers, even when the proxy
// has refused it already, so a declared larger one is answered here, without reading it.
const MAX_BODY_BYTES = 1024 * 1024;

const server = createServer((request, response) => {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    response.writeHead(413, { 'content-type': 'application/json', 'cache-control': 'no-store', connection: 'close' });
    response.end(JSON.stringify({ error: 'payload_too_large', message: 'The request body is over 1 MB.' }));
    return;
  }
  request.headers['x-unlisted-peer'] = request.socket.remoteAddress ?? '';
  request.headers['x-forwarded-host'] = appUrl.host;
  request.headers['x-forwarded-proto'] = appUrl.protocol.slice(0, -1);
  delete request.headers['x-forwarded-port'];
  handle(request, response).catch((error) => {
    // Name and code only: a database error's message can hold the query's values (personal data).
    console.error(`[unlisted] Failed to handle a request: ${error?.name ?? typeof error}${error?.code ? ` (${error.code})` : ''}`);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.on('error', (error) => {
  console.error(`[unlisted] The server cannot start: ${error.message}`);
  process.exit(1);
});
server.listen(port, flags.hostname, () => {
  console.info(`[unlisted] listening on port ${port}${flags.hostname ? ` (${flags.hostname})` : ''}; public address ${appUrl.origin}`);
});

// Stop taking new connections, let the ones in flight finish, then go.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
