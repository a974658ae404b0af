import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { badCallbackUrl } from '@/lib/auth/callback-url';
import { withSessionHint } from '@/lib/auth/session-hint-cookie';
import { confirmationUrl } from '@/lib/auth/sign-in-request';

const refuse = (message: string) => Response.json({ error: 'bad_request', message }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

/** Where Auth.js's own sign-in links point; only POST /api/signin/confirm may use them up. */
const EMAIL_CALLBACK = '/api/auth/callback/email';

export async function GET(request: NextRequest) {
  // Mail scanners and prefetchers open links: a GET must never use up a sign-in token.
  // Links to the callback itself (older emails) go to the page that asks first.
  if (request.nextUrl.pathname === EMAIL_CALLBACK) {
    return new Response(null, { status: 303, headers: { Location: confirmationUrl(request.url), 'Cache-Control': 'no-store' } });
  }
  const problem = badCallbackUrl(request);
  return problem ? refuse(problem) : withSessionHint(await handlers.GET(request));
}

/**
 * Email sign-in goes only through the /signin page's action, which applies
 * the per-address and per-client mail limits; posting to Auth.js directly
 * would skip them.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/signin/email')) {
    return Response.json({ error: 'not_found', message: 'Use the sign-in page.' }, { status: 404 });
  }
  const problem = badCallbackUrl(request);
  return problem ? refuse(problem) : withSessionHint(await handlers.POST(request));
}
