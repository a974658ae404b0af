import { describe, expect, it } from 'vitest';
import { MAX_ACTION_BODY_BYTES } from '@/lib/http/body-limit';
import { unreadableActionCall } from './action-call';

const call = (body: string, contentType?: string) =>
  new Request('http://localhost/signin', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });

const UNREADABLE = { code: 'bad_request', status: 400, problem: { code: 'form_unreadable' } };
const TOO_LARGE = { code: 'payload_too_large', status: 413, problem: { code: 'form_too_large', params: { megabytes: 1 } } };

const CHUNK = 16 * 1024;
/** What streams queue ahead on their own (the body, the request around it, its copy): a few chunks, never the rest. */
const READ_AHEAD = 4 * CHUNK;

/**
 * A streamed body of `size` bytes in 16 KiB chunks, counting how many bytes
 * were asked of it. Then it ends, or it hangs like a client still sending:
 * a reader that waits for the end then never returns.
 */
function countedBody(size: number, then: 'end' | 'hang' = 'end') {
  const counter = { produced: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const length = Math.min(CHUNK, size - counter.produced);
      if (length <= 0) return then === 'end' ? controller.close() : new Promise<void>(() => {});
      counter.produced += length;
      // A JSON array of spaces: readable, were it not too big.
      const bytes = new Uint8Array(length).fill(32);
      if (counter.produced === length) bytes[0] = 0x5b;
      controller.enqueue(bytes);
    },
  });
  return { stream, counter };
}

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request('http://localhost/signin', {
    method: 'POST',
    body,
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    duplex: 'half',
  } as RequestInit);

describe('unreadableActionCall', () => {
  it('lets through what a page sends: a JSON array of arguments, or form data', async () => {
    expect(await unreadableActionCall(call('[{"status":"idle"},"ana@example.test"]', 'text/plain;charset=UTF-8'))).toBeNull();
    expect(await unreadableActionCall(call('[]', 'text/plain'))).toBeNull();
    const form = new FormData();
    form.set('email', 'ana@example.test');
    form.set('1_$ACTION_ID_abc', '');
    expect(await unreadableActionCall(new Request('http://localhost/signin', { method: 'POST', body: form }))).toBeNull();
  });

  it('refuses what Next could only answer with a server error', async () => {
    for (const body of ['L=gPt', '[', '"x"', '{}', '1', '', 'null']) {
      expect(await unreadableActionCall(call(body, 'text/plain;charset=UTF-8')), body).toEqual(UNREADABLE);
    }
    expect(await unreadableActionCall(call('[1,null]', 'multipart/form-data; boundary=x'))).toEqual(UNREADABLE);
    // References ("$…") in a text body: Next fails to resolve a hand-made one with a 500.
    for (const body of ['[-1,{"KKg=":"$","a":true},null]', '["$K1"]', '[{"$x":1}]', '[["$@0"]]']) {
      expect(await unreadableActionCall(call(body, 'text/plain;charset=UTF-8')), body).toEqual(UNREADABLE);
    }
    expect(await unreadableActionCall(call('{"a":1}'))).not.toBeNull();
  });

  it('leaves the request itself readable', async () => {
    const request = call('["kept"]', 'text/plain');
    await unreadableActionCall(request);
    expect(await request.text()).toBe('["kept"]');

    const form = new FormData();
    form.set('email', 'ana@example.test');
    const multipart = new Request('http://localhost/signin', { method: 'POST', body: form });
    await unreadableActionCall(multipart);
    expect((await multipart.formData()).get('email')).toBe('ana@example.test');
  });

  it('reads a body of exactly the limit', async () => {
    const { stream } = countedBody(MAX_ACTION_BODY_BYTES - 1);
    // "[" + spaces + "]": the largest call Next still takes.
    const body = new Blob([await new Response(stream).arrayBuffer(), ']']);
    expect(body.size).toBe(MAX_ACTION_BODY_BYTES);
    expect(await unreadableActionCall(new Request('http://localhost/signin', { method: 'POST', body, headers: { 'content-type': 'text/plain' } }))).toBeNull();
  });

  it('refuses a body declared over the limit without reading it', async () => {
    const { stream, counter } = countedBody(10 * MAX_ACTION_BODY_BYTES);
    const request = streamed(stream, { 'content-length': String(MAX_ACTION_BODY_BYTES + 1) });
    expect(await unreadableActionCall(request)).toEqual(TOO_LARGE);
    expect(counter.produced).toBeLessThanOrEqual(READ_AHEAD);
  });

  it('refuses a body of 1 MB and a byte, sent without a length, as soon as the byte over the limit arrives', async () => {
    const { stream, counter } = countedBody(MAX_ACTION_BODY_BYTES + 1, 'hang');
    expect(await unreadableActionCall(streamed(stream))).toEqual(TOO_LARGE);
    expect(counter.produced).toBe(MAX_ACTION_BODY_BYTES + 1);
  });

  it('stops reading an endless body at the limit', async () => {
    const { stream, counter } = countedBody(Number.POSITIVE_INFINITY);
    expect(await unreadableActionCall(streamed(stream))).toEqual(TOO_LARGE);
    expect(counter.produced).toBeLessThanOrEqual(MAX_ACTION_BODY_BYTES + READ_AHEAD);
  });

  it('believes no Content-Length that claims less than arrives', async () => {
    const { stream, counter } = countedBody(10 * MAX_ACTION_BODY_BYTES);
    expect(await unreadableActionCall(streamed(stream, { 'content-length': '2' }))).toEqual(TOO_LARGE);
    expect(counter.produced).toBeLessThanOrEqual(MAX_ACTION_BODY_BYTES + READ_AHEAD);
  });

  it('refuses a multipart body over the limit', async () => {
    const form = new FormData();
    form.set('email', 'x'.repeat(MAX_ACTION_BODY_BYTES));
    expect(await unreadableActionCall(new Request('http://localhost/signin', { method: 'POST', body: form }))).toEqual(TOO_LARGE);
  });

  it('answers a body cut off by the client as unreadable', async () => {
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('["'));
        controller.error(new Error('aborted'));
      },
    });
    expect(await unreadableActionCall(streamed(cutOff))).toEqual(UNREADABLE);
  });
});
