import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { badCallbackUrl } from '@/lib/auth/callback-url';

const refuse = (message: string) => Response.json({ error: 'bad_request', message }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

export function GET(request: NextRequest) {
  const problem = badCallbackUrl(request);
  return problem ? refuse(problem) : handlers.GET(request);
}

/**
 * Email sign-in goes only through the /signin page's action, which applies
 * the per-address and per-client mail limits; posting to Auth.js directly
 * would skip them.
 */
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/signin/email')) {
    return Response.json({ error: 'not_found', message: 'Use the sign-in page.' }, { status: 404 });
  }
  const problem = badCallbackUrl(request);
  return problem ? refuse(problem) : handlers.POST(request);
}
