import type { Metadata } from 'next';
import { getPlatforms } from '@/lib/content';
import { CountdownList } from './_components/countdown-list';

export const metadata: Metadata = { title: 'Your deletion countdowns' };

export default function CountdownsPage() {
  const platforms = Object.fromEntries(
    getPlatforms().flatMap((platform) =>
      platform.timings.deletionGraceDays
        ? [[platform.slug, { name: platform.name, graceDays: platform.timings.deletionGraceDays }]]
        : [],
    ),
  );
  return (
    <>
      <h1 tabIndex={-1}>Your deletion countdowns</h1>
      <p className="lede">How long until each deletion you asked for becomes permanent.</p>
      <CountdownList platforms={platforms} />
    </>
  );
}
