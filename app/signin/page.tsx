import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth';
import { returnPathSchema } from '@/lib/validation/email';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ from?: string; error?: string; callbackUrl?: string }> };

/** Auth.js sends people back here with ?error= when a link is expired, used or invalid. */
const LINK_ERRORS: Record<string, string> = {
  Verification: 'That sign-in link has expired or was already used. Ask for a new one below.',
  Configuration: 'Signing in is not working right now. Please try again later.',
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = returnPathSchema.parse(params.from ?? relativeCallback(params.callbackUrl));
  if (await getCurrentUser()) redirect(from);
  const linkError = params.error ? (LINK_ERRORS[params.error] ?? 'Signing in did not work. Please ask for a new link.') : null;

  return (
    <>
      <h1 tabIndex={-1}>Sign in</h1>
      <p className="lede">
        Sign in with your email to keep your progress on every device and bookmark checklists. No password: we email
        you a link.
      </p>
      {linkError && (
        <p className="callout" role="alert">
          {linkError}
        </p>
      )}
      <SignInForm from={from} />
      <p className="muted">
        You don’t need an account: without one, your progress stays in this browser. What you did before signing in is
        added to your account, nothing lost. <Link href="/account">What we keep, and how to delete it</Link>.
      </p>
    </>
  );
}

function relativeCallback(callbackUrl: string | undefined): string | undefined {
  if (!callbackUrl) return undefined;
  try {
    const url = new URL(callbackUrl, 'http://local');
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}
