/** The person's time zone: reminders go out at a time of their day, and dates are shown in it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
