import type { AppErrorCode } from '@/lib/errors';
import { MAX_ACTION_BODY_BYTES } from '@/lib/http/body-limit';
import { readLimitedBody, type LimitedBody } from '@/lib/http/read-limited-body';
import type { Problem } from '@/lib/i18n/problem-codes';

/** Why a server-action call is refused, in the one error model: its code and status, and the problem the answer puts in words. */
export type ActionCallProblem = {
  code: Extract<AppErrorCode, 'bad_request' | 'payload_too_large'>;
  status: 400 | 413;
  problem: Problem;
};

const UNREADABLE: ActionCallProblem = {
  code: 'bad_request',
  status: 400,
  problem: { code: 'form_unreadable' },
};

const TOO_LARGE: ActionCallProblem = {
  code: 'payload_too_large',
  status: 413,
  problem: { code: 'form_too_large', params: { megabytes: MAX_ACTION_BODY_BYTES / (1024 * 1024) } },
};

/**
 * Whether a value holds a string Next would read as a reference ("$K1",
 * "$@1", "$" …). Our pages send every action call as form data; a text body
 * with references is hand-made, and a malformed one makes Next answer 500.
 */
function holdsReference(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$');
  if (Array.isArray(value)) return value.some(holdsReference);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, entry]) => key.startsWith('$') || holdsReference(entry));
  }
  return false;
}

/**
 * Why a server-action call cannot be read, or null when it can. Next answers
 * a body it cannot decode with a 500; this refuses it first, as the client's
 * fault, with a message. A call's arguments travel as multipart form data,
 * or as a JSON array of plain values. Reads a copy, the request itself goes
 * on untouched, and no more of it than Next would: the proxy runs before
 * Next's own body limit, so an unbounded read here would let anyone make the
 * server buffer any amount.
 */
export async function unreadableActionCall(request: Request): Promise<ActionCallProblem | null> {
  let body: LimitedBody;
  try {
    body = await readLimitedBody(request.clone(), MAX_ACTION_BODY_BYTES);
  } catch {
    // The client went away mid-body: nobody reads the answer.
    return UNREADABLE;
  }
  if (body.overLimit) return TOO_LARGE;

  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    try {
      await new Response(body.bytes, { headers: { 'content-type': contentType } }).formData();
      return null;
    } catch {
      return UNREADABLE;
    }
  }
  try {
    const args: unknown = JSON.parse(new TextDecoder().decode(body.bytes));
    if (Array.isArray(args) && !holdsReference(args)) return null;
  } catch {
    // Not JSON at all: refused below.
  }
  return UNREADABLE;
}
