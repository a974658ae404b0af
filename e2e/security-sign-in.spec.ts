import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readProgress } from './fixtures';
import { emailsTo, openSignInLink, signInLink, uniqueClient, uniqueEmail, waitForEmail } from './mail';
import { actionFields, multipart, rawRequest } from './raw-http';

/*
 * Sign-in, attacked: a forged Host must not reach a sign-in link, a link
 * opened by a mail scanner must not be used up, and a link opened in someone
 * else's browser (login CSRF) must neither sign in unasked nor carry that
 * browser's progress into the attacker's account. docs/security.md lists
 * each threat with the test here that proves its defence.
 */

const port = Number(process.env.E2E_PORT ?? 3217);
const appOrigin = `http://localhost:${port}`;

/** Asks for a sign-in link through the /signin page in this browser, as a person would. */
async function requestLink(page: Page, address: string) {
  const before = emailsTo(address).length;
  await page.goto('/signin');
  await page.getByLabel('Email address').fill(address);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  return signInLink(await waitForEmail(address, before + 1));
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A browser of its own, counted as a client of its own by the rate limits. */
async function newBrowser(browser: Browser) {
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': uniqueClient() } });
}

/** Posts the /signin action the way a script can: any Host, X-Forwarded-* and Origin. */
async function postSignInAction(address: string, headers: Record<string, string>) {
  const page = await rawRequest({ port, path: '/signin' });
  const { body, contentType } = multipart({ ...actionFields(page.body), email: address, from: '/account', locale: 'en' });
  return rawRequest({
    port,
    method: 'POST',
    path: '/signin',
    headers: { 'content-type': contentType, accept: 'text/html', 'x-forwarded-for': uniqueClient(), ...headers },
    body,
  });
}

test('a forged Host or X-Forwarded-Host never reaches the sign-in link (account takeover)', async () => {
  const victim = uniqueEmail('host-victim');
  // With the attacker's Origin too, the request is refused before anything is sent.
  const foreign = await postSignInAction(victim, {
    host: 'attacker.example',
    'x-forwarded-host': 'attacker.example',
    'x-forwarded-proto': 'https',
    origin: 'https://attacker.example',
  });
  expect(foreign.status).toBe(403);

  // With the site's own Origin (the action's origin check passes), the mail goes out, with APP_URL's link.
  const sameOrigin = await postSignInAction(victim, {
    host: 'attacker.example',
    'x-forwarded-host': 'attacker.example',
    'x-forwarded-proto': 'https',
    origin: appOrigin,
  });
  expect(sameOrigin.status).toBe(200);
  const mail = await waitForEmail(victim);
  expect(emailsTo(victim)).toHaveLength(1);
  expect(signInLink(mail).startsWith(`${appOrigin}/signin/confirm?`)).toBe(true);
  expect(`${mail.text}${mail.html}`).not.toContain('attacker.example');

  // Auth.js's own addresses ignore the forged headers too.
  const providers = await rawRequest({ port, path: '/api/auth/providers', headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' } });
  expect(providers.body).not.toContain('attacker.example');
  expect(providers.body).toContain(appOrigin);
});

test('opening a sign-in link changes nothing: mail scanners cannot use it up', async ({ page, request }) => {
  const address = uniqueEmail('scanned');
  const link = await requestLink(page, address);

  // A scanner fetches the link, and the old-style Auth.js address, several times, without cookies.
  for (let visit = 0; visit < 3; visit++) {
    const opened = await request.get(link);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toContain(`Sign in as ${address}`);
    expect((await request.head(link)).status()).toBe(200);
  }
  const callback = link.replace('/signin/confirm?', '/api/auth/callback/email?');
  const redirected = await request.get(callback, { maxRedirects: 0 });
  expect(redirected.status()).toBe(303);
  expect(redirected.headers()['location']).toBe(link);
  expect(redirected.headers()['set-cookie'] ?? '').not.toContain('session-token');

  // The person's own click still signs them in.
  await openSignInLink(page, link, address);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
});

test('the browser that asked for the link signs in with one click, without a warning', async ({ page }) => {
  const address = uniqueEmail('requester');
  const link = await requestLink(page, address);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Sign in to Unlisted' })).toBeVisible();
  await expect(page.getByText(`This link signs this browser in as ${address}.`)).toBeVisible();
  await expect(page.getByText('This link was asked for in another browser.')).toHaveCount(0);
  await page.getByRole('button', { name: `Sign in as ${address}` }).click();
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
});

test('login CSRF: a link opened in someone else’s browser warns, and their progress stays theirs', async ({ browser }) => {
  const attackerAddress = uniqueEmail('csrf-attacker');
  const attacker = await newBrowser(browser);
  const victim = await newBrowser(browser);
  const attackerPage = await attacker.newPage();
  const victimPage = await victim.newPage();

  // The victim is planning to leave Instagram, in their own browser, without an account.
  await victimPage.goto('/instagram/delete-account');
  await victimPage.getByRole('button', { name: 'Mark as done' }).click();
  await expect.poll(async () => Object.keys((await readProgress(victimPage))?.platforms ?? {})).toEqual(['instagram']);

  // The attacker asks for a link to their own account and gets the victim to open it.
  const link = await requestLink(attackerPage, attackerAddress);
  await victimPage.goto(link);
  await expect(victimPage.getByText('This link was asked for in another browser.')).toBeVisible();
  await expect(victimPage.getByText(`This link signs this browser in as ${attackerAddress}.`)).toBeVisible();
  // Opening it did not sign anyone in.
  expect((await victim.cookies()).some((cookie) => cookie.name.includes('session-token'))).toBe(false);
  await expectAccessible(victimPage);

  // Even if the victim goes on, nothing of theirs moves without a second, explicit yes.
  await victimPage.getByRole('button', { name: `Sign in as ${attackerAddress}` }).click();
  const masked = `${attackerAddress[0]}…@example.test`;
  await expect(victimPage.getByText(`Add what you did in this browser (1 step marked, 1 path chosen) to ${masked}?`)).toBeVisible();
  await expectAccessible(victimPage);
  const accountNow = await victimPage.request.get('/api/progress');
  expect(await accountNow.json()).toEqual({ platforms: {}, bookmarks: {} });

  await victimPage.getByRole('button', { name: 'Keep in this browser' }).click();
  await expect(victimPage.getByRole('button', { name: 'Keep in this browser' })).toHaveCount(0);
  await victimPage.reload();
  await expect(victimPage.getByText(/Add what you did in this browser/)).toHaveCount(0);

  // The attacker's export holds nothing of the victim's.
  const export_ = await victimPage.request.get('/api/account/export');
  const exported = JSON.stringify(await export_.json());
  expect(exported).not.toContain('instagram');
  // And the victim's plan is still in their browser.
  expect(Object.keys((await readProgress(victimPage))?.platforms ?? {})).toEqual(['instagram']);
  await attacker.close();
  await victim.close();
});

test('an account that already holds progress is asked before this browser’s is added', async ({ browser }) => {
  const address = uniqueEmail('ask-first');
  const context = await newBrowser(browser);
  const page = await context.newPage();
  // The account's history, from an earlier sign-in.
  await openSignInLink(page, await requestLink(page, address), address);
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
  await page.goto('/x/make-account-private');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  // A mark made while the page still loads the signed-in store lands in this browser first;
  // it is the person's own, so it reaches the account without a question.
  await page.goto('/account');
  const serverPlatforms = async () => Object.keys(((await (await page.request.get('/api/progress')).json()) as { platforms: object }).platforms);
  await expect.poll(serverPlatforms).toEqual(['x']);
  await expect.poll(async () => Object.keys((await readProgress(page))?.platforms ?? {}).length).toBe(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);

  // Signed out, this browser marks a step; then signs in again.
  await page.goto('/tiktok/download-your-data');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect.poll(async () => Object.keys((await readProgress(page))?.platforms ?? {})).toEqual(['tiktok']);
  await openSignInLink(page, await requestLink(page, address), address);
  await expect(page.getByText(/^Add what you did in this browser \(1 step marked.*\) to a…@example\.test\?$/)).toBeVisible();
  await page.getByRole('button', { name: 'Add to my account' }).click();
  await expect(page.getByRole('button', { name: 'Add to my account' })).toHaveCount(0);
  const progress = (await (await page.request.get('/api/progress')).json()) as { platforms: Record<string, unknown> };
  expect(Object.keys(progress.platforms).sort()).toEqual(['tiktok', 'x']);
  await expect.poll(async () => Object.keys((await readProgress(page))?.platforms ?? {}).length).toBe(0);
  await context.close();
});

test('the sign-in confirmation refuses posts from other sites', async ({ page }) => {
  const address = uniqueEmail('confirm-csrf');
  const link = new URL(await requestLink(page, address));
  const response = await page.request.post('/api/signin/confirm', {
    form: { token: link.searchParams.get('token')!, email: address },
    headers: { origin: 'https://attacker.example' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  // The token was not used: the link still signs in.
  await openSignInLink(page, link.toString(), address);
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
});
