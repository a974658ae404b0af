import 'server-only';
import type { PoolClient } from 'pg';

/*
 * Instances starting together would run the same migrations at once, so the
 * one that migrates holds a PostgreSQL advisory lock. Waiting for it without
 * a limit would let one stuck instance hang every other start-up: each start
 * tries for a while, then fails saying which backend holds the lock.
 */

/** The advisory lock's key is hashtext() of this name. */
export const MIGRATION_LOCK_NAME = 'unlisted:migrations';

/** Longer than any migration of ours takes; a holder past this is stuck, not busy. */
export const MIGRATION_LOCK_WAIT_MS = 60_000;

const RETRY_EVERY_MS = 250;

export class MigrationLockTimeoutError extends Error {
  constructor(waitedMs: number, holder: string) {
    super(
      `Could not take the migration lock in ${Math.round(waitedMs / 1000)} s: another instance is migrating this ` +
        `database, or is stuck while holding the lock. ${holder} If that instance is stuck, stop it (or end its ` +
        'backend with pg_terminate_backend(pid)) and start this one again.',
    );
    this.name = 'MigrationLockTimeoutError';
  }
}

/**
 * Takes the migration lock on `connection` (a session lock: it lasts until
 * that connection closes), or throws MigrationLockTimeoutError after `waitMs`.
 */
export async function takeMigrationLock(connection: PoolClient, { waitMs = MIGRATION_LOCK_WAIT_MS }: { waitMs?: number } = {}): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { rows } = await connection.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [MIGRATION_LOCK_NAME]);
    if (rows[0]?.locked) return;
    const left = started + waitMs - Date.now();
    if (left <= 0) {
      const waitedMs = Date.now() - started;
      throw new MigrationLockTimeoutError(waitedMs, await describeHolder(connection, waitedMs));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_EVERY_MS, left)));
  }
}

type Holder = {
  pid: number;
  application_name: string | null;
  client: string | null;
  connected_seconds: number | null;
  state: string | null;
  state_seconds: number | null;
};

/**
 * Who holds the lock, from pg_locks and pg_stat_activity. A single-key
 * advisory lock shows its key split in two: the high 32 bits in classid, the
 * low ones in objid. PostgreSQL does not record when a lock was granted, so
 * the age of the holder's connection is the upper bound given.
 */
async function describeHolder(connection: PoolClient, waitedMs: number): Promise<string> {
  const { rows } = await connection.query<Holder>(
    `with wanted as (select hashtext($1)::bigint as key)
     select activity.pid,
            activity.application_name,
            case when activity.client_addr is null then 'a local socket'
                 else host(activity.client_addr) || coalesce(':' || activity.client_port, '') end as client,
            extract(epoch from now() - activity.backend_start)::int as connected_seconds,
            activity.state,
            extract(epoch from now() - activity.state_change)::int as state_seconds
       from pg_locks held
       join pg_stat_activity activity on activity.pid = held.pid
       cross join wanted
      where held.locktype = 'advisory' and held.granted and held.objsubid = 1
        and held.database = (select oid from pg_database where datname = current_database())
        and held.classid::bigint = (wanted.key >> 32) & 4294967295
        and held.objid::bigint = wanted.key & 4294967295`,
    [MIGRATION_LOCK_NAME],
  );
  const holder = rows[0];
  if (!holder) return 'Its holder let go just as this start gave up, or is not visible to this database user.';
  const application = holder.application_name ? `application "${holder.application_name}"` : 'no application name';
  const state = holder.state ? `, ${holder.state} for ${holder.state_seconds ?? '?'} s` : '';
  return (
    `It is held by backend pid ${holder.pid} (${application}, client ${holder.client ?? 'unknown'}${state}), ` +
    `for at least the ${Math.round(waitedMs / 1000)} s this start waited and at most the ` +
    `${holder.connected_seconds ?? '?'} s its connection has been open.`
  );
}
