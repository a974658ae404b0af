'use client';

import { lazy, type ComponentProps } from 'react';

/*
 * The countdown and data-file forms appear on one step each. Loaded apart, so
 * the other steps (and every visitor who never opens those two) do not carry
 * their code or the query library they use. Still rendered on the server
 * (the step page wraps them in Suspense): the HTML has them before any script
 * runs, and they hydrate once their code arrives.
 */

const LazyStartCountdown = lazy(() => import('./start-countdown').then((module) => ({ default: module.StartCountdown })));
const LazyDataFileReminder = lazy(() => import('./data-file-reminder').then((module) => ({ default: module.DataFileReminder })));

export function StartCountdown(props: ComponentProps<typeof LazyStartCountdown>) {
  return <LazyStartCountdown {...props} />;
}

export function DataFileReminder(props: ComponentProps<typeof LazyDataFileReminder>) {
  return <LazyDataFileReminder {...props} />;
}
