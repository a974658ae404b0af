// `npm run content:links`: are the checklists' official links still alive?
// Asks every official link (English and localized) and every source on an
// official domain, follows the redirects, prints a table and a summary, and
// writes every result with its redirect chain to a JSON report. Meant for a
// weekly scheduled job (README.md, "Link check"), never for `npm test`.
//
// Exits 1 when a link is broken, lands on a home page or leaves the official
// domains (or, with --strict, could not be checked); 2 on a usage error or
// when the machine looks offline; 0 otherwise. The rules: lib/content/link-check.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getPlatforms } from '@/lib/content';
import {
  buildReport,
  checkLinks,
  collectLinkTargets,
  countByStatus,
  DEFAULT_CHECK_OPTIONS,
  hasFailures,
  isOnOfficialDomain,
  LINK_STATUSES,
  linkCheckUserAgent,
  looksOffline,
  severityOf,
  type LinkResult,
  type Severity,
} from '@/lib/content/link-check';
import { env } from '@/lib/env';

const USAGE = `Usage: content-links [--only=<platform>[,<platform>…]] [--concurrency=N] [--timeout=SECONDS] [--json=PATH] [--strict] [--help]

  --only=SLUGS        check these platforms only (comma-separated slugs)
  --concurrency=N     requests at once, 1 to 16 (default ${DEFAULT_CHECK_OPTIONS.concurrency})
  --timeout=SECONDS   per request, before a retry (default ${DEFAULT_CHECK_OPTIONS.timeoutMs / 1000})
  --json=PATH         where the JSON report goes (default .data/link-report.json)
  --strict            count errors (timeouts, 5xx, network) as failures too
  --help              this text`;

class UsageError extends Error {}

const optionsSchema = z.object({
  only: z
    .string()
    .optional()
    .transform((value) => value?.split(',').map((slug) => slug.trim()).filter(Boolean)),
  concurrency: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 to 16' })
    .max(16, { error: 'must be 1 to 16' })
    .default(DEFAULT_CHECK_OPTIONS.concurrency),
  timeout: z.coerce
    .number({ error: 'must be a number of seconds' })
    .positive({ error: 'must be more than 0 seconds' })
    .max(120, { error: 'must be at most 120 seconds' })
    .default(DEFAULT_CHECK_OPTIONS.timeoutMs / 1000),
  json: z.string().min(1, { error: 'needs a path' }).default('.data/link-report.json'),
  strict: z.boolean().default(false),
  help: z.boolean().default(false),
});
type Options = z.infer<typeof optionsSchema>;

function readOptions(args: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        only: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('\n'));
  return parsed.data;
}

function selectPlatforms(only: string[] | undefined) {
  const platforms = getPlatforms();
  if (!only) return platforms;
  const unknown = only.filter((slug) => !platforms.some((platform) => platform.slug === slug));
  if (unknown.length > 0) throw new UsageError(`--only: no platform ${unknown.join(', ')} (there are ${platforms.map((platform) => platform.slug).join(', ')})`);
  return platforms.filter((platform) => only.includes(platform.slug));
}

// Colour only for a person at a terminal; hasColors() honours NO_COLOR and FORCE_COLOR.
const useColour = process.stdout.isTTY === true && process.stdout.hasColors();
const SEVERITY_COLOUR: Record<Severity, string> = { ok: '\u001b[32m', warning: '\u001b[33m', failure: '\u001b[31m' };
const paint = (severity: Severity, value: string) => (useColour ? `${SEVERITY_COLOUR[severity]}${value}\u001b[0m` : value);

/** Columns padded to their widest cell; numbers right-aligned; the first column may be painted. */
function table(header: string[], body: { cells: (string | number)[]; severity: Severity }[]): string {
  const rows = [header, ...body.map((row) => row.cells.map(String))];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[], source: (string | number)[] | null) =>
    row
      .map((cell, column) => (typeof source?.[column] === 'number' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [
    line(header, null),
    ...body.map((row, index) => {
      const text = line(rows[index + 1]!, row.cells);
      const status = String(row.cells[0]);
      return paint(row.severity, status) + text.slice(status.length);
    }),
  ].join('\n');
}

const SEVERITY_ORDER: Record<Severity, number> = { failure: 0, warning: 1, ok: 2 };

function where(result: LinkResult): string {
  const places = [...new Set(result.uses.map((use) => `${use.platform}/${use.step}`))];
  return places.length > 1 ? `${places[0]} (+${places.length - 1})` : (places[0] ?? '-');
}

function resultsTable(results: readonly LinkResult[], strict: boolean): string {
  // Failures first, then warnings, each in content order.
  const rows = results
    .map((result) => ({ result, severity: severityOf(result, strict) }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return table(
    ['Status', 'Code', 'Kind', 'Lang', 'Platform/step', 'URL', 'Final URL', 'Why'],
    rows.map(({ result, severity }) => ({
      severity,
      cells: [
        result.status,
        result.code ?? '-',
        [...new Set(result.uses.map((use) => use.kind))].join(','),
        result.language,
        where(result),
        result.url,
        result.finalUrl === result.url ? '' : result.finalUrl,
        result.reason,
      ],
    })),
  );
}

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count} ${count === 1 ? noun : nouns}`;

function summary(results: readonly LinkResult[], verdict: string): string {
  const counts = countByStatus(results);
  return `${verdict}: ${plural(results.length, 'link')}: ${LINK_STATUSES.map((status) => `${counts[status]} ${status}`).join(', ')}.`;
}

/** Progress for a person at a terminal; a scheduled job's log gets the table only. */
function progress(done: number, total: number): void {
  if (process.stderr.isTTY !== true) return;
  process.stderr.write(`\rChecked ${done}/${total}`);
  if (done === total) process.stderr.write('\r\u001b[K');
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const platforms = selectPlatforms(options.only);
  const targets = collectLinkTargets(platforms);
  const config = env();
  const checkOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    concurrency: options.concurrency,
    timeoutMs: options.timeout * 1000,
    userAgent: linkCheckUserAgent(config.APP_URL_SET ? config.APP_URL : undefined),
  };
  console.log(`Link check: ${plural(targets.length, 'address', 'addresses')} on ${plural(platforms.length, 'platform')}, ${checkOptions.concurrency} at a time, ${options.timeout} s timeout\n`);

  const generatedAt = new Date();
  const results = await checkLinks(targets, {
    ...checkOptions,
    fetch: (url, init) => fetch(url, init),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    now: () => Date.now(),
    isOfficial: isOnOfficialDomain,
    onResult: (_, done, total) => progress(done, total),
  });

  console.log(`${resultsTable(results, options.strict)}\n`);
  const report = buildReport(results, {
    generatedAt,
    strict: options.strict,
    options: { only: options.only ?? null, concurrency: checkOptions.concurrency, timeoutMs: checkOptions.timeoutMs, retries: checkOptions.retries, userAgent: checkOptions.userAgent },
  });
  const reportPath = resolve(options.json);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  // With no answer at all, every link would read as broken: say so rather than blame the links.
  const offline = looksOffline(results);
  const failed = hasFailures(results, options.strict);
  console.log(summary(results, offline ? 'UNCHECKED' : failed ? 'FAIL' : 'OK'));
  console.log(`Report: ${reportPath}`);
  if (offline) console.error('Not one link answered: this machine looks offline (or cannot resolve names), so nothing was judged.');
  process.exitCode = offline ? 2 : failed ? 1 : 0;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(`Link check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
