import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { clientAddress } from '@/lib/auth/client-address';
import { stopReminders } from '@/lib/db/queries/reminder-stops';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { handle, json, readForm } from '@/lib/http/handler';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { readStopToken, stopTokenSchema } from '@/lib/reminders/stop-token';

export const dynamic = 'force-dynamic';

const stopPageFormSchema = z.object({ token: stopTokenSchema });

/**
 * RFC 8058 one-click: the provider posts `List-Unsubscribe=One-Click` to the
 * List-Unsubscribe URL, which carries the token. The body is not read: the
 * RFC lets it come as multipart or URL-encoded form data, and it adds nothing
 * the POST itself does not say. The answer is final, never a redirect:
 * providers do not follow one.
 */
async function stopInOneClick(token: string): Promise<Response> {
  const target = readStopToken(token);
  if (!target || !(await stopReminders({ target }))) throw new AppError('not_found', { code: 'stop_link_invalid' });
  return json({ ok: true });
}

/**
 * The "Stop reminders" button of /reminders/stop, a plain form: back to the
 * page, which reads what it now is (stopped, or a link that does not work).
 * 303, so the browser follows with a GET and a reload does not post again.
 */
async function stopFromPage(request: NextRequest): Promise<Response> {
  const { token } = await readForm(request, stopPageFormSchema);
  const target = readStopToken(token);
  if (target) await stopReminders({ target });
  const page = new URL('/reminders/stop', env().APP_URL);
  page.searchParams.set('token', token);
  return new Response(null, { status: 303, headers: { Location: page.toString(), 'Cache-Control': 'no-store' } });
}

/**
 * Stops reminders for a signed stop token, as the only way to: a GET of any
 * stop link changes nothing, because mail providers' link scanners open them.
 */
export const POST = handle(async (request: NextRequest) => {
  await enforceRateLimit('anonymousPerClient', clientAddress(request.headers));
  const queryToken = request.nextUrl.searchParams.get('token');
  return queryToken === null ? stopFromPage(request) : stopInOneClick(queryToken);
});
