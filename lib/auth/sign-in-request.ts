import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Locale } from '@/lib/content/locales';
import { env } from '@/lib/env';
import { authSecret } from './secret';

/*
 * Ties a sign-in link to the browser that asked for it, without a database
 * row: the browser keeps an HMAC of the link's token in an httpOnly cookie.
 * Opening the link elsewhere still works, but the page says so and asks
 * first (a login-CSRF victim sees whose account they would be signed into).
 */

/** httpOnly: the tags of the links this browser asked for, newest last. */
export const SIGN_IN_REQUESTS_COOKIE = 'unlisted-signin-requests';
/**
 * Readable, short-lived: whether the sign-in that just happened was asked for
 * in this browser. The page reads it once to decide whether to merge this
 * browser's progress into the account without asking.
 */
export const SIGN_IN_ORIGIN_COOKIE = 'unlisted-signin-origin';
export type SignInOrigin = 'here' | 'elsewhere';

/** A browser may ask again before the first mail arrives; older links still count as asked here. */
const MAX_TAGS = 5;

const capturing = new AsyncLocalStorage<{ token?: string; locale?: Locale }>();

/**
 * Runs a sign-in request and returns the token Auth.js put in the link it
 * sent (recorded by `noteSignInToken` from the mail callback in the same call).
 * `locale`, the language of the page that asked, reaches the mail callback
 * the same way: Auth.js passes nothing of ours through to it, and the value
 * never leaves this process.
 */
export async function captureSignInToken(send: () => Promise<unknown>, { locale }: { locale?: Locale } = {}): Promise<string | undefined> {
  const store: { token?: string; locale?: Locale } = locale ? { locale } : {};
  await capturing.run(store, send);
  return store.token;
}

/** The language of the page this sign-in was asked for from, inside `captureSignInToken`; else undefined. */
export function signInLocale(): Locale | undefined {
  return capturing.getStore()?.locale;
}

export function noteSignInToken(token: string): void {
  const store = capturing.getStore();
  if (store) store.token = token;
}

export function requestTag(token: string): string {
  return createHmac('sha256', authSecret()).update(`sign-in-request:${token}`).digest('base64url');
}

function tagsIn(cookie: string | undefined): string[] {
  return (cookie ?? '').split('.').filter((tag) => /^[\w-]{43}$/.test(tag));
}

/** The cookie's new value with this link's tag added (the oldest dropped past the limit). */
export function withRequestTag(cookie: string | undefined, token: string): string {
  return [...tagsIn(cookie), requestTag(token)].slice(-MAX_TAGS).join('.');
}

/** The cookie's new value once this link is used. */
export function withoutRequestTag(cookie: string | undefined, token: string): string {
  const used = requestTag(token);
  return tagsIn(cookie)
    .filter((tag) => tag !== used)
    .join('.');
}

export function wasRequestedHere(cookie: string | undefined, token: string): boolean {
  const expected = Buffer.from(requestTag(token));
  return tagsIn(cookie).some((tag) => {
    const given = Buffer.from(tag);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * The address in the email: our confirmation page, carrying what Auth.js's
 * callback needs. Opening it changes nothing (mail scanners open links); the
 * page's button posts to sign in.
 */
export function confirmationUrl(authJsUrl: string): string {
  const from = new URL(authJsUrl);
  const to = new URL('/signin/confirm', env().APP_URL);
  for (const name of ['token', 'email', 'callbackUrl']) {
    const value = from.searchParams.get(name);
    if (value !== null) to.searchParams.set(name, value);
  }
  return to.toString();
}

export function cookieAttributes(maxAgeSeconds: number, { httpOnly }: { httpOnly: boolean }): string {
  const secure = new URL(env().APP_URL).protocol === 'https:' ? '; Secure' : '';
  return `Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${httpOnly ? '; HttpOnly' : ''}${secure}`;
}
