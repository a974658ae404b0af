import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { cancelCountdown, listCountdowns } from '@/lib/db/queries/countdowns';
import { AppError } from '@/lib/errors';
import { handle, json } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** "I logged back in / changed my mind": ends the countdown; no reminder is sent after this. */
export const DELETE = handle(async (_request: Request, context: Context) => {
  const user = await requireUser();
  await enforceRateLimit('writesPerPerson', user.id);
  const { id } = await context.params;
  // Someone else's countdown is simply not found: ownership is part of the query.
  if (!(await cancelCountdown({ userId: user.id, id }))) throw new AppError('not_found', { code: 'countdown_not_found' });
  return json({ countdowns: await listCountdowns({ userId: user.id }) });
});
