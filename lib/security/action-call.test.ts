import { describe, expect, it } from 'vitest';
import { unreadableActionCall } from './action-call';

const call = (body: string, contentType?: string) =>
  new Request('http://localhost/signin', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });

describe('unreadableActionCall', () => {
  it('lets through what a page sends: a JSON array of arguments, or form data', async () => {
    expect(await unreadableActionCall(call('[{"status":"idle"},"ana@example.test"]', 'text/plain;charset=UTF-8'))).toBeNull();
    expect(await unreadableActionCall(call('[]', 'text/plain'))).toBeNull();
    const form = new FormData();
    form.set('email', 'ana@example.test');
    expect(await unreadableActionCall(new Request('http://localhost/signin', { method: 'POST', body: form }))).toBeNull();
  });

  it('refuses what Next could only answer with a server error', async () => {
    for (const body of ['L=gPt', '[', '"x"', '{}', '1', '', 'null']) {
      expect(await unreadableActionCall(call(body, 'text/plain;charset=UTF-8')), body).toMatch(/could not be read/);
    }
    expect(await unreadableActionCall(call('[1,null]', 'multipart/form-data; boundary=x'))).toMatch(/could not be read/);
    // References ("$…") in a text body: Next fails to resolve a hand-made one with a 500.
    for (const body of ['[-1,{"KKg=":"$","a":true},null]', '["$K1"]', '[{"$x":1}]', '[["$@0"]]']) {
      expect(await unreadableActionCall(call(body, 'text/plain;charset=UTF-8')), body).toMatch(/could not be read/);
    }
    expect(await unreadableActionCall(call('{"a":1}'))).not.toBeNull();
  });

  it('leaves the request itself readable', async () => {
    const request = call('["kept"]', 'text/plain');
    await unreadableActionCall(request);
    expect(await request.text()).toBe('["kept"]');
  });
});
