import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth';
import { LOCALES } from '@/lib/content/locales';
import { setReminderLocale } from '@/lib/db/queries/reminder-languages';
import { env } from '@/lib/env';
import { handle, readForm } from '@/lib/http/handler';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { enforceRateLimit } from '@/lib/rate-limit/policies';

export const dynamic = 'force-dynamic';

const choiceSchema = z.object({ locale: z.enum(LOCALES, { error: 'locale_invalid' satisfies ProblemCode }) });

/** 303: the browser follows with a GET, and a reload does not post again. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: new URL(path, env().APP_URL).toString(), 'Cache-Control': 'no-store' } });
}

/**
 * /account's "Email language", a plain form (it works without JavaScript):
 * every reminder still to come is written in the chosen language. Like every
 * write it must come from the site itself (proxy.ts). Someone signed out by
 * now is sent to sign in rather than shown a JSON answer.
 */
export const POST = handle(async (request: Request) => {
  const user = await getCurrentUser();
  if (!user) return seeOther('/signin?from=/account');
  const { locale } = await readForm(request, choiceSchema);
  await enforceRateLimit('writesPerPerson', user.id);
  await setReminderLocale({ userId: user.id, locale });
  return seeOther('/account?emailLanguage=saved#email-language');
});
