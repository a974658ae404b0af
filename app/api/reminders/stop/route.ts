import { stopCountdownReminders } from '@/lib/db/queries/countdowns';
import { AppError } from '@/lib/errors';
import { handle, json } from '@/lib/http/handler';
import { clientAddress } from '@/lib/auth/client-address';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { readStopToken } from '@/lib/reminders/stop-token';

export const dynamic = 'force-dynamic';

/** RFC 8058 one-click unsubscribe, posted by mail clients from the List-Unsubscribe header. */
export const POST = handle(async (request: Request) => {
  await enforceRateLimit('anonymousPerClient', clientAddress(request.headers));
  const countdownId = readStopToken(new URL(request.url).searchParams.get('token') ?? '');
  if (!countdownId || !(await stopCountdownReminders({ countdownId }))) {
    throw new AppError('not_found', 'This stop link is not valid.');
  }
  return json({ ok: true });
});
