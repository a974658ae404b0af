import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

// Both live in the run's temporary root (made by global-setup.ts), which is deleted at the end of the run.
const runRoot = () => dirname(inject('pgliteTemplate'));

/** A new, empty DATA_DIR. */
export function emptyDataDir(): string {
  return mkdtempSync(join(runRoot(), 'empty-'));
}

/**
 * A new DATA_DIR holding a copy of the run's migrated PGlite template. Opening
 * a copy takes a fraction of the time PGlite needs to create a database.
 */
export function migratedDataDir(): string {
  const dataDir = join(runRoot(), `data-${process.pid}-${randomBytes(4).toString('hex')}`);
  cpSync(join(inject('pgliteTemplate'), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}
