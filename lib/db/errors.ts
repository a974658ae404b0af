import 'server-only';
import { AppError } from '@/lib/errors';
import type { Problem } from '@/lib/i18n/problem-codes';

/*
 * The database's refusals that a person can cause by racing themselves (two
 * tabs, two devices, "Delete my data" while a save is in flight), turned into
 * answers they can act on instead of a 500.
 */

const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a database error, looking through drizzle's wrapping (it keeps the driver's error as `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    if ('code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code;
  }
  return undefined;
}

/** The person a write was for no longer exists: their data was deleted while it was on its way. */
export function personGoneError(): AppError {
  return new AppError('unauthorized', { code: 'account_just_deleted' });
}

/**
 * Runs a write made on a person's behalf. Every table's rows point at the
 * person, so a foreign-key violation means "Delete my data" committed first;
 * a unique violation means a twin request won the race.
 */
export async function mapWriteConflicts<T>(
  write: () => Promise<T>,
  conflict: Problem = { code: 'write_conflict' },
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const state = sqlState(error);
    if (state === FOREIGN_KEY_VIOLATION) throw personGoneError();
    if (state === UNIQUE_VIOLATION) throw new AppError('conflict', conflict);
    throw error;
  }
}
