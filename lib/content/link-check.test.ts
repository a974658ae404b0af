import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPlatforms } from '@/lib/content';
import {
  buildReport,
  checkLink,
  checkLinks,
  classifyAnswer,
  collectLinkTargets,
  DEFAULT_CHECK_OPTIONS,
  hasFailures,
  isHomeUrl,
  isLoginUrl,
  isOnOfficialDomain,
  looksOffline,
  parseRetryAfter,
  severityOf,
  type CheckOptions,
  type LinkResult,
  type LinkTarget,
  type PlatformLinks,
} from './link-check';

// Two local servers play the web: "main" stands for the platform's own domain,
// "elsewhere" for a domain it does not own (told apart by port, see isOfficial).

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const seen: { path: string; method: string; userAgent?: string; acceptLanguage?: string; cookie?: string }[] = [];
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;

function hit(path: string): number {
  const count = (hits.get(path) ?? 0) + 1;
  hits.set(path, count);
  return count;
}

const redirect = (location: string, status = 302): Route => (_, response) => response.writeHead(status, { Location: location }).end();
const answer = (status: number, headers: Record<string, string> = {}): Route => (_, response) => response.writeHead(status, headers).end(status === 200 ? 'page' : '');

const routes: Record<string, Route> = {
  '/ok': answer(200),
  '/head-refused': (request, response) => {
    if (request.method === 'HEAD') return void response.writeHead(405).end();
    // A big page, of which the checker reads a few KB at most.
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('x'.repeat(1_000_000));
  },
  '/head-404': (request, response) => void response.writeHead(request.method === 'HEAD' ? 404 : 200).end(),
  '/chain/1': redirect('/chain/2', 301),
  '/chain/2': redirect('/chain/3', 302),
  '/chain/3': answer(200),
  '/gone-404': answer(404),
  '/gone-410': answer(410),
  '/settings/privacy': redirect('/accounts/login/?next=%2Fsettings%2Fprivacy'),
  '/accounts/login/': answer(200),
  '/help/removed-article': redirect('/', 301),
  '/': answer(200),
  '/loop-a': redirect('/loop-b'),
  '/loop-b': redirect('/loop-a'),
  '/cookie-check': (request, response) => {
    if (request.headers.cookie?.includes('seen=1')) return void response.writeHead(200).end();
    response.writeHead(302, { Location: '/cookie-check', 'Set-Cookie': 'seen=1; Path=/; HttpOnly' }).end();
  },
  '/slow': (_, response) => {
    const timer = setTimeout(() => response.writeHead(200).end(), 2_000);
    response.on('close', () => clearTimeout(timer));
  },
  '/flaky': (request, response) => void (hit(request.url!) === 1 ? response.writeHead(503).end() : response.writeHead(200).end()),
  '/always-503': answer(503),
  '/rate-limited': (request, response) =>
    void (hit(request.url!) === 1 ? response.writeHead(429, { 'Retry-After': '1' }).end() : response.writeHead(200).end()),
  '/rate-limited-long': answer(429, { 'Retry-After': '3600' }),
  '/forbidden': answer(403),
  '/echo': answer(200),
  '/slow-ok': (_, response) => void setTimeout(() => response.writeHead(200).end(), 40),
};

function listen(handler: Route): Promise<{ server: Server; origin: string; port: number }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, port });
    }),
  );
}

let main: Awaited<ReturnType<typeof listen>>;
let elsewhere: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  main = await listen((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    seen.push({
      path,
      method: request.method!,
      userAgent: request.headers['user-agent'],
      acceptLanguage: request.headers['accept-language'],
      cookie: request.headers.cookie,
    });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => (inFlight -= 1));
    (routes[path] ?? answer(404))(request, response);
  });
  elsewhere = await listen(answer(200));
  routes['/moved'] = redirect(`${elsewhere.origin}/page`);
});

afterAll(() => {
  for (const { server } of [main, elsewhere]) {
    server.closeAllConnections();
    server.close();
  }
});

let sleeps: number[] = [];

beforeEach(() => {
  seen.length = 0;
  hits.clear();
  sleeps = [];
  maxInFlight = 0;
});

function options(overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    ...DEFAULT_CHECK_OPTIONS,
    timeoutMs: 300,
    retryBaseMs: 5,
    userAgent: 'UnlistedLinkCheck/1.0 (+https://unlisted.example; weekly link check)',
    fetch: (url, init) => fetch(url, init),
    // Waits are recorded, not slept: the test stays fast and can see them.
    sleep: async (ms) => void sleeps.push(ms),
    now: () => Date.now(),
    isOfficial: (url) => new URL(url).port === String(main.port),
    ...overrides,
  };
}

function target(path: string, overrides: Partial<LinkTarget> = {}): LinkTarget {
  return {
    url: `${main.origin}${path}`,
    language: 'en',
    officialDomains: ['127.0.0.1'],
    uses: [{ platform: 'example', step: 'a-step', label: 'Open it', kind: 'help', language: 'en' }],
    ...overrides,
  };
}

const check = (path: string, overrides?: Partial<CheckOptions>) => checkLink(target(path), options(overrides));
const statuses = (result: LinkResult) => result.chain.map((hop) => hop.status);

describe('checkLink against a local server', () => {
  it('calls a 200 ok, with HEAD only', async () => {
    const result = await check('/ok');
    expect(result).toMatchObject({ status: 'ok', code: 200, finalUrl: `${main.origin}/ok` });
    expect(result.chain).toEqual([{ url: `${main.origin}/ok`, method: 'HEAD', status: 200, location: null, attempts: 1, headStatus: undefined }]);
    expect(seen.map((request) => request.method)).toEqual(['HEAD']);
  });

  it('asks with GET when HEAD is refused', async () => {
    const result = await check('/head-refused');
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(result.chain).toMatchObject([{ method: 'GET', status: 200, headStatus: 405, attempts: 2 }]);
    expect(seen.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('confirms a HEAD "not found" with GET before calling a link broken', async () => {
    const result = await check('/head-404');
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(result.chain).toMatchObject([{ method: 'GET', headStatus: 404 }]);
  });

  it('follows a chain of redirects and records every hop', async () => {
    const result = await check('/chain/1');
    expect(result).toMatchObject({ status: 'ok', code: 200, finalUrl: `${main.origin}/chain/3` });
    expect(result.chain.map((hop) => [hop.url.replace(main.origin, ''), hop.status, hop.location])).toEqual([
      ['/chain/1', 301, '/chain/2'],
      ['/chain/2', 302, '/chain/3'],
      ['/chain/3', 200, null],
    ]);
  });

  it.each([
    ['/gone-404', 404],
    ['/gone-410', 410],
  ])('calls %s broken', async (path, code) => {
    const result = await check(path);
    expect(result).toMatchObject({ status: 'broken', code, reason: `HTTP ${code}` });
    // HEAD's word is confirmed with GET.
    expect(result.chain).toMatchObject([{ method: 'GET', headStatus: code }]);
  });

  it('notices a redirect to a sign-in page', async () => {
    const result = await check('/settings/privacy');
    expect(result).toMatchObject({ status: 'login', code: 200, finalUrl: `${main.origin}/accounts/login/?next=%2Fsettings%2Fprivacy` });
    expect(statuses(result)).toEqual([302, 200]);
  });

  it('calls a deep link that lands on the home page "home"', async () => {
    const result = await check('/help/removed-article');
    expect(result).toMatchObject({ status: 'home', code: 200, finalUrl: `${main.origin}/` });
    expect(statuses(result)).toEqual([301, 200]);
  });

  it('calls a redirect to another domain "moved-domain"', async () => {
    const result = await check('/moved');
    expect(result).toMatchObject({ status: 'moved-domain', code: 200, finalUrl: `${elsewhere.origin}/page` });
    expect(result.chain.map((hop) => hop.url)).toEqual([`${main.origin}/moved`, `${elsewhere.origin}/page`]);
  });

  it('stops a redirect loop and calls it broken', async () => {
    const result = await check('/loop-a');
    expect(result).toMatchObject({ status: 'broken', reason: `redirect loop back to ${main.origin}/loop-a` });
    expect(result.chain.map((hop) => hop.url.replace(main.origin, ''))).toEqual(['/loop-a', '/loop-b']);
  });

  it('stops after maxRedirects', async () => {
    const result = await check('/chain/1', { maxRedirects: 1 });
    expect(result).toMatchObject({ status: 'broken', reason: 'more than 1 redirects' });
    expect(statuses(result)).toEqual([301, 302]);
  });

  it('sends back cookies set along the chain, so a cookie check is not a loop', async () => {
    const result = await check('/cookie-check');
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(statuses(result)).toEqual([302, 200]);
    expect(seen.map((request) => request.cookie)).toEqual([undefined, 'seen=1']);
  });

  it('gives up on a slow page after the timeout and the retries, as an error', async () => {
    const started = Date.now();
    const result = await check('/slow', { timeoutMs: 100 });
    expect(result).toMatchObject({ status: 'error', code: null, reason: 'timed out after 0.1 s' });
    expect(result.chain).toMatchObject([{ status: null, attempts: 3, error: 'TIMEOUT: timed out after 0.1 s' }]);
    expect(sleeps).toEqual([5, 10]);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('retries a 503 and takes the answer that follows', async () => {
    const result = await check('/flaky');
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(result.chain).toMatchObject([{ status: 200, attempts: 2 }]);
    expect(sleeps).toEqual([5]);
  });

  it('reports a page that stays 503 as an error after two retries', async () => {
    const result = await check('/always-503');
    expect(result).toMatchObject({ status: 'error', code: 503 });
    expect(result.chain).toMatchObject([{ attempts: 3 }]);
  });

  it('waits as long as a small Retry-After asks', async () => {
    const result = await check('/rate-limited');
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(sleeps).toEqual([1_000]);
  });

  it('does not wait for a long Retry-After: the 429 stands, as blocked', async () => {
    const result = await check('/rate-limited-long');
    expect(result).toMatchObject({ status: 'blocked', code: 429 });
    expect(result.chain).toMatchObject([{ attempts: 1 }]);
    expect(sleeps).toEqual([]);
  });

  it('calls a 403 on HEAD and GET blocked', async () => {
    const result = await check('/forbidden');
    expect(result).toMatchObject({ status: 'blocked', code: 403 });
    expect(seen.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('identifies itself and asks in the link’s language', async () => {
    await checkLink(target('/echo', { language: 'es' }), options());
    await checkLink(target('/echo'), options());
    expect(seen.map((request) => [request.userAgent, request.acceptLanguage])).toEqual([
      ['UnlistedLinkCheck/1.0 (+https://unlisted.example; weekly link check)', 'es-ES,es;q=0.9,en;q=0.5'],
      ['UnlistedLinkCheck/1.0 (+https://unlisted.example; weekly link check)', 'en-US,en;q=0.9'],
    ]);
  });

  it('calls a host that does not exist broken, after the retries', async () => {
    let calls = 0;
    const noSuchHost: CheckOptions['fetch'] = async () => {
      calls += 1;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND gone.example'), { code: 'ENOTFOUND' }) });
    };
    const result = await checkLink(target('/ok'), options({ fetch: noSuchHost }));
    expect(result).toMatchObject({ status: 'broken', code: null, reason: 'DNS: host not found (ENOTFOUND)' });
    expect(calls).toBe(3);
  });
});

describe('checkLinks', () => {
  it('never has more than `concurrency` requests in flight, and keeps the order', async () => {
    const targets = Array.from({ length: 12 }, (_, index) => target(`/slow-ok?i=${index}`));
    const done: number[] = [];
    const results = await checkLinks(targets, options({ concurrency: 3, onResult: (_, count) => done.push(count) }));
    expect(maxInFlight).toBe(3);
    expect(results.map((result) => result.url)).toEqual(targets.map((each) => each.url));
    expect(results.every((result) => result.status === 'ok')).toBe(true);
    expect(done).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
  });

  it('runs one at a time with a concurrency of 1', async () => {
    await checkLinks([target('/slow-ok?a'), target('/slow-ok?b'), target('/slow-ok?c')], options({ concurrency: 1 }));
    expect(maxInFlight).toBe(1);
  });
});

describe('the rules', () => {
  it.each([
    'https://www.instagram.com/accounts/login/?next=%2Faccounts%2Fprivacy_and_security%2F',
    'https://www.facebook.com/login.php?next=https%3A%2F%2Fwww.facebook.com%2Fsettings',
    'https://www.facebook.com/login/?next=x',
    'https://x.com/i/flow/login?redirect_after_login=%2Fsettings%2Fprivacy_and_safety',
    'https://accounts.google.com/ServiceLogin?service=youtube',
    'https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Ftakeout.google.com',
    'https://accounts.snapchat.com/accounts/v2/login?continue=%2Faccounts%2Fwelcome',
    'https://www.tiktok.com/login?redirect_url=https%3A%2F%2Fwww.tiktok.com%2Fsetting',
    'https://login.example.com/',
  ])('takes %s for a sign-in page', (url) => {
    expect(isLoginUrl(url)).toBe(true);
  });

  it.each(['https://help.instagram.com/374546259294234', 'https://help.x.com/en/managing-your-account/login-issues', 'https://www.tiktok.com/setting', 'not a url'])(
    'does not take %s for a sign-in page',
    (url) => {
      expect(isLoginUrl(url)).toBe(false);
    },
  );

  it('knows a front page, in any language', () => {
    for (const url of ['https://x.com/', 'https://x.com', 'https://www.tiktok.com/?lang=es', 'https://support.tiktok.com/en', 'https://help.snapchat.com/hc/en-us', 'https://www.facebook.com/es-la/']) {
      expect(isHomeUrl(url), url).toBe(true);
    }
    for (const url of ['https://www.tiktok.com/setting', 'https://support.google.com/youtube/answer/55759', 'https://help.snapchat.com/hc/en-us/articles/1']) {
      expect(isHomeUrl(url), url).toBe(false);
    }
  });

  it('does not call a link to a front page "home" when it stays there', () => {
    const verdict = (startUrl: string, finalUrl: string) =>
      classifyAnswer({ startUrl, finalUrl, status: 200, officialDomains: ['snapchat.com'], isOfficial: isOnOfficialDomain }).status;
    expect(verdict('https://accounts.snapchat.com/', 'https://accounts.snapchat.com/')).toBe('ok');
    expect(verdict('https://help.snapchat.com/hc/en-us/articles/1', 'https://help.snapchat.com/hc/en-us')).toBe('home');
    expect(verdict('https://help.snapchat.com/hc/en-us/articles/1', 'https://help.snapchat.org/hc/en-us/articles/1')).toBe('moved-domain');
  });

  it('judges an http hop by its host', () => {
    expect(isOnOfficialDomain('http://www.tiktok.com/setting', ['tiktok.com'])).toBe(true);
    expect(isOnOfficialDomain('https://tiktok.example/setting', ['tiktok.com'])).toBe(false);
    expect(isOnOfficialDomain('ftp://tiktok.com/', ['tiktok.com'])).toBe(false);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('lets a sign-in page pass for settings pages only', () => {
    const use = (kind: LinkTarget['uses'][number]['kind']) => ({ platform: 'p', step: 's', label: 'Open', kind, language: 'en' });
    expect(severityOf({ status: 'login', uses: [use('setting')] }, false)).toBe('warning');
    expect(severityOf({ status: 'login', uses: [use('hub')] }, false)).toBe('warning');
    expect(severityOf({ status: 'login', uses: [use('help')] }, false)).toBe('failure');
    expect(severityOf({ status: 'login', uses: [use('setting'), use('source')] }, false)).toBe('failure');
    expect(severityOf({ status: 'login', uses: [use('unknown')] }, false)).toBe('failure');
  });

  it('fails on errors only when strict, and never on bot walls', () => {
    const uses = [{ platform: 'p', step: 's', label: 'Open', kind: 'help' as const, language: 'en' }];
    expect(severityOf({ status: 'error', uses }, false)).toBe('warning');
    expect(severityOf({ status: 'error', uses }, true)).toBe('failure');
    expect(severityOf({ status: 'blocked', uses }, true)).toBe('warning');
    for (const status of ['broken', 'home', 'moved-domain'] as const) expect(severityOf({ status, uses }, false)).toBe('failure');
  });
});

describe('collectLinkTargets', () => {
  const platform: PlatformLinks = {
    slug: 'example',
    officialDomains: ['example.com'],
    steps: [
      {
        slug: 'one',
        officialLinks: [
          { kind: 'setting', label: 'Open settings', url: 'https://www.example.com/settings' },
          { kind: 'help', label: 'Open help', url: 'https://help.example.com/en/a', localizedUrls: { es: 'https://help.example.com/es/a' } },
        ],
        sources: [
          { label: 'Help', url: 'https://help.example.com/en/a' },
          { label: 'A guide', url: 'https://guides.example.org/example' },
        ],
      },
      {
        slug: 'two',
        // A link written before kinds existed.
        officialLinks: [{ label: 'Open settings', url: 'https://www.example.com/settings' }],
        sources: [{ label: 'Help', url: 'https://help.example.com/en/b' }],
      },
    ],
  };

  it('takes each address once, with every use, and official sources only', () => {
    const targets = collectLinkTargets([platform]);
    expect(targets.map((each) => [each.url, each.language, each.uses.map((use) => `${use.step}:${use.kind}`)])).toEqual([
      ['https://www.example.com/settings', 'en', ['one:setting', 'two:unknown']],
      ['https://help.example.com/en/a', 'en', ['one:help', 'one:source']],
      ['https://help.example.com/es/a', 'es', ['one:help']],
      ['https://help.example.com/en/b', 'en', ['two:source']],
    ]);
    expect(targets[0]!.officialDomains).toEqual(['example.com']);
  });

  it('reads the real content', () => {
    const targets = collectLinkTargets(getPlatforms());
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets.map((each) => each.url)).size).toBe(targets.length);
    for (const each of targets) expect(isOnOfficialDomain(each.url, each.officialDomains), each.url).toBe(true);
  });
});

describe('the report', () => {
  const result = (status: LinkResult['status'], url = 'https://a.example/x'): LinkResult => ({
    url,
    language: 'en',
    officialDomains: ['a.example'],
    uses: [{ platform: 'p', step: 's', label: 'Open', kind: 'help', language: 'en' }],
    status,
    code: null,
    finalUrl: url,
    reason: '',
    chain: [{ url, method: 'HEAD', status: status === 'error' ? null : 200, location: null, attempts: 1 }],
    ms: 1,
  });

  it('counts per class and fails on failures only', () => {
    const results = [result('ok'), result('error'), result('blocked')];
    const report = buildReport(results, { generatedAt: new Date('2026-01-01T00:00:00Z'), strict: false, options: { concurrency: 4 } });
    expect(report).toMatchObject({ generatedAt: '2026-01-01T00:00:00.000Z', options: { concurrency: 4, strict: false }, failures: 0, warnings: 2, offline: false });
    expect(report.counts).toEqual({ ok: 1, broken: 0, login: 0, home: 0, 'moved-domain': 0, error: 1, blocked: 1 });
    expect(hasFailures(results, false)).toBe(false);
    expect(hasFailures(results, true)).toBe(true);
  });

  it('knows an offline machine from dead links', () => {
    expect(looksOffline([result('error', 'https://a.example/'), result('error', 'https://b.example/')])).toBe(true);
    expect(looksOffline([result('error', 'https://a.example/'), result('ok', 'https://b.example/')])).toBe(false);
    expect(looksOffline([result('error', 'https://a.example/')])).toBe(false);
  });
});
