import 'server-only';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '@/lib/errors';
import { MAX_BODY_BYTES } from './body-limit';
import { loggableError } from './error-log';
import { readLimitedBody, type LimitedBody } from './read-limited-body';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Wraps a route handler in the one error model: AppErrors become their status
 * with a JSON body people can act on; anything else is logged and answered
 * with a bare 500 that reveals nothing.
 */
export function handle<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error(`Unhandled error in a route handler: ${loggableError(error)}`);
      return Response.json(
        { error: 'internal', message: 'Something went wrong on our side. Please try again.' },
        { status: 500, headers: NO_STORE },
      );
    }
  };
}

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.details.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.details.retryAfterSeconds);
  return Response.json(
    { error: error.code, message: error.message, ...(error.details.issues ? { issues: error.details.issues } : {}) },
    { status: error.status, headers },
  );
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export { MAX_BODY_BYTES };

const tooLarge = () => new AppError('payload_too_large', `The request body is over ${MAX_BODY_BYTES} bytes.`);

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
    throw new AppError('bad_request', 'The request body did not arrive whole.');
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
  if (essence !== expected) throw new AppError('unsupported_media_type', `Send the body as ${expected}.`);
}

/** Reads and validates a JSON body: 415 when not sent as JSON, 413 when too big, 400 with field issues when malformed. */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  requireMediaType(request, 'application/json');
  const text = await readLimitedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new AppError('bad_request', 'Some fields are not valid.', { issues: toFieldIssues(result.error.issues) });
  }
  return result.data;
}

export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Reads and validates a URL-encoded form body (a plain HTML form's post), with the same limits as JSON. */
export async function readForm<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  requireMediaType(request, 'application/x-www-form-urlencoded');
  const text = await readLimitedText(request);
  const result = schema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!result.success) {
    throw new AppError('bad_request', 'Some fields are not valid.', { issues: toFieldIssues(result.error.issues) });
  }
  return result.data;
}
