import 'server-only';
import { z } from 'zod';

/**
 * The one place that reads process.env. Every variable is optional for local
 * use; a bad value stops the server at start-up with a message naming it.
 */
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(3000)),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ error: 'must be a postgres:// URL' })
      .refine((value) => /^postgres(ql)?:\/\//.test(value), { error: 'must be a postgres:// URL' })
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data')),
  AUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, { error: 'must be at least 32 characters (try: openssl rand -base64 32)' }).optional(),
  ),
  APP_URL: z.preprocess(emptyAsUndefined, z.url({ error: 'must be an absolute URL' }).default('http://localhost:3000')),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ error: 'must be an smtp:// or smtps:// URL' })
      .refine((value) => /^smtps?:\/\//.test(value), { error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
  ),
  EMAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).default('Unlisted <no-reply@localhost>')),
  CRON_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  ),
  REMINDERS_INTERVAL_SECONDS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: 'must be a number of seconds (0 turns the timer off)' }).int().min(0).default(60),
  ),
  /**
   * Where "Report a problem with this step" leads: a mailto: or https: URL,
   * in which {subject} and {body} are replaced by the prefilled report
   * (URL-encoded). Read when the step pages are built.
   */
  REPORT_PROBLEM_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((value) => /^(mailto:[^\s]+|https:\/\/[^\s]+)$/.test(value), {
        error: 'must be a mailto: or https:// URL, e.g. mailto:content@example.org?subject={subject}&body={body}',
      })
      .default('mailto:problems@localhost?subject={subject}&body={body}'),
  ),
  /** Set by Next.js itself; `phase-production-build` while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(issues: readonly z.core.$ZodIssue[]) {
    super(
      `Invalid environment:\n${issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`).join('\n')}`,
    );
    this.name = 'EnvError';
  }
}

/** Parses an environment; exported for tests, which pass their own. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new EnvError(result.error.issues);
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
