import { describe, expect, it, vi } from 'vitest';
import { withOwnDatabase } from '@/lib/db/test-setup/own-database';

// A real sweep claims every due reminder: on PostgreSQL it must not take other files'.
withOwnDatabase();

describe('runReminderSweep', () => {
  it('runs one sweep per process, even when the module is loaded twice (as Next does per bundle)', async () => {
    const timerBundle = await import('./run');
    vi.resetModules();
    const routeBundle = await import('./run');
    expect(routeBundle).not.toBe(timerBundle);

    const first = timerBundle.runReminderSweep();
    expect(routeBundle.runReminderSweep()).toBe(first);
    expect(timerBundle.runReminderSweep()).toBe(first);
    expect(await first).toMatchObject({ claimed: 0 });

    // Once it is over, the next call starts a new one.
    const next = routeBundle.runReminderSweep();
    expect(next).not.toBe(first);
    await next;
  });
});
