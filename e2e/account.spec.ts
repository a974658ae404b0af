import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { readProgress } from './fixtures';
import { openSignInLink, serverInfo, signIn, signInLink, uniqueEmail, waitForEmail, emailsTo } from './mail';

test('anonymous progress is merged at sign-in, and follows the person to a second browser', async ({ page, browser }) => {
  const address = uniqueEmail('merge');

  // Anonymous: two steps, a path, a bookmark.
  await page.goto('/tiktok/download-your-data');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/save-your-videos$/);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.goto('/tiktok');
  await page.getByRole('button', { name: 'Bookmark this checklist' }).click();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'true');

  await signIn(page, address);
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();

  await page.goto('/tiktok');
  await expect(page.getByText('1 of 8 done, 1 skipped')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'true');
  // Merged into the account, then forgotten by the browser.
  await expect.poll(async () => Object.keys((await readProgress(page))?.platforms ?? {}).length).toBe(0);

  // The same person on another device.
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, address, '/checklists');
  await expect(second.getByRole('link', { name: 'TikTok' }).last()).toBeVisible();
  await expect(second.getByText('Lock it down: 1 of 8 done, 1 skipped')).toBeVisible();

  // A change on the second device reaches the first on focus or reload.
  await second.goto('/tiktok/make-account-private');
  await second.getByRole('button', { name: 'Mark as done' }).click();
  await expect(second).toHaveURL(/turn-off-account-suggestions$/);
  await page.reload();
  await expect(page.getByText('2 of 8 done, 1 skipped')).toBeVisible();
  await other.close();
});

/** A step's status as the account holds it, read with the page's own session. */
async function accountStatus(page: Page, platform: string, step: string): Promise<string | undefined> {
  const response = await page.request.get('/api/progress');
  if (!response.ok()) return undefined;
  const data = (await response.json()) as { platforms: Record<string, { steps: Record<string, { status: string }> }> };
  return data.platforms[platform]?.steps[step]?.status;
}

test('the later change wins when anonymous marks meet the account', async ({ page, browser }) => {
  const address = uniqueEmail('later-wins');
  // The account already has the step done, today.
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signIn(firstPage, address);
  await firstPage.goto('/tiktok/download-your-data');
  await firstPage.getByRole('button', { name: 'Mark as done' }).click();
  await expect(firstPage).toHaveURL(/save-your-videos$/);
  // The save is on its way when the page moves on: close this browser only once the account has it.
  await expect.poll(() => accountStatus(firstPage, 'tiktok', 'download-your-data')).toBe('done');
  await first.close();

  // This browser skipped it long ago, and marked another step.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'unlisted.progress.v1',
      JSON.stringify({
        version: 1,
        platforms: {
          tiktok: {
            steps: {
              'download-your-data': { status: 'skipped', updatedAt: '2026-01-01T00:00:00.000Z' },
              'limit-direct-messages': { status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' },
            },
          },
        },
      }),
    );
  });
  await page.goto('/tiktok');
  await expect(page.getByText('1 of 8 done, 1 skipped')).toBeVisible();
  await signIn(page, address, '/tiktok');
  // The account already holds progress, so adding this browser's is a question, not a given.
  await page.getByRole('button', { name: 'Add to my account' }).click();
  await expect(page.getByText('2 of 8 done')).toBeVisible();
});

test('export holds everything, and Delete my data removes it all', async ({ page, browser }) => {
  const address = uniqueEmail('export');
  await signIn(page, address, '/tiktok');
  await page.getByRole('button', { name: 'Bookmark this checklist' }).click();
  // Leaving the page could cut the save short: move on once the account holds the bookmark.
  await expect.poll(async () => Object.keys(((await (await page.request.get('/api/progress')).json()) as { bookmarks: object }).bookmarks)).toEqual(['tiktok']);
  await page.goto('/tiktok/limit-direct-messages');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/limit-comments-and-mentions$/);

  await page.goto('/checklists');
  await expect(page.getByText('Lock it down: 1 of 8 done')).toBeVisible();

  await page.goto('/account');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export my data' }).click();
  const download = await downloadPromise;
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()));
  expect(exported.user.email).toBe(address);
  expect(exported.progress).toEqual([expect.objectContaining({ platform: 'tiktok', step: 'limit-direct-messages', status: 'done' })]);
  expect(exported.bookmarks).toEqual([expect.objectContaining({ platform: 'tiktok' })]);
  // Auth.js's cookies carry secrets (the session token, the CSRF token); the hint only says "1".
  const secretCookies = (await page.context().cookies()).filter((cookie) => cookie.name.includes('authjs'));
  expect(secretCookies.map((cookie) => cookie.name)).toContain('authjs.session-token');
  for (const cookie of secretCookies) expect(JSON.stringify(exported)).not.toContain(cookie.value);

  // A second device stays signed in until the data is deleted.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, address);

  await page.getByRole('button', { name: 'Delete my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your Unlisted data?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page).toHaveURL(/\/account\?deleted=1$/);
  await expect(page.getByText('were deleted, and you are signed out')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  // Every session is gone: the other device is signed out too.
  expect((await otherPage.request.get('/api/progress')).status()).toBe(401);
  await other.close();

  const { databaseUrl } = serverInfo();
  if (databaseUrl) {
    // Checked in the database itself: no row of theirs is left anywhere.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [address]);
    expect(rows[0].n).toBe(0);
    const leftovers = await client.query(
      `SELECT (SELECT count(*) FROM verification_tokens WHERE identifier = $1)::int AS tokens,
              (SELECT count(*) FROM progress p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id))::int AS orphans`,
      [address],
    );
    expect(leftovers.rows[0]).toEqual({ tokens: 0, orphans: 0 });
    await client.end();
  } else {
    // On the embedded database (owned by the server process): signing in again starts from nothing.
    await signIn(page, address, '/tiktok');
    await expect(page.getByText('0 of 8 done')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'false');
  }
});

test('one person can neither read nor change another’s progress', async ({ page, browser }) => {
  const alice = uniqueEmail('alice');
  await signIn(page, alice, '/tiktok');
  await page.goto('/tiktok/make-account-private');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/turn-off-account-suggestions$/);

  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, uniqueEmail('bob'), '/tiktok');
  await expect(bob.getByText('0 of 8 done')).toBeVisible();
  const bobsView = await (await bob.request.get('/api/progress')).json();
  expect(bobsView).toEqual({ platforms: {}, bookmarks: {} });
  // Bob's writes land in Bob's account only.
  const write = await bob.request.put('/api/progress/steps', {
    data: { platform: 'tiktok', step: 'make-account-private', status: 'skipped', updatedAt: new Date().toISOString() },
  });
  expect(write.status()).toBe(200);
  await bobContext.close();

  const alicesView = await (await page.request.get('/api/progress')).json();
  expect(alicesView.platforms.tiktok.steps['make-account-private'].status).toBe('done');

  // No session, or a forged one: 401 everywhere, never anyone's data.
  const anonymous = await browser.newContext();
  const forged = await browser.newContext();
  await forged.addCookies([{ name: 'authjs.session-token', value: 'forged-token', domain: 'localhost', path: '/' }]);
  for (const context of [anonymous, forged]) {
    const request = context.request;
    expect((await request.get('/api/progress')).status()).toBe(401);
    expect((await request.put('/api/bookmarks/tiktok')).status()).toBe(401);
    expect((await request.get('/api/account/export')).status()).toBe(401);
    const body = await (await request.put('/api/progress/steps', { data: {} })).json();
    expect(body).toEqual({ error: 'unauthorized', code: 'sign_in_required', message: 'Sign in to do this.' });
  }
  await anonymous.close();
  await forged.close();
});

test('invalid requests answer 400 or 413 with the field issues, never 500', async ({ page }) => {
  await signIn(page, uniqueEmail('invalid'));
  const request = page.request;
  const now = new Date().toISOString();

  const unknownStep = await request.put('/api/progress/steps', {
    data: { platform: 'tiktok', step: 'hack-the-planet', status: 'done', updatedAt: now },
  });
  expect(unknownStep.status()).toBe(400);
  expect((await unknownStep.json()).issues).toEqual([{ path: 'step', code: 'step_unknown', message: 'is not a step of this platform' }]);

  const wrongTypes = await request.put('/api/progress/steps', {
    data: { platform: 'myspace', step: 42, status: 'finished', updatedAt: 'tomorrow', extra: true },
  });
  expect(wrongTypes.status()).toBe(400);
  const paths = (await wrongTypes.json()).issues.map((issue: { path: string }) => issue.path);
  expect(paths).toEqual(expect.arrayContaining(['platform', 'step', 'status', 'updatedAt']));

  const future = await request.put('/api/progress/flow', {
    data: { platform: 'tiktok', flow: 'leave', updatedAt: '2999-01-01T00:00:00.000Z' },
  });
  expect(future.status()).toBe(400);

  // A Buffer is sent as it is (a string would be encoded as a JSON string).
  const notJson = await request.put('/api/progress/steps', {
    data: Buffer.from('{"platform":'),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).message).toBe('The request body is not valid JSON.');

  const huge = await request.post('/api/progress/merge', { data: { platforms: {}, padding: 'x'.repeat(100_000) } });
  expect(huge.status()).toBe(413);

  expect((await request.put('/api/bookmarks/not-a-platform')).status()).toBe(404);
});

test('a save the server refuses is rolled back with a visible message', async ({ page, browser }) => {
  const address = uniqueEmail('rollback');
  await signIn(page, address, '/tiktok');

  // The same person deletes their data from another device: this tab's session dies.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, address);
  await otherPage.getByRole('button', { name: 'Delete my data' }).click();
  await otherPage.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(otherPage).toHaveURL(/deleted=1/);
  await other.close();

  await page.getByRole('button', { name: 'Bookmark this checklist' }).click();
  await expect(page.getByText('Your last change could not be saved, so it was undone.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'false');
});

test('sign-in mail is limited per address, with a clear message', async ({ page }) => {
  const address = uniqueEmail('limited');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto('/signin');
    await page.getByLabel('Email address').fill(address);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  }
  await waitForEmail(address, 5);
  await page.goto('/signin');
  await page.getByLabel('Email address').fill(address);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByText(/Too many sign-in emails were asked for\. Please wait \d+ minutes/)).toBeVisible();
  expect(emailsTo(address)).toHaveLength(5);
});

test('a bad address and a used link are explained on the sign-in page', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email address').fill('not an address');
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue('not an address');

  const address = uniqueEmail('reuse');
  await signIn(page, address);
  const link = signInLink(await waitForEmail(address));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await openSignInLink(page, link, address);
  await expect(page.getByText('That sign-in link has expired or was already used.')).toBeVisible();
});

test('session cookies are httpOnly and SameSite=Lax', async ({ page }) => {
  await signIn(page, uniqueEmail('cookie'));
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes('session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});
