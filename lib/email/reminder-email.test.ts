import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import type { ClaimedReminder } from '@/lib/reminders/sweep';
import { reminderEmail } from './reminder-email';

const LINKS = {
  countdownUrl: 'https://unlisted.example.org/countdowns',
  stopUrl: 'https://unlisted.example.org/reminders/stop?token=countdown.abc.sig',
  oneClickStopUrl: 'https://unlisted.example.org/api/reminders/stop?token=countdown.abc.sig',
};

function reminder(overrides: Partial<ClaimedReminder>): ClaimedReminder {
  return {
    id: 'reminder-1',
    claimToken: 'claim-1',
    kind: 'deletion-7-days',
    platform: 'tiktok',
    email: 'person@example.test',
    countdownId: 'countdown-1',
    requestedOn: '2026-11-01',
    finalOn: '2026-12-01',
    readyOn: null,
    timeZone: 'Europe/Berlin',
    locale: 'en',
    attempts: 1,
    ...overrides,
  };
}

const dataFile = reminder({ kind: 'data-file-1-day', countdownId: null, requestedOn: null, finalOn: null, readyOn: '2026-11-28', timeZone: null });

const render = (claimed: ClaimedReminder, links = LINKS) =>
  reminderEmail({ reminder: claimed, platformName: 'TikTok', today: '2026-11-24', links, messageId: '<reminder-1@unlisted.example.org>' });

/** The message as it goes over SMTP, read back as the e2e mail sink reads it: header lines unfolded. */
async function sentHeaders(email: ReturnType<typeof render>): Promise<Record<string, string>> {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from: 'Unlisted <no-reply@unlisted.test>', ...email });
  const parsed = await simpleParser(info.message as Buffer);
  return Object.fromEntries(
    parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()]),
  );
}

describe('reminder email headers', () => {
  it.each([
    ['a countdown reminder', reminder({})],
    ['a data-file reminder', dataFile],
  ])('%s offers one-click unsubscribe (RFC 8058)', (_label, claimed) => {
    const { headers } = render(claimed);
    expect(headers).toMatchObject({
      'List-Unsubscribe': `<${LINKS.oneClickStopUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Unlisted-Reminder': claimed.kind,
    });
  });

  it('reach the wire whole, however long the token', async () => {
    const token = `data-file.6d0c2b7a-91f4-4e0b-8f3a-5c2e1d9a7b44.${'S'.repeat(43)}`;
    const links = { ...LINKS, oneClickStopUrl: `https://unlisted.example.org/api/reminders/stop?token=${token}` };
    const headers = await sentHeaders(render(dataFile, links));
    expect(headers['list-unsubscribe']).toBe(`<${links.oneClickStopUrl}>`);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['x-unlisted-reminder']).toBe('data-file-1-day');
  });
});

describe('reminder email body', () => {
  it('links a countdown reminder to the countdown and to the page that asks before stopping', () => {
    const email = render(reminder({}));
    expect(email.text).toContain(`Your countdown: ${LINKS.countdownUrl}`);
    expect(email.text).toContain(`Stop these reminders: ${LINKS.stopUrl}`);
    expect(email.html).toContain(`<a href="${LINKS.stopUrl}" style="color: #4a4f5a">Stop these reminders</a>`);
    // The body's link leads to the page, never to the one-click endpoint a scanner could trip.
    expect(email.text).not.toContain(LINKS.oneClickStopUrl);
    expect(email.html).not.toContain(LINKS.oneClickStopUrl);
  });

  it('gives a data-file reminder its own stop link and reason, and no countdown link', () => {
    const email = render(dataFile);
    expect(email.subject).toBe('Download your TikTok data file today');
    expect(email.text).toContain(`Stop this reminder: ${LINKS.stopUrl}`);
    expect(email.text).toContain('You get this because you asked Unlisted to remind you about your data file.');
    expect(email.text).not.toContain(LINKS.countdownUrl);
    expect(email.html).toContain(`<a href="${LINKS.stopUrl}" style="color: #4a4f5a">Stop this reminder</a>`);
    expect(email.html).not.toContain(LINKS.countdownUrl);
  });

  it('escapes the links in the HTML', () => {
    const email = render(reminder({}), { ...LINKS, stopUrl: 'https://unlisted.example.org/reminders/stop?token=a"b&c' });
    expect(email.html).toContain('href="https://unlisted.example.org/reminders/stop?token=a&#34;b&#38;c"');
  });
});

describe('reminder email language', () => {
  it('writes a countdown reminder in the language stored with it, dates included', () => {
    const email = render(reminder({ locale: 'es' }));
    expect(email.subject).toBe('Quedan 7 días: tu cuenta de TikTok se elimina para siempre el martes, 1 de diciembre de 2026');
    expect(email.text).toContain('Tu cuenta de TikTok se eliminará para siempre el martes, 1 de diciembre de 2026: dentro de 7 días.');
    expect(email.text).toContain('«Iniciar sesión con TikTok»');
    expect(email.text).toContain(`Tu cuenta regresiva: ${LINKS.countdownUrl}`);
    expect(email.text).toContain(`Detener estos recordatorios: ${LINKS.stopUrl}`);
    expect(email.text).toContain('Recibes estos correos porque iniciaste una cuenta regresiva de eliminación en Unlisted.');
    expect(email.html).toContain('<html lang="es">');
    expect(email.html).toContain(`<a href="${LINKS.stopUrl}" style="color: #4a4f5a">Detener estos recordatorios</a>`);
    expect(email.html).toContain('>Ver tu cuenta regresiva</a>');
    // The one-click stop is the same address in every language: only its wording in the body changes.
    expect(email.headers?.['List-Unsubscribe']).toBe(`<${LINKS.oneClickStopUrl}>`);
  });

  it('keeps English for English, with the date as before', () => {
    const email = render(reminder({}));
    expect(email.subject).toBe('7 days left: your TikTok account is deleted for good on Tuesday, 1 December 2026');
    expect(email.html).toContain('<html lang="en">');
  });

  it.each([
    ['deletion-1-day', 'Última oportunidad: tu cuenta de TikTok se elimina para siempre el martes, 1 de diciembre de 2026', 'Mañana, martes, 1 de diciembre de 2026, tu cuenta de TikTok se elimina para siempre.'],
    ['deletion-final', 'Tu cuenta de TikTok ya se eliminó para siempre', 'El periodo de gracia terminó el martes, 1 de diciembre de 2026'],
  ] as const)('writes %s in Spanish', (kind, subject, line) => {
    const email = render(reminder({ kind, locale: 'es' }));
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(line);
  });

  it('writes a data-file reminder in Spanish, with its own stop wording', () => {
    const email = render({ ...dataFile, locale: 'es' });
    expect(email.subject).toBe('Descarga hoy tu archivo de datos de TikTok');
    expect(email.text).toContain('(listo el sábado, 28 de noviembre de 2026)');
    expect(email.text).toContain(`Detener este recordatorio: ${LINKS.stopUrl}`);
    expect(email.text).not.toContain(LINKS.countdownUrl);
    expect(`${email.subject}\n${email.text}`).not.toMatch(/Download|Stop|You get/);
  });
});
