import { API_POLICY, pagePolicy } from './csp';

/**
 * Headers every response carries, whatever it is. Constant, so next.config
 * can send them with static files too.
 */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Nothing about a visit (not even that it came from Unlisted) reaches the platforms
  // we link to; same-origin requests keep their origin, which server actions check.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // For browsers older than CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
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
