import 'server-only';
import { env } from '@/lib/env';
import { SESSION_HINT_COOKIE } from './session-hint';

/** As long as a session can last (lib/auth: 30 days). */
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function attributes(maxAge: number): string {
  const secure = new URL(env().APP_URL).protocol === 'https:' ? '; Secure' : '';
  return `Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
}

export const setSessionHint = () => `${SESSION_HINT_COOKIE}=1; ${attributes(MAX_AGE_SECONDS)}`;
export const clearSessionHint = () => `${SESSION_HINT_COOKIE}=; ${attributes(0)}`;

/** Whether Auth.js's answer starts a session (sets the session cookie) or ends one (clears it). */
export function sessionChange(response: Response): 'started' | 'ended' | null {
  for (const cookie of response.headers.getSetCookie()) {
    const match = cookie.match(/^(?:__Secure-)?authjs\.session-token=([^;]*)/);
    if (!match) continue;
    const expired = match[1] === '' || /max-age=0\b/i.test(cookie) || /expires=Thu, 01 Jan 1970/i.test(cookie);
    return expired ? 'ended' : 'started';
  }
  return null;
}

/** Keeps the readable "may be signed in" hint in step with the session cookie Auth.js set or cleared. */
export function withSessionHint(response: Response): Response {
  const change = sessionChange(response);
  if (change === 'started') response.headers.append('Set-Cookie', setSessionHint());
  if (change === 'ended') response.headers.append('Set-Cookie', clearSessionHint());
  return response;
}
