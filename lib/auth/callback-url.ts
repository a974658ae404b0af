import 'server-only';
import type { Problem } from '@/lib/i18n/problem-codes';

/** The cookie in which Auth.js keeps where to go after signing in (prefixed over https). */
const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/** What Auth.js accepts as a place to return to: a path, or an http(s) address. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js treats a malformed return address (in the query, or in its cookie)
 * as a fault in its own configuration and answers 500. It is the client's
 * input, so it is refused here first, with a message, as a 400.
 */
export function badCallbackUrl(request: Request): Problem | null {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.get('callbackUrl');
  if (fromQuery && !isHttpUrl(fromQuery, url.origin)) return { code: 'callback_url_invalid' };
  const cookies = request.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    const name = part.slice(0, separator).trim();
    if (separator < 0 || !CALLBACK_COOKIES.includes(name)) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      value = part.slice(separator + 1).trim();
    }
    if (value && !isHttpUrl(value, url.origin)) return { code: 'callback_cookie_invalid' };
  }
  return null;
}
