import type { Problem } from '@/lib/i18n/problem-codes';

/*
 * The dates people may send. Nothing Unlisted keeps happened before 2020, and
 * ISO formats let through years PostgreSQL refuses (0000) or cannot hold
 * (275760): without bounds, a typo or a probe became a database error and a
 * 500 instead of a message.
 */

/** The earliest calendar date accepted, YYYY-MM-DD. */
export const EARLIEST_DATE = '2020-01-01';

/** The earliest instant accepted, at the start of that day in UTC. */
export const EARLIEST_TIME = `${EARLIEST_DATE}T00:00:00Z`;
export const EARLIEST_TIME_MS = Date.parse(EARLIEST_TIME);

/**
 * Why a calendar date (YYYY-MM-DD, already known to exist) is out of range,
 * or null when it is between 2020-01-01 and `today`. Dates of the same length
 * sort as strings. A problem, not words: the browser and the server each say
 * it in the reader's language.
 */
export function calendarDateOutOfRange(date: string, today: string): (Problem & { code: 'date_too_early' | 'date_in_future' }) | null {
  if (date < EARLIEST_DATE) return { code: 'date_too_early', params: { earliest: EARLIEST_DATE } };
  if (date > today) return { code: 'date_in_future' };
  return null;
}
