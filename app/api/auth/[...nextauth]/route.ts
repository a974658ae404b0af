import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';

export const { GET } = handlers;

/**
 * Email sign-in goes only through the /signin page's action, which applies
 * the per-address and per-client mail limits; posting to Auth.js directly
 * would skip them.
 */
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/signin/email')) {
    return Response.json({ error: 'not_found', message: 'Use the sign-in page.' }, { status: 404 });
  }
  return handlers.POST(request);
}
