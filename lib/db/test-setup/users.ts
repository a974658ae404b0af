import { randomUUID } from 'node:crypto';
import { getDb } from '../client';
import { sessions, users, verificationTokens } from '../schema';

/** A person with a session and a pending sign-in link, as Auth.js would leave them. */
export async function createPerson(label: string) {
  const db = await getDb();
  const email = `${label}-${randomUUID()}@example.test`;
  const [user] = await db.insert(users).values({ email }).returning({ id: users.id });
  const sessionToken = `session-${randomUUID()}`;
  await db.insert(sessions).values({ sessionToken, userId: user!.id, expires: new Date(Date.now() + 86_400_000) });
  await db.insert(verificationTokens).values({ identifier: email, token: `link-${randomUUID()}`, expires: new Date(Date.now() + 600_000) });
  return { id: user!.id, email, sessionToken };
}
