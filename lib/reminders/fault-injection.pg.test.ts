import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReminderStore } from '@/lib/db/queries/reminders';
import { withOwnDatabase } from '@/lib/db/test-setup/own-database';
import type { ReminderStore } from './sweep';
import { formatFaultReport, runFaultInjection, sinkUrl, startSmtpSink, type SmtpSink } from './test-support/fault-harness';

/*
 * Crashes injected at random points of the send path, on PostgreSQL, with two
 * sweepers, against the real store, the real email seam and a real SMTP
 * server (docs/reminders.md, "Fault injection"). The larger run is
 * `npm run bench:reminders -- --fault-crashes 1000`.
 *
 * Replay a run with its printed seed: REMINDER_FAULT_SEED=<seed>. The seed
 * fixes every choice (which point crashes, which countdowns stop and how);
 * the interleaving of the two sweepers still varies from run to run.
 */

const REMINDERS = 200;
const CRASHES = 100;
const seed = process.env.REMINDER_FAULT_SEED ? Number(process.env.REMINDER_FAULT_SEED) : randomInt(2 ** 31);

let sink: SmtpSink | undefined;
const before = { SMTP_URL: process.env.SMTP_URL, APP_URL: process.env.APP_URL };

// Before withOwnDatabase's hook: lib/env reads the environment once, when the database first opens.
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sinkUrl(sink, 16);
  process.env.APP_URL = 'https://unlisted.example';
});
// A sweep claims every due reminder: this file gets a database of its own.
withOwnDatabase();

afterAll(async () => {
  await sink?.close();
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('reminder fault injection (PostgreSQL)', () => {
  it(`${REMINDERS} reminders, ${CRASHES} crashes, two sweepers: none lost, none sent after a stop, duplicates only from the accept-to-mark window`, async () => {
    const report = await runFaultInjection({ sink: sink!, reminders: REMINDERS, crashes: CRASHES, seed });
    console.log(formatFaultReport(report));

    expect(report.unexpectedErrors).toEqual([]);
    // Every planned crash fired, at its point.
    expect(report.crashes).toEqual(report.planned);
    expect(report.crashesFired).toBe(CRASHES);
    // 0 lost: every reminder not stopped ends sent, and the sink has it.
    expect(report.lost).toEqual([]);
    expect(report.sentWithoutMessage).toEqual([]);
    expect(report.sent + report.stoppedReminders).toBe(report.reminders);
    // 0 sent after a stop: no message whose last check began after its stop committed.
    expect(report.sentAfterStop).toEqual([]);
    // Duplicates: each copy beyond the first matches a crash between the server's acceptance and
    // markSent for that reminder. One id per reminder: every accepted message carried the
    // Message-ID its reminder's id gives (a send with another id would match no send under way),
    // so a duplicate is the sink seeing that same id again.
    expect(report.unexplainedDuplicates).toEqual([]);
    expect(report.orphanMessages).toBe(0);
    expect(report.overlappingSends).toBe(0);
    expect(report.duplicates).toBe(report.duplicatesAfterInjectedCrash + report.duplicatesAfterProcessDeath);
  }, 120_000);

  it('the checks catch a store without the last check, and one that forgets to mark', async () => {
    // Every stop commits right before a last check that answers yes regardless: each such message is sent after its stop.
    const noLastCheck: ReminderStore = { ...databaseReminderStore, confirmClaim: async () => true };
    const unchecked = await runFaultInjection({
      sink: sink!,
      reminders: 30,
      crashes: 0,
      seed,
      stopShare: 0.5,
      stopModes: ['before the last check'],
      store: noLastCheck,
    });
    expect(unchecked.sentAfterStop).not.toEqual([]);

    // Answers "marked" the first time without writing: each reminder goes out again a lease later, with no crash to explain it.
    const forgotten = new Set<string>();
    const forgetsToMark: ReminderStore = {
      ...databaseReminderStore,
      async markSent(claim) {
        if (forgotten.has(claim.id)) return databaseReminderStore.markSent(claim);
        forgotten.add(claim.id);
        return true;
      },
    };
    const unmarked = await runFaultInjection({ sink: sink!, reminders: 30, crashes: 0, seed, stopShare: 0, store: forgetsToMark });
    expect(unmarked.lost).toEqual([]);
    expect(unmarked.unexplainedDuplicates).toHaveLength(30);
  }, 60_000);
});
