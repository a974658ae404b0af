import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { badCallbackUrl } from '@/lib/auth/callback-url';
import { withSessionHint } from '@/lib/auth/session-hint-cookie';
import { confirmationUrl } from '@/lib/auth/sign-in-request';
import { requestLocale } from '@/lib/i18n/negotiate';
import type { Problem } from '@/lib/i18n/problem-codes';
import { problemMessage } from '@/lib/i18n/problems';

/** Answers in the one error model (lib/http/handler.ts), in the request's language. */
const refuse = (request: NextRequest, status: number, error: string, problem: Problem) =>
  Response.json(
    { error, code: problem.code, message: problemMessage(requestLocale(request.headers), problem) },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );

/** Where Auth.js's own sign-in links point; only POST /api/signin/confirm may use them up. */
const EMAIL_CALLBACK = '/api/auth/callback/email';

export async function GET(request: NextRequest) {
  // Mail scanners and prefetchers open links: a GET must never use up a sign-in token.
  // Links to the callback itself (older emails) go to the page that asks first.
  if (request.nextUrl.pathname === EMAIL_CALLBACK) {
    return new Response(null, { status: 303, headers: { Location: confirmationUrl(request.url), 'Cache-Control': 'no-store' } });
  }
  const problem = badCallbackUrl(request);
  return problem ? refuse(request, 400, 'bad_request', problem) : withSessionHint(await handlers.GET(request));
}

/**
 * Email sign-in goes only through the /signin page's action, which applies
 * the per-address and per-client mail limits; posting to Auth.js directly
 * would skip them.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/signin/email')) {
    return refuse(request, 404, 'not_found', { code: 'use_sign_in_page' });
  }
  const problem = badCallbackUrl(request);
  return problem ? refuse(request, 400, 'bad_request', problem) : withSessionHint(await handlers.POST(request));
}
