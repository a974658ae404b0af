'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { signIn } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { takeSignInMail } from '@/lib/auth/sign-in-limits';
import { returnPathSchema, signInEmailSchema } from '@/lib/validation/email';

export type SignInState =
  | { status: 'idle' }
  | { status: 'sent'; email: string }
  | { status: 'invalid'; email: string; message: string }
  | { status: 'limited'; email: string; message: string }
  | { status: 'failed'; email: string; message: string };

const formSchema = z.object({ email: signInEmailSchema, from: returnPathSchema });

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  // Anyone can call an action with any arguments, not only the page's own form.
  if (!(form instanceof FormData)) return { status: 'invalid', email: '', message: 'Enter a valid email address.' };
  const typed = String(form.get('email') ?? '');
  const parsed = formSchema.safeParse({ email: form.get('email') ?? '', from: form.get('from') ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Enter a valid email address.';
    return { status: 'invalid', email: typed, message };
  }
  const { email, from } = parsed.data;

  const limit = await takeSignInMail({ email, client: clientAddress(await headers()) });
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
    return {
      status: 'limited',
      email: typed,
      message: `Too many sign-in emails were asked for. Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again, or use the last link we sent.`,
    };
  }

  try {
    await signIn('email', { email, redirect: false, redirectTo: from });
  } catch (error) {
    console.error('Sending the sign-in link failed', error);
    return {
      status: 'failed',
      email: typed,
      message: 'The sign-in email could not be sent just now. Please try again in a moment.',
    };
  }
  return { status: 'sent', email };
}
