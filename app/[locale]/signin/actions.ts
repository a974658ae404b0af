'use server';

import { cookies, headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES, signIn } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { takeSignInMail } from '@/lib/auth/sign-in-limits';
import { captureSignInToken, SIGN_IN_REQUESTS_COOKIE, withRequestTag } from '@/lib/auth/sign-in-request';
import { DEFAULT_LOCALE, isLocale } from '@/lib/content/locales';
import { env } from '@/lib/env';
import { loggableError } from '@/lib/http/error-log';
import { returnPathSchema, signInEmailSchema } from '@/lib/validation/email';

export type SignInState =
  | { status: 'idle' }
  | { status: 'sent'; email: string }
  | { status: 'invalid'; email: string; message: string }
  | { status: 'limited'; email: string; message: string }
  | { status: 'failed'; email: string; message: string };

const formSchema = z.object({ email: signInEmailSchema, from: returnPathSchema });

/**
 * Which of our messages says what is wrong with the address. The schema's own
 * messages are English; the issue's code is the same in every language.
 */
function emailProblem(issue: z.core.$ZodIssue | undefined) {
  switch (issue?.code) {
    case 'invalid_type':
    case 'too_small':
      return 'enterEmail';
    case 'too_big':
      return 'tooLong';
    case 'invalid_format':
      return 'emailFormat';
    default:
      return 'invalidEmail';
  }
}

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  // Anyone can call an action with any arguments, not only the page's own form.
  if (!(form instanceof FormData)) {
    const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'signin.errors' });
    return { status: 'invalid', email: '', message: t('invalidEmail') };
  }
  // An action cannot see the page's address: the form says which language it was shown in.
  const requestedLocale = form.get('locale');
  const locale = isLocale(requestedLocale) ? requestedLocale : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'signin.errors' });

  const typed = String(form.get('email') ?? '');
  const parsed = formSchema.safeParse({ email: form.get('email') ?? '', from: form.get('from') ?? undefined });
  if (!parsed.success) {
    return { status: 'invalid', email: typed, message: t(emailProblem(parsed.error.issues[0])) };
  }
  const { email, from } = parsed.data;

  const limit = await takeSignInMail({ email, client: clientAddress(await headers()) });
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
    return { status: 'limited', email: typed, message: t('tooMany', { minutes }) };
  }

  let token: string | undefined;
  try {
    // The email is written in the page's language too.
    token = await captureSignInToken(() => signIn('email', { email, redirect: false, redirectTo: from }), { locale });
  } catch (error) {
    console.error(`Sending the sign-in link failed: ${loggableError(error)}`);
    return { status: 'failed', email: typed, message: t('sendFailed') };
  }
  if (token) {
    // Remembers, in this browser only, that it asked for this link: opening it here signs in at once.
    const jar = await cookies();
    jar.set(SIGN_IN_REQUESTS_COOKIE, withRequestTag(jar.get(SIGN_IN_REQUESTS_COOKIE)?.value, token), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      secure: new URL(env().APP_URL).protocol === 'https:',
    });
  }
  return { status: 'sent', email };
}
