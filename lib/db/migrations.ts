import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one migration folder both drivers use (`npm run db:generate` writes it). */
export const migrationsFolder = join(process.cwd(), 'drizzle');

type RawQuery = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

type Journal = { entries: { tag: string; when: number }[] };

/**
 * The migrations drizzle's migrator is about to apply, by name, so start-up and
 * `npm run db:migrate` can say what they did. Same rule as the migrator: those
 * newer than the last one recorded in drizzle.__drizzle_migrations.
 */
export async function pendingMigrations(query: RawQuery): Promise<string[]> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const [table] = (await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`)).rows;
  let lastAppliedAt = Number.NEGATIVE_INFINITY;
  if (table?.exists === true) {
    const [row] = (await query('select max(created_at)::float8 as "last" from drizzle.__drizzle_migrations')).rows;
    if (typeof row?.last === 'number') lastAppliedAt = row.last;
  }
  return journal.entries.filter((entry) => entry.when > lastAppliedAt).map((entry) => entry.tag);
}
