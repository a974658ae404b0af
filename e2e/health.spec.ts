import { expect, test } from '@playwright/test';

test('the health check answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(response.headers()['cache-control']).toContain('no-store');
});
