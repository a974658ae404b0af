import type { Locale } from '@/lib/content/locales';
import { messagesFor, type Messages } from './messages';

type Namespace = keyof Messages;

/** What the layout's own client components translate, on every page. */
const LAYOUT_NAMESPACES = ['layout', 'error', 'progressNotice'] as const satisfies readonly Namespace[];

/**
 * The messages to hand a NextIntlClientProvider: the layout's, plus the
 * namespaces a page's client components use. Sent with the page, so only
 * these: words rendered on the server never travel twice.
 */
export function clientMessages(locale: Locale, ...pageNamespaces: Namespace[]): Partial<Messages> {
  const all = messagesFor(locale);
  return Object.fromEntries([...LAYOUT_NAMESPACES, ...pageNamespaces].map((namespace) => [namespace, all[namespace]]));
}
