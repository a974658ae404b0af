import { afterEach, describe, expect, it, vi } from 'vitest';
import { getOpenDatabase } from '../client';
import { pingDatabase } from './health';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pingDatabase', () => {
  it('answers true while the database does', async () => {
    expect(await pingDatabase()).toBe(true);
  });

  // Last in this file: it closes the file's database.
  it('answers false, without throwing, once the database is gone, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await (await getOpenDatabase()).close();
    expect(await pingDatabase()).toBe(false);
    expect(logged).toHaveBeenCalledWith('Database health check failed', expect.any(Error));
  });
});
