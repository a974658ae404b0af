import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { extraPort, startExtraServer, type ExtraServer } from './extra-server';
import { emailsTo, signInLink, uniqueClient, uniqueEmail, waitForEmail } from './mail';

/*
 * Every word in the person's language, past the pages: the sign-in email in
 * the language of the page that asked for it, reminders in the language
 * stored with them (and changed from /account), and the messages of the
 * browser's own checks and of the server's answers.
 */

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const longDate = (locale: string, isoDate: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
/** As reminder emails write a day out: in full, British English or Spanish. */
const fullDate = (locale: 'en-GB' | 'es-ES', isoDate: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

// A browser that prefers Spanish, in UTC so "today" is the same for the page and the test.
test.use({ locale: 'es-MX', timezoneId: 'UTC' });

/** Signs in from the Spanish sign-in page through the link the SMTP sink caught; returns that email. */
async function signInInSpanish(page: Page, address: string, base = '', from = '/account') {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClient() });
  const before = emailsTo(address).length;
  await page.goto(`${base}/signin?from=${encodeURIComponent(from)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByLabel('Dirección de correo').fill(address);
  await page.getByRole('button', { name: 'Enviar enlace para iniciar sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Revisa tu correo' })).toBeVisible();
  const email = await waitForEmail(address, before + 1);
  await page.goto(signInLink(email));
  await page.getByRole('button', { name: `Iniciar sesión como ${address}` }).click();
  await expect(page).toHaveURL(new RegExp(`${from.replace(/[/?]/g, '\\$&')}$`));
  return email;
}

async function startCountdownInSpanish(page: Page, base: string, requestedOn: string) {
  await page.goto(`${base}/tiktok/delete-account`);
  // The form loads its code apart from the page: typing before it hydrates would be reset.
  await expect(page.getByRole('button', { name: 'Iniciar cuenta regresiva' })).toBeEnabled();
  await page.getByLabel('Pedí la eliminación el').fill(requestedOn);
  await page.getByRole('button', { name: 'Iniciar cuenta regresiva' }).click();
  await expect(page.getByText('Hay una cuenta regresiva en marcha')).toBeVisible();
}

const remindersTo = (address: string) => emailsTo(address).filter((email) => email.headers['x-unlisted-reminder']);

async function sweepAndWait(request: APIRequestContext, server: ExtraServer, secret: string, address: string) {
  const swept = await request.post(`${server.url}/api/cron/reminders`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(swept.status()).toBe(200);
  await expect.poll(() => remindersTo(address).length, { timeout: 15_000 }).toBe(1);
  return remindersTo(address)[0]!;
}

test('a Spanish page’s sign-in sends the sign-in email in Spanish', async ({ page }) => {
  const address = uniqueEmail('es-sign-in');
  const email = await signInInSpanish(page, address);
  expect(email.subject).toBe('Tu enlace para iniciar sesión en Unlisted');
  expect(email.text).toMatch(/^Inicia sesión en Unlisted con este enlace:\n\nhttp:\/\/localhost:\d+\/signin\/confirm\?/);
  expect(email.text).toContain('Funciona una sola vez, durante los próximos 30 minutos.');
  expect(email.html).toContain('<html lang="es">');
  expect(email.html).toContain('>Iniciar sesión en Unlisted</a>');
  expect(`${email.subject}\n${email.text}`).not.toMatch(/Sign in|sign-in link|ignore this/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tu cuenta' })).toBeVisible();
});

test('a Spanish page checks the countdown date itself, and says what is wrong in Spanish', async ({ page }) => {
  await page.goto('/tiktok/delete-account');
  await expect(page.getByRole('button', { name: 'Iniciar cuenta regresiva' })).toBeEnabled();
  const field = page.getByLabel('Pedí la eliminación el');
  const start = page.getByRole('button', { name: 'Iniciar cuenta regresiva' });

  await field.fill(isoDay(2));
  await start.click();
  await expect(page.getByText('La fecha no puede estar en el futuro.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill(isoDay(-31));
  await start.click();
  await expect(page.getByText('Hace más de 30 días: la eliminación ya es definitiva.')).toBeVisible();

  // Before anything Unlisted keeps could have happened: the earliest day, written out in Spanish.
  await field.fill('2019-12-31');
  await start.click();
  await expect(page.getByText('La fecha no puede ser anterior al 1 de enero de 2020.')).toBeVisible();
  await expect(page.getByText(/can't|already permanent/)).toHaveCount(0);
});

test('the server answers in the language the page would be shown in, with a stable code', async ({ request }) => {
  const spanish = await request.put('/api/progress/steps', { data: {}, headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
  expect(spanish.status()).toBe(401);
  expect(await spanish.json()).toEqual({ error: 'unauthorized', code: 'sign_in_required', message: 'Inicia sesión para hacer esto.' });
  // The switcher's cookie wins over the browser, as it does for pages.
  const chosen = await request.put('/api/progress/steps', { data: {}, headers: { 'Accept-Language': 'es', Cookie: 'unlisted-locale=en' } });
  expect(await chosen.json()).toEqual({ error: 'unauthorized', code: 'sign_in_required', message: 'Sign in to do this.' });
});

test.describe('reminders in the language stored with them', () => {
  // A server of these tests' own, with a database of its own: a sweep here sends nothing another spec is waiting not to get.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  const cronSecret = randomBytes(24).toString('base64url');
  let server: ExtraServer;
  let dropDatabase = async () => {};

  test.beforeAll(async () => {
    let databaseUrl = '';
    const admin = process.env.DATABASE_URL;
    if (admin) {
      // The PostgreSQL pass: a database of its own on that server, named as e2e/start-server.mjs names its (so old leftovers are swept).
      const name = `unlisted_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      const url = new URL(admin);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      dropDatabase = async () => {
        const dropper = new pg.Client({ connectionString: admin });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
    }
    server = await startExtraServer(extraPort(test.info().workerIndex, 5), { CRON_SECRET: cronSecret, DATABASE_URL: databaseUrl });
  });

  test.afterAll(async () => {
    await server?.stop();
    await dropDatabase();
  });

  test('a countdown started from a Spanish page sends its reminder in Spanish, and its stop page speaks Spanish', async ({ page }) => {
    const address = uniqueEmail('es-reminder');
    await signInInSpanish(page, address, server.url, '/tiktok');
    await startCountdownInSpanish(page, server.url, isoDay(-24));

    const email = await sweepAndWait(page.request, server, cronSecret, address);
    const finalDay = fullDate('es-ES', isoDay(6));
    expect(email.headers['x-unlisted-reminder']).toBe('deletion-7-days');
    expect(email.subject).toBe(`Quedan 6 días: tu cuenta de TikTok se elimina para siempre el ${finalDay}`);
    expect(email.text).toContain(`Tu cuenta de TikTok se eliminará para siempre el ${finalDay}: dentro de 6 días.`);
    expect(email.text).toContain('«Iniciar sesión con TikTok»');
    expect(email.text).toContain('Recibes estos correos porque iniciaste una cuenta regresiva de eliminación en Unlisted.');
    expect(email.html).toContain('<html lang="es">');
    expect(email.html).toContain('>Detener estos recordatorios</a>');
    expect(email.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/reminders\/stop\?token=/);
    expect(`${email.subject}\n${email.text}`).not.toMatch(/days left|deleted for good|Stop these reminders|You get these/);

    const stopPage = email.text.match(/Detener estos recordatorios: (\S+)/)?.[1];
    expect(stopPage).toBeTruthy();
    await page.goto(stopPage!);
    await expect(page.getByRole('heading', { level: 1, name: '¿Detener los recordatorios sobre la eliminación de tu cuenta de TikTok?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Detener los recordatorios' })).toBeVisible();

    // The server's own answers come in Spanish too: a data file too old to download.
    await page.goto(`${server.url}/tiktok/download-your-data`);
    await expect(page.getByRole('button', { name: 'Recuérdamelo antes de que caduque' })).toBeEnabled();
    await page.getByLabel('Mi archivo de datos estuvo listo el').fill(isoDay(-10));
    await page.getByRole('button', { name: 'Recuérdamelo antes de que caduque' }).click();
    await expect(page.getByText(`Un archivo que estuvo listo el ${longDate('es', isoDay(-10))} ya no se puede descargar: pide uno nuevo.`)).toBeVisible();
  });

  test('/account changes the language of the reminders still to come, with a plain form that needs no JavaScript', async ({ page, browser }) => {
    const address = uniqueEmail('es-to-en');
    await signInInSpanish(page, address, server.url, '/tiktok');
    await startCountdownInSpanish(page, server.url, isoDay(-24));

    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'es-MX',
      timezoneId: 'UTC',
      storageState: await page.context().storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}/account`);
    const section = plain.getByRole('region', { name: 'Idioma de los correos' });
    await expect(section.getByRole('listitem')).toHaveText(['Cuenta regresiva de eliminación de TikTok: Español']);
    await section.getByLabel('Escribir los correos de recordatorio en').selectOption({ label: 'English' });
    await section.getByRole('button', { name: 'Guardar el idioma de los correos' }).click();
    await expect(plain).toHaveURL(/\/account\?emailLanguage=saved#email-language$/);
    await expect(section.getByRole('status')).toHaveText('Guardado: los correos de recordatorio que aún están por llegar se escribirán en English.');
    await expect(section.getByRole('listitem')).toHaveText(['Cuenta regresiva de eliminación de TikTok: English']);
    await noScript.close();

    const email = await sweepAndWait(page.request, server, cronSecret, address);
    expect(email.subject).toBe(`6 days left: your TikTok account is deleted for good on ${fullDate('en-GB', isoDay(6))}`);
    expect(email.text).toContain('Stop these reminders: ');
    expect(email.html).toContain('<html lang="en">');
  });

  test('the email language form takes only the site’s languages, and only from the site', async ({ page }) => {
    const address = uniqueEmail('es-form-checks');
    await signInInSpanish(page, address, server.url, '/account');
    // As the browser posts it (Playwright's request API sends no Accept-Language of its own).
    const forged = await page.request.post(`${server.url}/api/reminders/locale`, {
      form: { locale: 'fr' },
      headers: { Origin: server.url, 'Accept-Language': 'es-MX,es;q=0.9' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(400);
    expect(await forged.json()).toMatchObject({
      error: 'bad_request',
      code: 'fields_invalid',
      issues: [{ path: 'locale', code: 'locale_invalid', message: 'Elige uno de estos: en, es.' }],
    });
    const elsewhere = await page.request.post(`${server.url}/api/reminders/locale`, {
      form: { locale: 'en' },
      headers: { Origin: 'https://attacker.example' },
      maxRedirects: 0,
    });
    expect(elsewhere.status()).toBe(403);
    expect((await elsewhere.json()).code).toBe('foreign_origin');
  });
});
