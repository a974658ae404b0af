import { afterEach, describe, expect, it, vi } from 'vitest';
import { withOwnDatabase } from '@/lib/db/test-setup/own-database';

// The sweep claims every due reminder: on PostgreSQL it must not take other files'.
withOwnDatabase();

// The route reads its secret through lib/env, once per module graph: each case loads it afresh.
async function loadRoute(secret: string | undefined) {
  vi.resetModules();
  if (secret === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = secret;
  return import('./route');
}

const post = (authorization?: string) =>
  new Request('http://localhost/api/cron/reminders', {
    method: 'POST',
    headers: authorization ? { Authorization: authorization } : {},
  });

describe('POST /api/cron/reminders', () => {
  afterEach(() => {
    delete process.env.CRON_SECRET;
  });

  it('runs nothing when no secret is configured, whatever is sent', async () => {
    const { POST } = await loadRoute(undefined);
    for (const header of [undefined, 'Bearer ', 'Bearer anything-at-all']) {
      const response = await POST(post(header));
      expect(response.status).toBe(503);
      expect((await response.json()).error).toBe('unavailable');
    }
  });

  it('refuses a wrong or missing token', async () => {
    const { POST } = await loadRoute('the-right-secret-1234');
    expect((await POST(post())).status).toBe(401);
    expect((await POST(post('Bearer the-wrong-secret-123'))).status).toBe(401);
    expect((await POST(post('Basic the-right-secret-1234'))).status).toBe(401);
  });

  it('sweeps with the right token', async () => {
    const { POST } = await loadRoute('the-right-secret-1234');
    const response = await POST(post('Bearer the-right-secret-1234'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ claimed: 0, sent: 0, retried: 0, gaveUp: 0, skipped: 0 });
  });
});
