import 'server-only';
import type { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '@/lib/content/locales';
import { AppError, type FieldIssue } from '@/lib/errors';
import { isProblemCode, type Problem } from '@/lib/i18n/problem-codes';
import { problemMessage } from '@/lib/i18n/problems';
import { requestLocale } from '@/lib/i18n/negotiate';
import { MAX_BODY_BYTES } from './body-limit';
import { loggableError } from './error-log';
import { readLimitedBody, type LimitedBody } from './read-limited-body';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Wraps a route handler in the one error model: AppErrors become their status
 * with a JSON body people can act on, in the request's language; anything
 * else is logged and answered with a bare 500 that reveals nothing.
 */
export function handle<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      // A route handler's first argument is the request (NextRequest extends Request).
      const locale = args[0] instanceof Request ? requestLocale(args[0].headers) : DEFAULT_LOCALE;
      if (error instanceof AppError) return errorResponse(error, locale);
      console.error(`Unhandled error in a route handler: ${loggableError(error)}`);
      const internal: Problem = { code: 'internal' };
      return Response.json(
        { error: 'internal', code: internal.code, message: problemMessage(locale, internal) },
        { status: 500, headers: NO_STORE },
      );
    }
  };
}

/**
 * The answer's body: `error` (the kind, as before), `code` (exactly what went
 * wrong, stable for scripts) and `message` in `locale`; each field issue the
 * same way. Browsers show `message` as it comes (lib/client-api/fetch-json.ts).
 */
export function errorResponse(error: AppError, locale: Locale): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.details.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.details.retryAfterSeconds);
  const issues = error.details.issues?.map(({ path, problem }) => ({ path, code: problem.code, message: problemMessage(locale, problem) }));
  return Response.json(
    { error: error.code, code: error.problem.code, message: problemMessage(locale, error.problem), ...(issues ? { issues } : {}) },
    { status: error.status, headers },
  );
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export { MAX_BODY_BYTES };

const tooLarge = () => new AppError('payload_too_large', { code: 'body_too_large', params: { maxBytes: MAX_BODY_BYTES } });

/**
 * The body as text, read no further than the limit: a client that sends more
 * (or lies in Content-Length) is cut off there, not buffered whole.
 */
async function readLimitedText(request: Request): Promise<string> {
  let body: LimitedBody;
  try {
    body = await readLimitedBody(request, MAX_BODY_BYTES);
  } catch {
    // The client went away mid-body: nobody is left to answer, and nothing went wrong here.
    throw new AppError('bad_request', { code: 'body_incomplete' });
  }
  if (body.overLimit) throw tooLarge();
  return new TextDecoder().decode(body.bytes);
}

/**
 * Refuses a body of another type before reading it. A JSON endpoint that
 * took text/plain would take it from any site: a browser sends a cross-site
 * text/plain POST with the person's cookies and no preflight, while
 * application/json from another origin needs a preflight this app never grants.
 */
function requireMediaType(request: Request, expected: string): void {
  const essence = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (essence !== expected) throw new AppError('unsupported_media_type', { code: 'body_wrong_type', params: { type: expected } });
}

/** Reads and validates a JSON body: 415 when not sent as JSON, 413 when too big, 400 with field issues when malformed. */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  requireMediaType(request, 'application/json');
  const text = await readLimitedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', { code: 'body_not_json' });
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw invalidFields(result.error.issues);
  }
  return result.data;
}

/** What zod itself knows about an issue that a message may name: the limit, the allowed values. */
function zodParams(issue: z.core.$ZodIssue): Problem['params'] {
  switch (issue.code) {
    case 'custom':
      return issue.params as Problem['params'];
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    case 'invalid_value':
      return { allowed: issue.values.map(String).join(', ') };
    default:
      return undefined;
  }
}

/**
 * The problem a zod issue names. Our schemas give a problem code as their
 * message (its parameters come with the issue); an issue zod raised with its
 * own English words is named by what kind of issue it is.
 */
function problemOf(issue: z.core.$ZodIssue): Problem {
  if (isProblemCode(issue.message)) {
    const params = zodParams(issue);
    return params ? { code: issue.message, params } : { code: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'field_wrong_type' };
    case 'unrecognized_keys':
      return { code: 'field_unknown', params: { keys: issue.keys.join(', ') } };
    case 'too_big':
      return { code: 'field_too_big', params: { maximum: Number(issue.maximum) } };
    case 'too_small':
      return { code: 'field_too_small', params: { minimum: Number(issue.minimum) } };
    case 'invalid_format':
      return { code: 'field_format' };
    case 'invalid_value':
      return { code: 'one_of', params: { allowed: issue.values.map(String).join(', ') } };
    default:
      return { code: 'field_invalid' };
  }
}

export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), problem: problemOf(issue) }));
}

/** "Some fields are not valid", with what is wrong with each. */
export function invalidFields(issues: readonly z.core.$ZodIssue[]): AppError {
  return new AppError('bad_request', { code: 'fields_invalid' }, { issues: toFieldIssues(issues) });
}

/** Reads and validates a URL-encoded form body (a plain HTML form's post), with the same limits as JSON. */
export async function readForm<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  requireMediaType(request, 'application/x-www-form-urlencoded');
  const text = await readLimitedText(request);
  const result = schema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!result.success) {
    throw invalidFields(result.error.issues);
  }
  return result.data;
}
