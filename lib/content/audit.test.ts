import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawPlatforms } from '@/content';
import { auditPlatforms, countFindings, FINDING_KINDS, FINDING_SEVERITY, type AuditRow, type Finding } from './audit';
import { validPlatform, validStep } from './fixtures/valid-platform';
import { ContentError, loadPlatforms, todayUtc } from './load';
import type { StepInput } from './schema';

// The fixture's steps are verified 2026-01-15 and have no web instructions.
const today = '2026-06-01';

type StepChange = (step: StepInput) => unknown;

/** The fixture platform with step `index` replaced by `change(step)`. */
function withStep(index: number, change: StepChange): unknown {
  const platform = validPlatform();
  const steps = [...platform.steps] as unknown[];
  steps[index] = change(structuredClone(platform.steps[index]!));
  return { ...platform, steps };
}

function without(step: StepInput, field: keyof StepInput): unknown {
  return Object.fromEntries(Object.entries(step).filter(([key]) => key !== field));
}

function auditOne(platform: unknown, on = today): AuditRow {
  const [row] = auditPlatforms([platform], on);
  return row!;
}

const errors = (row: AuditRow) => row.findings.filter((finding) => finding.severity === 'error');
const kinds = (findings: readonly Finding[]) => findings.map((finding) => finding.kind);
const where = (findings: readonly Finding[]) => findings.map(({ step, kind }) => ({ step, kind }));

describe('auditPlatforms on sound content', () => {
  it('reports a row per platform with its steps and dates', () => {
    const row = auditOne(withStep(1, (step) => ({ ...step, lastVerified: '2026-03-01' })));
    expect(row).toMatchObject({
      slug: 'example',
      name: 'Example',
      steps: 3,
      oldestVerified: '2026-01-15',
      newestVerified: '2026-03-01',
    });
    expect(errors(row)).toEqual([]);
  });

  it('warns, without an error, about each device marked unavailable', () => {
    const row = auditOne(validPlatform());
    expect(where(row.findings)).toEqual(
      ['back-up', 'go-private', 'delete'].map((step) => ({ step, kind: 'unavailable-device' })),
    );
    expect(row.findings[0]).toMatchObject({ platform: 'example', severity: 'warning' });
    expect(row.findings[0]?.message).toContain('Use the app.');
  });
});

describe('auditPlatforms errors', () => {
  it('flags a step with no sources, once', () => {
    const row = auditOne(withStep(1, (step) => ({ ...step, sources: [] })));
    expect(where(errors(row))).toEqual([{ step: 'go-private', kind: 'unsourced' }]);
    expect(where(errors(auditOne(withStep(1, (step) => without(step, 'sources')))))).toEqual([
      { step: 'go-private', kind: 'unsourced' },
    ]);
  });

  it('flags a device with no entry, or available with no instructions', () => {
    const missing = auditOne(withStep(0, (step) => ({ ...step, howTo: { ios: step.howTo.ios, android: step.howTo.android } })));
    expect(where(errors(missing))).toEqual([{ step: 'back-up', kind: 'missing-device' }]);

    const empty = auditOne(withStep(0, (step) => ({ ...step, howTo: { ...step.howTo, ios: { available: true, steps: [] } } })));
    expect(where(errors(empty))).toEqual([{ step: 'back-up', kind: 'missing-device' }]);

    const blank = auditOne(withStep(0, (step) => ({ ...step, howTo: { ...step.howTo, android: { available: true, steps: ['  '] } } })));
    expect(kinds(errors(blank))).toEqual(['missing-device']);
  });

  it('flags every device of a step with no howTo at all, and nothing more', () => {
    const row = auditOne(withStep(2, (step) => without(step, 'howTo')));
    expect(kinds(errors(row))).toEqual(['missing-device', 'missing-device', 'missing-device']);
  });

  it('flags links off the official domains, look-alikes and plain http', () => {
    const row = auditOne(
      withStep(1, (step) => ({
        ...step,
        officialLinks: [{ kind: 'setting', label: 'Open a downloader', url: 'https://notexample.com/download' }],
        sources: [
          { kind: 'official', label: 'A blog', url: 'https://example.com.evil.net/post' },
          { kind: 'official', label: 'Old help', url: 'http://help.example.com/article' },
          { kind: 'official', label: 'Real help', url: 'https://help.example.com/article' },
        ],
      })),
    );
    expect(where(errors(row))).toEqual(Array(3).fill({ step: 'go-private', kind: 'off-domain-link' }));
    expect(errors(row).map((finding) => finding.message)).toEqual([
      expect.stringContaining('outside the official domains example.com'),
      expect.stringContaining('outside the official domains'),
      expect.stringContaining('does not use https'),
    ]);
  });

  it('flags a lastVerified that is not a date, or in the future', () => {
    const impossible = auditOne(withStep(0, (step) => ({ ...step, lastVerified: '2026-02-30' })));
    expect(where(errors(impossible))).toEqual([{ step: 'back-up', kind: 'invalid-date' }]);
    expect(kinds(errors(auditOne(withStep(0, (step) => ({ ...step, lastVerified: 20260115 })))))).toEqual(['invalid-date']);

    const future = auditOne(withStep(2, (step) => ({ ...step, lastVerified: '2026-06-02' })));
    expect(where(errors(future))).toEqual([{ step: 'delete', kind: 'future-date' }]);
    expect(errors(auditOne(withStep(2, (step) => ({ ...step, lastVerified: today }))))).toEqual([]);
  });

  it('reports other schema problems with the step they sit in', () => {
    const row = auditOne(withStep(0, (step) => ({ ...step, officialLinks: [{ kind: 'setting', label: 'Settings', url: 'https://example.com/s' }] })));
    expect(where(errors(row))).toEqual([{ step: 'back-up', kind: 'schema' }]);
    expect(errors(row)[0]?.message).toBe('steps[0].officialLinks[0].label: must start with "Open " (e.g. "Open TikTok privacy settings")');

    const platformLevel = auditOne(validPlatform({ name: '' }));
    expect(where(errors(platformLevel))).toEqual([{ step: null, kind: 'schema' }]);
  });

  it('reports cross-references the loader checks: flows, recommendedBefore, duplicate slugs', () => {
    const platform = validPlatform();
    const dangling = auditOne({ ...platform, flows: { ...platform.flows, leave: { ...platform.flows.leave, steps: ['back-up', 'vanish'] } } });
    expect(kinds(errors(dangling))).toEqual(['consistency']);
    expect(errors(dangling)[0]?.message).toContain('names missing step "vanish"');

    const twice = auditOne({ ...platform, steps: [...platform.steps, validStep('back-up')] });
    expect(kinds(errors(twice))).toEqual(['consistency']);

    const rows = auditPlatforms([validPlatform(), validPlatform({ name: 'Again' })], today);
    expect(rows.map((row) => kinds(errors(row)))).toEqual([[], ['consistency']]);
  });

  it('keeps auditing the other steps when one step is broken', () => {
    const platform = validPlatform();
    const steps: unknown[] = [
      'not a step',
      { ...platform.steps[1]!, title: 42 },
      { ...platform.steps[2]!, sources: [], lastVerified: 'soon' },
    ];
    const row = auditOne({ ...platform, steps });
    expect(where(errors(row))).toEqual([
      { step: 'delete', kind: 'unsourced' },
      { step: 'delete', kind: 'invalid-date' },
      { step: 'step #1', kind: 'schema' },
      { step: 'go-private', kind: 'schema' },
    ]);
    expect(row.steps).toBe(3);
  });
});

describe('auditPlatforms warnings', () => {
  it('warns about a step verified more than 180 days ago, with its age', () => {
    // 2026-01-15 + 180 days = 2026-07-14.
    expect(kinds(auditOne(validPlatform(), '2026-07-14').findings)).not.toContain('stale');
    const stale = auditOne(withStep(1, (step) => ({ ...step, lastVerified: '2025-12-01' })), '2026-07-14');
    const [finding] = stale.findings.filter((candidate) => candidate.kind === 'stale');
    expect(finding).toEqual(expect.objectContaining({ step: 'go-private', severity: 'warning', ageDays: 225 }));
    expect(errors(stale)).toEqual([]);
    expect(countFindings(auditOne(validPlatform(), '2026-07-15').findings).stale).toBe(3);
  });

  it('gives every kind its fixed severity', () => {
    expect(FINDING_KINDS.filter((kind) => FINDING_SEVERITY[kind] === 'warning')).toEqual(['stale', 'unavailable-device']);
  });
});

describe('auditPlatforms on garbage', () => {
  const garbage: unknown[] = [42, null, undefined, 'tiktok', [], {}, { slug: 'x', steps: 'none' }, { steps: [null, 7, {}] }];

  it('reports each non-platform as errors instead of throwing', () => {
    const rows = auditPlatforms(garbage, today);
    expect(rows).toHaveLength(garbage.length);
    for (const row of rows) expect(errors(row).length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ slug: 'platform #1', steps: 0, oldestVerified: null });
    expect(rows[7]?.findings.filter((finding) => finding.step === 'step #3').map((finding) => finding.kind)).toEqual(
      expect.arrayContaining(['unsourced', 'missing-device', 'invalid-date', 'schema']),
    );
  });

  it('never throws, whatever the input', () => {
    const stepLike = fc.record(
      { slug: fc.anything(), sources: fc.anything(), howTo: fc.anything(), lastVerified: fc.anything(), officialLinks: fc.anything() },
      { requiredKeys: [] },
    );
    const platformLike = fc.oneof(fc.anything(), fc.record({ slug: fc.anything(), officialDomains: fc.anything(), steps: fc.array(fc.oneof(stepLike, fc.anything())) }, { requiredKeys: [] }));
    fc.assert(
      fc.property(fc.array(platformLike), (raw) => {
        for (const row of auditPlatforms(raw, today)) expect(errors(row).length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses a today that is not a date', () => {
    expect(() => auditPlatforms([], '2026-13-01')).toThrow(RangeError);
  });
});

describe('auditPlatforms agrees with the build loader', () => {
  const cases: [string, unknown][] = [
    ['valid', validPlatform()],
    ['unsourced', withStep(0, (step) => ({ ...step, sources: [] }))],
    ['no web entry', withStep(0, (step) => ({ ...step, howTo: { ios: step.howTo.ios, android: step.howTo.android } }))],
    ['off-domain', withStep(0, (step) => ({ ...step, sources: [{ kind: 'official', label: 'Blog', url: 'https://blog.example.org/' }] }))],
    ['http', withStep(0, (step) => ({ ...step, sources: [{ kind: 'official', label: 'Help', url: 'http://example.com/' }] }))],
    ['future', withStep(0, (step) => ({ ...step, lastVerified: '2026-06-02' }))],
    ['not a date', withStep(0, (step) => ({ ...step, lastVerified: '2026-02-30' }))],
    ['stale only', withStep(0, (step) => ({ ...step, lastVerified: '2024-01-01' }))],
    ['garbage', 'nope'],
  ];

  it.each(cases)('%s: errors exactly when loadPlatforms rejects', (_name, platform) => {
    const rejected = (() => {
      try {
        loadPlatforms([platform], { today });
        return false;
      } catch (error) {
        if (error instanceof ContentError) return true;
        throw error;
      }
    })();
    expect(errors(auditOne(platform)).length > 0).toBe(rejected);
  });
});

describe('the real content', () => {
  it('has no errors today', () => {
    const rows = auditPlatforms(rawPlatforms, todayUtc());
    expect(rows.flatMap(errors)).toEqual([]);
    expect(rows.map((row) => row.slug)).toContain('tiktok');
  });
});

describe('scripts/content-audit.ts', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  function runAudit(...args: string[]) {
    const result = spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/content-audit.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** The freshness-table cells of one platform's row (columns are two spaces or more apart). */
  function tableRow(stdout: string, name: string): string[] {
    const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${name}  `));
    expect(line, `a table row for ${name}`).toBeDefined();
    return line!.split(/ {2,}/);
  }

  function addDays(date: string, days: number): string {
    const time = Date.parse(`${date}T00:00:00Z`) + days * 24 * 60 * 60 * 1000;
    return new Date(time).toISOString().slice(0, 10);
  }

  it('passes on the real content and prints a row for TikTok', () => {
    const { status, stdout, stderr } = runAudit();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Platform +Steps +Checked on +Stale +Unsourced +Missing a device +Off-domain links +Unavailable devices$/m);
    const [, steps, , stale, unsourced] = tableRow(stdout, 'TikTok');
    expect(Number(steps)).toBeGreaterThan(0);
    expect([stale, unsourced]).toEqual(['0', '0']);
    expect(stdout).toMatch(/^OK: .* 0 errors,/m);
  });

  it('shows staleness, still passing, 200 days after the newest check', () => {
    const newest = auditPlatforms(rawPlatforms, todayUtc())
      .map((row) => row.newestVerified ?? '')
      .sort()
      .at(-1)!;
    const { status, stdout } = runAudit(`--today=${addDays(newest, 200)}`);
    expect(status).toBe(0);
    const [, steps, , stale] = tableRow(stdout, 'TikTok');
    expect(Number(stale)).toBeGreaterThan(0);
    expect(stale).toBe(steps);
    expect(stdout).toMatch(/^OK: .*\([1-9]\d* stale\)\.$/m);
  });

  it('prints the rows as JSON', () => {
    const { status, stdout } = runAudit('--json', `--today=${todayUtc()}`);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as AuditRow[];
    expect(rows.find((row) => row.slug === 'tiktok')).toMatchObject({ name: 'TikTok', findings: expect.any(Array), settingLinks: { neither: 0 } });
  });

  it('counts, per platform and in all, the steps that open their setting first or say why not', () => {
    const { status, stdout } = runAudit();
    expect(status).toBe(0);
    const links = stdout.slice(stdout.indexOf('Links and checks'));
    const all = links.split('\n').find((line) => line.startsWith('All '))!.trim().split(/ {2,}/);
    const [, steps, first, reason, neither] = all.map(Number);
    expect(first! + reason!).toBe(steps);
    expect(neither).toBe(0);
    expect(first).toBeGreaterThanOrEqual(30);
  });

  it('fails on content with an off-domain link and an unsourced step', () => {
    const { status, stdout } = runAudit('--content=lib/content/fixtures/broken-content.ts', '--today=2026-06-01');
    expect(status).toBe(1);
    const [, steps, , , unsourced, , offDomain] = tableRow(stdout, 'Example');
    expect([steps, unsourced, offDomain]).toEqual(['3', '1', '1']);
    expect(stdout).toMatch(/^ +error +back-up +off-domain-link +official link "Open a downloader"/m);
    expect(stdout).toMatch(/^ +error +go-private +unsourced +has no sources$/m);
    expect(stdout).toMatch(/^FAIL: 1 platform, 3 steps as of 2026-06-01: 2 errors, 3 warnings/m);
  });

  it('refuses a --today that is not a date', () => {
    const { status, stderr } = runAudit('--today=tomorrow');
    expect(status).toBe(2);
    expect(stderr).toContain('--today must be a date written YYYY-MM-DD');
  });
});
