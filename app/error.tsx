'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p className="lede">This page could not be shown. Your progress is still saved in this browser.</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => reset()}>
          Try again
        </button>
        <Link className="button" href="/">
          Go to the home page
        </Link>
      </div>
    </>
  );
}
