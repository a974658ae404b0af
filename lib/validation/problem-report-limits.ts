// Plain constants, free of zod: the step page's form (a client component) reads them too.

/** The most a report's message may hold, counted as the browser's maxlength counts (UTF-16 units, a line break as one). */
export const REPORT_MESSAGE_MAX = 2000;

/** The longest email address there can be (RFC 5321's path limit less its angle brackets). */
export const REPORT_EMAIL_MAX = 254;

/**
 * A line break as one character, as the textarea counted it: a form post
 * sends each one as CR LF, which would otherwise count twice against the
 * limit the browser already enforced.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
