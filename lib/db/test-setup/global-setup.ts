import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOnServer } from './server-admin';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../client';

/**
 * Every run gets databases of its own, through the same settings a deployment
 * uses. With DATABASE_URL set (CI's PostgreSQL run): a fresh database on that
 * server, dropped afterwards. Without it: each test file gets a DATA_DIR of
 * its own (lib/db/test-setup/env.ts), copied from a migrated PGlite template
 * made once here (opening a copy is ~5x faster than creating a database). The
 * template is made in both runs: the lock tests use PGlite either way.
 */
export default async function setup(project: TestProject) {
  const removeTemplate = await withPgliteTemplate(project);
  const serverUrl = process.env.DATABASE_URL;
  const dropDatabase = serverUrl ? await withPostgresDatabase(project, serverUrl) : undefined;
  return async () => {
    await dropDatabase?.();
    removeTemplate();
  };
}

async function withPostgresDatabase(project: TestProject, serverUrl: string) {
  // Generated, so safe to splice into the statements below (identifiers cannot be parameters).
  const name = `unlisted_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = (statement: string) => runOnServer(serverUrl, statement);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide('databaseUrl', url.toString());
  return async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}

async function withPgliteTemplate(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'unlisted-test-'));
  const template = join(root, 'template');
  await (await openDatabase({ dataDir: template })).close();
  project.provide('pgliteTemplate', template);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
    pgliteTemplate: string;
  }
}
