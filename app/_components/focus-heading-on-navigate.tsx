'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * After a client-side navigation, moves focus to the new page's main heading
 * so keyboard and screen-reader users start at the new content. The first
 * page load is left alone: the browser's own focus order applies there.
 */
export function FocusHeadingOnNavigate() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);

  return null;
}
