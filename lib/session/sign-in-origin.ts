/*
 * The one-time note a sign-in leaves about where its link was asked for:
 * "here" (this browser asked) or "elsewhere". The merge at sign-in reads it
 * (lib/progress/merge-decision.ts); it is a short-lived cookie, not part of
 * what this browser keeps for the person (lib/browser-data/).
 */

export type SignInOrigin = 'here' | 'elsewhere';

/** Written by POST /api/signin/confirm (lib/auth/sign-in-request.ts names it on the server). */
const SIGN_IN_ORIGIN_COOKIE = 'unlisted-signin-origin';

/**
 * The sign-in's note, if it is still there. It is dropped (`forgetSignInOrigin`)
 * only once what it decided has been done or answered: a page left before then
 * (the person moves on while the merge is under way) leaves it for the next.
 */
export function readSignInOrigin(): SignInOrigin | null {
  const value = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SIGN_IN_ORIGIN_COOKIE}=`))
    ?.slice(SIGN_IN_ORIGIN_COOKIE.length + 1);
  return value === 'here' || value === 'elsewhere' ? value : null;
}

export function forgetSignInOrigin(): void {
  document.cookie = `${SIGN_IN_ORIGIN_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}
