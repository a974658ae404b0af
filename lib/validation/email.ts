import { z } from 'zod';

/** The address a sign-in link goes to; normalised so one person has one account. */
export const signInEmailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, { error: 'Enter your email address.' })
  .max(254, { error: 'That email address is too long.' })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))
  .transform((value) => value.toLowerCase());

/** Where to go after signing in: only paths on this site. */
export const returnPathSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(200)
  .catch('/account');
