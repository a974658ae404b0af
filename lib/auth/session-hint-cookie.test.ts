import { describe, expect, it } from 'vitest';
import { clearSessionHint, sessionChange, setSessionHint } from './session-hint-cookie';
import { hasSessionHint } from './session-hint';

const answer = (...cookies: string[]) => {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 302, headers });
};

describe('sessionChange', () => {
  it('sees a session start when Auth.js sets the session cookie', () => {
    expect(sessionChange(answer('authjs.csrf-token=x; Path=/', 'authjs.session-token=abc; Path=/; HttpOnly'))).toBe('started');
    expect(sessionChange(answer('__Secure-authjs.session-token=abc; Path=/; Secure'))).toBe('started');
  });

  it('sees a session end when Auth.js clears it, and nothing when it does not touch it', () => {
    expect(sessionChange(answer('authjs.session-token=; Path=/; Max-Age=0'))).toBe('ended');
    expect(sessionChange(answer('authjs.session-token=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT'))).toBe('ended');
    expect(sessionChange(answer('authjs.callback-url=%2F; Path=/'))).toBeNull();
    expect(sessionChange(answer())).toBeNull();
  });
});

describe('the session hint cookie', () => {
  it('is readable by the page, holds nothing secret, and can be cleared', () => {
    expect(setSessionHint()).toMatch(/^unlisted-session-hint=1; Path=\/; Max-Age=2592000; SameSite=Lax/);
    expect(setSessionHint()).not.toMatch(/HttpOnly/i);
    expect(clearSessionHint()).toMatch(/^unlisted-session-hint=; Path=\/; Max-Age=0/);
    expect(hasSessionHint('a=1; unlisted-session-hint=1')).toBe(true);
    expect(hasSessionHint('a=1; not-unlisted-session-hint=1')).toBe(false);
  });
});
