'use client';

import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasSessionHint } from '@/lib/auth/session-hint';
import type { SessionSnapshot, SessionStore } from './session-store';

/*
 * Who is signed in, for every part of the page that needs it (progress,
 * countdowns, the header's link, the data-file form): one answer per page.
 * Without the session hint nobody is, and nothing more is loaded or asked;
 * with it, the session store (browser-session.ts) is loaded and asks /api/me.
 */

let browserSession: SessionStore | undefined;
let loading: Promise<SessionStore> | undefined;

/** One per page load: every component asks the same one. */
function loadSessionStore(): Promise<SessionStore> {
  loading ??= import('./browser-session').then((module) => (browserSession = module.browserSession));
  return loading;
}

// Started while the page's scripts run, before it hydrates: a signed-in person's session is then asked for no later than before.
if (typeof window !== 'undefined' && hasSessionHint(document.cookie)) void loadSessionStore();

const noSubscription = () => () => {};
const unknownSession = (): SessionSnapshot => undefined;

/** After a form signed the person out (or deleted their data), the page learns it without asking. */
export function recheckSession(): void {
  browserSession?.recheckHint();
}

/** Asks /api/me again now: a save was refused as signed out, say. */
export function refreshSession(): void {
  void browserSession?.refresh();
}

const SignedInContext = createContext<string | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionStore | undefined>(undefined);
  const pathname = usePathname();

  useEffect(() => {
    let active = true;
    const connect = () => {
      if (hasSessionHint(document.cookie)) void loadSessionStore().then((store) => active && setSession(store));
    };
    // Sign-out and sign-in move to another page; that is when the hint may have changed.
    recheckSession();
    connect();
    // A sign-in in another tab leaves the hint for this one to find when it comes back into view.
    window.addEventListener('focus', connect);
    return () => {
      active = false;
      window.removeEventListener('focus', connect);
    };
  }, [pathname]);

  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? unknownSession, unknownSession);
  return <SignedInContext value={snapshot?.email ?? null}>{children}</SignedInContext>;
}

/** The signed-in person's email, or null (also while unknown). */
export function useSignedInEmail(): string | null {
  return useContext(SignedInContext);
}
