import { isLoopbackHost } from '@/lib/env';
import type { Problem } from '@/lib/i18n/problem-codes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Endpoints that are called by other servers, not by pages of ours, and
 * carry their own credential in the request: the scheduler's bearer secret,
 * and the one-click unsubscribe (RFC 8058) that mail providers post with the
 * link's signed token. Cookies give them nothing.
 */
const CALLED_BY_SERVERS = ['/api/cron/reminders', '/api/reminders/stop'];

export const FOREIGN_ORIGIN: Problem = { code: 'foreign_origin' };

function sameOrigin(origin: string, appOrigin: string, development: boolean): boolean {
  if (origin === appOrigin) return true;
  if (!development) return false;
  // `next dev` may be opened as localhost or 127.0.0.1 on its own port.
  try {
    const given = new URL(origin);
    const expected = new URL(appOrigin);
    return isLoopbackHost(given.hostname) && isLoopbackHost(expected.hostname) && given.port === expected.port;
  } catch {
    return false;
  }
}

/**
 * Whether a state-changing request comes from somewhere other than APP_URL's
 * own pages: the problem to refuse it with (403), or null. Browsers send Origin
 * (and Sec-Fetch-Site) on every POST, PUT and DELETE, and a page cannot forge
 * them; a same-site page posting `text/plain` (which needs no CORS preflight)
 * is refused here whatever its cookies. Requests with neither header are not
 * from a browser, so they carry no one's cookies by accident.
 */
export function foreignOriginProblem({
  method,
  path,
  headers,
  appOrigin,
  development,
}: {
  method: string;
  path: string;
  headers: Headers;
  appOrigin: string;
  development: boolean;
}): Problem | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (CALLED_BY_SERVERS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return null;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return FOREIGN_ORIGIN;
  const origin = headers.get('origin');
  if (origin !== null && !sameOrigin(origin, appOrigin, development)) return FOREIGN_ORIGIN;
  return null;
}
