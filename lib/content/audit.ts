import { DEVICE_LABELS, DEVICES } from './constants';
import { daysSince, isIsoDate, STALE_AFTER_DAYS } from './freshness';
import { findPlatformProblems, isOfficialUrl } from './problems';
import { platformSchema } from './schema';

/**
 * The content audit: what a person re-checking the checklists should look at.
 * It reads the raw content, before validation, so that one broken step does
 * not hide the findings of the others. Everything the build's loader rejects
 * is an error here too; warnings never fail the build.
 */

export const FINDING_SEVERITY = {
  /** A platformSchema issue not covered by a more specific kind below. */
  schema: 'error',
  /** A cross-reference problem: duplicate slugs, flows or recommendedBefore naming missing steps. */
  consistency: 'error',
  unsourced: 'error',
  'missing-device': 'error',
  /** A link that is not https, or not on one of the platform's officialDomains. */
  'off-domain-link': 'error',
  'invalid-date': 'error',
  'future-date': 'error',
  stale: 'warning',
  'unavailable-device': 'warning',
} as const;

export type FindingKind = keyof typeof FINDING_SEVERITY;
export type Severity = (typeof FINDING_SEVERITY)[FindingKind];
export const FINDING_KINDS = Object.keys(FINDING_SEVERITY) as FindingKind[];

type FindingBase = {
  /** The platform's slug, or "platform #N" when it has none. */
  platform: string;
  /** The step's slug ("step #N" when it has none), or null for the platform as a whole. */
  step: string | null;
  severity: Severity;
  message: string;
};
export type Finding =
  | (FindingBase & { kind: Exclude<FindingKind, 'stale'> })
  | (FindingBase & { kind: 'stale'; ageDays: number });

export type AuditRow = {
  slug: string;
  name: string;
  steps: number;
  /** The oldest and newest valid `lastVerified`, null when no step has one. */
  oldestVerified: string | null;
  newestVerified: string | null;
  findings: Finding[];
};

type UnknownRecord = Record<string, unknown>;
type Path = readonly PropertyKey[];

const isRecord = (value: unknown): value is UnknownRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : `a ${value === null ? 'null' : typeof value}`);

/** Audits every platform of `raw` (as `content/index.ts` exports it) as of `today` (YYYY-MM-DD). */
export function auditPlatforms(raw: readonly unknown[], today: string): AuditRow[] {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, not "${today}"`);
  const rows = raw.map((candidate, index) => auditPlatform(candidate, index, today));

  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.slug)) {
      row.findings.push(finding(row.slug, null, 'consistency', `${row.slug}: duplicate platform slug`));
    }
    seen.add(row.slug);
  }
  return rows;
}

/** How many findings of each kind, for tables and summaries. */
export function countFindings(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const { kind } of findings) counts[kind] += 1;
  return counts;
}

function auditPlatform(candidate: unknown, index: number, today: string): AuditRow {
  const platform = isRecord(candidate) ? candidate : {};
  const slug = text(platform.slug) ?? `platform #${index + 1}`;
  const steps = arrayOf(platform.steps);
  const domains = arrayOf(platform.officialDomains).filter((domain): domain is string => typeof domain === 'string');

  const findings: Finding[] = [];
  // Schema issues under these paths are already reported by a more specific finding.
  const covered: Path[] = [];
  const dates: string[] = [];

  steps.forEach((rawStep, stepIndex) => {
    if (!isRecord(rawStep)) return; // the schema reports it
    const step = text(rawStep.slug) ?? `step #${stepIndex + 1}`;
    const at = ['steps', stepIndex] as const;
    const report = (kind: Exclude<FindingKind, 'stale'>, message: string, path?: Path) => {
      findings.push(finding(slug, step, kind, message));
      if (path) covered.push([...at, ...path]);
    };

    if (arrayOf(rawStep.sources).length === 0) report('unsourced', 'has no sources', ['sources']);

    const howTo = isRecord(rawStep.howTo) ? rawStep.howTo : {};
    if (howTo !== rawStep.howTo) covered.push([...at, 'howTo']);
    for (const device of DEVICES) {
      const entry = howTo[device];
      const label = DEVICE_LABELS[device];
      if (!isRecord(entry)) {
        report('missing-device', `has no ${label} (${device}) entry`, ['howTo', device]);
      } else if (entry.available === true && !arrayOf(entry.steps).some((line) => text(line) !== null)) {
        report('missing-device', `${label} is marked available but has no instructions`, ['howTo', device]);
      } else if (entry.available === false) {
        findings.push(finding(slug, step, 'unavailable-device', `${label} is marked unavailable: ${text(entry.reason) ?? '(no reason given)'}`));
      }
    }

    // Without valid domains every link would be flagged; the schema reports the domains instead.
    if (domains.length > 0) {
      for (const field of ['officialLinks', 'sources'] as const) {
        arrayOf(rawStep[field]).forEach((link, linkIndex) => {
          if (!isRecord(link) || typeof link.url !== 'string' || isOfficialUrl(link.url, domains)) return;
          const what = `${field === 'sources' ? 'source' : 'official link'} ${shown(link.label)} (${link.url})`;
          const why = link.url.startsWith('https://') ? `is outside the official domains ${domains.join(', ')}` : 'does not use https';
          report('off-domain-link', `${what} ${why}`, [field, linkIndex, 'url']);
        });
      }
    }

    const lastVerified = rawStep.lastVerified;
    if (typeof lastVerified !== 'string' || !isIsoDate(lastVerified)) {
      report('invalid-date', `lastVerified ${shown(lastVerified)} is not a date written YYYY-MM-DD`, ['lastVerified']);
    } else if (lastVerified > today) {
      report('future-date', `lastVerified ${lastVerified} is in the future (today is ${today})`);
    } else {
      dates.push(lastVerified);
      const ageDays = daysSince(lastVerified, today);
      if (ageDays > STALE_AFTER_DAYS) {
        const message = `last verified ${lastVerified}, ${ageDays} days ago (stale after ${STALE_AFTER_DAYS})`;
        findings.push({ platform: slug, step, kind: 'stale', severity: FINDING_SEVERITY.stale, message, ageDays });
      }
    }
  });

  const parsed = platformSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (covered.some((path) => startsWith(issue.path, path))) continue;
      findings.push(finding(slug, stepOf(issue.path, steps), 'schema', `${formatPath(issue.path)}${issue.message}`));
    }
  } else {
    // Cross-references need parsed data, so they wait until the schema passes.
    // Links and dates were audited step by step above, on the raw data: blank
    // them so findPlatformProblems reports only the cross-references.
    const crossReferencesOnly = {
      ...parsed.data,
      steps: parsed.data.steps.map((step) => ({ ...step, officialLinks: [], sources: [], lastVerified: today })),
    };
    for (const problem of findPlatformProblems(crossReferencesOnly, today)) {
      findings.push(finding(slug, null, 'consistency', problem));
    }
  }

  dates.sort();
  return {
    slug,
    name: text(platform.name) ?? slug,
    steps: steps.length,
    oldestVerified: dates[0] ?? null,
    newestVerified: dates.at(-1) ?? null,
    findings,
  };
}

function finding(platform: string, step: string | null, kind: Exclude<FindingKind, 'stale'>, message: string): Finding {
  return { platform, step, kind, severity: FINDING_SEVERITY[kind], message };
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((part, index) => path[index] === part);
}

/** The slug of the step a schema issue sits in, if it sits in one. */
function stepOf(path: Path, steps: readonly unknown[]): string | null {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return null;
  const step = steps[path[1]];
  return (isRecord(step) ? text(step.slug) : null) ?? `step #${path[1] + 1}`;
}

/** The same `steps[0].howTo.web: ` prefix the loader writes. */
function formatPath(path: Path): string {
  if (path.length === 0) return '';
  return `${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '')}: `;
}
