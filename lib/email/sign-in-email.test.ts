import { describe, expect, it } from 'vitest';
import { signInEmail } from './sign-in-email';

const URL = 'https://unlisted.example.org/signin/confirm?token=abc&email=ana%40example.test';
const in30Minutes = () => new Date(Date.now() + 30 * 60_000);

describe('signInEmail', () => {
  it('is in English for a page in English', () => {
    const email = signInEmail({ to: 'ana@example.test', url: URL, expires: in30Minutes(), locale: 'en' });
    expect(email.subject).toBe('Your Unlisted sign-in link');
    expect(email.text).toBe(
      [
        'Sign in to Unlisted with this link:',
        '',
        URL,
        '',
        'It opens a page with a "Sign in" button: nothing happens until you press it.',
        'It works once, for the next 30 minutes.',
        'If you did not ask for it, ignore this email: nobody can sign in without the link.',
      ].join('\n'),
    );
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toContain('>Sign in to Unlisted</a>');
  });

  it('is in Spanish for a page in Spanish, subject, text and HTML', () => {
    const email = signInEmail({ to: 'ana@example.test', url: URL, expires: in30Minutes(), locale: 'es' });
    expect(email.subject).toBe('Tu enlace para iniciar sesión en Unlisted');
    expect(email.text).toContain(`Inicia sesión en Unlisted con este enlace:\n\n${URL}\n`);
    expect(email.text).toContain('Funciona una sola vez, durante los próximos 30 minutos.');
    expect(email.text).toContain('Si no lo pediste, ignora este correo');
    expect(email.html).toContain('<html lang="es">');
    expect(email.html).toContain('>Iniciar sesión en Unlisted</a>');
    expect(email.html).toContain('te pide que pulses «Iniciar sesión»');
    expect(`${email.subject}\n${email.text}\n${email.html}`).not.toMatch(/Sign in|ignore this|minutes/);
  });

  it('says hours for a link that lasts longer, in each language', () => {
    const expires = new Date(Date.now() + 3 * 60 * 60_000);
    expect(signInEmail({ to: 'a@example.test', url: URL, expires, locale: 'en' }).text).toContain('for the next 3 hours.');
    expect(signInEmail({ to: 'a@example.test', url: URL, expires, locale: 'es' }).text).toContain('durante las próximas 3 horas.');
  });

  it('escapes the link in the HTML', () => {
    const email = signInEmail({ to: 'a@example.test', url: 'https://unlisted.example.org/signin/confirm?a="b"&c', expires: in30Minutes(), locale: 'es' });
    expect(email.html).toContain('href="https://unlisted.example.org/signin/confirm?a=&#34;b&#34;&#38;c"');
  });
});
