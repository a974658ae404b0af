import 'server-only';
import { env } from '@/lib/env';
import { returnPathSchema } from '@/lib/validation/email';

/**
 * A place on this site to return to after signing in, from a path or from an
 * absolute address Auth.js put in a link: only APP_URL's own pages; anything
 * else goes to /account.
 */
export function sameSiteReturnPath(value: string | undefined): string {
  if (!value) return '/account';
  const { APP_URL } = env();
  let url: URL;
  try {
    url = new URL(value, APP_URL);
  } catch {
    return '/account';
  }
  if (url.origin !== APP_URL) return '/account';
  return returnPathSchema.parse(url.pathname + url.search);
}
