import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getPlatform } from '@/lib/content';
import { stopCountdownReminders } from '@/lib/db/queries/countdowns';
import { readStopToken } from '@/lib/reminders/stop-token';

export const metadata: Metadata = { title: 'Stop reminders', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

/** The stop link in reminder emails: one click stops them, no sign-in needed. */
export default async function StopRemindersPage({ searchParams }: Props) {
  const countdownId = readStopToken((await searchParams).token ?? '');
  const stopped = countdownId ? await stopCountdownReminders({ countdownId }) : null;

  if (!stopped) {
    return (
      <>
        <h1 tabIndex={-1}>This link does not work</h1>
        <p className="lede">It may have been copied incompletely, or the countdown was deleted with your data.</p>
        <p>
          <Link href="/countdowns">See your countdowns</Link>
        </p>
      </>
    );
  }
  const name = getPlatform(stopped.platform)?.name ?? stopped.platform;
  return (
    <>
      <h1 tabIndex={-1}>Reminders stopped</h1>
      <p className="lede">You will get no more emails about your {name} deletion countdown.</p>
      <p>
        The countdown itself is still on <Link href="/countdowns">your countdowns</Link>, where you can also cancel it.
      </p>
    </>
  );
}
