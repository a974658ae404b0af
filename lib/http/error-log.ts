import 'server-only';

/*
 * Server logs outlive the data they describe: a person who deletes their
 * account must not live on in them. Database errors are the risk. Drizzle's
 * query errors carry the query's parameters (email addresses, dates) in
 * `params` and in their message; PostgreSQL's errors repeat values in
 * `detail` ("Key (email)=(…) already exists") and in some messages
 * (`invalid input syntax for type uuid: "…"`). So errors are logged from an
 * allow-list of fields, never by handing the object to console.error.
 */

/** How many causes deep the log follows; a longer chain is cut off, not walked. */
const MAX_CAUSES = 3;

/** Drizzle appends "\nparams: …" to its message: everything from there on goes. */
const PARAMS_PART = /\s*\bparams:[\s\S]*$/;

/**
 * A quoted value, the ways PostgreSQL quotes the input it refused: after a
 * colon (`invalid input syntax for type uuid: "…"`) or after "value"
 * (`value "…" is out of range`). Quoted names (of constraints, columns) stay.
 */
const QUOTED_VALUE = /(: |\bvalue )"[^"]*"/g;

/** String literals in SQL text: drizzle sends values as parameters, but raw SQL may inline them. */
const SQL_STRING_LITERAL = /'(?:[^']|'')*'/g;

/**
 * A log text for any thrown value that holds no personal data: the error's
 * name and message (without parameters or quoted values), the SQL it ran
 * (without values), each cause's name, message and PostgreSQL code, and the
 * stack frames. Never `params`, never `detail`.
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return `A non-error value was thrown (${kindOf(error)}).`;
  const lines: string[] = [];
  let shownQuery: string | undefined;
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth <= MAX_CAUSES; depth += 1) {
    const prefix = depth === 0 ? '' : '  caused by ';
    if (!(current instanceof Error)) {
      lines.push(`${prefix}a non-error value (${kindOf(current)})`);
      break;
    }
    lines.push(`${prefix}${headline(current)}`);
    // PGlite's error repeats the query drizzle's error already showed.
    const query = queryText(current);
    if (query && query !== shownQuery) lines.push(`  query: ${query}`);
    shownQuery = query ?? shownQuery;
    current = causeOf(current);
  }
  lines.push(...stackFrames(error));
  return lines.join('\n');
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/**
 * Auth.js wraps the error it caught as `{ err, ...that error's own cause }`:
 * only `err` is followed, the rest is the database error's fields, `detail`
 * and `params` among them.
 */
function causeOf(error: Error): unknown {
  const cause = error.cause;
  if (typeof cause === 'object' && cause !== null && !(cause instanceof Error) && 'err' in cause && cause.err instanceof Error) {
    return cause.err;
  }
  return cause;
}

function headline(error: Error): string {
  const code = 'code' in error && (typeof error.code === 'string' || typeof error.code === 'number') ? ` [code ${error.code}]` : '';
  const message = scrubMessage(error);
  return `${nameOf(error)}${code}${message ? `: ${message}` : ''}`;
}

/** Drizzle's query error keeps Error's own name; its class says more. */
function nameOf(error: Error): string {
  if (error.name !== 'Error') return error.name;
  const className = (error.constructor as { name?: unknown } | undefined)?.name;
  return typeof className === 'string' && className !== '' ? className : error.name;
}

function scrubMessage(error: Error): string {
  const query = rawQuery(error);
  const raw = String(error.message);
  // Drizzle's message repeats the SQL, which has a line of its own.
  const message = query ? raw.replace(query, '') : raw;
  return message
    .replace(PARAMS_PART, '')
    .replace(QUOTED_VALUE, '$1"…"')
    .replace(/:\s*$/, '')
    .trim();
}

function rawQuery(error: Error): string | undefined {
  return 'query' in error && typeof error.query === 'string' ? error.query : undefined;
}

function scrubQuery(query: string): string {
  return query.replace(SQL_STRING_LITERAL, "'…'");
}

function queryText(error: Error): string | undefined {
  const query = rawQuery(error);
  return query === undefined ? undefined : scrubQuery(query).replace(/\s+/g, ' ').trim();
}

/**
 * The "at …" lines only. The stack begins with the raw message, parameters
 * included, and a value with a line break could pass for a frame: the
 * message is cut off before the frames are picked.
 */
function stackFrames(error: Error): string[] {
  let stack = typeof error.stack === 'string' ? error.stack : '';
  const message = String(error.message);
  const messageAt = message ? stack.indexOf(message) : -1;
  if (messageAt >= 0) stack = stack.slice(messageAt + message.length);
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}
