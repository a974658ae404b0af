import 'server-only';
import type { ProgressData } from '@/lib/types/progress';
import { getDb } from '../client';
import { mapWriteConflicts } from '../errors';
import { addBookmarks } from './bookmarks';
import { lockPersonForWrite } from './person-lock';
import { getProgressData, saveFlowChoices, saveStepStatuses } from './progress';

/** How many rows the merge wrote: steps marked, path choices, bookmarks. Zero means the account already had it all. */
export type MergeChanges = { steps: number; flows: number; bookmarks: number };

/**
 * Merges what a browser kept anonymously into the account, all or nothing:
 * per step and per path choice the later `updatedAt` wins (decided in SQL),
 * bookmarks are added. One transaction, so a failure half-way (the person
 * deleted meanwhile, a lost connection) leaves the account as it was, and the
 * state read back is the one the merge produced.
 */
export async function mergeBrowserProgress({ userId, local }: { userId: string; local: ProgressData }): Promise<{ merged: ProgressData; changed: MergeChanges }> {
  const steps = Object.entries(local.platforms).flatMap(([platform, progress]) =>
    Object.entries(progress.steps).map(([step, record]) => ({ platform, step, status: record.status, updatedAt: new Date(record.updatedAt) })),
  );
  const flows = Object.entries(local.platforms).flatMap(([platform, progress]) =>
    progress.flow && progress.flowUpdatedAt ? [{ platform, flow: progress.flow, updatedAt: new Date(progress.flowUpdatedAt) }] : [],
  );
  const bookmarks = Object.entries(local.bookmarks).map(([platform, record]) => ({ platform, createdAt: new Date(record.createdAt) }));

  const db = await getDb();
  return mapWriteConflicts(() =>
    db.transaction(async (tx) => {
      // A "Delete my data" in flight is waited for, then reported (401), rather than raced.
      await lockPersonForWrite(tx, { userId });
      const changed: MergeChanges = {
        steps: await saveStepStatuses({ userId, entries: steps }, tx),
        flows: await saveFlowChoices({ userId, choices: flows }, tx),
        bookmarks: await addBookmarks({ userId, bookmarks }, tx),
      };
      return { merged: await getProgressData({ userId }, tx), changed };
    }),
  );
}
