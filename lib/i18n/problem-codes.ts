/*
 * Every problem the site can report to a person: a stable code, and the
 * parameters its message takes. The words live in messages/{locale}/errors.json
 * (namespace `errors`, one key per code), so a validator, a route handler or
 * the browser names what went wrong and the reader's language says it.
 * lib/i18n/problems.test.ts fails when a language lacks a code's message or
 * its message takes other parameters than these.
 *
 * Plain data with no imports: the browser's own date check (the countdown
 * form) builds problems too, and only their type travels there.
 */

/**
 * What a parameter holds. A `date` is a calendar date (YYYY-MM-DD) and is
 * written out in the reader's language; `number` is formatted for it; `text`
 * goes in as it is (a platform's name, a media type, a list of identifiers).
 */
export type ParamKind = 'date' | 'number' | 'text';

const none = {} as const;

export const PROBLEM_CODES = {
  // Any request (lib/http/handler.ts, proxy.ts).
  internal: none,
  body_too_large: { maxBytes: 'number' },
  body_incomplete: none,
  body_wrong_type: { type: 'text' },
  body_not_json: none,
  fields_invalid: none,
  foreign_origin: none,
  form_unreadable: none,
  form_too_large: { megabytes: 'number' },
  // A field zod refused with no message of ours (lib/http/handler.ts, toFieldIssues).
  field_wrong_type: none,
  field_unknown: { keys: 'text' },
  field_too_big: { maximum: 'number' },
  field_too_small: { minimum: 'number' },
  field_format: none,
  field_invalid: none,
  one_of: { allowed: 'text' },

  // Accounts and sign-in.
  sign_in_required: none,
  account_just_deleted: none,
  write_conflict: none,
  countdown_start_conflict: none,
  data_file_reminder_conflict: none,
  sign_in_token_missing: none,
  sign_in_email_missing: none,
  callback_url_invalid: none,
  callback_cookie_invalid: none,
  use_sign_in_page: none,
  email_missing: none,
  email_too_long: none,
  email_format: none,

  // Rate limits (lib/rate-limit/policies.ts): `minutes` is 0 under 90 seconds, and then `seconds` is said.
  too_many_changes: { seconds: 'number', minutes: 'number' },
  too_many_exports: { seconds: 'number', minutes: 'number' },
  too_many_requests: { seconds: 'number', minutes: 'number' },
  too_many_reports: { seconds: 'number', minutes: 'number' },
  too_many_reports_site: { seconds: 'number', minutes: 'number' },

  // Dates (lib/validation/date-range.ts, lib/reminders/schedule.ts, lib/validation/progress.ts).
  date_format: none,
  date_not_exist: none,
  date_too_early: { earliest: 'date' },
  date_in_future: none,
  deletion_already_permanent: { days: 'number' },
  requested_on_missing: none,
  timestamp_format: none,
  timestamp_out_of_range: { earliest: 'text' },
  time_zone_invalid: none,

  // Checklists, countdowns and reminders.
  platform_unknown: none,
  platform_not_known: none,
  platform_missing: none,
  platform_no_grace_period: none,
  platform_deletes_at_once: { platform: 'text' },
  platform_no_data_file_window: none,
  step_unknown: none,
  too_many_platforms: none,
  too_many_steps: none,
  checklist_not_found: none,
  countdown_not_found: none,
  data_file_expired: { readyOn: 'date' },
  data_file_window_over: none,
  data_file_reminder_not_found: { platform: 'text' },
  stop_link_invalid: none,
  stop_token_missing: none,
  stop_token_too_long: none,
  cron_disabled: none,
  cron_bad_token: none,
  locale_invalid: { allowed: 'text' },

  // "Report a problem with this step".
  report_no_step: none,
  report_message_missing: none,
  report_message_too_long: { maximum: 'number' },
  report_platform_missing: none,
  report_step_missing: none,
  reply_email_format: none,
} as const satisfies Record<string, Readonly<Record<string, ParamKind>>>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Parameter values as they travel (JSON, zod issues): dates as YYYY-MM-DD strings. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** What went wrong, in no language yet. */
export type Problem = { readonly code: ProblemCode; readonly params?: ProblemParams };

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_CODES, value);
}

/**
 * The values a message is formatted with: its `date` parameters become Date
 * objects at UTC midnight, which the messages format with `{name, date, long}`
 * in the UTC zone (every translator here is set to it), so the day never shifts.
 */
export function problemValues(problem: Problem): Record<string, string | number | Date> {
  const kinds: Readonly<Record<string, ParamKind>> = PROBLEM_CODES[problem.code];
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    values[name] = kinds[name] === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  }
  return values;
}
