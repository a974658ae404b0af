import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { MAX_ACTION_BODY_BYTES } from './lib/http/body-limit';
import { BASELINE_HEADERS, STATIC_FILE_HEADERS } from './lib/security/headers';

const asList = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Every page sits under a language's own root layout (app/[locale]); an address
  // that is no page at all gets app/global-not-found.tsx, a whole document.
  experimental: {
    globalNotFound: true,
    // The proxy gets a copy of each request body: no more of it than any route
    // accepts (Next's default copies 10 MB). server.mjs refuses a larger declared
    // body before any of it is read.
    proxyClientMaxBodySize: MAX_ACTION_BODY_BYTES,
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
  },
  poweredByHeader: false,
  // Loaded from node_modules at run time: bundling PGlite copies its wasm into
  // public assets and breaks it (docs/stack-traps.md, trap 1).
  serverExternalPackages: ['@electric-sql/pglite'],
  async headers() {
    return [
      { source: '/((?!_next/static/).*)', headers: asList(BASELINE_HEADERS) },
      { source: '/_next/static/:path*', headers: asList(STATIC_FILE_HEADERS) },
    ];
  },
};

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
