import { randomUUID } from 'node:crypto';
import { getDb } from '../client';
import { accounts, sessions, users, verificationTokens } from '../schema';

export type TestPerson = { id: string; email: string; sessionToken: string; signInToken: string };

/**
 * A person as Auth.js would leave them: a user row, a linked account, a
 * session and a pending sign-in link. Addresses and tokens are random, so test
 * files sharing one PostgreSQL database never see each other's people.
 */
export async function createPerson(label: string): Promise<TestPerson> {
  const db = await getDb();
  const email = `${label}-${randomUUID()}@example.test`;
  const [user] = await db.insert(users).values({ email }).returning({ id: users.id });
  if (!user) throw new Error('no user row returned');
  const sessionToken = `session-${randomUUID()}`;
  const signInToken = `link-${randomUUID()}`;
  await db.insert(accounts).values({ userId: user.id, type: 'email', provider: 'nodemailer', providerAccountId: email });
  await db.insert(sessions).values({ sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
  await db.insert(verificationTokens).values({ identifier: email, token: signInToken, expires: new Date(Date.now() + 600_000) });
  return { id: user.id, email, sessionToken, signInToken };
}

export const at = (iso: string) => new Date(iso);
