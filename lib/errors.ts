import { problemMessage } from '@/lib/i18n/problems';
import type { Problem } from '@/lib/i18n/problem-codes';

/** The one error model: a code people and tests can rely on, and the HTTP status it maps to. */
export type AppErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'bad_request'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable';

const STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  bad_request: 400,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
};

/** What is wrong with one field: its path in the body, and the problem, put in words when answered. */
export type FieldIssue = { path: string; problem: Problem };

/**
 * `code` is the kind of failure (its HTTP status); `problem` says exactly
 * what went wrong, and is put in the reader's language only when the answer
 * is written (lib/http/handler.ts). `message` is the English, for logs and tests.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    readonly problem: Problem,
    readonly details: { issues?: FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(problemMessage('en', problem));
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}
