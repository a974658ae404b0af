import { z } from 'zod';
import type { ProblemCode } from '@/lib/i18n/problem-codes';

/** The address a sign-in link goes to; normalised so one person has one account. */
export const signInEmailSchema = z
  .string({ error: 'email_missing' satisfies ProblemCode })
  .trim()
  .min(1, { error: 'email_missing' satisfies ProblemCode })
  .max(254, { error: 'email_too_long' satisfies ProblemCode })
  .pipe(z.email({ error: 'email_format' satisfies ProblemCode }))
  .transform((value) => value.toLowerCase());

/** Where to go after signing in: only paths on this site. */
export const returnPathSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(200)
  .catch('/account');
