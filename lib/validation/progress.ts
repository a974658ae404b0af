import { z } from 'zod';
import { getPlatform, getStep } from '@/lib/content';
import { FLOW_IDS } from '@/lib/content/constants';
import { slugSchema } from '@/lib/content/schema';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { STEP_STATUSES } from '@/lib/progress/state';
import { EARLIEST_TIME, EARLIEST_TIME_MS } from './date-range';

/*
 * Shared by the browser's calls, the route handlers and the tests. Slugs are
 * checked against the real content: a step that does not exist is refused
 * with a message, never stored. Messages are problem codes
 * (lib/i18n/problem-codes.ts), put in words in the reader's language.
 */

/** Client clocks drift; a time far in the future would win every later merge, so it is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const timestampSchema = z.iso
  .datetime({ offset: true, error: 'timestamp_format' satisfies ProblemCode })
  .refine(
    (value) => {
      const time = Date.parse(value);
      return time >= EARLIEST_TIME_MS && time <= Date.now() + MAX_CLOCK_SKEW_MS;
    },
    {
      error: 'timestamp_out_of_range' satisfies ProblemCode,
      params: { earliest: EARLIEST_TIME },
      // A value the format check refused already has its message (Date.parse reads more than ISO 8601 allows).
      when: (payload) => payload.issues.length === 0,
    },
  );

export const platformSlugSchema = slugSchema.refine((slug) => getPlatform(slug) !== undefined, {
  error: 'platform_unknown' satisfies ProblemCode,
});

// Without a message of their own: zod's issue lists the allowed values, which the answer names (lib/http/handler.ts).
export const stepStatusSchema = z.enum(STEP_STATUSES);
export const flowSchema = z.enum(FLOW_IDS);

/** An unknown platform is reported on its own field; only a known platform's steps are checked here. */
function stepExists(platform: string, step: string): boolean {
  const found = getPlatform(platform);
  return found === undefined || getStep(found, step) !== undefined;
}

export const progressUpdateSchema = z
  .object({
    platform: platformSlugSchema,
    step: slugSchema,
    status: stepStatusSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .refine((value) => stepExists(value.platform, value.step), {
    error: 'step_unknown' satisfies ProblemCode,
    path: ['step'],
  });
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

export const flowUpdateSchema = z
  .object({ platform: platformSlugSchema, flow: flowSchema, updatedAt: timestampSchema })
  .strict();
export type FlowUpdate = z.infer<typeof flowUpdateSchema>;

const MAX_PLATFORMS = 50;
const MAX_STEPS_PER_PLATFORM = 100;

/** What a browser sends at sign-in: everything it kept while anonymous. */
export const progressMergeSchema = z
  .object({
    platforms: z
      .record(
        platformSlugSchema,
        z.object({
          flow: flowSchema.optional(),
          flowUpdatedAt: timestampSchema.optional(),
          steps: z.record(slugSchema, z.object({ status: stepStatusSchema, updatedAt: timestampSchema }).strict()),
        }),
      )
      .refine((platforms) => Object.keys(platforms).length <= MAX_PLATFORMS, { error: 'too_many_platforms' satisfies ProblemCode }),
    bookmarks: z.record(platformSlugSchema, z.object({ createdAt: timestampSchema }).strict()).default({}),
  })
  .strict()
  .superRefine((value, context) => {
    for (const [platform, progress] of Object.entries(value.platforms)) {
      const steps = Object.keys(progress.steps);
      if (steps.length > MAX_STEPS_PER_PLATFORM) {
        context.addIssue({ code: 'custom', path: ['platforms', platform, 'steps'], message: 'too_many_steps' satisfies ProblemCode });
      }
      for (const step of steps) {
        if (!stepExists(platform, step)) {
          context.addIssue({
            code: 'custom',
            path: ['platforms', platform, 'steps', step],
            message: 'step_unknown' satisfies ProblemCode,
          });
        }
      }
    }
  });
export type ProgressMerge = z.infer<typeof progressMergeSchema>;
