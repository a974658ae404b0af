import { IntentLink as Link } from '@/app/_components/intent-link';
import { getPlatforms } from '@/lib/content';
import { toPlatformRoute } from '@/lib/progress/paths';
import { ContinueWhereYouLeftOff } from './_components/continue-where-you-left-off';

export default function HomePage() {
  const platforms = getPlatforms();
  return (
    <>
      <h1 tabIndex={-1}>Take back control of your account</h1>
      <p className="lede">
        Save what you made, then lock your account down or leave for good. One step at a time, with a button that
        opens the exact official setting.
      </p>
      <ContinueWhereYouLeftOff routes={platforms.map(toPlatformRoute)} />
      <h2>Pick a platform</h2>
      <ul className="platform-list">
        {platforms.map((platform) => (
          <li key={platform.slug} className="card">
            <Link href={`/${platform.slug}`}>{platform.name}</Link>
            <p className="muted">{platform.tagline}</p>
          </li>
        ))}
      </ul>
      <h2>How it works</h2>
      <ol>
        <li>Back up your videos and data, using the platform’s own export.</li>
        <li>Then choose: lock the account down, or delete it.</li>
        <li>Each step says why it matters and how to do it on iPhone, Android or the web.</li>
      </ol>
      <p className="muted">
        Your progress stays in this browser. Nothing is sent anywhere, and we never recommend third-party download
        tools.
      </p>
    </>
  );
}
