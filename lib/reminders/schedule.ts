import type { Problem, ProblemCode } from '@/lib/i18n/problem-codes';
import { calendarDateOutOfRange } from '@/lib/validation/date-range';

/*
 * When the deletion countdown's reminders go out. Pure: the caller passes
 * `now` and the person's time zone, so every rule here can be tested with a
 * fixed clock.
 */

/** A calendar date, YYYY-MM-DD, with no time zone of its own. */
export type IsoDate = string;

export type ReminderKind = 'deletion-7-days' | 'deletion-1-day' | 'deletion-final' | 'data-file-1-day';

export type Reminder = { kind: ReminderKind; dueAt: Date };

/** Reminders arrive in the morning of the person's own day, not at midnight UTC. */
export const REMINDER_TIME = '09:00';

/** Ordered from the earliest to the last: the late-start rule relies on it. */
export const DELETION_REMINDERS = [
  { kind: 'deletion-7-days', daysBefore: 7 },
  { kind: 'deletion-1-day', daysBefore: 1 },
  { kind: 'deletion-final', daysBefore: 0 },
] as const satisfies readonly { kind: ReminderKind; daysBefore: number }[];

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** A final reminder later than this would only announce what already happened. */
const FINAL_REMINDER_LATENESS_MS = DAY_MS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

type DateParts = { year: number; month: number; day: number };

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function parseDate(date: IsoDate): DateParts | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date rolls 2026-02-30 over to March 2; a round trip catches it.
  const check = new Date(utcMs(year, month, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function requireDate(date: IsoDate): DateParts {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

function formatDate(ms: number): IsoDate {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Calendar arithmetic on UTC midnights, so a DST change never turns a day into 23 or 25 hours. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  const { year, month, day } = requireDate(date);
  return formatDate(utcMs(year, month, day) + days * DAY_MS);
}

/** The day the deletion becomes permanent. */
export function finalDay({ requestedOn, graceDays }: { requestedOn: IsoDate; graceDays: number }): IsoDate {
  return addDays(requestedOn, graceDays);
}

/** Every problem `checkRequestedOn` can name: the step page gives the browser their words. */
export const REQUESTED_ON_PROBLEMS = [
  'date_format',
  'date_not_exist',
  'date_too_early',
  'date_in_future',
  'deletion_already_permanent',
] as const satisfies readonly ProblemCode[];

/**
 * Why a typed-in request date can't start a countdown, or null when it can.
 * A request whose final day is today is still accepted: there is still time to
 * log in and cancel. The same check runs in the browser before sending and on
 * the server, each putting the problem in the reader's language.
 */
export function checkRequestedOn({
  requestedOn,
  today,
  graceDays,
}: {
  requestedOn: string;
  today: IsoDate;
  graceDays: number;
}): (Problem & { code: (typeof REQUESTED_ON_PROBLEMS)[number] }) | null {
  if (!ISO_DATE.test(requestedOn)) return { code: 'date_format' };
  if (!parseDate(requestedOn)) return { code: 'date_not_exist' };
  requireDate(today);
  const outOfRange = calendarDateOutOfRange(requestedOn, today);
  if (outOfRange) return outOfRange;
  // ISO dates of the same length sort as strings.
  if (finalDay({ requestedOn, graceDays }) < today) {
    return { code: 'deletion_already_permanent', params: { days: graceDays } };
  }
  return null;
}

const MAX_CACHED_ZONES = 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // An empty or missing zone would silently fall back to the server's own.
    if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError('A time zone is required.');
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23: some engines print midnight as "24" with hour12: false.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    // Zone names come from people's browsers; spelling variants must not grow the cache without bound.
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What the wall clock in `timeZone` shows at `instant`, as milliseconds read as if UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return utcMs(year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

function offsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - instant;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `time`.
 * A time skipped by a spring-forward change gives the first instant after the
 * gap; a time repeated by a fall-back change gives its first occurrence.
 */
export function zonedTimeToUtc(date: IsoDate, time: string, timeZone: string): Date {
  const { year, month, day } = requireDate(date);
  const clock = TIME.exec(time);
  if (!clock) throw new RangeError(`Not a time (HH:MM): ${JSON.stringify(time)}`);
  const wall = utcMs(year, month, day, Number(clock[1]), Number(clock[2]));

  // The offsets a day either side bracket any single change near this time.
  const offsetBefore = offsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wall + DAY_MS, timeZone);
  const matches = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return new Date(matches[0]);

  // In a gap: find the change itself, the first instant whose clock reads past `wall`.
  let low = wall - offsetAfter;
  let high = wall - offsetBefore;
  if (low >= high) return new Date(high);
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (wallClockMs(middle, timeZone) > wall) high = middle;
    else low = middle;
  }
  return new Date(high);
}

/**
 * When each deletion reminder goes out. A countdown started late sends only
 * what is still useful:
 * - a reminder is superseded, and dropped, once the day of the next one has
 *   begun in the person's time zone (a "7 days left" note is wrong by then,
 *   even before that day's reminder time);
 * - otherwise it goes out at its time, or now if that time has passed;
 * - the final one is dropped once its time is more than a day past.
 * So at most one reminder is ever due "now": the latest one missed.
 */
export function deletionReminders({
  finalOn,
  timeZone,
  now,
}: {
  finalOn: IsoDate;
  timeZone: string;
  now: Date;
}): Reminder[] {
  const days = DELETION_REMINDERS.map(({ kind, daysBefore }) => ({ kind, on: addDays(finalOn, -daysBefore) }));
  const reminders: Reminder[] = [];
  days.forEach(({ kind, on }, index) => {
    const next = days[index + 1];
    const at = zonedTimeToUtc(on, REMINDER_TIME, timeZone).getTime();
    const superseded = next
      ? now.getTime() >= zonedTimeToUtc(next.on, '00:00', timeZone).getTime()
      : now.getTime() - at > FINAL_REMINDER_LATENESS_MS;
    if (superseded) return;
    reminders.push({ kind, dueAt: new Date(Math.max(at, now.getTime())) });
  });
  return reminders;
}

/**
 * A reminder to download the data file the day before its last downloadable
 * day. The file counts as gone at the end of that last day in the person's
 * own time zone; TikTok does not say which zone it uses.
 */
export function dataFileReminder({
  readyOn,
  availableDays,
  timeZone,
  now,
}: {
  readyOn: IsoDate;
  availableDays: number;
  timeZone: string;
  now: Date;
}): { kind: 'data-file-1-day'; dueAt: Date } | null {
  if (!Number.isInteger(availableDays) || availableDays < 1) {
    throw new RangeError(`Available days must be a positive whole number: ${availableDays}`);
  }
  const lastDay = addDays(readyOn, availableDays - 1);
  const expiresAt = zonedTimeToUtc(addDays(lastDay, 1), '00:00', timeZone).getTime();
  if (now.getTime() >= expiresAt) return null;
  // A file available for a single day can't be reminded about before it is ready.
  const remindOn = availableDays >= 2 ? addDays(lastDay, -1) : readyOn;
  const at = zonedTimeToUtc(remindOn, REMINDER_TIME, timeZone).getTime();
  return { kind: 'data-file-1-day', dueAt: new Date(Math.max(at, now.getTime())) };
}

/** The live countdown, rounded down so it never promises more time than there is. */
export function timeLeft(
  finalAt: Date,
  now: Date,
): { days: number; hours: number; minutes: number; past: boolean } {
  const left = finalAt.getTime() - now.getTime();
  if (!(left > 0)) return { days: 0, hours: 0, minutes: 0, past: true };
  return {
    days: Math.floor(left / DAY_MS),
    hours: Math.floor((left % DAY_MS) / HOUR_MS),
    minutes: Math.floor((left % HOUR_MS) / MINUTE_MS),
    past: false,
  };
}
