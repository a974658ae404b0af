import { z } from 'zod';
import { getPlatform, getStep } from '@/lib/content';
import { LOCALES } from '@/lib/content/locales';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
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
  .string({ error: 'report_message_missing' satisfies ProblemCode })
  .transform((text) => normalizeLineBreaks(text).replace(CONTROL_CHARACTERS, ''))
  .pipe(
    z
      .string()
      .trim()
      .min(1, { error: 'report_message_missing' satisfies ProblemCode })
      .max(REPORT_MESSAGE_MAX, { error: 'report_message_too_long' satisfies ProblemCode }),
  );

/** Optional: an empty field means "no reply wanted". Kept as typed (no lower-casing): it is only ever written back to. */
const replyEmailSchema = z
  .string({ error: 'reply_email_format' satisfies ProblemCode })
  .trim()
  .max(REPORT_EMAIL_MAX, { error: 'email_too_long' satisfies ProblemCode })
  .pipe(z.union([z.literal(''), z.email({ error: 'reply_email_format' satisfies ProblemCode })]))
  .optional()
  .transform((value) => (value ? value : null));

export const problemReportSchema = z
  .object({
    platform: z.string({ error: 'report_platform_missing' satisfies ProblemCode }).max(100),
    step: z.string({ error: 'report_step_missing' satisfies ProblemCode }).max(100),
    // zod's own issue lists the languages, which the answer names (lib/http/handler.ts).
    locale: z.enum(LOCALES),
    message: messageSchema,
    replyEmail: replyEmailSchema,
  })
  .strict()
  .transform((report, context) => {
    const platform = getPlatform(report.platform);
    if (!platform) {
      context.addIssue({ code: 'custom', path: ['platform'], message: 'platform_unknown' satisfies ProblemCode });
      return z.NEVER;
    }
    const step = getStep(platform, report.step);
    if (!step) {
      context.addIssue({ code: 'custom', path: ['step'], message: 'step_unknown' satisfies ProblemCode });
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
