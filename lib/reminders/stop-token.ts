import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { authSecret } from '@/lib/auth/secret';
import type { ProblemCode } from '@/lib/i18n/problem-codes';

/** What a stop link stops: every reminder of one countdown, or one data-file reminder. */
export type StopTarget = { kind: 'countdown'; countdownId: string } | { kind: 'data-file'; reminderId: string };

/*
 * The stop link in reminder emails carries what it stops and an HMAC of that,
 * so it works without signing in and cannot be made up for someone else's
 * reminders: `<kind>.<id>.<signature>`. Links sent before data-file reminders
 * had one are `<countdownId>.<signature>`, signed over the id alone; they are
 * still in people's mailboxes, so they keep working. Ids never hold a colon,
 * so the two signed texts can never be the same.
 */

const MAX_TOKEN_LENGTH = 200;

/** A token as it arrives in a query or a form: checked for shape and size before any HMAC is computed. */
export const stopTokenSchema = z
  .string({ error: 'stop_token_missing' satisfies ProblemCode })
  .min(1, { error: 'stop_token_missing' satisfies ProblemCode })
  .max(MAX_TOKEN_LENGTH, { error: 'stop_token_too_long' satisfies ProblemCode });

const idSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const kindSchema = z.enum(['countdown', 'data-file']);

const tokenPartsSchema = z.union([z.tuple([kindSchema, idSchema, signatureSchema]), z.tuple([idSchema, signatureSchema])]);

function sign(text: string): string {
  return createHmac('sha256', authSecret()).update(text).digest('base64url');
}

const idOf = (target: StopTarget) => (target.kind === 'countdown' ? target.countdownId : target.reminderId);

const signedText = (target: StopTarget) => `stop-reminders:${target.kind}:${idOf(target)}`;

const legacySignedText = (countdownId: string) => `stop-reminders:${countdownId}`;

function targetOf(kind: StopTarget['kind'], id: string): StopTarget {
  return kind === 'countdown' ? { kind, countdownId: id } : { kind, reminderId: id };
}

function sameSignature(given: string, expected: string): boolean {
  const givenBytes = Buffer.from(given);
  const expectedBytes = Buffer.from(expected);
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
}

export function createStopToken(target: StopTarget): string {
  return `${target.kind}.${idOf(target)}.${sign(signedText(target))}`;
}

/** What the token stops when it is genuine, else null: anything malformed, tampered with or signed with another secret. */
export function readStopToken(token: unknown): StopTarget | null {
  const text = stopTokenSchema.safeParse(token);
  if (!text.success) return null;
  const parts = tokenPartsSchema.safeParse(text.data.split('.'));
  if (!parts.success) return null;
  if (parts.data.length === 2) {
    const [countdownId, signature] = parts.data;
    return sameSignature(signature, sign(legacySignedText(countdownId))) ? { kind: 'countdown', countdownId } : null;
  }
  const [kind, id, signature] = parts.data;
  const target = targetOf(kind, id);
  return sameSignature(signature, sign(signedText(target))) ? target : null;
}
