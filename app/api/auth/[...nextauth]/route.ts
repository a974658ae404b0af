import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { badCallbackUrl } from '@/lib/auth/callback-url';
import { clearSessionHint, sessionChange, setSessionHint } from '@/lib/auth/session-hint-cookie';

const refuse = (message: string) => Response.json({ error: 'bad_request', message }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

/** Keeps the readable "may be signed in" hint in step with the session cookie Auth.js set or cleared. */
function withSessionHint(response: Response): Response {
  const change = sessionChange(response);
  if (change === 'started') response.headers.append('Set-Cookie', setSessionHint());
  if (change === 'ended') response.headers.append('Set-Cookie', clearSessionHint());
  return response;
}

export async function GET(request: NextRequest) {
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
