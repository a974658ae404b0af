import 'server-only';
import { databaseReminderStore } from '@/lib/db/queries/reminders';
import { deliverReminder } from './deliver';
import { sweepReminders, type SweepResult } from './sweep';

let running: Promise<SweepResult> | undefined;

/** One sweep over the app's database; overlapping calls in one process share the run in progress. */
export function runReminderSweep(): Promise<SweepResult> {
  running ??= sweepReminders({ now: () => new Date(), store: databaseReminderStore, deliver: deliverReminder }).finally(() => {
    running = undefined;
  });
  return running;
}

/** The in-process trigger: a sweep every `seconds`, never two at once, never keeping the process alive. */
export function startReminderTimer(seconds: number): void {
  if (seconds <= 0) return;
  const timer = setInterval(() => {
    runReminderSweep()
      .then((result) => {
        if (result.claimed > 0) console.info('[reminders]', JSON.stringify(result));
      })
      .catch((error: unknown) => console.error('[reminders] sweep failed', error));
  }, seconds * 1000);
  timer.unref();
}
