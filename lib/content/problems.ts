import type { Platform } from './schema';

/**
 * Checks that a single step or field cannot express on its own: references
 * between steps, links against the platform's official domains, and dates
 * against today. Returns readable problems; an empty list means the platform
 * is sound.
 */
export function findPlatformProblems(platform: Platform, today: string): string[] {
  const problems: string[] = [];
  const where = (stepSlug: string) => `${platform.slug}/${stepSlug}`;

  const seen = new Set<string>();
  for (const step of platform.steps) {
    if (seen.has(step.slug)) problems.push(`${where(step.slug)}: duplicate step slug`);
    seen.add(step.slug);
  }

  for (const [flowId, flow] of Object.entries(platform.flows)) {
    const inFlow = new Set<string>();
    for (const slug of flow.steps) {
      if (!seen.has(slug)) problems.push(`${platform.slug} flow "${flowId}": names missing step "${slug}"`);
      if (inFlow.has(slug)) problems.push(`${platform.slug} flow "${flowId}": lists step "${slug}" twice`);
      inFlow.add(slug);
    }
  }

  for (const kind of ['data-download', 'deletion'] as const) {
    const withKind = platform.steps.filter((step) => step.kind === kind);
    if (withKind.length > 1) problems.push(`${platform.slug}: more than one step has kind "${kind}"`);
  }

  for (const step of platform.steps) {
    for (const slug of step.recommendedBefore) {
      if (!seen.has(slug)) problems.push(`${where(step.slug)}: recommendedBefore names missing step "${slug}"`);
      if (slug === step.slug) problems.push(`${where(step.slug)}: recommendedBefore names the step itself`);
    }
    const officialPages = [
      ...step.officialLinks.flatMap((link) => [link, ...Object.values(link.localizedUrls).map((url) => ({ label: link.label, url }))]),
      ...step.sources.filter((source) => source.kind === 'official'),
    ];
    for (const link of officialPages) {
      if (!isOfficialUrl(link.url, platform.officialDomains)) {
        problems.push(`${where(step.slug)}: link "${link.label}" (${link.url}) is outside the official domains ${platform.officialDomains.join(', ')}`);
      }
    }
    for (const source of step.sources.filter((candidate) => candidate.kind === 'secondary')) {
      if (isOfficialUrl(source.url, platform.officialDomains)) {
        problems.push(`${where(step.slug)}: source "${source.label}" (${source.url}) is the platform's own page: mark it official`);
      }
    }
    if (step.lastVerified > today) {
      problems.push(`${where(step.slug)}: lastVerified ${step.lastVerified} is in the future (today is ${today})`);
    }
  }

  return problems;
}

/** True for https URLs on an official domain or one of its subdomains. */
export function isOfficialUrl(url: string, officialDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
