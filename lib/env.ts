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
  /**
   * The site's own address: the one source of every absolute link (emails,
   * redirects, calendar files, Auth.js). Never derived from a request's Host
   * or X-Forwarded-* headers, which the client chooses. An origin only.
   */
  APP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, e.g. https://unlisted.example.org' })
      .refine((value) => isBareOrigin(value), { error: 'must be an origin only (no path, query or fragment), e.g. https://unlisted.example.org' })
      .optional(),
  ),
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
   * Who receives "Report a problem with this step" by email: a comma-separated
   * list of addresses. Unset, reports are stored and listed by `npm run
   * reports`, and not emailed.
   */
  REPORTS_TO: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string()
      .transform((value, context) => {
        const addresses = value.split(',').map((address) => address.trim());
        if (addresses.some((address) => !z.email().safeParse(address).success)) {
          context.addIssue({ code: 'custom', message: 'must be a comma-separated list of email addresses, e.g. content@example.org,editor@example.org' });
          return z.NEVER;
        }
        return addresses;
      })
      .optional(),
  ),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For.
   * 0: the client is the TCP peer and a request's own X-Forwarded-For changes
   * nothing. N: the Nth entry from the right (the one the outermost trusted
   * proxy wrote).
   */
  TRUSTED_PROXY_HOPS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: 'must be a whole number of proxies (0 when clients connect directly)' }).int().min(0).max(10).default(0),
  ),
  /** Set by server.mjs, the production entry, which tells the app each request's TCP peer. */
  UNLISTED_SERVER_ENTRY: z.preprocess(emptyAsUndefined, z.literal('1').optional()),
  /** Set by Next.js itself; `phase-production-build` while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
});

function isBareOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  } catch {
    return false;
  }
}

type ParsedEnv = z.infer<typeof envSchema>;
export type Env = Omit<ParsedEnv, 'APP_URL'> & {
  /** The site's origin, without a trailing slash: `https://unlisted.example.org`. */
  APP_URL: string;
  /** False when APP_URL fell back to http://localhost:PORT (production refuses that). */
  APP_URL_SET: boolean;
};

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
  const { APP_URL, ...rest } = result.data;
  return {
    ...rest,
    APP_URL: new URL(APP_URL ?? `http://localhost:${rest.PORT}`).origin,
    APP_URL_SET: APP_URL !== undefined,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/**
 * What a production server must have before it answers anyone, each as a
 * sentence an operator can act on. Checked at start-up, not while parsing:
 * `next build` also runs in production mode and needs none of it.
 */
export function productionProblems(config: Env): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!config.APP_URL_SET) {
    problems.push('APP_URL is not set: set it to the public address people use, e.g. https://unlisted.example.org.');
  } else {
    const url = new URL(config.APP_URL);
    if (url.protocol !== 'https:' && !isLoopbackHost(url.hostname)) {
      problems.push(`APP_URL must be https:// (it is ${config.APP_URL}); only localhost may use http://.`);
    }
  }
  if (!config.SMTP_URL) {
    problems.push(
      'SMTP_URL is not set: sign-in links would have nowhere to go but the log. Set SMTP_URL=smtp://user:password@host:587 (or smtps://…:465).',
    );
  }
  if (!config.UNLISTED_SERVER_ENTRY) {
    problems.push(
      'Start the server with `npm start` (node server.mjs), not `next start`: server.mjs tells the app which address each request came from; without it, clients could pick their own.',
    );
  }
  return problems;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
