import { NextRequest } from 'next/server';
import { z } from 'zod';
import { handlers, SIGN_IN_LINK_MINUTES } from '@/lib/auth';
import { sessionChange, withSessionHint } from '@/lib/auth/session-hint-cookie';
import {
  cookieAttributes,
  SIGN_IN_ORIGIN_COOKIE,
  SIGN_IN_REQUESTS_COOKIE,
  wasRequestedHere,
  withoutRequestTag,
} from '@/lib/auth/sign-in-request';
import { env } from '@/lib/env';
import { handle, readForm } from '@/lib/http/handler';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { sameSiteReturnPath } from '@/lib/auth/return-path';

export const dynamic = 'force-dynamic';

const confirmSchema = z.object({
  token: z.string({ error: 'sign_in_token_missing' satisfies ProblemCode }).min(1).max(256),
  email: z.string({ error: 'sign_in_email_missing' satisfies ProblemCode }).min(3).max(254),
  callbackUrl: z.string().max(2048).optional(),
});

/** How long the page may take to read whether this sign-in was asked for here. */
const ORIGIN_COOKIE_SECONDS = 10 * 60;

/**
 * The sign-in itself, posted by the button on /signin/confirm: hands the
 * link's token to Auth.js's email callback (which uses it up and starts the
 * session), and tells the page whether this browser asked for the link, so
 * it merges this browser's progress only when that is safe.
 */
export const POST = handle(async (request: NextRequest) => {
  const { token, email, callbackUrl } = await readForm(request, confirmSchema);
  const { APP_URL } = env();
  const callback = new URL('/api/auth/callback/email', APP_URL);
  callback.searchParams.set('token', token);
  callback.searchParams.set('email', email);
  callback.searchParams.set('callbackUrl', new URL(sameSiteReturnPath(callbackUrl), APP_URL).toString());

  const answer = await handlers.GET(new NextRequest(callback, { headers: { cookie: request.headers.get('cookie') ?? '' } }));
  // Auth.js answers some outcomes (an expired link, say) with Response.redirect, whose headers are frozen.
  const response = new Response(answer.body, answer);
  if (sessionChange(response) === 'started') {
    const requests = request.cookies.get(SIGN_IN_REQUESTS_COOKIE)?.value;
    const origin = wasRequestedHere(requests, token) ? 'here' : 'elsewhere';
    const left = withoutRequestTag(requests, token);
    response.headers.append('Set-Cookie', `${SIGN_IN_ORIGIN_COOKIE}=${origin}; ${cookieAttributes(ORIGIN_COOKIE_SECONDS, { httpOnly: false })}`);
    response.headers.append(
      'Set-Cookie',
      `${SIGN_IN_REQUESTS_COOKIE}=${left}; ${cookieAttributes(left ? SIGN_IN_LINK_MINUTES * 60 : 0, { httpOnly: true })}`,
    );
  }
  response.headers.set('Cache-Control', 'no-store');
  return withSessionHint(response);
});
