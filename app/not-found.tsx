import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p className="lede">There is no checklist or step at this address. It may have been mistyped, or the step renamed.</p>
      <p>
        <Link className="button button-primary" href="/">
          Pick a platform
        </Link>
      </p>
    </>
  );
}
