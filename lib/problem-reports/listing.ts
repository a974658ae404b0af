import { parseArgs } from 'node:util';
import { SLUG_PATTERN } from '@/lib/content/constants';
import { isIsoDate } from '@/lib/content/freshness';
import type { ProblemReport } from '@/lib/db/queries/problem-reports';

/*
 * `npm run reports`, apart from the database: reading the command line and
 * printing what was found, so both can be tested without a terminal.
 */

export const REPORTS_USAGE = 'Usage: npm run reports -- [--json] [--limit=N] [--platform=<slug>] [--since=YYYY-MM-DD]';

/** The most one listing shows, whatever --limit asks for. */
export const MAX_LISTED = 10_000;
const DEFAULT_LISTED = 50;

/** A message in the table is cut to this many characters; --json has it whole. */
const MESSAGE_COLUMN = 60;

export class ReportsUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportsUsageError';
  }
}

export type ReportsOptions = { json: boolean; limit: number; platform?: string; since?: Date };

/** Throws a ReportsUsageError naming what is wrong (the CLI exits 2 on it). */
export function parseReportsArgs(args: readonly string[]): ReportsOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, platform: { type: 'string' }, since: { type: 'string' } },
    }));
  } catch (error) {
    throw new ReportsUsageError(error instanceof Error ? error.message : String(error));
  }
  const options: ReportsOptions = { json: values.json ?? false, limit: DEFAULT_LISTED };
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1 || Number(values.limit) > MAX_LISTED) {
      throw new ReportsUsageError(`--limit must be a whole number from 1 to ${MAX_LISTED}, not "${values.limit}"`);
    }
    options.limit = Number(values.limit);
  }
  if (values.platform !== undefined) {
    // Not checked against today's content: reports about a platform since removed stay listable.
    if (!SLUG_PATTERN.test(values.platform)) throw new ReportsUsageError(`--platform must be a platform's slug (e.g. tiktok), not "${values.platform}"`);
    options.platform = values.platform;
  }
  if (values.since !== undefined) {
    if (!isIsoDate(values.since)) throw new ReportsUsageError(`--since must be a date written YYYY-MM-DD, not "${values.since}"`);
    options.since = new Date(`${values.since}T00:00:00Z`);
  }
  return options;
}

/** A report as `--json` prints it: every field, the message whole. */
export function reportAsJson(report: ProblemReport) {
  return {
    id: report.id,
    createdAt: report.createdAt.toISOString(),
    platform: report.platform,
    step: report.step,
    locale: report.locale,
    contentDate: report.contentDate,
    pagePath: report.pagePath,
    message: report.message,
    replyEmail: report.replyEmail,
  };
}

/** One line, at most `length` characters (by code point), "…" where it was cut. */
export function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  return characters.length <= length ? flat : `${characters.slice(0, length - 1).join('')}…`;
}

/** Columns padded to their widest cell (counted by code point). */
function table(header: string[], rows: string[][]): string {
  const width = (cell: string) => [...cell].length;
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const minute = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The listing for a person at a terminal, newest first as given. */
export function reportsTable(reports: readonly ProblemReport[], options: Pick<ReportsOptions, 'limit' | 'platform' | 'since'>): string {
  const filters = [
    options.platform ? `on ${options.platform}` : '',
    options.since ? `since ${options.since.toISOString().slice(0, 10)}` : '',
  ].filter(Boolean);
  const scope = filters.length > 0 ? ` ${filters.join(' ')}` : '';
  if (reports.length === 0) return `No problem reports${scope}.`;
  const title =
    reports.length === options.limit
      ? `The ${reports.length} newest problem reports${scope} (--limit=N for more):`
      : `${reports.length} problem report${reports.length === 1 ? '' : 's'}${scope}, newest first:`;
  const body = table(
    ['Received', 'Step', 'Language', 'Content date', 'Message', 'Reply to'],
    reports.map((report) => [
      minute(report.createdAt),
      `${report.platform}/${report.step}`,
      report.locale,
      report.contentDate,
      truncate(report.message, MESSAGE_COLUMN),
      report.replyEmail ?? '-',
    ]),
  );
  return `${title}\n\n${body}`;
}
