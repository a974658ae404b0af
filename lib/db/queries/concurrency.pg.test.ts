import { and, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { handle, json } from '@/lib/http/handler';
import { getDb, getOpenDatabase } from '../client';
import { bookmarks, countdowns, platformChoices, progress, reminders } from '../schema';
import { createPerson } from '../test-setup/users';
import { addBookmarks } from './bookmarks';
import { startCountdown } from './countdowns';
import { saveFlowChoice, saveStepStatuses } from './progress';
import { scheduleDataFileReminder } from './reminders';
import { deleteUserData } from './users';

/*
 * A *.pg.test.ts file: runs only in the PostgreSQL pass, where requests really
 * run at once, each on a connection of its own from the pool. Reminders here
 * are due in 2100, so no sweep of another test file claims them.
 */

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

const FAR_AHEAD = new Date('2100-01-01T09:00:00Z');
const schedule = [
  { kind: 'deletion-7-days' as const, dueAt: FAR_AHEAD },
  { kind: 'deletion-1-day' as const, dueAt: new Date(FAR_AHEAD.getTime() + 6 * 86_400_000) },
];

const start = (userId: string, requestedOn: string) =>
  startCountdown({ userId, platform: 'tiktok', requestedOn, finalOn: '2100-01-08', timeZone: 'UTC', schedule });

const scheduleDataFile = (userId: string, readyOn: string) =>
  scheduleDataFileReminder({ userId, platform: 'tiktok', readyOn, dueAt: FAR_AHEAD });

/** The person's writes, as the routes make them. */
function writesFor(userId: string) {
  return {
    progress: () =>
      saveStepStatuses({ userId, entries: [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: new Date() }] }),
    path: () => saveFlowChoice({ userId, platform: 'tiktok', flow: 'leave', updatedAt: new Date() }),
    bookmark: () => addBookmarks({ userId, bookmarks: [{ platform: 'instagram', createdAt: new Date() }] }),
    countdown: () => start(userId, '2099-12-01'),
    dataFile: () => scheduleDataFile(userId, '2099-12-20'),
  };
}

/** What a route answers for a write, through the app's one error model. */
async function answerTo(write: () => Promise<unknown>): Promise<{ status: number; body: { error?: string; message?: string } }> {
  const response = await handle(async () => {
    await write();
    return json({ ok: true });
  })();
  return { status: response.status, body: (await response.json()) as { error?: string; message?: string } };
}

async function activeCountdowns(userId: string) {
  const db = await getDb();
  return db
    .select({ id: countdowns.id })
    .from(countdowns)
    .where(and(eq(countdowns.userId, userId), eq(countdowns.platform, 'tiktok'), eq(countdowns.status, 'active')));
}

async function openReminders(userId: string) {
  const db = await getDb();
  return db
    .select({ countdownId: reminders.countdownId, kind: reminders.kind })
    .from(reminders)
    .where(and(eq(reminders.userId, userId), inArray(reminders.status, ['pending', 'sending'])));
}

describe('concurrent writes on PostgreSQL', () => {
  it('two countdown starts at once for one person and platform leave one active countdown, and no 500', async () => {
    const { id: userId } = await createPerson('twin-start');
    const answers = await Promise.all([answerTo(() => start(userId, '2099-12-01')), answerTo(() => start(userId, '2099-12-02'))]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const active = await activeCountdowns(userId);
    expect(active).toHaveLength(1);
    const open = await openReminders(userId);
    expect(open).toHaveLength(schedule.length);
    expect(open.every((reminder) => reminder.countdownId === active[0]!.id)).toBe(true);
  });

  it('many replacing starts at once leave one active countdown with its reminders, the others’ cancelled', async () => {
    const { id: userId } = await createPerson('many-starts');
    await start(userId, '2099-11-30');
    const answers = await Promise.all(Array.from({ length: 6 }, (_, index) => answerTo(() => start(userId, `2099-12-0${index + 1}`))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const active = await activeCountdowns(userId);
    expect(active).toHaveLength(1);
    const open = await openReminders(userId);
    expect(open).toHaveLength(schedule.length);
    expect(open.every((reminder) => reminder.countdownId === active[0]!.id)).toBe(true);
  });

  it('data-file schedules at once leave one pending reminder', async () => {
    const { id: userId } = await createPerson('twin-data-file');
    const answers = await Promise.all(
      ['2099-12-20', '2099-12-21', '2099-12-22', '2099-12-23'].map((readyOn) => answerTo(() => scheduleDataFile(userId, readyOn))),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const open = await openReminders(userId);
    expect(open).toEqual([{ countdownId: null, kind: 'data-file-1-day' }]);
  });

  it('a write caught behind "Delete my data" answers 401 with a message, never 500', async () => {
    const { id: userId } = await createPerson('deleted-mid-write');
    const writes = writesFor(userId);
    // "Delete my data", paused between deleting the person and committing.
    const deletion = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await deletion.connect();
    try {
      await deletion.query('begin');
      await deletion.query('select id from users where id = $1 for update', [userId]);
      await deletion.query('delete from users where id = $1', [userId]);
      const answers = Promise.all(Object.values(writes).map((write) => answerTo(write)));
      await waitUntilBlocked(Object.keys(writes).length);
      await deletion.query('commit');
      for (const answer of await answers) {
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/deleted/) });
      }
    } finally {
      await deletion.end();
    }
  });

  it('writes racing the real "Delete my data" either land before it (and go with it) or are refused; nothing is left', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { id: userId } = await createPerson(`race-${round}`);
      const writes = writesFor(userId);
      const [, ...answers] = await Promise.all([
        deleteUserData({ userId }),
        ...Object.values(writes).map((write) => answerTo(write)),
      ]);
      for (const answer of answers) {
        expect([200, 401, 409]).toContain(answer.status);
        if (answer.status !== 200) expect(answer.body.message).toBeTruthy();
      }
      const db = await getDb();
      const left = [
        ...(await db.select({ userId: progress.userId }).from(progress).where(eq(progress.userId, userId))),
        ...(await db.select({ userId: platformChoices.userId }).from(platformChoices).where(eq(platformChoices.userId, userId))),
        ...(await db.select({ userId: bookmarks.userId }).from(bookmarks).where(eq(bookmarks.userId, userId))),
        ...(await db.select({ userId: countdowns.userId }).from(countdowns).where(eq(countdowns.userId, userId))),
        ...(await db.select({ userId: reminders.userId }).from(reminders).where(eq(reminders.userId, userId))),
      ];
      // A write that landed after the deletion would have been refused; one before it went with it.
      expect(left).toEqual([]);
    }
  });

  it('an AppError, not a database error, reaches a caller whose person is gone', async () => {
    const { id: userId } = await createPerson('already-gone');
    await deleteUserData({ userId });
    for (const write of Object.values(writesFor(userId))) {
      await expect(write()).rejects.toSatisfy((error) => error instanceof AppError && error.status === 401);
    }
  });
});

/** Waits until `count` of this process's connections wait for a lock (or a few seconds pass). */
async function waitUntilBlocked(count: number) {
  const observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await observer.connect();
  try {
    const giveUpAt = Date.now() + 5_000;
    while (Date.now() < giveUpAt) {
      const { rows } = await observer.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and application_name like $1`,
        [`unlisted (pid ${process.pid} on %`],
      );
      if ((rows[0]?.waiting ?? 0) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await observer.end();
  }
}
