import { API_POLICY, pagePolicy } from './csp';

/**
 * Headers of every page and API answer (next.config sends them; the proxy
 * adds the Content-Security-Policy and, over https, HSTS).
 */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Nothing about a visit (not even that it came from Unlisted) reaches the platforms
  // we link to; same-origin requests keep their origin, which server actions check.
  'Referrer-Policy': 'same-origin',
  // The powerful features a page could ask for; Unlisted uses none of them.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Headers of the build's own files (scripts, styles), which are never
 * documents: framing, referrer and feature policies mean nothing there, and
 * repeating them on every script costs each visitor a few KiB.
 */
export const STATIC_FILE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Two years, the length browsers' preload lists ask for. */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

export type DocumentScripts =
  /** A page prerendered at build time: its inline scripts are known by hash. */
  | { kind: 'static'; hashes: readonly string[] }
  /** Rendered on request: Next puts this nonce on the scripts it writes. */
  | { kind: 'nonce'; nonce: string; hashes: readonly string[] };

/** The Content-Security-Policy of a response: API answers get the strictest one. */
export function contentSecurityPolicy({
  path,
  scripts,
  development,
}: {
  path: string;
  scripts: DocumentScripts;
  development: boolean;
}): string {
  if (isApiPath(path)) return API_POLICY;
  const sources = scripts.kind === 'nonce' ? [`'nonce-${scripts.nonce}'`, ...scripts.hashes] : scripts.hashes;
  return pagePolicy({ scriptSources: sources, development });
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** HSTS only where the site is served over https: over http browsers ignore it anyway. */
export function strictTransportSecurity({ production, appUrl }: { production: boolean; appUrl: string }): string | null {
  return production && new URL(appUrl).protocol === 'https:' ? HSTS_VALUE : null;
}
