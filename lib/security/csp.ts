import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every page. Scripts run only from our own
 * origin or when they carry one of `scriptSources` (hashes of a prerendered
 * page's inline scripts, or a per-request nonce): never 'unsafe-inline'.
 */
export function pagePolicy({ scriptSources, development }: { scriptSources: readonly string[]; development: boolean }): string {
  return serialize({
    'default-src': ["'none'"],
    // React's development build evaluates code for its debugging aids.
    'script-src': ["'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])],
    // The development overlay injects <style> elements; production has none.
    'style-src': ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    // 'self' for the icons in public/icons, data: for the inline icon. No fonts are loaded: default-src 'none' covers them.
    'img-src': ["'self'", 'data:'],
    // The web app manifest (app/manifest.ts); the icons it lists load under img-src.
    'manifest-src': ["'self'"],
    // Next's development tools load their own font; production pages load none.
    ...(development ? { 'font-src': ["'self'"] } : {}),
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  });
}

/** API answers are data, never documents: nothing may run, load or frame them. */
export const API_POLICY = serialize({
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** The CSP source for one inline script's exact text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The hash sources of every inline script in a page's HTML, once each, in page order. */
export function inlineScriptHashSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (text.length > 0) sources.add(scriptHashSource(text));
  }
  return [...sources];
}

/** A fresh, unguessable nonce source for a page rendered on request. */
export function nonceValue(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}

function serialize(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
