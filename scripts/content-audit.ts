// `npm run content:audit`: how fresh and how sound the checklists are. Prints a
// table per platform, then every finding, then a summary; exits 1 when there
// is any error (what the build would reject), 0 when there are only warnings.
//
//   --today=YYYY-MM-DD   audit as of another day (to see what goes stale when)
//   --json               print the audit rows as JSON instead of the report
//   --content=<module>   audit the `rawPlatforms` export of another module (a draft)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { rawPlatforms } from '@/content';
import { rawTranslations } from '@/content/translations';
import { auditPlatforms, countFindings, type AuditRow, type Finding, type Severity } from '@/lib/content/audit';
import { isIsoDate, STALE_AFTER_DAYS } from '@/lib/content/freshness';
import { todayUtc } from '@/lib/content/load';
import { LOCALE_NAMES } from '@/lib/content/locales';
import { auditTranslations, type TranslationAudit } from '@/lib/content/translation-audit';

const USAGE = 'Usage: content-audit [--today=YYYY-MM-DD] [--json] [--content=<module path>]';

class UsageError extends Error {}

type Options = { today: string; json: boolean; content: readonly unknown[] };

async function readOptions(args: string[]): Promise<Options> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: { today: { type: 'string' }, json: { type: 'boolean' }, content: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const today = values.today ?? todayUtc();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}"`);
  return { today, json: values.json ?? false, content: values.content ? await importContent(values.content) : rawPlatforms };
}

async function importContent(modulePath: string): Promise<readonly unknown[]> {
  const loaded: { rawPlatforms?: unknown } = await import(pathToFileURL(resolve(modulePath)).href);
  if (!Array.isArray(loaded.rawPlatforms)) throw new UsageError(`${modulePath} does not export a rawPlatforms array`);
  return loaded.rawPlatforms;
}

// Colour only for a person at a terminal; hasColors() honours NO_COLOR and FORCE_COLOR.
const useColour = process.stdout.isTTY === true && process.stdout.hasColors();
const SEVERITY_COLOUR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m' };
const paint = (severity: Severity, value: string) => (useColour ? `${SEVERITY_COLOUR[severity]}${value}\u001b[0m` : value);

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: string[], body: (string | number)[][]): string {
  const cells = [header, ...body.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[], source: (string | number)[] | null) =>
    row
      .map((cell, column) => (typeof source?.[column] === 'number' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header, null), ...body.map((row, index) => line(cells[index + 1]!, row))].join('\n');
}

function checkedOn(row: AuditRow): string {
  if (!row.oldestVerified || !row.newestVerified) return '-';
  return row.oldestVerified === row.newestVerified ? row.oldestVerified : `${row.oldestVerified} to ${row.newestVerified}`;
}

function freshnessTable(rows: readonly AuditRow[]): string {
  return table(
    ['Platform', 'Steps', 'Checked on', 'Stale', 'Unsourced', 'Missing a device', 'Off-domain links', 'Unavailable devices'],
    rows.map((row) => {
      const counts = countFindings(row.findings);
      return [
        row.name,
        row.steps,
        checkedOn(row),
        counts.stale,
        counts.unsourced,
        counts['missing-device'],
        counts['off-domain-link'],
        counts['unavailable-device'],
      ];
    }),
  );
}

/** How each platform's steps open their setting, and what they were checked against. */
function linksTable(rows: readonly AuditRow[]): string {
  const total = (pick: (row: AuditRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const columns: [string, (row: AuditRow) => number][] = [
    ['Steps', (row) => row.steps],
    ['Setting link first', (row) => row.settingLinks.first],
    ['Reason given instead', (row) => row.settingLinks.reasonGiven],
    ['Neither', (row) => row.settingLinks.neither],
    ['Setting links', (row) => row.linkKinds.setting],
    ['Help links', (row) => row.linkKinds.help],
    ['Hub links', (row) => row.linkKinds.hub],
    ['Checked: official', (row) => row.verifiedAgainst.official],
    ['Checked: secondary', (row) => row.verifiedAgainst.secondary],
  ];
  return table(
    ['Platform', ...columns.map(([name]) => name)],
    [...rows.map((row) => [row.name, ...columns.map(([, pick]) => pick(row))]), ['All', ...columns.map(([, pick]) => total(pick))]],
  );
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const errorsOf = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === 'error').length;

function findingsList(rows: readonly AuditRow[]): string {
  return rows
    .map((row) => {
      const errors = errorsOf(row.findings);
      const title = `${row.name} (${row.slug}): ${plural(errors, 'error')}, ${plural(row.findings.length - errors, 'warning')}`;
      if (row.findings.length === 0) return title;
      // Errors first; within a severity, the order the audit found them in (step order).
      const sorted = [...row.findings].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
      const lines = table(
        ['Severity', 'Step', 'Kind', 'Message'],
        sorted.map((finding) => [finding.severity, finding.step ?? '-', finding.kind, finding.message]),
      ).split('\n');
      const painted = lines.slice(1).map((line, index) => {
        const { severity } = sorted[index]!;
        return paint(severity, severity) + line.slice(severity.length);
      });
      return [title, ...[lines[0]!, ...painted].map((line) => `  ${line}`)].join('\n');
    })
    .join('\n\n');
}

function summary(rows: readonly AuditRow[], today: string): string {
  const findings = rows.flatMap((row) => row.findings);
  const errors = errorsOf(findings);
  const steps = rows.reduce((total, row) => total + row.steps, 0);
  const stale = countFindings(findings).stale;
  const verdict = errors > 0 ? 'FAIL' : 'OK';
  return `${verdict}: ${plural(rows.length, 'platform')}, ${plural(steps, 'step')} as of ${today}: ${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')} (${stale} stale).`;
}

function translationsReport(audit: TranslationAudit): string {
  const body = table(
    ['Language', 'Platform', 'Steps', 'Translated', 'Shown in English: missing', 'Shown in English: outdated'],
    audit.rows.map((row) => [LOCALE_NAMES[row.locale], row.platform, row.steps, row.translated, row.missing.join(', ') || '-', row.outdated.join(', ') || '-']),
  );
  const problems = audit.problems.map((problem) => `  ${paint('error', 'error')}  ${problem}`);
  return [body, ...problems].join('\n');
}

async function main() {
  const options = await readOptions(process.argv.slice(2));
  const rows = auditPlatforms(options.content, options.today);
  // Translations are checked against the real content only: a draft passed with --content has none.
  const translations: TranslationAudit = options.content === rawPlatforms ? auditTranslations(rawPlatforms, rawTranslations, options.today) : { rows: [], problems: [] };
  if (options.json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log(`Content audit as of ${options.today} (a step is stale when last verified more than ${STALE_AFTER_DAYS} days ago)\n`);
    console.log(`${freshnessTable(rows)}\n`);
    console.log(`Links and checks (the first link opens the setting itself, or the step says why not)\n\n${linksTable(rows)}\n`);
    console.log(`Findings\n\n${findingsList(rows)}\n`);
    if (translations.rows.length > 0 || translations.problems.length > 0) console.log(`Translations\n\n${translationsReport(translations)}\n`);
    console.log(summary(rows, options.today));
  }
  process.exitCode = rows.some((row) => errorsOf(row.findings) > 0) || translations.problems.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(`Content audit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
