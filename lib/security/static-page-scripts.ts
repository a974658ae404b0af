import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashSources } from './csp';

/**
 * Prerendered pages are served byte for byte from the build, so the hashes of
 * their inline scripts (React's payload, the chunk loader) can be allowed by
 * a header without rendering per request: the pages stay static. Read once
 * from the build output on first use.
 */
type StaticPages = { byPath: Map<string, string[]>; notFound: string[] };

let cached: StaticPages | undefined;

export function staticPages(buildDir = join(process.cwd(), '.next')): StaticPages {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(buildDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const byPath = new Map<string, string[]>();
  for (const route of Object.keys(manifest.routes)) {
    const html = readHtml(buildDir, route);
    if (html !== null) byPath.set(route, inlineScriptHashSources(html));
  }
  cached = { byPath, notFound: byPath.get('/_not-found') ?? [] };
  return cached;
}

function readHtml(buildDir: string, route: string): string | null {
  const file = route === '/' ? 'index.html' : `${route.slice(1)}.html`;
  try {
    return readFileSync(join(buildDir, 'server', 'app', file), 'utf8');
  } catch {
    return null; // Not a page (an icon, a route handler's body).
  }
}
