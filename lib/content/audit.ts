import { DEVICE_LABELS, DEVICES } from './constants';
import { daysSince, isIsoDate, STALE_AFTER_DAYS } from './freshness';
import { findPlatformProblems, isOfficialUrl } from './problems';
import { LINK_KINDS, SOURCE_KINDS, type LinkKind, type SourceKind } from './constants';
import { findStepLinkProblems, platformSchema } from './schema';

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
  /** A secondary source on the platform's own domain: it is official, and the page would say otherwise. */
  'source-kind': 'error',
  /** The setting link is not first, no link opens the setting and no reason is given, or the verification has no source of its kind. */
  'link-rules': 'error',
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
  /** How the steps open their setting: setting link first, a stated reason instead, or neither (an error). */
  settingLinks: { first: number; reasonGiven: number; neither: number };
  /** Official links by kind, across the platform's steps. */
  linkKinds: Record<LinkKind, number>;
  /** Steps by what they were last checked against. */
  verifiedAgainst: Record<SourceKind, number>;
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
  const settingLinks = { first: 0, reasonGiven: 0, neither: 0 };
  const linkKinds = Object.fromEntries(LINK_KINDS.map((kind) => [kind, 0])) as Record<LinkKind, number>;
  const verifiedAgainst = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;

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
          if (!isRecord(link) || typeof link.url !== 'string') return;
          const what = `${field === 'sources' ? 'source' : 'official link'} ${shown(link.label)} (${link.url})`;
          if (field === 'sources' && link.kind === 'secondary') {
            if (isOfficialUrl(link.url, domains)) report('source-kind', `${what} is on the platform's own domain: mark it official`, [field, linkIndex, 'kind']);
            return;
          }
          if (isOfficialUrl(link.url, domains)) return;
          const why = link.url.startsWith('https://') ? `is outside the official domains ${domains.join(', ')}` : 'does not use https';
          report('off-domain-link', `${what} ${why}`, [field, linkIndex, 'url']);
        });
      }
    }

    const links = arrayOf(rawStep.officialLinks).filter(isRecord);
    for (const link of links) if (isLinkKind(link.kind)) linkKinds[link.kind] += 1;
    if (isSourceKind(rawStep.verifiedAgainst)) verifiedAgainst[rawStep.verifiedAgainst] += 1;
    const hasSetting = links.some((link) => link.kind === 'setting');
    const reason = text(rawStep.noSettingLink);
    if (links[0]?.kind === 'setting') settingLinks.first += 1;
    else if (!hasSetting && reason) settingLinks.reasonGiven += 1;
    else if (!hasSetting) settingLinks.neither += 1;
    // The schema's own rules, on whatever of them the raw step has in the right shape.
    if (links.every((link) => isLinkKind(link.kind)) && isSourceKind(rawStep.verifiedAgainst)) {
      const rules = findStepLinkProblems({
        officialLinks: links.map((link) => ({ kind: link.kind as LinkKind })),
        noSettingLink: reason ?? undefined,
        sources: arrayOf(rawStep.sources).flatMap((source) => (isRecord(source) && isSourceKind(source.kind) ? [{ kind: source.kind }] : [])),
        verifiedAgainst: rawStep.verifiedAgainst,
      });
      for (const rule of rules) report('link-rules', rule.message, rule.path);
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
    settingLinks,
    linkKinds,
    verifiedAgainst,
    findings,
  };
}

const isLinkKind = (value: unknown): value is LinkKind => (LINK_KINDS as readonly unknown[]).includes(value);
const isSourceKind = (value: unknown): value is SourceKind => (SOURCE_KINDS as readonly unknown[]).includes(value);

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
