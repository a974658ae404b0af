import { expect, test, type APIResponse } from '@playwright/test';
import { getPlatforms } from '@/lib/content';

const staticPages = ['/', ...getPlatforms().flatMap((platform) => [
  `/${platform.slug}`,
  ...platform.steps.map((step) => `/${platform.slug}/${step.slug}`),
]), '/checklists', '/countdowns'];
const renderedPages = ['/signin', '/account', '/tiktok/no-such-step', '/reminders/stop?token=nonsense'];

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

for (const path of [...staticPages, ...renderedPages]) {
  test(`${path} runs under a strict Content-Security-Policy, with nothing blocked`, async ({ page }) => {
    const violations: string[] = [];
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

    const response = await page.goto(path);
    expect(response).not.toBeNull();
    expectStrictPagePolicy(response!.headers()['content-security-policy'] ?? '');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // React hydrated the page (its nodes carry React's fiber keys): the inline payload and the
    // scripts were allowed by the header.
    await page.waitForFunction(() => {
      const main = document.querySelector('main');
      return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
    });

    expect(violations).toEqual([]);

    // A script injected into the page (what an XSS would do) does not run, and is reported.
    const injectedRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(injectedRan).toBe(false);
    await expect.poll(() => violations.some((text) => text.startsWith('script-src') && text.endsWith('blocked inline'))).toBe(true);
  });
}

test('prerendered pages stay static: served from the build, with hashes instead of a nonce', async ({ request }) => {
  for (const path of staticPages) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
    expectBaselineHeaders(response);
    expect(response.headers()['content-security-policy'], path).not.toContain("'nonce-");
  }
});

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
