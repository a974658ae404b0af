import type { Locale } from '@/lib/content/locales';
import { isApiPath } from '@/lib/security/headers';

/**
 * The internal path of a page in `locale` (`/tiktok` → `/es/tiktok`), or null
 * for what is not a page: API routes, build files, and files with an
 * extension (the manifest, icons), which are the same in every language.
 */
export function localizedPagePath(path: string, locale: Locale): string | null {
  if (isApiPath(path) || path.startsWith('/_next/')) return null;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last.includes('.')) return null;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
