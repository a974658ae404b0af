'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useSignedInEmail } from '@/lib/session/session';

/** "Sign in" for anonymous people, "Account" once signed in. */
export function AccountLink() {
  const email = useSignedInEmail();
  const t = useTranslations('layout');
  return email ? <Link href="/account">{t('account')}</Link> : <Link href="/signin">{t('signIn')}</Link>;
}
