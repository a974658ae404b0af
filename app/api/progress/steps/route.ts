import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { getProgressData, saveStepStatuses } from '@/lib/db/queries/progress';
import { handle, json, readJson } from '@/lib/http/handler';
import { progressUpdateSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

/** Records one step's status; an older write than what is stored changes nothing. */
export const PUT = handle(async (request: Request) => {
  const user = await requireUser();
  const update = await readJson(request, progressUpdateSchema);
  await enforceRateLimit('writesPerPerson', user.id);
  await saveStepStatuses({ userId: user.id, entries: [{ ...update, updatedAt: new Date(update.updatedAt) }] });
  return json(await getProgressData({ userId: user.id }));
});
