import type * as NextServer from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPlatform, getStep } from '@/lib/content';
import { listProblemReports } from '@/lib/db/queries/problem-reports';
import { withOwnDatabase } from '@/lib/db/test-setup/own-database';
import { RATE_LIMITS } from '@/lib/rate-limit/policies';
import { POST } from './route';

// Counts every report, and the site-wide limit is one bucket: on PostgreSQL, a database of this file's own.
withOwnDatabase();

// `after()` needs a request scope Next sets up; here its task runs at once, and the test can wait for it.
const { afterTasks, sendEmail } = vi.hoisted(() => ({ afterTasks: [] as Promise<unknown>[], sendEmail: vi.fn() }));
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: (task: () => unknown) => afterTasks.push(Promise.resolve().then(task)),
}));
vi.mock('@/lib/email/send', () => ({ sendEmail }));

const APP_URL = 'https://unlisted.example.org';
// Read by the first env() call, which no import makes: a server behind server.mjs, mailing reports to two people.
process.env.APP_URL = APP_URL;
process.env.UNLISTED_SERVER_ENTRY = '1';
process.env.REPORTS_TO = 'content@example.org, editor@example.org';
const STEP = { platform: 'tiktok', step: 'make-account-private' };
const contentDate = () => getStep(getPlatform('tiktok')!, 'make-account-private')!.lastVerified;


afterEach(() => {
  sendEmail.mockReset();
  vi.restoreAllMocks();
});

let clients = 0;
/** A client address of its own for each use: every test starts with a fresh per-client allowance. */
const newClient = () => `203.0.113.${(clients += 1)}`;

function sendJson(body: unknown, client = newClient()) {
  return POST(
    new Request(`${APP_URL}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-unlisted-peer': client },
      body: JSON.stringify(body),
    }),
  );
}

function sendForm(fields: Record<string, string>, client = newClient()) {
  return POST(
    new Request(`${APP_URL}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-unlisted-peer': client },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const uniqueMessage = (label: string) => `${label} ${crypto.randomUUID()}`;
const storedWith = async (message: string) => (await listProblemReports({ limit: 10_000 })).filter((row) => row.message === message);
const settled = () => Promise.all(afterTasks.splice(0));

describe('POST /api/reports from the page’s script (JSON)', () => {
  it('stores the report with what the content says about the step, then emails it', async () => {
    const message = uniqueMessage('The toggle moved.');
    const response = await sendJson({ ...STEP, locale: 'es', message, replyEmail: 'reader@example.test' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ received: true });
    const [stored] = await storedWith(message);
    expect(stored).toMatchObject({ ...STEP, locale: 'es', contentDate: contentDate(), pagePath: '/tiktok/make-account-private', replyEmail: 'reader@example.test' });

    await settled();
    expect(sendEmail).toHaveBeenCalledTimes(1);
    const email = sendEmail.mock.calls[0]![0] as { to: string; replyTo?: string; text: string; subject: string };
    expect(email.to).toBe('content@example.org, editor@example.org');
    expect(email.replyTo).toBe('reader@example.test');
    expect(email.text).toContain(message);
    expect(email.text).toContain(`Content checked on: ${contentDate()}`);
    expect(email.text).toContain(`Page: ${APP_URL}/tiktok/make-account-private`);
  });

  it('keeps the report when the mail server fails, and logs which report without what it says', async () => {
    sendEmail.mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:25'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = uniqueMessage('Secret detail about my account.');
    expect((await sendJson({ ...STEP, locale: 'en', message })).status).toBe(201);
    await settled();
    const [stored] = await storedWith(message);
    expect(stored).toBeDefined();
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]![0]);
    expect(line).toContain(`Emailing problem report ${stored!.id} failed`);
    expect(line).toContain('ECONNREFUSED');
    expect(line).not.toContain('Secret detail');
  });

  it('refuses bad input with a message per field, and stores nothing', async () => {
    const refused = async (body: unknown) => {
      const response = await sendJson(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      return ((await response.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    };
    const before = (await listProblemReports({ limit: 10_000 })).length;
    expect(await refused({ ...STEP, locale: 'en', message: '   ' })).toEqual(['message']);
    expect(await refused({ ...STEP, locale: 'en', message: 'ok', replyEmail: 'nope' })).toEqual(['replyEmail']);
    expect(await refused({ ...STEP, step: 'nope', locale: 'en', message: 'ok' })).toEqual(['step']);
    expect(await refused({ ...STEP, locale: 'de', message: 'ok' })).toEqual(['locale']);
    expect(await refused({ ...STEP, locale: 'en', message: 'ok', contentDate: '2020-01-01' })).toEqual(['']);
    expect((await listProblemReports({ limit: 10_000 })).length).toBe(before);
  });

  it('reads only JSON or a plain form', async () => {
    const response = await POST(
      new Request(`${APP_URL}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-unlisted-peer': newClient() },
        body: JSON.stringify({ ...STEP, locale: 'en', message: 'hi' }),
      }),
    );
    expect(response.status).toBe(415);
  });
});

describe('POST /api/reports from a plain form (no JavaScript)', () => {
  it('goes back to the step page, whose address says the report was sent', async () => {
    const message = uniqueMessage('Line one');
    const response = await sendForm({ ...STEP, locale: 'en', message: `${message}\r\nLine two`, replyEmail: '' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${APP_URL}/tiktok/make-account-private?report=sent#report-sent`);
    const [stored] = await storedWith(`${message}\nLine two`);
    expect(stored).toMatchObject({ contentDate: contentDate(), replyEmail: null, locale: 'en' });
    await settled();
  });

  it('goes back saying what was wrong, storing nothing, when the message is empty', async () => {
    const before = (await listProblemReports({ limit: 10_000 })).length;
    const response = await sendForm({ ...STEP, locale: 'en', message: ' \r\n ', replyEmail: 'reader@example.test' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${APP_URL}/tiktok/make-account-private?report=invalid#report-invalid`);
    expect((await listProblemReports({ limit: 10_000 })).length).toBe(before);
  });

  it('goes nowhere but a real step: a form naming none is refused with a message', async () => {
    const targets: Record<string, string>[] = [
      { platform: 'tiktok', step: 'nope' },
      { platform: '//evil.example', step: 'x' },
      { platform: 'tiktok' },
    ];
    for (const target of targets) {
      const response = await sendForm({ ...target, locale: 'en', message: 'hi' });
      expect(response.status, JSON.stringify(target)).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(((await response.json()) as { message: string }).message).toMatch(/names no step/);
    }
  });
});

describe('limits', () => {
  it(`let one client send ${RATE_LIMITS.reportsPerClient.limit} reports, then answer 429 with when to retry, while others still can`, async () => {
    const client = newClient();
    for (let sent = 0; sent < RATE_LIMITS.reportsPerClient.limit; sent++) {
      expect((await sendJson({ ...STEP, locale: 'en', message: uniqueMessage('limit') }, client)).status).toBe(201);
    }
    const refused = await sendJson({ ...STEP, locale: 'en', message: uniqueMessage('one too many') }, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Too many problem reports in a short time\. Please wait \d+ minutes and try again\.$/);
    // Without JavaScript: back to the page, which says so.
    const form = await sendForm({ ...STEP, locale: 'en', message: 'again' }, client);
    expect(form.headers.get('location')).toMatch(/\?report=limited#report-limited$/);
    expect((await sendJson({ ...STEP, locale: 'en', message: uniqueMessage('someone else') })).status).toBe(201);
    await settled();
  });

  // Last: it uses up the site's allowance for the hour.
  it(`cap the whole site at ${RATE_LIMITS.reportsOverall.limit} reports an hour, from however many clients`, async () => {
    let accepted = (await listProblemReports({ limit: 10_000 })).length;
    let answer: Response | undefined;
    while (accepted <= RATE_LIMITS.reportsOverall.limit) {
      answer = await sendJson({ ...STEP, locale: 'en', message: uniqueMessage('flood') });
      if (answer.status !== 201) break;
      accepted += 1;
    }
    expect(answer?.status).toBe(429);
    expect(((await answer!.json()) as { message: string }).message).toMatch(/^Too many problem reports on the whole site in a short time\./);
    expect(await listProblemReports({ limit: 10_000 })).toHaveLength(RATE_LIMITS.reportsOverall.limit);
    await settled();
  });
});
