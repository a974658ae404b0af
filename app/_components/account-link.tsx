'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useSignedInEmail } from '@/lib/progress/progress-context';

/** "Sign in" for anonymous people, "Account" once signed in. */
export function AccountLink() {
  const email = useSignedInEmail();
  return email ? <Link href="/account">Account</Link> : <Link href="/signin">Sign in</Link>;
}
