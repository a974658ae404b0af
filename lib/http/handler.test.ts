import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { countdownStartSchema } from '@/lib/validation/countdown';
import { handle, MAX_BODY_BYTES, readForm, readJson } from './handler';

const schema = z.object({ name: z.string() }).strict();
const JSON_TYPE = { 'content-type': 'application/json' };
const request = (body: string, headers: Record<string, string> = JSON_TYPE) =>
  new Request('http://localhost/x', { method: 'POST', body, headers });

describe('route handler wrapper', () => {
  it('answers an AppError with its status, message, issues and Retry-After', async () => {
    const response = await handle(async () => {
      throw new AppError('rate_limited', { code: 'too_many_changes', params: { seconds: 42, minutes: 0 } }, { retryAfterSeconds: 42 });
    })();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.json()).toEqual({
      error: 'rate_limited',
      code: 'too_many_changes',
      message: 'Too many changes in a short time. Please wait 42 seconds and try again.',
    });
  });

  it('answers in the language the request’s page would be shown in: the cookie, else Accept-Language', async () => {
    // Like a route handler, it is called with the request, whose headers say which language to answer in.
    const failing = handle<[Request]>(async () => {
      throw new AppError('not_found', { code: 'data_file_reminder_not_found', params: { platform: 'TikTok' } });
    });
    const spanish = await failing(new Request('http://localhost/x', { headers: { 'accept-language': 'es-MX,es;q=0.9' } }));
    expect(await spanish.json()).toEqual({
      error: 'not_found',
      code: 'data_file_reminder_not_found',
      message: 'No hay ningún recordatorio del archivo de datos de TikTok que cancelar.',
    });
    const chosen = await failing(new Request('http://localhost/x', { headers: { 'accept-language': 'es', cookie: 'a=1; unlisted-locale=en' } }));
    expect((await chosen.json()).message).toBe('There is no TikTok data file reminder to cancel.');
  });

  it('puts each field issue in words too, with its code', async () => {
    const response = await handle((request: Request) => readJson(request, countdownStartSchema).then(() => new Response()))(
      new Request('http://localhost/x', {
        method: 'POST',
        body: JSON.stringify({ platform: 'tiktok', requestedOn: '2999-01-01', timeZone: 'UTC', extra: 1 }),
        headers: { ...JSON_TYPE, 'accept-language': 'es' },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'bad_request',
      code: 'fields_invalid',
      message: 'Algunos campos no son válidos.',
      issues: [
        { path: '', code: 'field_unknown', message: 'tiene campos que no se esperan: extra' },
        { path: 'requestedOn', code: 'date_in_future', message: 'La fecha no puede estar en el futuro.' },
      ],
    });
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

  it('logs a failed query without its parameters', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await handle(async () => {
      throw new DrizzleQueryError('insert into "user" ("email") values ($1)', ['ana@example.test'], new Error('duplicate key'));
    })();
    const logged = log.mock.calls.flat().map(String).join(' ');
    expect(logged).toContain('insert into "user" ("email") values ($1)');
    expect(logged).not.toContain('ana@example.test');
    // Only text reaches the log: an error object would be printed with every field it has.
    expect(log.mock.calls.flat().every((argument) => typeof argument === 'string')).toBe(true);
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
    await expect(readJson(request('{}', { ...JSON_TYPE, 'content-length': String(MAX_BODY_BYTES + 1) }), schema)).rejects.toMatchObject({ status: 413 });
  });

  it('stops reading a streamed body at the limit, without waiting for the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const streamed = new Request('http://localhost/api/x', { method: 'POST', body: endless, headers: JSON_TYPE, duplex: 'half' } as RequestInit);
    await expect(readJson(streamed, schema)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / (16 * 1024) + 2);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8', ' application/json '])(
    'reads a JSON body sent as %j',
    async (type) => {
      expect(await readJson(request('{"name":"Ada"}', { 'content-type': type }), schema)).toEqual({ name: 'Ada' });
    },
  );

  it.each([
    ['no type at all', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['text/plain;charset=UTF-8', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['a look-alike', { 'content-type': 'application/jsonp' }],
    ['a JSON variant', { 'content-type': 'application/problem+json' }],
  ])('refuses a JSON body sent as %s with 415, before reading it', async (_name, headers) => {
    // Never ends: reading it would hang the test.
    const body = new ReadableStream<Uint8Array>();
    const sent = new Request('http://localhost/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    await expect(readJson(sent, schema)).rejects.toMatchObject({
      code: 'unsupported_media_type',
      status: 415,
      message: 'Send the body as application/json.',
    });
    expect(sent.bodyUsed).toBe(false);
  });

  it('answers the wrong type as 415 with a message', async () => {
    const response = await handle(() => readJson(request('{"name":"Ada"}', { 'content-type': 'text/plain' }), schema).then(() => new Response()))();
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: 'unsupported_media_type',
      code: 'body_wrong_type',
      message: 'Send the body as application/json.',
    });
  });

  it('answers a body cut off by the client as a bad request, not a server error', async () => {
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":'));
        controller.error(new Error('aborted'));
      },
    });
    const request = new Request('http://localhost/api/x', { method: 'POST', body: cutOff, headers: JSON_TYPE, duplex: 'half' } as RequestInit);
    await expect(readJson(request, schema)).rejects.toMatchObject({ status: 400, message: 'The request body did not arrive whole.' });
  });
});

describe('readForm', () => {
  const choice = z.object({ locale: z.enum(['en', 'fr']) });
  const form = (headers: Record<string, string>) =>
    new Request('http://localhost/api/locale', { method: 'POST', body: 'locale=fr', headers });

  it('reads a URL-encoded form', async () => {
    expect(await readForm(form({ 'content-type': 'application/x-www-form-urlencoded' }), choice)).toEqual({ locale: 'fr' });
    expect(await readForm(form({ 'content-type': 'Application/X-WWW-Form-Urlencoded;charset=UTF-8' }), choice)).toEqual({
      locale: 'fr',
    });
  });

  it.each<Record<string, string>>([
    { 'content-type': 'text/plain' },
    { 'content-type': 'application/json' },
    { 'content-type': 'multipart/form-data; boundary=x' },
  ])(
    'refuses %j with 415',
    async (headers) => {
      await expect(readForm(form(headers), choice)).rejects.toMatchObject({
        status: 415,
        message: 'Send the body as application/x-www-form-urlencoded.',
      });
    },
  );
});
