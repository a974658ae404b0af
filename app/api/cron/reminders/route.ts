import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { handle, json } from '@/lib/http/handler';
import { runReminderSweep } from '@/lib/reminders/run';

export const dynamic = 'force-dynamic';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * For schedulers: one sweep, behind `Authorization: Bearer $CRON_SECRET`.
 * Fails closed: with no secret configured nothing runs at all. A call while
 * this process is already sweeping (its timer, say) joins that sweep.
 */
export const POST = handle(async (request: Request) => {
  const secret = env().CRON_SECRET;
  if (!secret) throw new AppError('unavailable', { code: 'cron_disabled' });
  const given = request.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1] ?? '';
  if (!sameSecret(given, secret)) throw new AppError('unauthorized', { code: 'cron_bad_token' });
  return json(await runReminderSweep());
});
