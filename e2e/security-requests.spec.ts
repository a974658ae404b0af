import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { signIn, uniqueEmail } from './mail';

/*
 * What a request carries, attacked: a page on another origin of the same site
 * posting text/plain (no CORS preflight) with the person's cookies, forged
 * Origin and Sec-Fetch-Site, dates out of any sane range, and a server-action
 * body far over Next's own limit.
 */

const port = Number(process.env.E2E_PORT ?? 3217);
const today = () => new Date().toISOString().slice(0, 10);

async function serve(html: string): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

test('a same-site page posting text/plain cannot replace a person’s countdown', async ({ page }) => {
  await signIn(page, uniqueEmail('text-plain'));
  const own = await page.request.post('/api/countdowns', { data: { platform: 'tiktok', requestedOn: today(), timeZone: 'UTC' } });
  expect(own.status()).toBe(201);
  const before = await (await page.request.get('/api/countdowns')).json();

  // localhost on another port is another origin of the same site: SameSite=Lax cookies go along.
  const forgedBody = '{"platform":"tiktok","requestedOn":"2026-11-20","timeZone":"Pacific/Kiritimati","x":"';
  const attacker = await serve(`<!doctype html><form method="post" enctype="text/plain" action="http://localhost:${port}/api/countdowns">
<input type="hidden" name='${forgedBody}' value='"}'></form><script>document.forms[0].submit()</script>`);
  try {
    const answer = page.waitForResponse((response) => response.url() === `http://localhost:${port}/api/countdowns`);
    await page.goto(`http://localhost:${attacker.port}/`);
    expect((await answer).status()).toBe(403);
  } finally {
    attacker.server.close();
  }
  expect(await (await page.request.get('/api/countdowns')).json()).toEqual(before);
});

test('writes need JSON, and the site’s own origin', async ({ page }) => {
  await signIn(page, uniqueEmail('origin'));
  const body = JSON.stringify({ platform: 'tiktok', requestedOn: today(), timeZone: 'UTC' });

  const plain = await page.request.post('/api/countdowns', { data: body, headers: { 'content-type': 'text/plain' } });
  expect(plain.status()).toBe(415);
  expect(((await plain.json()) as { message: string }).message).toMatch(/application\/json/);
  const form = await page.request.put('/api/progress/steps', { form: { platform: 'tiktok' } });
  expect(form.status()).toBe(415);

  const forged: Record<string, string>[] = [
    { origin: 'https://attacker.example' },
    { origin: 'null' },
    { origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': 'cross-site' },
  ];
  for (const headers of forged) {
    const refused = await page.request.post('/api/countdowns', { data: body, headers: { 'content-type': 'application/json', ...headers } });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe('This request did not come from a page of this site, so it was refused.');
  }
  expect(((await (await page.request.get('/api/countdowns')).json()) as { countdowns: unknown[] }).countdowns).toHaveLength(0);

  // The site's own pages still write.
  const own = await page.request.post('/api/countdowns', {
    data: body,
    headers: { 'content-type': 'application/json', origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' },
  });
  expect(own.status()).toBe(201);
});

test('dates outside any sane range are refused with a message, never a server error', async ({ page }) => {
  await signIn(page, uniqueEmail('dates'));
  for (const updatedAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '9999-12-31T23:59:59Z']) {
    const response = await page.request.put('/api/progress/steps', {
      data: { platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt },
    });
    expect(response.status(), updatedAt).toBe(400);
    expect(((await response.json()) as { message: string }).message.length).toBeGreaterThan(0);
  }
  for (const requestedOn of ['0000-01-01', '1999-12-31', '9999-12-31']) {
    const response = await page.request.post('/api/countdowns', { data: { platform: 'tiktok', requestedOn, timeZone: 'UTC' } });
    expect(response.status(), requestedOn).toBe(400);
  }
  const merge = await page.request.post('/api/progress/merge', {
    data: { platforms: { tiktok: { steps: { 'make-account-private': { status: 'done', updatedAt: '0000-01-01T00:00:00Z' } } } } },
  });
  expect(merge.status()).toBe(400);
});

test('a server-action call far over the size limit is refused before its body is read', async () => {
  const declared = 10 * 1024 * 1024;
  const status = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'POST /signin HTTP/1.1',
          `Host: localhost:${port}`,
          `Origin: http://localhost:${port}`,
          'Next-Action: 0000000000000000000000000000000000000000',
          'Content-Type: text/plain;charset=UTF-8',
          `Content-Length: ${declared}`,
          '',
          '',
        ].join('\r\n'),
      );
      // Only a sliver of the declared body: an answer can come only from a server that did not wait for the rest.
      socket.write(Buffer.alloc(64 * 1024, 0x61));
    });
    socket.setTimeout(20_000, () => reject(new Error('no answer: the server waited for the whole body')));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // The server may close while the rest is still being written (EPIPE): what it said before counts.
    const settle = () => (received ? resolve(received.split('\r\n')[0]!) : reject(new Error('the connection closed without an answer')));
    socket.once('close', settle);
    socket.on('error', () => {});
  });
  expect(status).toMatch(/^HTTP\/1\.1 413 /);
});
