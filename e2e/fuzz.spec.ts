import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from '@playwright/test';
import { signIn, uniqueEmail } from './mail';
import { FUZZ_ROUTES, type FuzzRequest } from './fuzz/routes';

/*
 * Property tests through the front door: every route handler and the sign-in
 * action get malformed JSON, wrong types, huge strings, unknown slugs and
 * dates, from no session, a forged one and a real one (someone else's).
 * Always: no 5xx, a message a person can read, and never the data of the one
 * person whose account is the target.
 */

const RUNS_PER_ROUTE_AND_SESSION = 30;
const SIGN_IN_RUNS = 120;
// The fuzzer's own client address: its sign-in attempts must not use up the other tests' allowance.
const FUZZ_CLIENT = { 'x-forwarded-for': '192.0.2.77' };

test.describe.configure({ mode: 'serial', timeout: 300_000 });

type Session = { name: string; request: APIRequestContext };

async function sessions(browser: Browser): Promise<Session[]> {
  const anonymous = await browser.newContext();
  const forged = await browser.newContext();
  await forged.addCookies([{ name: 'authjs.session-token', value: crypto.randomUUID(), domain: 'localhost', path: '/' }]);
  const other = await browser.newContext();
  await signIn(await other.newPage(), uniqueEmail('fuzz-other'), '/account');
  return [
    { name: 'no session', request: anonymous.request },
    { name: 'forged session', request: forged.request },
    { name: 'another person', request: other.request },
  ];
}

async function send(request: APIRequestContext, fuzz: FuzzRequest): Promise<APIResponse> {
  return request.fetch(fuzz.path, {
    method: fuzz.method,
    data: fuzz.body,
    headers: { ...FUZZ_CLIENT, ...(fuzz.body !== undefined ? { 'content-type': 'application/json' } : {}), ...fuzz.headers },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

/** What must hold for every answer, whatever was sent. */
async function expectSafeAnswer(response: APIResponse, fuzz: FuzzRequest, secrets: readonly string[]) {
  const label = `${fuzz.method} ${fuzz.path.slice(0, 120)} ${String(fuzz.body ?? '').slice(0, 120)}`;
  expect(response.status(), label).toBeLessThan(500);
  const text = await response.text();
  for (const secret of secrets) expect(text.includes(secret), `${label} leaked another person's data`).toBe(false);
  const isAuthJs = fuzz.path.startsWith('/api/auth/');
  if (response.status() >= 400 && !isAuthJs) {
    const body = JSON.parse(text) as { message?: unknown };
    expect(typeof body.message === 'string' && body.message.length > 0, `${label} answered without a message`).toBe(true);
  }
  const location = response.headers()['location'];
  if (location) expect(new URL(location, response.url()).host, `${label} redirected away`).toBe(new URL(response.url()).host);
}

test('route handlers answer any input safely, and one person stays out of another’s data', async ({ page, browser }) => {
  // The person under attack: progress, a bookmark and a countdown of their own.
  const victim = uniqueEmail('fuzz-victim');
  await signIn(page, victim, '/account');
  const own = page.request;
  const now = new Date().toISOString();
  expect((await own.put('/api/progress/steps', { data: { platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: now } })).status()).toBe(200);
  expect((await own.put('/api/bookmarks/tiktok')).status()).toBe(200);
  const started = await own.post('/api/countdowns', {
    data: { platform: 'tiktok', requestedOn: new Date().toISOString().slice(0, 10), timeZone: 'Europe/Berlin' },
  });
  expect(started.status()).toBe(201);
  const countdownId = ((await started.json()) as { countdowns: { id: string }[] }).countdowns[0]!.id;
  const sessionToken = (await page.context().cookies()).find((cookie) => cookie.name === 'authjs.session-token')!.value;
  const before = { progress: await (await own.get('/api/progress')).json(), countdowns: await (await own.get('/api/countdowns')).json() };
  const secrets = [victim, countdownId, sessionToken];

  let cases = 0;
  for (const session of await sessions(browser)) {
    for (const route of FUZZ_ROUTES) {
      // The victim's real countdown id is among the ids tried: it must still be "not found" for others.
      const requests =
        route.name === 'DELETE /api/countdowns/{id}'
          ? fc.oneof(route.requests, fc.constant({ method: 'DELETE', path: `/api/countdowns/${countdownId}` }))
          : route.requests;
      await fc.assert(
        fc.asyncProperty(requests, async (fuzz) => {
          cases += 1;
          await expectSafeAnswer(await send(session.request, fuzz), fuzz, secrets);
        }),
        { numRuns: RUNS_PER_ROUTE_AND_SESSION, endOnFailure: true },
      );
    }
  }

  // Nothing anyone else sent changed the victim's data.
  expect(await (await own.get('/api/progress')).json()).toEqual(before.progress);
  expect(await (await own.get('/api/countdowns')).json()).toEqual(before.countdowns);
  console.log(`fuzz: ${cases} requests to ${FUZZ_ROUTES.length} route groups from ${3} kinds of session`);
  test.info().annotations.push({ type: 'fuzz cases', description: String(cases) });
});

/** The hidden fields React writes into a form posting to a server action (it works without JavaScript). */
function actionFields(html: string): [string, string][] {
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((match) => [match[1]!, decode(match[2] ?? '')]);
}

test('the sign-in action answers any form safely: a message, never an error page or a redirect elsewhere', async ({ request }) => {
  const signInPage = await request.get('/signin');
  const html = await signInPage.text();
  // As a browser sends it: server actions refuse posts from other origins.
  const headers = { ...FUZZ_CLIENT, origin: new URL(signInPage.url()).origin };
  const fields = actionFields(html);
  expect(fields.map(([name]) => name)).toEqual(expect.arrayContaining(['$ACTION_REF_1', '$ACTION_KEY']));

  const email = fc.oneof(
    fc.emailAddress(),
    fc.string({ maxLength: 80 }),
    fc.constantFrom('', ' ', '@', 'a@b', 'x'.repeat(5_000), '"quoted"@example.test', 'ünïcode@exämple.test', 'a@b.c\r\nBcc: victim@example.test'),
  );
  const from = fc.oneof(fc.constantFrom('/account', '/tiktok', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)'), fc.string({ maxLength: 300 }));
  const form = fc.record({ email, from, extra: fc.option(fc.string({ maxLength: 50 })) }, { requiredKeys: ['email', 'from'] });

  let cases = 0;
  await fc.assert(
    fc.asyncProperty(form, async ({ email: address, from: returnTo, extra }) => {
      cases += 1;
      const multipart: Record<string, string> = Object.fromEntries(fields);
      multipart.email = address;
      multipart.from = returnTo;
      if (extra !== null && extra !== undefined) multipart.extra = extra;
      const response = await request.post('/signin', { multipart, headers, maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), address).toBeLessThan(500);
      expect(response.headers()['location'], address).toBeUndefined();
      const page = await response.text();
      // Either the mail went out, or the page says why not.
      expect(/Check your email|Enter|valid|Too many|could not be sent/.test(page), address).toBe(true);
    }),
    { numRuns: SIGN_IN_RUNS, endOnFailure: true },
  );

  // What the page's own script sends (an action id header and an encoded body), forged.
  const actionId = JSON.parse(Object.fromEntries(fields)['$ACTION_1:0'] ?? '{}').id as string;
  const rawCall = fc.record({
    id: fc.oneof(fc.constant(actionId), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 42 }), fc.string({ maxLength: 60 })),
    body: fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.string({ maxLength: 400 })),
    contentType: fc.constantFrom('text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/json'),
  });
  await fc.assert(
    fc.asyncProperty(rawCall, async ({ id, body, contentType }) => {
      cases += 1;
      const response = await request.post('/signin', {
        data: body,
        headers: { ...headers, 'next-action': id.replace(/[^\x20-\x7e]/g, ''), 'content-type': contentType },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(response.status(), `${id} ${body.slice(0, 80)}`).toBeLessThan(500);
    }),
    { numRuns: SIGN_IN_RUNS, endOnFailure: true },
  );
  console.log(`fuzz: ${cases} posts to the sign-in action`);
  test.info().annotations.push({ type: 'fuzz cases', description: String(cases) });
});
