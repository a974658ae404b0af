import { expect, test } from '@playwright/test';
import { emailsTo, signInLink, waitForEmail } from './mail';
import { expectStartRefused, extraPort, startExtraServer, type ExtraServer } from './extra-server';
import { actionFields, multipart, rawRequest } from './raw-http';

/*
 * Servers of their own, started as the README says, for the settings the
 * shared test server does not have: the default TRUSTED_PROXY_HOPS=0 (the
 * client is the TCP peer, whatever it claims), one trusted proxy, a public
 * https APP_URL, and the configurations production must refuse.
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const today = () => new Date().toISOString().slice(0, 10);
let slot = 0;
const nextPort = () => extraPort(test.info().workerIndex, slot++ % 10);

async function calendar(server: ExtraServer, headers: Record<string, string>) {
  return rawRequest({ port: server.port, path: `/api/calendar?platform=tiktok&requestedOn=${today()}`, headers });
}

async function askForLink(server: ExtraServer, email: string, headers: Record<string, string>) {
  const page = await rawRequest({ port: server.port, path: '/signin' });
  const { body, contentType } = multipart({ ...actionFields(page.body), email, from: '/account', locale: 'en' });
  const answer = await rawRequest({
    port: server.port,
    method: 'POST',
    path: '/signin',
    headers: { 'content-type': contentType, accept: 'text/html', origin: server.url, ...headers },
    body,
  });
  expect(answer.status).toBe(200);
  // The page's messages (sent along for its form) hold every phrase: look for what was rendered.
  if (/Too many sign-in emails were asked for/.test(answer.body)) return 'limited';
  return />Check your email<\/h2>/.test(answer.body) ? 'sent' : answer.body.slice(0, 300);
}

test.describe('with no proxy in front (TRUSTED_PROXY_HOPS=0, the default)', () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer(nextPort(), { TRUSTED_PROXY_HOPS: undefined });
  });
  test.afterAll(async () => server?.stop());

  test('a client that rotates X-Forwarded-For (or our own peer header) still gets one bucket', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 65; request++) {
      const forged = `203.0.113.${request}`;
      statuses.push((await calendar(server, { 'x-forwarded-for': forged, 'x-unlisted-peer': forged, 'x-real-ip': forged })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    expect(statuses.slice(60)).toEqual([429, 429, 429, 429, 429]);
  });

  test('the per-client sign-in mail limit holds against rotating X-Forwarded-For', async () => {
    const answers: string[] = [];
    for (let request = 0; request < 31; request++) {
      answers.push(await askForLink(server, `rotating-${Date.now()}-${request}@example.test`, { 'x-forwarded-for': `203.0.113.${request}` }));
    }
    expect(answers.slice(0, 30).every((answer) => answer === 'sent')).toBe(true);
    expect(answers[30]).toBe('limited');
  });
});

test.describe('behind one reverse proxy (TRUSTED_PROXY_HOPS=1)', () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer(nextPort(), { TRUSTED_PROXY_HOPS: '1' });
  });
  test.afterAll(async () => server?.stop());

  test('each client behind the proxy has a bucket of its own, whatever it prepends', async () => {
    const first: number[] = [];
    for (let request = 0; request < 61; request++) {
      // What the client claimed, then what the proxy appended: only the latter counts.
      first.push((await calendar(server, { 'x-forwarded-for': `6.6.6.${request}, 203.0.113.1` })).status);
    }
    expect(first.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(first[60]).toBe(429);
    expect((await calendar(server, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });

  test('+tag and dotted variants of one Gmail address share the per-address limit', async () => {
    const stamp = Date.now();
    const answers: string[] = [];
    for (let variant = 1; variant <= 6; variant++) {
      const address = `tag.victim${stamp}+${variant}@GMAIL.com`;
      answers.push(await askForLink(server, variant % 2 ? address : address.replace('.', ''), { 'x-forwarded-for': `203.0.113.${100 + variant}` }));
    }
    expect(answers).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'limited']);
    // Mail goes to each address as typed (lower-cased), five in all.
    await waitForEmail(`tag.victim${stamp}+5@gmail.com`);
    const variants = [1, 2, 3, 4, 5].map((variant) => emailsTo(`${variant % 2 ? 'tag.victim' : 'tagvictim'}${stamp}+${variant}@gmail.com`).length);
    expect(variants).toEqual([1, 1, 1, 1, 1]);
  });
});

test.describe('with a public https APP_URL behind a proxy', () => {
  const appUrl = 'https://unlisted.example';
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer(nextPort(), { APP_URL: appUrl });
  });
  test.afterAll(async () => server?.stop());

  test('links, redirects and calendar files use APP_URL, never the address the request arrived on', async () => {
    const headers = { origin: appUrl, host: `localhost:${server.port}` };
    const switched = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/locale',
      headers: { ...headers, referer: `${appUrl}/tiktok/make-account-private`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'locale=es',
    });
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/tiktok/make-account-private');

    const file = await calendar(server, { host: 'attacker.example' });
    expect(file.body).toContain(`${appUrl}/countdowns`);
    expect(file.body).not.toMatch(/localhost|attacker/);

    const address = `https-${Date.now()}@example.test`;
    expect(await askForLink(server, address, { origin: appUrl, host: 'attacker.example', 'x-forwarded-host': 'attacker.example' })).toBe('sent');
    expect(signInLink(await waitForEmail(address)).startsWith(`${appUrl}/signin/confirm?`)).toBe(true);
  });
});

test('production refuses to start where sign-in links would leak or addresses could be forged', async () => {
  const noMail = await expectStartRefused(nextPort(), { SMTP_URL: '' });
  expect(noMail.code).toBe(1);
  expect(noMail.output).toContain('SMTP_URL is not set');

  const plainHttp = await expectStartRefused(nextPort(), { APP_URL: 'http://unlisted.example' });
  expect(plainHttp.code).toBe(1);
  expect(plainHttp.output).toContain('APP_URL must be https://');

  const noAppUrl = await expectStartRefused(nextPort(), { APP_URL: '' });
  expect(noAppUrl.code).toBe(1);
  expect(noAppUrl.output).toContain('APP_URL is not set');

  const nextStart = await expectStartRefused(nextPort(), {}, 'next start');
  expect(nextStart.code).toBe(1);
  expect(nextStart.output).toContain('npm start');
});
