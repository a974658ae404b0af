import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb, getOpenDatabase } from '../client';
import { accounts, bookmarks, platformChoices, progress, sessions, users, verificationTokens } from '../schema';
import { at, createPerson, type TestPerson } from '../test-setup/users';
import { addBookmarks } from './bookmarks';
import { saveFlowChoice, saveStepStatuses } from './progress';
import { deleteUserData, exportUserData, getUserEmail } from './users';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

async function withEverything(label: string): Promise<TestPerson> {
  const person = await createPerson(label);
  await saveStepStatuses({
    userId: person.id,
    entries: [
      { platform: 'tiktok', step: 'limit-direct-messages', status: 'done', updatedAt: at('2026-11-20T10:00:00Z') },
      { platform: 'tiktok', step: 'make-account-private', status: 'todo', updatedAt: at('2026-11-20T11:00:00Z') },
    ],
  });
  await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: at('2026-11-20T10:00:00Z') });
  await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-20T09:00:00Z') }] });
  return person;
}

/** Rows held about someone, table by table, counted straight from the database. */
async function rowsOf(person: TestPerson) {
  const db = await getDb();
  const count = (rows: unknown[]) => rows.length;
  return {
    users: count(await db.select({ id: users.id }).from(users).where(eq(users.id, person.id))),
    accounts: count(await db.select({ p: accounts.provider }).from(accounts).where(eq(accounts.userId, person.id))),
    sessions: count(await db.select({ e: sessions.expires }).from(sessions).where(eq(sessions.userId, person.id))),
    progress: count(await db.select({ s: progress.step }).from(progress).where(eq(progress.userId, person.id))),
    pathChoices: count(
      await db.select({ p: platformChoices.platform }).from(platformChoices).where(eq(platformChoices.userId, person.id)),
    ),
    bookmarks: count(await db.select({ p: bookmarks.platform }).from(bookmarks).where(eq(bookmarks.userId, person.id))),
    signInLinks: count(
      await db.select({ e: verificationTokens.expires }).from(verificationTokens).where(eq(verificationTokens.identifier, person.email)),
    ),
  };
}

describe('getUserEmail', () => {
  it("returns the person's address, and null for nobody", async () => {
    const person = await createPerson('email');
    expect(await getUserEmail({ userId: person.id })).toBe(person.email);
    expect(await getUserEmail({ userId: 'no-such-user' })).toBeNull();
  });
});

describe('exportUserData', () => {
  it('holds everything about the person as plain JSON, and no token or id', async () => {
    const person = await withEverything('export');
    const other = await withEverything('bystander');

    const exported = await exportUserData({ userId: person.id });
    expect(exported).toEqual({
      exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      user: { email: person.email, createdAt: expect.any(String) },
      progress: [
        { platform: 'tiktok', step: 'limit-direct-messages', status: 'done', updatedAt: '2026-11-20T10:00:00.000Z' },
        { platform: 'tiktok', step: 'make-account-private', status: 'todo', updatedAt: '2026-11-20T11:00:00.000Z' },
      ],
      pathChoices: [{ platform: 'tiktok', path: 'lock-down', updatedAt: '2026-11-20T10:00:00.000Z' }],
      bookmarks: [{ platform: 'tiktok', createdAt: '2026-11-20T09:00:00.000Z' }],
      sessions: [{ expires: expect.any(String) }],
      accounts: [{ type: 'email', provider: 'nodemailer' }],
      signInLinks: [{ expires: expect.any(String) }],
      // Countdowns and their reminders are covered in lib/reminders/reminders.db.test.ts.
      countdowns: [],
      reminders: [],
    });
    // It survives a JSON round trip unchanged: no Dates, no BigInts, nothing lost.
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    const text = JSON.stringify(exported);
    for (const secret of [person.sessionToken, person.signInToken, person.id, other.id, other.email, other.sessionToken]) {
      expect(text).not.toContain(secret);
    }
  });

  it('holds nothing for someone who does not exist', async () => {
    expect(await exportUserData({ userId: 'no-such-user' })).toMatchObject({
      user: null,
      progress: [],
      pathChoices: [],
      bookmarks: [],
      sessions: [],
      accounts: [],
      signInLinks: [],
    });
  });
});

describe('deleteUserData', () => {
  it('deletes every row of the person, sessions and sign-in links included, and nothing of anyone else', async () => {
    const leaver = await withEverything('leaver');
    const stayer = await withEverything('stayer');
    const everything = { users: 1, accounts: 1, sessions: 1, progress: 2, pathChoices: 1, bookmarks: 1, signInLinks: 1 };
    expect(await rowsOf(leaver)).toEqual(everything);

    expect(await deleteUserData({ userId: leaver.id })).toEqual(everything);

    expect(await rowsOf(leaver)).toEqual({ users: 0, accounts: 0, sessions: 0, progress: 0, pathChoices: 0, bookmarks: 0, signInLinks: 0 });
    expect(await rowsOf(stayer)).toEqual(everything);
    expect(await getUserEmail({ userId: stayer.id })).toBe(stayer.email);
  });

  it('does nothing, and says so, the second time or for nobody', async () => {
    const person = await createPerson('twice');
    await deleteUserData({ userId: person.id });
    const nothing = { users: 0, accounts: 0, sessions: 0, progress: 0, pathChoices: 0, bookmarks: 0, signInLinks: 0 };
    expect(await deleteUserData({ userId: person.id })).toEqual(nothing);
    expect(await deleteUserData({ userId: 'no-such-user' })).toEqual(nothing);
  });
});
