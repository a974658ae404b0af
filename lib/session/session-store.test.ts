import { describe, expect, it, vi } from 'vitest';
import { createSessionStore, type Me } from './session-store';

function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type: string, listener: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
    count: (type: string) => listeners.get(type)?.size ?? 0,
  };
}

const signedIn = (email: string): Me => ({ user: { email } });

describe('createSessionStore', () => {
  it('is unknown until /api/me answers, then tells the subscribers once', async () => {
    const fetchMe = vi.fn(async () => signedIn('ana@example.test'));
    const store = createSessionStore({ fetchMe });
    const listener = vi.fn();
    expect(store.getSnapshot()).toBeUndefined();
    store.subscribe(listener);
    store.subscribe(vi.fn());
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: 'ana@example.test' }));
    expect(fetchMe).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('asks again when the tab regains focus after a minute, not before, and tells only about changes', async () => {
    let now = 0;
    const answers = [signedIn('ana@example.test'), signedIn('ana@example.test'), { user: null }];
    const fetchMe = vi.fn(async () => answers.shift()!);
    const events = fakeWindow();
    const store = createSessionStore({ fetchMe, events, now: () => now });
    const listener = vi.fn();
    store.subscribe(listener);
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: 'ana@example.test' }));

    now = 30_000;
    events.fire('focus');
    expect(fetchMe).toHaveBeenCalledTimes(1);

    now = 61_000;
    events.fire('focus');
    await vi.waitFor(() => expect(fetchMe).toHaveBeenCalledTimes(2));
    await new Promise((settled) => setTimeout(settled, 0));
    const snapshot = store.getSnapshot();
    expect(listener).toHaveBeenCalledTimes(1);

    now = 130_000;
    events.fire('focus');
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: null }));
    expect(snapshot).not.toBe(store.getSnapshot());
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('asks once for several refreshes at the same time, and keeps the last answer when a call fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = false;
    const fetchMe = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return signedIn('ana@example.test');
    });
    const store = createSessionStore({ fetchMe });
    await Promise.all([store.refresh(), store.refresh(), store.refresh()]);
    expect(fetchMe).toHaveBeenCalledTimes(1);
    fail = true;
    await store.refresh();
    expect(store.getSnapshot()).toEqual({ email: 'ana@example.test' });
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('stops listening for focus once nobody subscribes', async () => {
    const events = fakeWindow();
    const store = createSessionStore({ fetchMe: async () => ({ user: null }), events });
    const unsubscribe = store.subscribe(() => {});
    expect(events.count('focus')).toBe(1);
    unsubscribe();
    expect(events.count('focus')).toBe(0);
  });
});

describe('createSessionStore without a session hint', () => {
  it('knows at once that nobody is signed in, without asking the server', async () => {
    const fetchMe = vi.fn(async () => signedIn('ana@example.test'));
    const store = createSessionStore({ fetchMe, maySignedIn: () => false });
    store.subscribe(() => {});
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: null }));
    expect(fetchMe).not.toHaveBeenCalled();
  });

  it('asks as soon as a hint appears (a sign-in in another tab), and drops a hint the server denies', async () => {
    let hint = false;
    const forgetHint = vi.fn(() => {
      hint = false;
    });
    const answers: Me[] = [signedIn('ana@example.test'), { user: null }];
    const fetchMe = vi.fn(async () => answers.shift()!);
    const events = fakeWindow();
    let now = 0;
    const store = createSessionStore({ fetchMe, maySignedIn: () => hint, forgetHint, events, now: () => now });
    store.subscribe(() => {});
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: null }));

    hint = true;
    now = 1_000;
    events.fire('focus');
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ email: 'ana@example.test' }));
    expect(forgetHint).not.toHaveBeenCalled();

    await new Promise((settled) => setTimeout(settled, 0));
    await store.refresh();
    expect(store.getSnapshot()).toEqual({ email: null });
    expect(forgetHint).toHaveBeenCalledTimes(1);
  });
});

describe('recheckHint', () => {
  it('learns a sign-out from the hint going away, without asking the server', async () => {
    let hint = true;
    const fetchMe = vi.fn(async () => signedIn('ana@example.test'));
    const store = createSessionStore({ fetchMe, maySignedIn: () => hint });
    await store.refresh();
    expect(store.getSnapshot()).toEqual({ email: 'ana@example.test' });
    hint = false;
    store.recheckHint();
    expect(store.getSnapshot()).toEqual({ email: null });
    expect(fetchMe).toHaveBeenCalledTimes(1);
  });
});
