import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { unreadableActionCall } from '@/lib/security/action-call';
import { foreignOriginProblem } from '@/lib/security/request-origin';
import { nonceValue } from '@/lib/security/csp';
import { contentSecurityPolicy, isApiPath, strictTransportSecurity, type DocumentScripts } from '@/lib/security/headers';
import { staticPages } from '@/lib/security/static-page-scripts';
import { localizedPagePath } from '@/lib/i18n/page-path';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/negotiate';
import type { Problem } from '@/lib/i18n/problem-codes';
import { problemMessage } from '@/lib/i18n/problems';
import type { Locale } from '@/lib/content/locales';

/** A refusal in the one error model (lib/http/handler.ts): the kind, the exact problem, its words in the request's language. */
function refusal(status: number, error: string, problem: Problem, locale: Locale): Response {
  return Response.json({ error, code: problem.code, message: problemMessage(locale, problem) }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Picks the page's language and sets the Content-Security-Policy of every page and API answer. Prerendered
 * pages keep being served from the build: their inline scripts are allowed by
 * hash. Pages rendered on request get a fresh nonce, which Next reads from the
 * request's own CSP header and puts on its scripts.
 */
export async function proxy(request: NextRequest) {
  const { NODE_ENV, APP_URL } = env();
  // Page addresses are the same in every language: the language is chosen
  // here and the request rewritten to that language's prerendered page. Refusals speak it too.
  const locale = negotiateLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') });
  const refused = foreignOriginProblem({
    method: request.method,
    path: request.nextUrl.pathname,
    headers: request.headers,
    appOrigin: APP_URL,
    development: NODE_ENV === 'development',
  });
  if (refused) return refusal(403, 'forbidden', refused, locale);
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const unreadable = await unreadableActionCall(request);
    if (unreadable) return refusal(unreadable.status, unreadable.code, unreadable.problem, locale);
  }
  const development = NODE_ENV === 'development';
  const path = request.nextUrl.pathname;
  const pagePath = localizedPagePath(path, locale);
  const scripts = documentScripts(pagePath ?? path, development);
  const policy = contentSecurityPolicy({ path, scripts, development });

  const requestHeaders = new Headers(request.headers);
  if (scripts.kind === 'nonce') requestHeaders.set('content-security-policy', policy);
  const response = pagePath
    ? NextResponse.rewrite(new URL(`${pagePath}${request.nextUrl.search}`, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });

  if (pagePath) {
    response.headers.set('Content-Language', locale);
    // One address, several languages. Next sets a Vary of its own on pages (it
    // cannot be extended), so shared caches are told not to keep pages at all;
    // browsers still revalidate them cheaply against their ETag.
    response.headers.set('Cache-Control', 'private, no-cache');
  }
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity({ production: NODE_ENV === 'production', appUrl: APP_URL });
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

function documentScripts(path: string, development: boolean): DocumentScripts {
  // `next dev` renders every page on request, and an older build's files may be lying around.
  if (development) return { kind: 'nonce', nonce: nonceValue(), hashes: [] };
  if (isApiPath(path)) return { kind: 'static', hashes: [] };
  const pages = staticPages();
  const hashes = pages.byPath.get(path);
  if (hashes) return { kind: 'static', hashes };
  // Rendered on request, or the prerendered "not found" page for an unknown address.
  return { kind: 'nonce', nonce: nonceValue(), hashes: pages.notFound };
}

export const config = {
  // Files from the build carry the baseline headers from next.config; they need no policy of their own.
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
