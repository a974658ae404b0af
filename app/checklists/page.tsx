import type { Metadata } from 'next';
import { getPlatforms } from '@/lib/content';
import { toPlatformRoute } from '@/lib/progress/paths';
import { BookmarkedChecklists } from './_components/bookmarked-checklists';

export const metadata: Metadata = { title: 'Your checklists' };

export default function ChecklistsPage() {
  return (
    <>
      <h1 tabIndex={-1}>Your checklists</h1>
      <p className="lede">The checklists you bookmarked, with how far you got on each.</p>
      <BookmarkedChecklists routes={getPlatforms().map(toPlatformRoute)} />
    </>
  );
}
