import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { handle, MAX_BODY_BYTES, readJson } from './handler';

const schema = z.object({ name: z.string() }).strict();
const request = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/x', { method: 'POST', body, headers });

describe('route handler wrapper', () => {
  it('answers an AppError with its status, message, issues and Retry-After', async () => {
    const response = await handle(async () => {
      throw new AppError('rate_limited', 'Slow down.', { retryAfterSeconds: 42 });
    })();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.json()).toEqual({ error: 'rate_limited', message: 'Slow down.' });
  });

  it('hides unexpected errors behind a bare 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handle(async () => {
      throw new Error('connection string postgres://secret@db');
    })();
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret');
    log.mockRestore();
  });

  it('reads a valid body, and explains an invalid one', async () => {
    expect(await readJson(request('{"name":"Ada"}'), schema)).toEqual({ name: 'Ada' });
    await expect(readJson(request('{"name":'), schema)).rejects.toMatchObject({ status: 400, message: 'The request body is not valid JSON.' });
    await expect(readJson(request('{"name":1,"admin":true}'), schema)).rejects.toMatchObject({
      status: 400,
      details: { issues: [expect.objectContaining({ path: 'name' }), expect.objectContaining({ path: '' })] },
    });
  });

  it('refuses bodies over the limit, declared or not', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) });
    await expect(readJson(request(big), schema)).rejects.toMatchObject({ status: 413 });
    await expect(readJson(request('{}', { 'content-length': String(MAX_BODY_BYTES + 1) }), schema)).rejects.toMatchObject({ status: 413 });
  });

  it('stops reading a streamed body at the limit, without waiting for the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const streamed = new Request('http://localhost/api/x', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    await expect(readJson(streamed, schema)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / (16 * 1024) + 2);
  });

  it('answers a body cut off by the client as a bad request, not a server error', async () => {
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":'));
        controller.error(new Error('aborted'));
      },
    });
    const request = new Request('http://localhost/api/x', { method: 'POST', body: cutOff, duplex: 'half' } as RequestInit);
    await expect(readJson(request, schema)).rejects.toMatchObject({ status: 400, message: 'The request body did not arrive whole.' });
  });
});
