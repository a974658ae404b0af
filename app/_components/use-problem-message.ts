'use client';

import { useTranslations } from 'next-intl';
import { problemValues, type Problem } from '@/lib/i18n/problem-codes';

type Render = (code: string, values: Record<string, string | number | Date>) => string;

/**
 * Puts a problem the browser found itself (a date checked before sending)
 * into the page's language, from the `errors` messages the page handed its
 * client components (lib/i18n/client-messages.ts, clientProblemMessages).
 */
export function useProblemMessage(): (problem: Problem) => string {
  const t = useTranslations('errors');
  // One code at a time is known only at run time: next-intl's key-by-key argument types cannot follow it.
  return (problem) => (t as unknown as Render)(problem.code, problemValues(problem));
}
