import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getCurrentUser } from '@/lib/auth';
import { deleteMyDataAction, signOutAction } from './actions';
import { DeleteMyData } from './_components/delete-my-data';
import { LocalData } from './_components/local-data';

export const metadata: Metadata = { title: 'Your account and data' };

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  const { deleted } = await searchParams;

  if (!user) {
    return (
      <>
        <h1 tabIndex={-1}>Your data</h1>
        {deleted && (
          <p className="notice" role="status">
            Your Unlisted account and everything in it were deleted, and you are signed out.
          </p>
        )}
        <p className="lede">You are not signed in. Your progress and bookmarks are kept in this browser only.</p>
        <p>
          <Link className="button button-primary" href="/signin?from=/account">
            Sign in
          </Link>{' '}
          to keep them on every device. Signing in adds what this browser kept to your account.
        </p>
        <h2>What this browser keeps</h2>
        <p>The steps you marked, the path you chose, your bookmarks and your device. Nothing else, and nothing is sent anywhere.</p>
        <LocalData />
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>Your account</h1>
      <p className="lede">
        Signed in as <strong>{user.email}</strong>.
      </p>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>

      <h2>What Unlisted keeps</h2>
      <p>
        Your email address, the steps you marked on each checklist and when, the path you chose, your bookmarks, and
        your sign-in sessions. Nothing else: no name, no tracking, no third parties.
      </p>

      <h2>Take it with you</h2>
      <p>A JSON file with everything listed above.</p>
      <p>
        <a className="button" href="/api/account/export" download>
          Export my data
        </a>
      </p>

      <h2>Delete it</h2>
      <p>
        Deletes your account and everything in it at once, on every device. It does not touch your accounts on the
        platforms themselves.
      </p>
      <DeleteMyData action={deleteMyDataAction} />
    </>
  );
}
