import type { MergeChoice, SignInOrigin } from './merge-decision';

/*
 * Browser-side memory for the merge at sign-in: what the person answered for
 * which account (so they are asked once), and the one-time note the sign-in
 * left about where its link was asked for.
 */

export const MERGE_CHOICE_STORAGE_KEY = 'unlisted.merge-choice.v1';
/** Written by POST /api/signin/confirm (lib/auth/sign-in-request.ts names it on the server). */
const SIGN_IN_ORIGIN_COOKIE = 'unlisted-signin-origin';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A short fingerprint of the address: the choice is kept per account without keeping the address itself. */
function accountFingerprint(email: string): string {
  // FNV-1a, 32 bits: enough to tell this browser's few accounts apart.
  let hash = 0x811c9dc5;
  for (const character of email.toLowerCase()) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function readMergeChoice(storage: StorageLike | undefined, email: string): MergeChoice | null {
  try {
    const saved = JSON.parse(storage?.getItem(MERGE_CHOICE_STORAGE_KEY) ?? 'null') as { account?: unknown; choice?: unknown } | null;
    if (saved?.account !== accountFingerprint(email)) return null;
    return saved.choice === 'accepted' || saved.choice === 'declined' ? saved.choice : null;
  } catch {
    return null;
  }
}

export function saveMergeChoice(storage: StorageLike | undefined, email: string, choice: MergeChoice): void {
  try {
    storage?.setItem(MERGE_CHOICE_STORAGE_KEY, JSON.stringify({ account: accountFingerprint(email), choice }));
  } catch {
    // Storage blocked or full: the person is asked again next time, nothing is lost.
  }
}

export function forgetMergeChoice(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(MERGE_CHOICE_STORAGE_KEY);
  } catch {
    // Nothing was kept, then.
  }
}

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
