import { fetchJson } from '@/lib/client-api/fetch-json';

export type Me = { user: { email: string } | null };

/** `undefined` while the first answer is on its way. */
export type SessionSnapshot = { email: string | null } | undefined;

/** How long an answer counts as fresh when the tab comes back into view. */
const FRESH_MS = 60_000;

/** The window, as far as this needs it: to hear the tab come back into view. */
type FocusEvents = {
  addEventListener(type: 'focus', listener: () => void): void;
  removeEventListener(type: 'focus', listener: () => void): void;
};

type Options = {
  fetchMe?: () => Promise<Me>;
  /** Whether this browser may have a session (lib/auth/session-hint); without one nobody is asked. */
  maySignedIn?: () => boolean;
  /** Called when the server says there is no session after all (it expired, say). */
  forgetHint?: () => void;
  events?: FocusEvents;
  now?: () => number;
};

/**
 * Who is signed in, as the browser learns it from /api/me. Deliberately
 * without TanStack Query: every page asks this, and most visitors are never
 * signed in, so the query library loads only once someone is
 * (lib/progress/signed-in-progress.ts, the countdown and data-file forms).
 */
export function createSessionStore({ fetchMe = () => fetchJson<Me>('/api/me'), maySignedIn = () => true, forgetHint = () => {}, events, now = Date.now }: Options = {}) {
  let snapshot: SessionSnapshot;
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  const listeners = new Set<() => void>();

  function learn(email: string | null) {
    fetchedAt = now();
    if (snapshot?.email === email) return;
    snapshot = { email };
    for (const listener of listeners) listener();
  }

  function refresh(): Promise<void> {
    if (!maySignedIn()) {
      learn(null);
      return Promise.resolve();
    }
    inFlight ??= fetchMe()
      .then(
        (me) => {
          if (!me.user) forgetHint();
          learn(me.user?.email ?? null);
        },
        (error: unknown) => {
          // Unknown stays unknown (or keeps the last answer): the next focus asks again.
          console.error('Could not learn who is signed in', error);
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  function refreshIfStale() {
    if (now() - fetchedAt >= FRESH_MS) void refresh();
    else recheckHint();
  }

  /**
   * Catches up with a hint that changed under the page: gone (signed out by a
   * form that then navigated) means nobody, new (signed in elsewhere) means ask.
   */
  function recheckHint() {
    if (snapshot?.email && !maySignedIn()) learn(null);
    else if (snapshot?.email === null && maySignedIn()) void refresh();
  }

  return {
    getSnapshot: () => snapshot,
    recheckHint,
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (listeners.size === 1) {
        events?.addEventListener('focus', refreshIfStale);
        if (fetchedAt === Number.NEGATIVE_INFINITY) void refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('focus', refreshIfStale);
      };
    },
    /** Asks again now: after a save was refused as signed out, say. */
    refresh,
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
