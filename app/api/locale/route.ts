import { z } from 'zod';
import { LOCALES } from '@/lib/content/locales';
import { env } from '@/lib/env';
import { handle, readForm } from '@/lib/http/handler';
import { LOCALE_COOKIE } from '@/lib/i18n/negotiate';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { returnPath } from '@/lib/i18n/return-path';

export const dynamic = 'force-dynamic';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const choiceSchema = z.object({ locale: z.enum(LOCALES, { error: 'locale_invalid' satisfies ProblemCode }) });

/**
 * The language switcher: a plain form, so it works before and without
 * JavaScript. Remembers the choice and goes back to the page it came from,
 * whose address is the same in every language.
 */
export const POST = handle(async (request: Request) => {
  const choice = await readForm(request, choiceSchema);
  const { APP_URL } = env();
  const secure = new URL(APP_URL).protocol === 'https:' ? '; Secure' : '';
  return new Response(null, {
    status: 303,
    headers: {
      // Compared with APP_URL, not the request's own address: behind a proxy that is an internal one.
      Location: returnPath(request.headers.get('referer'), APP_URL),
      'Set-Cookie': `${LOCALE_COOKIE}=${choice.locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax; HttpOnly${secure}`,
      'Cache-Control': 'no-store',
    },
  });
});
