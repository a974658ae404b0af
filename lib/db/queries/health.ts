import 'server-only';
import { getDb } from '../client';
import { users } from '../schema';

/** True when the database answers a trivial query; never throws. */
export async function pingDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.select({ id: users.id }).from(users).limit(1);
    return true;
  } catch (error) {
    console.error('Database health check failed', error);
    return false;
  }
}
