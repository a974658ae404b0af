import { describe, expect, it } from 'vitest';
import { validPlatform, validStep } from './fixtures/valid-platform';
import { ContentError, loadPlatforms, todayUtc } from './load';
import type { PlatformInput } from './schema';

const today = '2026-06-01';

function problemsOf(raw: unknown[]): string[] {
  try {
    loadPlatforms(raw, { today });
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

function withStep(index: number, change: (step: ReturnType<typeof validStep>) => unknown): PlatformInput {
  const platform = validPlatform();
  const steps = [...platform.steps] as unknown[];
  steps[index] = change(structuredClone(platform.steps[index]!));
  return { ...platform, steps } as PlatformInput;
}

describe('loadPlatforms', () => {
  it('accepts a valid platform and fills defaults', () => {
    const [platform] = loadPlatforms([validPlatform()], { today });
    expect(platform?.slug).toBe('example');
    expect(platform?.steps[0]?.warnings).toEqual([]);
    expect(platform?.steps[0]?.unchanged).toEqual([]);
    expect(platform?.steps[2]?.recommendedBefore).toEqual(['back-up']);
  });

  it('accepts official links on subdomains of an official domain', () => {
    expect(problemsOf([validPlatform()])).toEqual([]);
  });

  it('rejects a duplicate step slug', () => {
    const platform = validPlatform();
    const problems = problemsOf([{ ...platform, steps: [...platform.steps, validStep('back-up')] }]);
    expect(problems).toEqual(['example/back-up: duplicate step slug']);
  });

  it('rejects a duplicate platform slug', () => {
    expect(problemsOf([validPlatform(), validPlatform()])).toEqual(['example: duplicate platform slug']);
  });

  it('rejects a flow naming a missing step', () => {
    const platform = validPlatform();
    const problems = problemsOf([
      { ...platform, flows: { ...platform.flows, leave: { ...platform.flows.leave, steps: ['back-up', 'vanish'] } } },
    ]);
    expect(problems).toEqual(['example flow "leave": names missing step "vanish"']);
  });

  it('rejects a recommendedBefore naming a missing step', () => {
    const problems = problemsOf([withStep(2, (step) => ({ ...step, recommendedBefore: ['nowhere'] }))]);
    expect(problems).toEqual(['example/delete: recommendedBefore names missing step "nowhere"']);
  });

  it('rejects a non-https link', () => {
    const problems = problemsOf([
      withStep(0, (step) => ({
        ...step,
        officialLinks: [{ kind: 'setting', label: 'Open Example settings', url: 'http://www.example.com/settings' }],
      })),
    ]);
    expect(problems).toEqual(['example: steps[0].officialLinks[0].url: must use https']);
  });

  it('rejects a link outside the official domains, including look-alike hosts', () => {
    const problems = problemsOf([
      withStep(1, (step) => ({
        ...step,
        officialLinks: [{ kind: 'setting', label: 'Open a downloader', url: 'https://notexample.com/download' }],
        sources: [{ kind: 'official', label: 'A blog', url: 'https://example.com.evil.net/post' }],
      })),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('example/go-private: link "Open a downloader" (https://notexample.com/download) is outside');
    expect(problems[1]).toContain('example/go-private: link "A blog"');
  });

  it('rejects an official link whose label does not start with "Open "', () => {
    const problems = problemsOf([
      withStep(0, (step) => ({ ...step, officialLinks: [{ kind: 'setting', label: 'Settings', url: 'https://example.com/s' }] })),
    ]);
    expect(problems).toEqual([
      'example: steps[0].officialLinks[0].label: must start with "Open " (e.g. "Open TikTok privacy settings")',
    ]);
  });

  it('rejects a step missing a device', () => {
    const problems = problemsOf([
      withStep(0, (step) => ({ ...step, howTo: { ios: step.howTo.ios, android: step.howTo.android } })),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^example: steps\[0\]\.howTo\.web: /);
  });

  it('rejects an unavailable device without a reason, and an available one without steps', () => {
    const problems = problemsOf([
      withStep(0, (step) => ({
        ...step,
        howTo: { ...step.howTo, web: { available: false }, ios: { available: true, steps: [] } },
      })),
    ]);
    expect(problems.some((problem) => problem.startsWith('example: steps[0].howTo.web.reason'))).toBe(true);
    expect(problems).toContain('example: steps[0].howTo.ios.steps: needs at least one instruction');
  });

  it('rejects a lastVerified in the future, and accepts today', () => {
    expect(problemsOf([withStep(1, (step) => ({ ...step, lastVerified: '2026-06-02' }))])).toEqual([
      'example/go-private: lastVerified 2026-06-02 is in the future (today is 2026-06-01)',
    ]);
    expect(problemsOf([withStep(1, (step) => ({ ...step, lastVerified: today }))])).toEqual([]);
  });

  it('rejects an impossible date and a badly written slug', () => {
    const problems = problemsOf([withStep(0, (step) => ({ ...step, slug: 'Back Up', lastVerified: '2026-02-30' }))]);
    expect(problems).toContain('example: steps[0].slug: must be lower-case words joined by single hyphens');
    expect(problems).toContain('example: steps[0].lastVerified: must be a date written YYYY-MM-DD');
  });

  it('lists every problem of every platform in one error', () => {
    const broken = validPlatform({ slug: 'second', officialDomains: ['other.org'] });
    const error = (() => {
      try {
        loadPlatforms([validPlatform({ name: '' }), broken], { today });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    const { problems, message } = error as ContentError;
    expect(problems[0]).toBe('example: name: must not be empty');
    // Every link of the second platform points outside other.org: 3 steps x (1 official link + 1 source).
    expect(problems.filter((problem) => problem.startsWith('second/'))).toHaveLength(6);
    expect(message).toContain('The checklist content is invalid:');
  });

  it('names a platform without a slug by its position', () => {
    expect(problemsOf([{ name: 'No slug' }])[0]).toMatch(/^platform #1: /);
  });
});

describe('todayUtc', () => {
  it('formats the UTC date', () => {
    expect(todayUtc(new Date('2026-03-05T23:30:00-05:00'))).toBe('2026-03-06');
  });
});

describe('step kinds', () => {
  it('allows one step of each kind per platform', () => {
    const platform = validPlatform();
    const steps = platform.steps.map((step) => (step.slug === 'delete' ? { ...step, kind: 'deletion' as const } : step));
    expect(problemsOf([{ ...platform, steps }])).toEqual([]);
    const twice = platform.steps.map((step) => ({ ...step, kind: 'deletion' as const }));
    expect(problemsOf([{ ...platform, steps: twice }])).toEqual(['example: more than one step has kind "deletion"']);
  });
});
