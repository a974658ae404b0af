import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { mergeBrowserProgress } from '@/lib/db/queries/merge-progress';
import { handle, json, readJson } from '@/lib/http/handler';
import { progressMergeSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

/**
 * Merges what a browser kept anonymously into the account, in one transaction
 * (lib/db/queries/merge-progress.ts). Answers with the merged state and how
 * many steps, path choices and bookmarks the merge changed.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const local = await readJson(request, progressMergeSchema);
  await enforceRateLimit('writesPerPerson', user.id);
  const { merged, changed } = await mergeBrowserProgress({ userId: user.id, local });
  return json({ ...merged, changed });
});
