import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { cancelCountdown, startCountdown } from '@/lib/db/queries/countdowns';
import { databaseReminderStore, getReminderState } from '@/lib/db/queries/reminders';
import { deleteUserData, exportUserData } from '@/lib/db/queries/users';
import { withOwnDatabase } from '@/lib/db/test-setup/own-database';
import { createPerson } from '@/lib/db/test-setup/users';
import { sweepReminders, type ClaimedReminder } from './sweep';

/*
 * The sweep against the real database (PGlite here, PostgreSQL in CI's second
 * run) and, for delivery, a real SMTP server on a local port. Sweeps claim
 * every due row, so this file has a database of its own.
 */
withOwnDatabase();

const minute = 60_000;

async function dueCountdown(label: string, count = 3) {
  const person = await createPerson(label);
  const now = new Date();
  const schedule = (['deletion-7-days', 'deletion-1-day', 'deletion-final'] as const)
    .slice(0, count)
    .map((kind, index) => ({ kind, dueAt: new Date(now.getTime() - (index + 1) * minute) }));
  const { id } = await startCountdown({
    userId: person.id,
    platform: 'tiktok',
    requestedOn: '2026-11-01',
    finalOn: '2026-12-01',
    timeZone: 'Europe/Berlin',
    schedule,
  });
  return { person, countdownId: id };
}

/** Claims only this test's reminders, so test files sharing a database stay apart. */
function storeFor(email: string) {
  return {
    ...databaseReminderStore,
    async claimDue(options: Parameters<typeof databaseReminderStore.claimDue>[0]) {
      const claimed = await databaseReminderStore.claimDue(options);
      const mine = claimed.filter((reminder) => reminder.email === email);
      // Give back what belongs to others: release their claim at once.
      for (const other of claimed.filter((reminder) => reminder.email !== email)) {
        await databaseReminderStore.markFailed({ id: other.id, claimToken: other.claimToken, error: 'released by a test', retryAt: options.now });
      }
      return mine;
    },
  };
}

describe('reminder sweep on the database', () => {
  it('hands the sender each reminder in the language stored with it', async () => {
    const person = await createPerson('claim-locale');
    await startCountdown({
      userId: person.id,
      platform: 'tiktok',
      requestedOn: '2026-11-01',
      finalOn: '2026-12-01',
      timeZone: 'Europe/Madrid',
      schedule: [{ kind: 'deletion-7-days', dueAt: new Date(Date.now() - minute) }],
      locale: 'es',
    });
    const claimed: ClaimedReminder[] = [];
    await sweepReminders({ now: () => new Date(), store: storeFor(person.email), deliver: async (reminder) => void claimed.push(reminder) });
    expect(claimed.map((reminder) => reminder.locale)).toEqual(['es']);
  });

  it('two sweeps at once never send one reminder twice', async () => {
    const people = await Promise.all(Array.from({ length: 10 }, (_, index) => dueCountdown(`pair-${index}`)));
    const emails = new Set(people.map(({ person }) => person.email));
    const delivered: string[] = [];
    const deliver = async (reminder: ClaimedReminder) => {
      if (!emails.has(reminder.email)) throw new Error('not this test’s reminder');
      await new Promise((resolve) => setTimeout(resolve, 2));
      delivered.push(reminder.id);
    };
    const store = {
      ...databaseReminderStore,
      async claimDue(options: Parameters<typeof databaseReminderStore.claimDue>[0]) {
        const claimed = await databaseReminderStore.claimDue(options);
        for (const other of claimed.filter((reminder) => !emails.has(reminder.email))) {
          await databaseReminderStore.markFailed({ id: other.id, claimToken: other.claimToken, error: 'released by a test', retryAt: options.now });
        }
        return claimed.filter((reminder) => emails.has(reminder.email));
      },
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => sweepReminders({ now: () => new Date(), store, deliver, batchSize: 4 })),
    );
    expect(delivered).toHaveLength(30);
    expect(new Set(delivered).size).toBe(30);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(30);
  });

  it('a claim whose sender crashed is taken again after its lease, and only then', async () => {
    const { person } = await dueCountdown('crash', 1);
    const store = storeFor(person.email);
    const now = new Date();
    const [first] = await store.claimDue({ now, limit: 10, leaseMs: 5 * minute });
    expect(first).toMatchObject({ email: person.email, attempts: 1 });
    // The sender dies here, after sending and before markSent.
    expect(await store.claimDue({ now: new Date(now.getTime() + 4 * minute), limit: 10, leaseMs: 5 * minute })).toEqual([]);
    const [again] = await store.claimDue({ now: new Date(now.getTime() + 5 * minute), limit: 10, leaseMs: 5 * minute });
    // Same reminder, so the same Message-ID on the resend; a new claim, so a new token.
    expect(again).toMatchObject({ id: first!.id, attempts: 2 });
    expect(again!.claimToken).not.toBe(first!.claimToken);
    // Had the first sender only stalled, what it records now changes nothing.
    expect(await store.markFailed({ id: first!.id, claimToken: first!.claimToken, error: 'late', retryAt: new Date() })).toBe(false);
    expect(await store.markSent({ id: again!.id, claimToken: again!.claimToken, now: new Date() })).toBe(true);
    expect(await getReminderState({ id: again!.id })).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a cancelled countdown sends nothing', async () => {
    const { person, countdownId } = await dueCountdown('cancelled');
    expect(await cancelCountdown({ userId: person.id, id: countdownId })).toBe(true);
    const delivered: string[] = [];
    await sweepReminders({ now: () => new Date(), store: storeFor(person.email), deliver: async (r) => void delivered.push(r.id) });
    expect(delivered).toEqual([]);
  });

  it('countdowns and reminders are in the export, and gone with Delete my data', async () => {
    const { person } = await dueCountdown('export-countdown');
    const exported = await exportUserData({ userId: person.id });
    expect(exported.countdowns).toEqual([expect.objectContaining({ platform: 'tiktok', finalOn: '2026-12-01', status: 'active' })]);
    expect(exported.reminders.map((reminder) => reminder.kind).sort()).toEqual(['deletion-1-day', 'deletion-7-days', 'deletion-final']);
    await deleteUserData({ userId: person.id });
    expect((await exportUserData({ userId: person.id })).countdowns).toEqual([]);
    expect((await exportUserData({ userId: person.id })).reminders).toEqual([]);
  });

  it('someone else cannot cancel a countdown', async () => {
    const { countdownId } = await dueCountdown('owner', 1);
    const stranger = await createPerson('stranger');
    expect(await cancelCountdown({ userId: stranger.id, id: countdownId })).toBe(false);
  });

  describe('with SMTP down, then up', () => {
    let port = 0;
    let smtp: SMTPServer | undefined;
    const received: { messageId: string; to: string }[] = [];

    async function smtpUp() {
      smtp = new SMTPServer({
        disabledCommands: ['STARTTLS', 'AUTH'],
        authOptional: true,
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push({ messageId: mail.messageId ?? '', to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '' });
              callback();
            })
            .catch(callback);
        },
      });
      await new Promise<void>((resolve) => smtp!.listen(port, '127.0.0.1', resolve));
    }

    beforeAll(async () => {
      // A free port, not listening yet: the mail server is "down".
      port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port: free } = probe.address() as { port: number };
          probe.close(() => resolve(free));
        });
      });
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    });

    it('retries with the error kept, and delivers once when the server is back', async () => {
      const { createTransport } = await import('nodemailer');
      const transport = createTransport(`smtp://127.0.0.1:${port}`);
      const { person } = await dueCountdown('smtp', 1);
      const deliver = async (reminder: ClaimedReminder) => {
        await transport.sendMail({
          from: 'Unlisted <no-reply@unlisted.test>',
          to: reminder.email,
          subject: reminder.kind,
          text: 'reminder',
          messageId: `<reminder-${reminder.id}@unlisted.test>`,
        });
      };
      const store = storeFor(person.email);
      let now = new Date();
      const first = await sweepReminders({ now: () => now, store, deliver });
      expect(first).toMatchObject({ claimed: 1, retried: 1, sent: 0 });

      const [claimedId] = (await databaseReminderStore.claimDue({ now: new Date(0), limit: 1, leaseMs: 1 })).map((r) => r.id);
      expect(claimedId).toBeUndefined();

      await smtpUp();
      // Not yet time to retry.
      expect(await sweepReminders({ now: () => now, store, deliver })).toMatchObject({ claimed: 0 });
      now = new Date(now.getTime() + 2 * minute);
      expect(await sweepReminders({ now: () => now, store, deliver })).toMatchObject({ claimed: 1, sent: 1 });
      expect(await sweepReminders({ now: () => new Date(now.getTime() + 60 * minute), store, deliver })).toMatchObject({ claimed: 0 });

      const mine = received.filter((message) => message.to === person.email);
      expect(mine).toHaveLength(1);
      const id = mine[0]!.messageId.match(/^<reminder-(.+)@unlisted\.test>$/)![1]!;
      expect(await getReminderState({ id })).toMatchObject({ status: 'sent', attempts: 2, lastError: expect.stringContaining('ECONNREFUSED') });
    });
  });
});
