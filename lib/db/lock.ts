import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * PGlite has no lock between processes, and two processes on one directory
 * silently lose writes (docs/stack-traps.md, trap 2). This lock file makes the second
 * process fail at once, with a message that says what to do.
 */

export const LOCK_FILE_NAME = 'pglite.lock';

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: number | 'this process') {
    const where = resolve(dataDir);
    super(
      holder === 'this process'
        ? `DATA_DIR ${where} is already open in this process (pid ${process.pid}). The embedded database ` +
            '(PGlite) loses writes when it is opened twice on one directory: reuse the open database (getDb()).'
        : `DATA_DIR ${where} is in use by process ${holder}. The embedded database (PGlite) loses writes when ` +
            'two processes share a directory, so this process will not open it. Stop the other process (a ' +
            'running `npm run dev`, `npm start` or `npm run db:migrate`), give this one another DATA_DIR, or set ' +
            `DATABASE_URL to use PostgreSQL. If process ${holder} is not one of ours, the lock is stale: delete ` +
            `${join(where, LOCK_FILE_NAME)}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export type DataDirLock = { release(): void };

// On globalThis, not in a module variable: Next loads this module once per bundle
// (instrumentation, route handlers) in one process, and they must see each other's locks.
const globalForLocks = globalThis as unknown as { unlistedDataDirLocks?: Set<string> };
const heldHere = (globalForLocks.unlistedDataDirLocks ??= new Set<string>());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dataDir` (creating the directory) or throws DataDirInUseError. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(resolve(dataDir), LOCK_FILE_NAME);
  if (heldHere.has(file)) throw new DataDirInUseError(dataDir, 'this process');
  const content = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });

  const giveUpAt = Date.now() + 5_000;
  while (Date.now() < giveUpAt) {
    if (createExclusively(file, content)) return holdLock(file);
    const existing = readLock(file);
    if (existing === undefined) continue; // released meanwhile: try again
    // Our own pid in a lock we do not hold is a leftover from an earlier process whose pid was
    // recycled (containers start at the same pid every time), so it is as stale as a dead one.
    const { pid } = existing;
    if (pid !== undefined && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
    removeStaleLock(file, existing.text);
  }
  throw new Error(`Could not take the lock ${file}: other processes kept racing for it. Try again.`);
}

/**
 * Writes the lock beside its final name, then hard-links it into place: the link
 * fails if the lock exists, and a lock that exists is never half written (with
 * open(…, 'wx') another process could read it empty and take it for stale).
 */
function createExclusively(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, content, { flag: 'wx' });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') return false;
    if (code && NO_HARD_LINKS.has(code)) return createWithoutLink(file, content);
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** For file systems without hard links: still exclusive, with a brief moment where the lock is empty. */
function createWithoutLink(file: string, content: string): boolean {
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function holdLock(file: string): DataDirLock {
  heldHere.add(file);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    heldHere.delete(file);
    rmSync(file, { force: true });
  };
  // Next handles SIGINT/SIGTERM by calling process.exit, which runs this; a kill -9
  // leaves the file behind, and the next start takes it over (its pid is dead).
  process.on('exit', release);
  return { release };
}

function readLock(file: string): { text: string; pid: number | undefined } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { pid } = JSON.parse(text) as { pid?: unknown };
    return { text, pid: typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined };
  } catch {
    return { text, pid: undefined }; // unreadable: nobody can prove they hold it
  }
}

/** A takeover takes microseconds; one older than this was left by a process that crashed mid-way. */
const ABANDONED_TAKEOVER_MS = 5_000;

/**
 * Removes a stale lock, one process at a time. Two processes removing "the"
 * stale lock at once could otherwise remove the fresh lock a third had just
 * made in its place, and end with two holders.
 */
function removeStaleLock(file: string, staleText: string): void {
  const takeover = `${file}.takeover`;
  if (!createExclusively(takeover, JSON.stringify({ pid: process.pid }))) {
    if (ageMs(takeover) > ABANDONED_TAKEOVER_MS) rmSync(takeover, { force: true });
    else pause(5);
    return;
  }
  try {
    // While we hold the takeover nobody else removes the lock, and nobody can create one
    // while it exists: if it still reads the same, it is still the stale one.
    if (readLock(file)?.text === staleText) rmSync(file, { force: true });
  } finally {
    rmSync(takeover, { force: true });
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0; // gone already
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Taking the lock is synchronous (it runs before anything else may touch the directory). */
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
