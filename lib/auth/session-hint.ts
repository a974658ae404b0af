/**
 * A readable cookie that only says "this browser may have a session"; the
 * session cookie itself is httpOnly. Without it the browser does not ask
 * /api/me at all, so anonymous visitors make no API call on any page. It
 * holds no secret: forging it only makes the browser ask, and be told no.
 */
export const SESSION_HINT_COOKIE = 'unlisted-session-hint';

/** Whether a Cookie header (or document.cookie) carries the hint. */
export function hasSessionHint(cookies: string): boolean {
  return cookies.split(';').some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}

/** Drops the hint in this browser, once the server said there is no session. */
export function forgetSessionHint(): void {
  document.cookie = `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}
