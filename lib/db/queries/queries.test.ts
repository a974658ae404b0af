import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, getOpenDatabase } from '../client';
import { bookmarks, platformChoices, progress, sessions, users, verificationTokens } from '../schema';
import { createPerson } from '../test-setup/users';
import { addBookmarks, removeBookmark } from './bookmarks';
import { pingDatabase } from './health';
import { getProgressData, saveFlowChoice, saveStepStatuses } from './progress';
import { hitRateLimit } from './rate-limits';
import { deleteUserData, exportUserData } from './users';

const t = (iso: string) => new Date(iso);

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

describe('progress', () => {
  it('stores statuses and reads them back as the browser shows them', async () => {
    const person = await createPerson('reader');
    await saveStepStatuses({
      userId: person.id,
      entries: [
        { platform: 'tiktok', step: 'download-your-data', status: 'done', updatedAt: t('2026-11-20T10:00:00Z') },
        { platform: 'tiktok', step: 'save-your-videos', status: 'skipped', updatedAt: t('2026-11-20T11:00:00Z') },
      ],
    });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'leave', updatedAt: t('2026-11-20T12:00:00Z') });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-20T09:00:00Z') }] });

    expect(await getProgressData({ userId: person.id })).toEqual({
      platforms: {
        tiktok: {
          flow: 'leave',
          flowUpdatedAt: '2026-11-20T12:00:00.000Z',
          steps: {
            'download-your-data': { status: 'done', updatedAt: '2026-11-20T10:00:00.000Z' },
            'save-your-videos': { status: 'skipped', updatedAt: '2026-11-20T11:00:00.000Z' },
          },
        },
      },
      bookmarks: { tiktok: { createdAt: '2026-11-20T09:00:00.000Z' } },
    });
  });

  it('lets the later change win, whichever arrives first, and keeps undone steps as todo', async () => {
    const person = await createPerson('later-wins');
    const step = (status: 'done' | 'skipped' | 'todo', iso: string) => ({
      platform: 'tiktok',
      step: 'make-account-private',
      status,
      updatedAt: t(iso),
    });
    await saveStepStatuses({ userId: person.id, entries: [step('done', '2026-11-20T10:00:00Z')] });
    // An older anonymous mark, merged later, changes nothing.
    await saveStepStatuses({ userId: person.id, entries: [step('skipped', '2026-11-01T10:00:00Z')] });
    expect((await getProgressData({ userId: person.id })).platforms.tiktok?.steps['make-account-private']?.status).toBe('done');
    // A newer Undo wins and is kept as a row.
    await saveStepStatuses({ userId: person.id, entries: [step('todo', '2026-11-21T10:00:00Z')] });
    expect((await getProgressData({ userId: person.id })).platforms.tiktok?.steps['make-account-private']).toEqual({
      status: 'todo',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });

    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'leave', updatedAt: t('2026-11-21T10:00:00Z') });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: t('2026-11-02T10:00:00Z') });
    expect((await getProgressData({ userId: person.id })).platforms.tiktok?.flow).toBe('leave');
  });

  it('loses nothing when two devices write many steps at once', async () => {
    const person = await createPerson('concurrent');
    const slugs = Array.from({ length: 40 }, (_, index) => `step-${index}`);
    await Promise.all(
      slugs.map((step, index) =>
        saveStepStatuses({
          userId: person.id,
          entries: [{ platform: 'tiktok', step, status: index % 2 ? 'done' : 'skipped', updatedAt: t('2026-11-20T10:00:00Z') }],
        }),
      ),
    );
    // The same steps again from a second device, some newer, some older.
    await Promise.all(
      slugs.map((step, index) =>
        saveStepStatuses({
          userId: person.id,
          entries: [{ platform: 'tiktok', step, status: 'done', updatedAt: t(index < 20 ? '2026-11-21T10:00:00Z' : '2026-11-19T10:00:00Z') }],
        }),
      ),
    );
    const steps = (await getProgressData({ userId: person.id })).platforms.tiktok?.steps ?? {};
    expect(Object.keys(steps)).toHaveLength(40);
    slugs.forEach((step, index) => {
      const expected = index < 20 ? 'done' : index % 2 ? 'done' : 'skipped';
      expect(steps[step]?.status, step).toBe(expected);
    });
  });

  it('keeps each person to their own rows', async () => {
    const alice = await createPerson('alice');
    const bob = await createPerson('bob');
    await saveStepStatuses({
      userId: alice.id,
      entries: [{ platform: 'tiktok', step: 'delete-account', status: 'done', updatedAt: t('2026-11-20T10:00:00Z') }],
    });
    await addBookmarks({ userId: alice.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-20T10:00:00Z') }] });

    expect(await getProgressData({ userId: bob.id })).toEqual({ platforms: {}, bookmarks: {} });
    await saveStepStatuses({
      userId: bob.id,
      entries: [{ platform: 'tiktok', step: 'delete-account', status: 'skipped', updatedAt: t('2026-11-22T10:00:00Z') }],
    });
    await removeBookmark({ userId: bob.id, platform: 'tiktok' });
    await deleteUserData({ userId: bob.id });

    const alices = await getProgressData({ userId: alice.id });
    expect(alices.platforms.tiktok?.steps['delete-account']?.status).toBe('done');
    expect(alices.bookmarks.tiktok).toBeDefined();
  });
});

describe('bookmarks', () => {
  it('are idempotent, keep the first time, and can be removed', async () => {
    const person = await createPerson('bookmarks');
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-20T10:00:00Z') }] });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-25T10:00:00Z') }] });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-10T10:00:00Z') }] });
    expect((await getProgressData({ userId: person.id })).bookmarks).toEqual({ tiktok: { createdAt: '2026-11-10T10:00:00.000Z' } });
    await removeBookmark({ userId: person.id, platform: 'tiktok' });
    expect((await getProgressData({ userId: person.id })).bookmarks).toEqual({});
    await addBookmarks({ userId: person.id, bookmarks: [] });
  });
});

describe('export and delete', () => {
  it('exports everything held about the person, without tokens', async () => {
    const person = await createPerson('export');
    await saveStepStatuses({
      userId: person.id,
      entries: [{ platform: 'tiktok', step: 'limit-direct-messages', status: 'done', updatedAt: t('2026-11-20T10:00:00Z') }],
    });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: t('2026-11-20T10:00:00Z') });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-20T10:00:00Z') }] });

    const exported = await exportUserData({ userId: person.id });
    expect(exported).toMatchObject({
      user: { email: person.email },
      progress: [{ platform: 'tiktok', step: 'limit-direct-messages', status: 'done', updatedAt: '2026-11-20T10:00:00.000Z' }],
      pathChoices: [{ platform: 'tiktok', path: 'lock-down', updatedAt: '2026-11-20T10:00:00.000Z' }],
      bookmarks: [{ platform: 'tiktok', createdAt: '2026-11-20T10:00:00.000Z' }],
      sessions: [{ expires: expect.any(String) }],
    });
    const text = JSON.stringify(exported);
    expect(text).not.toContain(person.sessionToken);
    expect(text).not.toContain(person.id);
    expect(text).not.toContain('link-');
  });

  it('deletes every row of the person, sessions and sign-in links included, and nothing of others', async () => {
    const person = await createPerson('leaver');
    const other = await createPerson('stayer');
    for (const who of [person, other]) {
      await saveStepStatuses({
        userId: who.id,
        entries: [{ platform: 'tiktok', step: 'delete-account', status: 'done', updatedAt: t('2026-11-20T10:00:00Z') }],
      });
      await saveFlowChoice({ userId: who.id, platform: 'tiktok', flow: 'leave', updatedAt: t('2026-11-20T10:00:00Z') });
      await addBookmarks({ userId: who.id, bookmarks: [{ platform: 'tiktok', createdAt: t('2026-11-20T10:00:00Z') }] });
    }

    expect(await deleteUserData({ userId: person.id })).toEqual({ users: 1, signInLinks: 1 });

    const db = await getDb();
    const count = async (who: { id: string; email: string }) => ({
      users: (await db.select({ id: users.id }).from(users).where(eq(users.id, who.id))).length,
      sessions: (await db.select({ t: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, who.id))).length,
      progress: (await db.select({ s: progress.step }).from(progress).where(eq(progress.userId, who.id))).length,
      choices: (await db.select({ p: platformChoices.platform }).from(platformChoices).where(eq(platformChoices.userId, who.id))).length,
      bookmarks: (await db.select({ p: bookmarks.platform }).from(bookmarks).where(eq(bookmarks.userId, who.id))).length,
      links: (await db.select({ t: verificationTokens.token }).from(verificationTokens).where(eq(verificationTokens.identifier, who.email))).length,
    });
    expect(await count(person)).toEqual({ users: 0, sessions: 0, progress: 0, choices: 0, bookmarks: 0, links: 0 });
    expect(await count(other)).toEqual({ users: 1, sessions: 1, progress: 1, choices: 1, bookmarks: 1, links: 1 });
    expect(await deleteUserData({ userId: person.id })).toEqual({ users: 0, signInLinks: 0 });
  });
});

describe('rate limits', () => {
  it('allows the limit, refuses past it with a wait, and opens a new window', async () => {
    const key = `test:${Math.random()}`;
    const start = t('2026-11-25T10:00:00Z');
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const hits = [];
    for (let second = 0; second < 4; second++) hits.push(await hitRateLimit({ key, limit: 3, windowMs: 60_000, now: at(second) }));
    expect(hits.map((hit) => hit.allowed)).toEqual([true, true, true, false]);
    expect(hits[2]?.remaining).toBe(0);
    expect(hits[3]?.retryAfterSeconds).toBe(57);
    expect(await hitRateLimit({ key, limit: 3, windowMs: 60_000, now: at(61) })).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
  });

  it('counts concurrent hits exactly', async () => {
    const key = `test:${Math.random()}`;
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit({ key, limit: 5, windowMs: 60_000, now })));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });
});

describe('the test database', () => {
  it('is the one this run asked for: PostgreSQL when DATABASE_URL is set, else PGlite', async () => {
    expect((await getOpenDatabase()).driver).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });
});

describe('health', () => {
  it('answers when the database does', async () => {
    expect(await pingDatabase()).toBe(true);
  });
});
