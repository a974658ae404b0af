import { expect, test, type APIResponse } from '@playwright/test';
import { createHash } from 'node:crypto';
import { getPlatforms } from '@/lib/content';

const staticPages = ['/', ...getPlatforms().flatMap((platform) => [
  `/${platform.slug}`,
  ...platform.steps.map((step) => `/${platform.slug}/${step.slug}`),
]), '/checklists', '/countdowns'];
const renderedPages = ['/signin', '/account', '/tiktok/no-such-step', '/reminders/stop?token=nonsense'];
const LANGUAGES = { en: 'en-GB,en;q=0.9', es: 'es-ES,es;q=0.9' } as const;

/*
 * In a real browser, on one page of each kind: the home page, every checklist,
 * the step pages that carry the lazily loaded forms, and the pages rendered on
 * request. Every other page is held to the same policy over HTTP below: each
 * of its inline scripts must be allowed by the header it is served with.
 */
const browserPages = [
  '/',
  ...getPlatforms().map((platform) => `/${platform.slug}`),
  ...getPlatforms().flatMap((platform) => platform.steps.filter((step) => step.kind).map((step) => `/${platform.slug}/${step.slug}`)),
  '/checklists',
  ...renderedPages,
];

/** The base64 SHA-256 of every inline script, as a CSP hash source would name it. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectBaselineHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // Framing is refused by the CSP's frame-ancestors, which every current browser applies.
  expect(headers['permissions-policy']).toContain('camera=()');
  // Plain http here: HSTS is for https deployments only.
  expect(headers['strict-transport-security']).toBeUndefined();
}

function expectStrictPagePolicy(policy: string) {
  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts[0]).toBe("'self'");
  for (const source of scripts.slice(1)) expect(source).toMatch(/^'(sha256-[A-Za-z0-9+/]+=*|nonce-[A-Za-z0-9+/_-]+=*)'$/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
}

const browserGroups: { name: string; paths: string[]; locale?: string }[] = [
  { name: 'the home page and every checklist', paths: browserPages.filter((path) => path.split('/').length === 2 && !renderedPages.includes(path)) },
  { name: 'the steps that load their forms apart', paths: browserPages.filter((path) => path.split('/').length === 3 && !renderedPages.includes(path)) },
  { name: 'the pages rendered on request', paths: renderedPages },
  { name: 'Spanish pages', paths: ['/', '/tiktok/delete-account', '/youtube'], locale: 'es-ES' },
];

for (const group of browserGroups) {
  test(`${group.name} run under a strict Content-Security-Policy, with nothing blocked`, async ({ browser }) => {
    test.setTimeout(30_000 + group.paths.length * 15_000);
    const context = await browser.newContext(group.locale ? { locale: group.locale } : {});
    const page = await context.newPage();
    let violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
        );
      });
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });

    for (const path of group.paths) {
      violations = [];
      const response = await page.goto(path);
      expect(response, path).not.toBeNull();
      expectStrictPagePolicy(response!.headers()['content-security-policy'] ?? '');
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      // React hydrated the page (its nodes carry React's fiber keys): the inline payload and the
      // scripts were allowed by the header.
      await page.waitForFunction(() => {
        const main = document.querySelector('main');
        return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
      });

      expect(violations, path).toEqual([]);

      // A script injected into the page (what an XSS would do) does not run, and is reported.
      const injectedRan = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true';
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
      });
      expect(injectedRan, path).toBe(false);
      await expect.poll(() => violations.some((text) => text.startsWith('script-src') && text.endsWith('blocked inline')), path).toBe(true);
    }
    await context.close();
  });
}

for (const [language, acceptLanguage] of Object.entries(LANGUAGES)) {
  test(`prerendered pages in ${language} stay static, and the header allows every inline script they hold`, async ({ request }) => {
    for (const path of staticPages) {
      const response = await request.get(path, { headers: { 'Accept-Language': acceptLanguage } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
      expect(response.headers()['content-language'], path).toBe(language);
      // One address serves every language: shared caches must not keep one for all.
      expect(response.headers()['cache-control'], path).toBe('private, no-cache');
      expectBaselineHeaders(response);
      const policy = response.headers()['content-security-policy'] ?? '';
      expectStrictPagePolicy(policy);
      expect(policy, path).not.toContain("'nonce-");
      const allowed = new Set(directives(policy).get('script-src'));
      const hashes = inlineScriptHashes(await response.text());
      expect(hashes.length, path).toBeGreaterThan(0);
      for (const hash of hashes) expect(allowed.has(hash), `${path}: ${hash}`).toBe(true);
    }
  });
}

test('pages rendered on request get a fresh nonce each time, and their scripts carry it', async ({ request }) => {
  const nonces = [];
  for (let load = 0; load < 2; load++) {
    const response = await request.get('/signin');
    expectBaselineHeaders(response);
    const nonce = response.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('API answers may not run, load or be framed as documents', async ({ request }) => {
  for (const path of ['/api/health', '/api/me', '/api/progress', '/api/calendar?platform=nope']) {
    const response = await request.get(path);
    expectBaselineHeaders(response);
    const csp = directives(response.headers()['content-security-policy'] ?? '');
    expect(csp.get('default-src'), path).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
  }
});

test('files from the build are never sniffed as another type, nor loaded by other sites', async ({ request }) => {
  const html = await (await request.get('/tiktok')).text();
  const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  for (const file of [script!]) {
    const headers = (await request.get(file)).headers();
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    expect(headers['cross-origin-resource-policy'], file).toBe('same-origin');
  }
});
