import { forgetSessionHint, hasSessionHint } from '@/lib/auth/session-hint';
import { createSessionStore } from './session-store';

/** The page's one session store, wired to this window and its cookies; loaded by session.tsx only when the hint is there. */
export const browserSession = createSessionStore({
  events: window,
  maySignedIn: () => hasSessionHint(document.cookie),
  forgetHint: forgetSessionHint,
});

// Asked as soon as this loads, while the page may still be hydrating: marks made right after a
// page opens then reach the signed-in store sooner (they are merged into the account otherwise).
void browserSession.refresh();
