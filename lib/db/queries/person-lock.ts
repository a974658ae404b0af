import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { personGoneError } from '../errors';
import { users } from '../schema';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Holds the person's row until the transaction ends, so writes that replace
 * something of theirs (a countdown, a data-file reminder) run one after the
 * other instead of both inserting, and a "Delete my data" in flight is waited
 * for, then reported. FOR NO KEY UPDATE does not block the plain saves: their
 * foreign-key checks take a weaker lock that does not conflict with it.
 */
export async function lockPersonForWrite(tx: Transaction, { userId }: { userId: string }): Promise<void> {
  const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
  if (!person) throw personGoneError();
}
