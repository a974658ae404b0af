// How old a step's `lastVerified` date is. Kept free of zod so the browser can
// import it (a step page may say "checked 3 days ago") without the validator.

/** Today's date as YYYY-MM-DD in UTC, the zone `lastVerified` dates are written in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A step not re-checked against the platform for longer than this is stale. */
export const STALE_AFTER_DAYS = 180;

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to a real calendar date written YYYY-MM-DD, or null. */
function dayNumber(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 rolls over to March 2; a real date survives the round trip.
  if (date.toISOString().slice(0, 10) !== value) return null;
  return date.getTime() / MS_PER_DAY;
}

/** True for a real calendar date written YYYY-MM-DD (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== null;
}

/**
 * Whole UTC calendar days from `lastVerified` to `today`, both YYYY-MM-DD;
 * negative when `lastVerified` is after `today`. Throws a RangeError for a
 * string that is not a date, rather than answering NaN.
 */
export function daysSince(lastVerified: string, today: string): number {
  const from = dayNumber(lastVerified);
  const to = dayNumber(today);
  if (from === null) throw new RangeError(`"${lastVerified}" is not a date written YYYY-MM-DD`);
  if (to === null) throw new RangeError(`"${today}" is not a date written YYYY-MM-DD`);
  return to - from;
}

/** True when `lastVerified` is strictly more than STALE_AFTER_DAYS before `today`. */
export function isStale(lastVerified: string, today: string): boolean {
  return daysSince(lastVerified, today) > STALE_AFTER_DAYS;
}
