/**
 * Where to go back to after switching language: the page's own path and
 * query when the Referer is this site, else the home page. Never another
 * origin, and never a protocol-relative `//host` path.
 */
export function returnPath(referer: string | null, origin: string): string {
  if (!referer) return '/';
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname.startsWith('//') || url.pathname.startsWith('/api/')) return '/';
  return `${url.pathname}${url.search}`;
}
