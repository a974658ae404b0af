import 'server-only';
import { forgetOldReplyEmails, REPLY_EMAIL_RETENTION_DAYS } from '@/lib/db/queries/problem-reports';
import { deleteExpiredRateLimits } from '@/lib/db/queries/rate-limits';
import { databaseReminderStore } from '@/lib/db/queries/reminders';
import { loggableError } from '@/lib/http/error-log';
import { deleteExpiredVerificationTokens } from '@/lib/db/queries/verification-tokens';
import { deliverReminder } from './deliver';
import { sweepReminders, type SweepResult } from './sweep';

/*
 * On globalThis, not in module variables: Next can load this module once per
 * bundle in one process (instrumentation's timer, the cron route), and every
 * copy must see the one sweep in progress and the one timer.
 */
const globalForSweep = globalThis as unknown as {
  unlistedReminderSweep?: Promise<SweepResult>;
  unlistedReminderTimer?: ReturnType<typeof setInterval>;
};

/** Longer than any rate-limit window, so only counters that can no longer refuse anyone go. */
const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

async function sweepOnce(): Promise<SweepResult> {
  const result = await sweepReminders({ now: () => new Date(), store: databaseReminderStore, deliver: deliverReminder });
  // The periodic sweep is the one recurring job, so it also keeps the rate-limit table small
  // and forgets sign-in links nobody used (Auth.js refuses them once expired) and the reply
  // addresses of old problem reports.
  await deleteExpiredRateLimits({ before: new Date(Date.now() - RATE_LIMIT_RETENTION_MS) });
  await deleteExpiredVerificationTokens({ before: new Date() });
  await forgetOldReplyEmails({ before: new Date(Date.now() - REPLY_EMAIL_RETENTION_DAYS * 24 * 60 * 60 * 1000) });
  return result;
}

/**
 * One sweep over the app's database. Overlapping calls in one process (the
 * timer, the CLI, the cron route) share the run in progress.
 */
export function runReminderSweep(): Promise<SweepResult> {
  globalForSweep.unlistedReminderSweep ??= sweepOnce().finally(() => {
    globalForSweep.unlistedReminderSweep = undefined;
  });
  return globalForSweep.unlistedReminderSweep;
}

/** The in-process trigger: a sweep every `seconds`, one timer per process, never keeping the process alive. */
export function startReminderTimer(seconds: number): void {
  if (seconds <= 0 || globalForSweep.unlistedReminderTimer) return;
  const timer = setInterval(() => {
    runReminderSweep()
      .then((result) => {
        if (result.claimed > 0) console.info('[reminders]', JSON.stringify(result));
      })
      .catch((error: unknown) => console.error(`[reminders] sweep failed: ${loggableError(error)}`));
  }, seconds * 1000);
  timer.unref();
  globalForSweep.unlistedReminderTimer = timer;
}
