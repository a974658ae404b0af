import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { getProgressData, saveFlowChoice } from '@/lib/db/queries/progress';
import { handle, json, readJson } from '@/lib/http/handler';
import { flowUpdateSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

export const PUT = handle(async (request: Request) => {
  const user = await requireUser();
  const update = await readJson(request, flowUpdateSchema);
  await enforceRateLimit('writesPerPerson', user.id);
  await saveFlowChoice({ userId: user.id, ...update, updatedAt: new Date(update.updatedAt) });
  return json(await getProgressData({ userId: user.id }));
});
