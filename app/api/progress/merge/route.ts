import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { addBookmarks } from '@/lib/db/queries/bookmarks';
import { getProgressData, saveFlowChoice, saveStepStatuses } from '@/lib/db/queries/progress';
import { handle, json, readJson } from '@/lib/http/handler';
import { progressMergeSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

/**
 * Merges what a browser kept anonymously into the account: per step, per
 * path choice, the later updatedAt wins (in SQL, so a merge racing another
 * device loses nothing); bookmarks are added. Answers with the merged state.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const local = await readJson(request, progressMergeSchema);
  await enforceRateLimit('writesPerPerson', user.id);

  const entries = Object.entries(local.platforms).flatMap(([platform, progress]) =>
    Object.entries(progress.steps).map(([step, record]) => ({
      platform,
      step,
      status: record.status,
      updatedAt: new Date(record.updatedAt),
    })),
  );
  await saveStepStatuses({ userId: user.id, entries });
  for (const [platform, progress] of Object.entries(local.platforms)) {
    if (progress.flow && progress.flowUpdatedAt) {
      await saveFlowChoice({ userId: user.id, platform, flow: progress.flow, updatedAt: new Date(progress.flowUpdatedAt) });
    }
  }
  await addBookmarks({
    userId: user.id,
    bookmarks: Object.entries(local.bookmarks).map(([platform, record]) => ({
      platform,
      createdAt: new Date(record.createdAt),
    })),
  });
  return json(await getProgressData({ userId: user.id }));
});
