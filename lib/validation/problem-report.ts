import { z } from 'zod';
import { getPlatform, getStep } from '@/lib/content';
import { LOCALES } from '@/lib/content/locales';
import { normalizeLineBreaks, REPORT_EMAIL_MAX, REPORT_MESSAGE_MAX } from './problem-report-limits';

export { REPORT_EMAIL_MAX, REPORT_MESSAGE_MAX } from './problem-report-limits';

/*
 * "Report a problem with this step", as the step page's form sends it (JSON
 * from its script, or a plain form post without one). The step must exist in
 * the content; what the report is about (the step's lastVerified, its page)
 * is read from the content here, never taken from the request.
 */

/** Control characters but tab and line feed: invisible in a message, and PostgreSQL refuses to store NUL at all. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const messageSchema = z
  .string({ error: 'Write what is wrong with this step.' })
  .transform((text) => normalizeLineBreaks(text).replace(CONTROL_CHARACTERS, ''))
  .pipe(
    z
      .string()
      .trim()
      .min(1, { error: 'Write what is wrong with this step.' })
      .max(REPORT_MESSAGE_MAX, { error: `Keep the message to ${REPORT_MESSAGE_MAX} characters or fewer.` }),
  );

/** Optional: an empty field means "no reply wanted". Kept as typed (no lower-casing): it is only ever written back to. */
const replyEmailSchema = z
  .string({ error: 'Enter an email address like name@example.com, or leave it empty.' })
  .trim()
  .max(REPORT_EMAIL_MAX, { error: 'That email address is too long.' })
  .pipe(z.union([z.literal(''), z.email({ error: 'Enter an email address like name@example.com, or leave it empty.' })]))
  .optional()
  .transform((value) => (value ? value : null));

export const problemReportSchema = z
  .object({
    platform: z.string({ error: 'Say which platform the step is on.' }).max(100),
    step: z.string({ error: 'Say which step the report is about.' }).max(100),
    locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }),
    message: messageSchema,
    replyEmail: replyEmailSchema,
  })
  .strict()
  .transform((report, context) => {
    const platform = getPlatform(report.platform);
    if (!platform) {
      context.addIssue({ code: 'custom', path: ['platform'], message: 'is not a platform Unlisted knows' });
      return z.NEVER;
    }
    const step = getStep(platform, report.step);
    if (!step) {
      context.addIssue({ code: 'custom', path: ['step'], message: 'is not a step of this platform' });
      return z.NEVER;
    }
    return {
      ...report,
      platformName: platform.name,
      stepTitle: step.title,
      contentDate: step.lastVerified,
      pagePath: `/${platform.slug}/${step.slug}`,
    };
  });

export type ProblemReportInput = z.input<typeof problemReportSchema>;
export type ValidProblemReport = z.output<typeof problemReportSchema>;

/**
 * The page of the step a form names, or null when no such step exists: where
 * a plain form post goes back to, whatever else was wrong with it. Never built
 * from the request's words alone, so it cannot lead anywhere else.
 */
export function reportedStepPath(platformSlug: unknown, stepSlug: unknown): string | null {
  if (typeof platformSlug !== 'string' || typeof stepSlug !== 'string') return null;
  const platform = getPlatform(platformSlug);
  const step = platform && getStep(platform, stepSlug);
  return platform && step ? `/${platform.slug}/${step.slug}` : null;
}
