import type { Locale } from '@/lib/content/locales';
import { messagesFor, type Messages } from './messages';
import type { ProblemCode } from './problem-codes';

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

/**
 * The `errors` messages of the problems a page's client components find
 * themselves (the countdown form's date check), and no others: a problem
 * found on the server arrives already in words.
 */
export function clientProblemMessages(locale: Locale, codes: readonly ProblemCode[]): Partial<Messages> {
  const errors = messagesFor(locale).errors;
  // A subset of the namespace: the provider takes it as it is; the type only knows whole namespaces.
  return { errors: Object.fromEntries(codes.map((code) => [code, errors[code]])) as Messages['errors'] };
}
