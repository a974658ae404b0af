import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { FlowId } from '@/lib/content/constants';
import type { PlatformProgress, ProgressData, StepStatus } from '@/lib/progress/state';
import { getDb } from '../client';
import { mapWriteConflicts } from '../errors';
import { bookmarks, platformChoices, progress } from '../schema';

/** Everything the browser shows for a person: steps, path choices and bookmarks. */
export async function getProgressData({ userId }: { userId: string }): Promise<ProgressData> {
  const db = await getDb();
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
export async function saveStepStatuses({ userId, entries }: { userId: string; entries: StepEntry[] }): Promise<void> {
  if (entries.length === 0) return;
  const db = await getDb();
  // A person deleted mid-save is told so (401), not answered with a 500.
  await mapWriteConflicts(() =>
    db
      .insert(progress)
      // Fields picked by name: an entry carrying a stray userId cannot write into someone else's rows.
      .values(latestPerStep(entries).map(({ platform, step, status, updatedAt }) => ({ platform, step, status, updatedAt, userId })))
      .onConflictDoUpdate({
        target: [progress.userId, progress.platform, progress.step],
        set: { status: sql`excluded.status`, updatedAt: sql`excluded.updated_at` },
        setWhere: sql`${progress.updatedAt} < excluded.updated_at`,
      }),
  );
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

/** Stores the chosen path; the later choice wins, as for steps. */
export async function saveFlowChoice({
  userId,
  platform,
  flow,
  updatedAt,
}: {
  userId: string;
  platform: string;
  flow: FlowId;
  updatedAt: Date;
}): Promise<void> {
  const db = await getDb();
  await mapWriteConflicts(() =>
    db
      .insert(platformChoices)
      .values({ userId, platform, flow, updatedAt })
      .onConflictDoUpdate({
        target: [platformChoices.userId, platformChoices.platform],
        set: { flow: sql`excluded.flow`, updatedAt: sql`excluded.updated_at` },
        setWhere: sql`${platformChoices.updatedAt} < excluded.updated_at`,
      }),
  );
}
