import type { MergeChoice } from '@/lib/browser-data/record';
import type { SignInOrigin } from '@/lib/session/sign-in-origin';
import type { ProgressData, ProgressState } from './state';

export type { MergeChoice, SignInOrigin };

/** True when the browser holds anything worth merging into an account. */
export function hasAnonymousData(state: ProgressState): boolean {
  return (
    Object.keys(state.bookmarks).length > 0 ||
    Object.values(state.platforms).some((platform) => platform.flow !== undefined || Object.keys(platform.steps).length > 0)
  );
}

/** What goes to the account: progress and bookmarks, never the device (nor the rest of the browser's record). */
export function toProgressData(state: ProgressState): ProgressData {
  return { platforms: state.platforms, bookmarks: state.bookmarks };
}

export type MergeDecision = 'merge' | 'ask' | 'nothing';

/** What this browser kept, counted for the question a person is asked. */
export type MergeSummary = { steps: number; bookmarks: number; paths: number };

export function summarize(state: ProgressState): MergeSummary {
  const platforms = Object.values(state.platforms);
  return {
    steps: platforms.reduce((count, platform) => count + Object.values(platform.steps).filter((record) => record.status !== 'todo').length, 0),
    bookmarks: Object.keys(state.bookmarks).length,
    paths: platforms.filter((platform) => platform.flow !== undefined).length,
  };
}

function accountHasData(account: ProgressData): boolean {
  return (
    Object.keys(account.bookmarks).length > 0 ||
    Object.values(account.platforms).some((platform) => platform.flow !== undefined || Object.keys(platform.steps).length > 0)
  );
}

/**
 * Whether this browser's anonymous progress goes into the account now, is
 * offered first, or stays. Right after a sign-in (`signInOrigin` known):
 * silently only when this browser asked for the link and the account is
 * still empty (a person's own first sign-in); otherwise a link someone else
 * asked for (login CSRF) would carry this browser's plan into their account,
 * and an account with history would change without a word. Between
 * sign-ins (marks made while the signed-in store was still loading), the
 * person's last answer for this account stands.
 */
export function decideMerge({
  local,
  account,
  signInOrigin,
  remembered,
}: {
  local: ProgressState;
  account: ProgressData;
  signInOrigin: SignInOrigin | null;
  remembered: MergeChoice | null;
}): MergeDecision {
  if (!hasAnonymousData(local)) return 'nothing';
  if (signInOrigin === null) {
    if (remembered === 'accepted') return 'merge';
    if (remembered === 'declined') return 'nothing';
    return 'ask';
  }
  return signInOrigin === 'here' && !accountHasData(account) ? 'merge' : 'ask';
}
