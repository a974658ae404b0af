import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { FlowId } from '@/lib/content/constants';
import type { PlatformProgress, ProgressData, StepStatus } from '@/lib/types/progress';
import { getDb, type Database } from '../client';
import { mapWriteConflicts } from '../errors';
import { bookmarks, platformChoices, progress } from '../schema';
import type { Transaction } from './person-lock';

/** Where a write runs: the database, or a transaction it is part of (lib/db/queries/merge-progress.ts). */
export type Executor = Database | Transaction;

/** Everything the browser shows for a person: steps, path choices and bookmarks. */
export async function getProgressData({ userId }: { userId: string }, from?: Executor): Promise<ProgressData> {
  const db = from ?? (await getDb());
  const [steps, choices, saved] = await Promise.all([
    db
      .select({ platform: progress.platform, step: progress.step, status: progress.status, updatedAt: progress.updatedAt })
      .from(progress)
      .where(eq(progress.userId, userId)),
    db
      .select({ platform: platformChoices.platform, flow: platformChoices.flow, updatedAt: platformChoices.updatedAt })
      .from(platformChoices)
      .where(eq(platformChoices.userId, userId)),
    db.select({ platform: bookmarks.platform, createdAt: bookmarks.createdAt }).from(bookmarks).where(eq(bookmarks.userId, userId)),
  ]);

  const platforms: Record<string, PlatformProgress> = {};
  const platformOf = (slug: string) => (platforms[slug] ??= { steps: {} });
  for (const row of steps) platformOf(row.platform).steps[row.step] = { status: row.status, updatedAt: row.updatedAt.toISOString() };
  for (const row of choices) Object.assign(platformOf(row.platform), { flow: row.flow, flowUpdatedAt: row.updatedAt.toISOString() });
  return {
    platforms,
    bookmarks: Object.fromEntries(saved.map((row) => [row.platform, { createdAt: row.createdAt.toISOString() }])),
  };
}

export type StepEntry = { platform: string; step: string; status: StepStatus; updatedAt: Date };

/**
 * Stores step statuses; per step the later `updatedAt` wins, decided in SQL,
 * so a stale write from another device (or an old anonymous mark merged at
 * sign-in) never overwrites a newer one, even when both arrive at once. On a
 * tie the stored row stays: replaying a write changes nothing.
 */
export async function saveStepStatuses({ userId, entries }: { userId: string; entries: StepEntry[] }, into?: Executor): Promise<number> {
  if (entries.length === 0) return 0;
  const db = into ?? (await getDb());
  // A person deleted mid-save is told so (401), not answered with a 500.
  const changed = await mapWriteConflicts(() =>
    db
      .insert(progress)
      // Fields picked by name: an entry carrying a stray userId cannot write into someone else's rows.
      .values(latestPerStep(entries).map(({ platform, step, status, updatedAt }) => ({ platform, step, status, updatedAt, userId })))
      .onConflictDoUpdate({
        target: [progress.userId, progress.platform, progress.step],
        set: { status: sql`excluded.status`, updatedAt: sql`excluded.updated_at` },
        setWhere: sql`${progress.updatedAt} < excluded.updated_at`,
      })
      // A row comes back only when it was written: how many steps this save changed.
      .returning({ step: progress.step }),
  );
  return changed.length;
}

/**
 * One entry per step, the latest (PostgreSQL refuses an upsert that touches a
 * row twice), in one fixed order: two batches that lock the same rows in
 * different orders deadlock on PostgreSQL (seen in the two-device test).
 */
function latestPerStep(entries: StepEntry[]): StepEntry[] {
  const latest = new Map<string, StepEntry>();
  for (const entry of entries) {
    const key = JSON.stringify([entry.platform, entry.step]);
    const kept = latest.get(key);
    if (!kept || kept.updatedAt < entry.updatedAt) latest.set(key, entry);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

export type FlowChoiceEntry = { platform: string; flow: FlowId; updatedAt: Date };

/** Stores the chosen path; the later choice wins, as for steps. */
export async function saveFlowChoice({ userId, platform, flow, updatedAt }: { userId: string } & FlowChoiceEntry): Promise<void> {
  await saveFlowChoices({ userId, choices: [{ platform, flow, updatedAt }] });
}

/** Stores several platforms' path choices in one statement; returns how many it changed. */
export async function saveFlowChoices({ userId, choices }: { userId: string; choices: FlowChoiceEntry[] }, into?: Executor): Promise<number> {
  if (choices.length === 0) return 0;
  const db = into ?? (await getDb());
  // One per platform, the latest, in a fixed order (see latestPerStep).
  const latest = new Map<string, FlowChoiceEntry>();
  for (const choice of choices) {
    const kept = latest.get(choice.platform);
    if (!kept || kept.updatedAt < choice.updatedAt) latest.set(choice.platform, choice);
  }
  const rows = [...latest.values()].sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
  const changed = await mapWriteConflicts(() =>
    db
      .insert(platformChoices)
      .values(rows.map(({ platform, flow, updatedAt }) => ({ userId, platform, flow, updatedAt })))
      .onConflictDoUpdate({
        target: [platformChoices.userId, platformChoices.platform],
        set: { flow: sql`excluded.flow`, updatedAt: sql`excluded.updated_at` },
        setWhere: sql`${platformChoices.updatedAt} < excluded.updated_at`,
      })
      .returning({ platform: platformChoices.platform }),
  );
  return changed.length;
}
