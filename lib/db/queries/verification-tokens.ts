import 'server-only';
import { lt } from 'drizzle-orm';
import { getDb } from '../client';
import { verificationTokens } from '../schema';

/**
 * Drops sign-in links that expired before `before`. Auth.js deletes a link
 * when it is used but never one that is left unused, and each row holds an
 * address that nobody needs any more.
 */
export async function deleteExpiredVerificationTokens({ before }: { before: Date }): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(verificationTokens)
    .where(lt(verificationTokens.expires, before))
    .returning({ expires: verificationTokens.expires });
  return deleted.length;
}
