import { isOfficialUrl } from './problems';

/*
 * Link liveness for the checklists' official links (`npm run content:links`).
 *
 * Pure logic: every input (the links, the official domains, fetch, the clock
 * and sleep) is a parameter, so the unit test drives it against a local
 * server. The CLI (scripts/content-links.ts) does the printing and exiting.
 *
 * What a result means (the rules are the small named functions below):
 *   ok            the last answer is 2xx, on an official domain, and not a sign-in or home page
 *   broken        404/410 at the end, a DNS failure, too many redirects, a redirect loop
 *   login         the last page looks like a sign-in page: expected for settings pages
 *                 when signed out (a warning), a problem for help pages
 *   home          redirected to the site's home page: the page is usually gone
 *   moved-domain  the last page is outside the platform's official domains
 *   error         timeout, 5xx or another network error after the retries (a failure only with --strict)
 *   blocked       401/403/429: a bot wall, which says nothing about the page (a warning)
 */

export const LINK_STATUSES = ['ok', 'broken', 'login', 'home', 'moved-domain', 'error', 'blocked'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export type Severity = 'ok' | 'warning' | 'failure';

/** An official link's kind, `source` for a source on an official domain, `unknown` for a link without one. */
export type LinkUseKind = 'setting' | 'help' | 'hub' | 'source' | 'unknown';

/** Where one address is used: a step's link (or source) in one language. */
export type LinkUse = { platform: string; step: string; label: string; kind: LinkUseKind; language: string };

/** One distinct address to check, with every place it is used. */
export type LinkTarget = {
  url: string;
  /** The language it is asked for in (Accept-Language): that of its first use. */
  language: string;
  /** Every official domain of the platforms that use it. */
  officialDomains: string[];
  uses: LinkUse[];
};

export type Hop = {
  url: string;
  method: 'HEAD' | 'GET';
  /** HTTP status, or null when no answer came. */
  status: number | null;
  location: string | null;
  /** Requests made for this hop, retries and the GET after a refused HEAD included. */
  attempts: number;
  /** Set when HEAD was refused (or said "not found") and GET was asked instead. */
  headStatus?: number;
  /** The network failure, when there was no answer. */
  error?: string;
};

export type LinkResult = LinkTarget & {
  status: LinkStatus;
  /** The last HTTP status, null when the last request got no answer. */
  code: number | null;
  finalUrl: string;
  /** Why, in a few words, for everything but a plain ok. */
  reason: string;
  chain: Hop[];
  ms: number;
};

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type CheckOptions = {
  concurrency: number;
  timeoutMs: number;
  /** Extra attempts after a network error, a timeout, a 429 or a 503. */
  retries: number;
  /** First backoff; doubled for each further retry. */
  retryBaseMs: number;
  /** A longer Retry-After is not waited for: the answer stands as it is. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  /** How much of a GET body is read (and thrown away) before the connection is let go. */
  maxBodyBytes: number;
  userAgent: string;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Whether a URL's host is one of the domains; injectable so a test can tell two local servers apart. */
  isOfficial: (url: string, officialDomains: readonly string[]) => boolean;
  /** Called as each link finishes (progress). */
  onResult?: (result: LinkResult, done: number, total: number) => void;
};

export const DEFAULT_CHECK_OPTIONS = {
  concurrency: 4,
  timeoutMs: 15_000,
  retries: 2,
  retryBaseMs: 1_000,
  maxRetryAfterMs: 10_000,
  maxRedirects: 10,
  maxBodyBytes: 4_096,
} satisfies Partial<CheckOptions>;

/** A polite, identifying User-Agent: who is asking, why, and where to find out more. */
export function linkCheckUserAgent(siteUrl?: string): string {
  return siteUrl ? `UnlistedLinkCheck/1.0 (+${siteUrl}; weekly link check)` : 'UnlistedLinkCheck/1.0 (Unlisted privacy checklists; weekly link check)';
}

const ACCEPT_LANGUAGE: Record<string, string> = { en: 'en-US,en;q=0.9', es: 'es-ES,es;q=0.9,en;q=0.5' };

export function acceptLanguageFor(language: string): string {
  return ACCEPT_LANGUAGE[language] ?? `${language},en;q=0.5`;
}

// ─── Collecting the links ─────────────────────────────────────────────────────

/** The little of a link the checker reads; `kind` and `localizedUrls` are read defensively. */
type LinkLike = { url: string; label: string; kind?: unknown; localizedUrls?: unknown };

/** The part of a platform the checker reads (a validated `Platform` fits). */
export type PlatformLinks = {
  slug: string;
  officialDomains: readonly string[];
  steps: readonly { slug: string; officialLinks: readonly LinkLike[]; sources: readonly LinkLike[] }[];
};

const OFFICIAL_LINK_KINDS = new Set<LinkUseKind>(['setting', 'help', 'hub']);

function officialLinkKind(link: LinkLike): LinkUseKind {
  return typeof link.kind === 'string' && OFFICIAL_LINK_KINDS.has(link.kind as LinkUseKind) ? (link.kind as LinkUseKind) : 'unknown';
}

/** The link's addresses: the English `url` first, then each language's own. */
function addressesOf(link: LinkLike): { url: string; language: string }[] {
  const localized = link.localizedUrls && typeof link.localizedUrls === 'object' ? Object.entries(link.localizedUrls) : [];
  return [
    { url: link.url, language: 'en' },
    ...localized.flatMap(([language, url]) => (typeof url === 'string' && url !== '' ? [{ url, language }] : [])),
  ];
}

/**
 * Every distinct address of every official link (English and localized) and
 * of every source on an official domain, each once, in content order, with
 * every place it is used. Sources elsewhere (independent guides) are not the
 * platform's to keep alive, so they are left out.
 */
export function collectLinkTargets(platforms: readonly PlatformLinks[]): LinkTarget[] {
  const targets = new Map<string, LinkTarget>();
  const add = (url: string, language: string, officialDomains: readonly string[], use: LinkUse) => {
    const target = targets.get(url) ?? { url, language, officialDomains: [], uses: [] };
    targets.set(url, target);
    for (const domain of officialDomains) if (!target.officialDomains.includes(domain)) target.officialDomains.push(domain);
    target.uses.push(use);
  };
  for (const platform of platforms) {
    for (const step of platform.steps) {
      const place = { platform: platform.slug, step: step.slug };
      for (const link of step.officialLinks) {
        for (const { url, language } of addressesOf(link)) add(url, language, platform.officialDomains, { ...place, label: link.label, kind: officialLinkKind(link), language });
      }
      for (const source of step.sources) {
        for (const { url, language } of addressesOf(source)) {
          if (isOfficialUrl(url, platform.officialDomains)) add(url, language, platform.officialDomains, { ...place, label: source.label, kind: 'source', language });
        }
      }
    }
  }
  return [...targets.values()];
}

// ─── The rules ────────────────────────────────────────────────────────────────

/** Host on an official domain. Unlike isOfficialUrl, an http:// hop is judged by its host (the https rule is the build's). */
export function isOnOfficialDomain(url: string, officialDomains: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    parsed.protocol = 'https:';
    return isOfficialUrl(parsed.href, officialDomains);
  } catch {
    return false;
  }
}

/** Path segments of sign-in pages: /login, /accounts/login/, /i/flow/login, /login.php, /ServiceLogin, /v3/signin/identifier… */
const LOGIN_SEGMENTS = new Set(['login', 'log-in', 'signin', 'sign-in', 'sign_in', 'logon', 'servicelogin', 'interactivelogin']);
/** Hosts that only sign people in (login.example.com, signin.example.com). */
const LOGIN_HOST = /^(login|signin)\./i;

/** True when the page looks like a sign-in page, by its path or its host. */
export function isLoginUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOGIN_HOST.test(parsed.hostname)) return true;
  return parsed.pathname
    .split('/')
    .some((segment) => LOGIN_SEGMENTS.has(decodeSegment(segment).toLowerCase().replace(/\.(php|html?|aspx?|jsp)$/, '')));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A site's front page: `/`, or a language's front page (`/es`, `/en-us/`,
 * `/hc/en-us`, the help centres' own). Query and fragment are ignored
 * (`/?hl=es` is still the front page).
 */
const HOME_PATH = /^\/(?:(?:hc\/)?[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?$/i;

export function isHomeUrl(url: string): boolean {
  try {
    return HOME_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A deep link that ended on a front page: what most sites do with a page they removed. */
export function isRedirectedHome(startUrl: string, finalUrl: string): boolean {
  return finalUrl !== startUrl && isHomeUrl(finalUrl) && !isHomeUrl(startUrl);
}

export const isGone = (status: number) => status === 404 || status === 410;
export const isSuccess = (status: number) => status >= 200 && status < 300;
/** Bot walls and rate limits: the site would not say, which is not the page's fault. */
export const isBlocked = (status: number) => status === 401 || status === 403 || status === 429;
export const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);
/** Worth asking again after a pause. */
export const isRetryableStatus = (status: number) => status === 429 || status === 503;
/**
 * HEAD answers that GET must confirm: refusals (405, 501, and the 403 of
 * some bot walls), and "not found", which a few servers answer to HEAD only;
 * a link is never called broken on HEAD's word alone.
 */
export const isHeadRefusal = (status: number) => [400, 403, 404, 405, 410, 501].includes(status);

type Verdict = { status: LinkStatus; reason: string };

/** What the last answer of a redirect chain means. The order matters: a 404 on another domain is moved-domain. */
export function classifyAnswer(input: {
  startUrl: string;
  finalUrl: string;
  status: number;
  officialDomains: readonly string[];
  isOfficial: CheckOptions['isOfficial'];
}): Verdict {
  const { startUrl, finalUrl, status } = input;
  if (!input.isOfficial(finalUrl, input.officialDomains)) return { status: 'moved-domain', reason: `ends outside ${input.officialDomains.join(', ')}` };
  if (isGone(status)) return { status: 'broken', reason: `HTTP ${status}` };
  if (isLoginUrl(finalUrl)) return { status: 'login', reason: 'ends on a sign-in page' };
  if (isRedirectedHome(startUrl, finalUrl)) return { status: 'home', reason: 'redirected to the home page' };
  if (isSuccess(status)) return { status: 'ok', reason: '' };
  if (isBlocked(status)) return { status: 'blocked', reason: `HTTP ${status} (bot wall or rate limit)` };
  if (status >= 500) return { status: 'error', reason: `HTTP ${status}` };
  if (isRedirect(status)) return { status: 'error', reason: `HTTP ${status} without a Location` };
  return { status: 'error', reason: `unexpected HTTP ${status}` };
}

/** A network failure: the host does not exist (DNS) is broken, anything else (timeouts, resets, TLS) an error. */
export function classifyNetworkFailure(code: string, message: string): Verdict {
  if (isDnsFailure(code)) return { status: 'broken', reason: `DNS: host not found (${code})` };
  return { status: 'error', reason: code === 'TIMEOUT' ? message : `${code}: ${message}` };
}

const isDnsFailure = (code: string) => code === 'ENOTFOUND';
// A bad certificate will not mend within the retries' few seconds. A missing
// host is asked again: a resolver's hiccup must not fail the weekly run.
const TLS_FAILURE = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;
const isRetryableFailure = (code: string) => !TLS_FAILURE.test(code);

/** Kinds of link that open a signed-in page, so a sign-in page is what a signed-out checker expects. */
const LOGIN_EXPECTED: ReadonlySet<LinkUseKind> = new Set(['setting', 'hub']);

/**
 * How much a result matters: broken, home and moved-domain always fail; a
 * sign-in page fails unless every use of the address is a settings page (or a
 * hub of settings); errors fail only when `strict`; bot walls never do.
 */
export function severityOf(result: Pick<LinkResult, 'status' | 'uses'>, strict: boolean): Severity {
  switch (result.status) {
    case 'ok':
      return 'ok';
    case 'broken':
    case 'home':
    case 'moved-domain':
      return 'failure';
    case 'login':
      return result.uses.every((use) => LOGIN_EXPECTED.has(use.kind)) ? 'warning' : 'failure';
    case 'error':
      return strict ? 'failure' : 'warning';
    case 'blocked':
      return 'warning';
  }
}

/** Retry-After in milliseconds (seconds or an HTTP date), null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

// ─── Asking ───────────────────────────────────────────────────────────────────

/** The code and message of a fetch failure, from the innermost cause that has one. */
export function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { code: 'TIMEOUT', message: 'timed out' };
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const candidate = current instanceof AggregateError && current.errors.length > 0 ? current.errors[0] : current;
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string') return { code, message: candidate instanceof Error ? candidate.message : String(candidate) };
    current = (candidate as { cause?: unknown }).cause;
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Cookies set along one chain, sent back on the next hops: some sites
 * redirect to themselves once to set a cookie, which without them looks
 * like a loop. Kept per link, never shared.
 */
class CookieJar {
  private readonly cookies = new Map<string, { domain: string; hostOnly: boolean; name: string; value: string }>();

  store(response: Response, url: string): void {
    const host = new URL(url).hostname;
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const attribute = (key: string) => attributes.map((part) => part.trim().split('=')).find(([k]) => k?.toLowerCase() === key)?.[1];
      const domain = attribute('domain')?.replace(/^\./, '').toLowerCase();
      const key = `${domain ?? host}|${name}`;
      if (attribute('max-age') !== undefined && Number(attribute('max-age')) <= 0) this.cookies.delete(key);
      else this.cookies.set(key, { domain: domain ?? host, hostOnly: !domain, name, value: pair.slice(equals + 1).trim() });
    }
  }

  headerFor(url: string): string | null {
    const host = new URL(url).hostname;
    const matching = [...this.cookies.values()].filter((cookie) => host === cookie.domain || (!cookie.hostOnly && host.endsWith(`.${cookie.domain}`)));
    return matching.length > 0 ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : null;
  }

  /** Changes whenever a cookie does, so a redirect back with a new cookie is not a loop. */
  signature(): string {
    return [...this.cookies.entries()].map(([key, cookie]) => `${key}=${cookie.value}`).sort().join(';');
  }
}

type Answer = { response: Response; attempts: number } | { failure: { code: string; message: string }; attempts: number };

/** Reads at most `maxBytes` of the body and lets the rest go, so the connection is freed without downloading the page. */
async function discardBody(response: Response, maxBytes: number): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  try {
    for (let read = 0; read < maxBytes; ) {
      const chunk = await reader.read();
      if (chunk.done) return;
      read += chunk.value.byteLength;
    }
  } catch {
    // The status is what counts; a body cut short changes nothing.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

async function sendOnce(url: string, method: Hop['method'], target: LinkTarget, jar: CookieJar, options: CheckOptions): Promise<Response> {
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    'Accept-Language': acceptLanguageFor(target.language),
    Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  };
  const cookie = jar.headerFor(url);
  if (cookie) headers.Cookie = cookie;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const response = await options.fetch(url, { method, headers, redirect: 'manual', signal });
  jar.store(response, url);
  if (method === 'GET' && !isRedirect(response.status)) await discardBody(response, options.maxBodyBytes);
  else await response.body?.cancel().catch(() => undefined);
  return response;
}

const backoff = (retry: number, options: CheckOptions) => options.retryBaseMs * 2 ** (retry - 1);

/** One request, asked again (at most `retries` times) after a passing failure, waiting as the server asks when it asks for little. */
async function sendWithRetries(url: string, method: Hop['method'], target: LinkTarget, jar: CookieJar, options: CheckOptions): Promise<Answer> {
  for (let attempt = 1; ; attempt += 1) {
    const retriesLeft = attempt <= options.retries;
    let response: Response;
    try {
      response = await sendOnce(url, method, target, jar, options);
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.code === 'TIMEOUT') failure.message = `timed out after ${options.timeoutMs / 1000} s`;
      if (!retriesLeft || !isRetryableFailure(failure.code)) return { failure, attempts: attempt };
      await options.sleep(backoff(attempt, options));
      continue;
    }
    if (!retriesLeft || !isRetryableStatus(response.status)) return { response, attempts: attempt };
    const asked = parseRetryAfter(response.headers.get('retry-after'), options.now());
    if (asked !== null && asked > options.maxRetryAfterMs) return { response, attempts: attempt };
    await options.sleep(asked ?? backoff(attempt, options));
  }
}

/** Follows one address to its end, hop by hop, and says what it found. */
export async function checkLink(target: LinkTarget, options: CheckOptions): Promise<LinkResult> {
  const started = options.now();
  const chain: Hop[] = [];
  const jar = new CookieJar();
  const visited = new Set<string>();
  // Once a site refuses HEAD, the rest of its chain is asked with GET.
  let method: Hop['method'] = 'HEAD';
  let url = target.url;
  const finish = (verdict: Verdict, code: number | null, finalUrl = url): LinkResult => ({
    ...target,
    ...verdict,
    code,
    finalUrl,
    chain,
    ms: options.now() - started,
  });

  for (;;) {
    const state = `${url} ${jar.signature()}`;
    if (visited.has(state)) return finish({ status: 'broken', reason: `redirect loop back to ${url}` }, chain.at(-1)?.status ?? null);
    visited.add(state);

    let answer = await sendWithRetries(url, method, target, jar, options);
    let headStatus: number | undefined;
    if (method === 'HEAD' && 'response' in answer && isHeadRefusal(answer.response.status)) {
      headStatus = answer.response.status;
      method = 'GET';
      const retried = await sendWithRetries(url, method, target, jar, options);
      answer = { ...retried, attempts: answer.attempts + retried.attempts };
    }

    if ('failure' in answer) {
      chain.push({ url, method, status: null, location: null, attempts: answer.attempts, headStatus, error: `${answer.failure.code}: ${answer.failure.message}` });
      return finish(classifyNetworkFailure(answer.failure.code, answer.failure.message), null);
    }

    const { status } = answer.response;
    const location = isRedirect(status) ? answer.response.headers.get('location') : null;
    chain.push({ url, method, status, location, attempts: answer.attempts, headStatus });
    if (location === null) return finish(classifyAnswer({ startUrl: target.url, finalUrl: url, status, officialDomains: target.officialDomains, isOfficial: options.isOfficial }), status);

    if (chain.length > options.maxRedirects) return finish({ status: 'broken', reason: `more than ${options.maxRedirects} redirects` }, status);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return finish({ status: 'broken', reason: `redirects to an unreadable address "${location}"` }, status);
    }
    url = next.href;
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the items' order in the results. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Checks every target, `concurrency` at a time; results in the targets' order. */
export async function checkLinks(targets: readonly LinkTarget[], options: CheckOptions): Promise<LinkResult[]> {
  let done = 0;
  return mapWithConcurrency(targets, options.concurrency, async (target) => {
    const result = await checkLink(target, options);
    done += 1;
    options.onResult?.(result, done, targets.length);
    return result;
  });
}

// ─── Reporting ────────────────────────────────────────────────────────────────

export function countByStatus(results: readonly Pick<LinkResult, 'status'>[]): Record<LinkStatus, number> {
  const counts = Object.fromEntries(LINK_STATUSES.map((status) => [status, 0])) as Record<LinkStatus, number>;
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** True when the run should fail: any result that is a failure (errors count only when `strict`). */
export function hasFailures(results: readonly LinkResult[], strict: boolean): boolean {
  return results.some((result) => severityOf(result, strict) === 'failure');
}

/**
 * True when not one link got an HTTP answer from more than one host: the
 * machine is offline (or its DNS is), and "broken" would be a lie.
 */
export function looksOffline(results: readonly LinkResult[]): boolean {
  const hosts = new Set(results.map((result) => new URL(result.url).hostname));
  return hosts.size > 1 && results.every((result) => result.chain.every((hop) => hop.status === null));
}

export type LinkReport = {
  generatedAt: string;
  options: Record<string, unknown>;
  counts: Record<LinkStatus, number>;
  failures: number;
  warnings: number;
  /** Not one link answered (looksOffline): the counts say nothing about the links. */
  offline: boolean;
  results: (LinkResult & { severity: Severity })[];
};

/** The JSON report: when, with what options, the counts, and every result with its redirect chain. */
export function buildReport(results: readonly LinkResult[], input: { generatedAt: Date; strict: boolean; options: Record<string, unknown> }): LinkReport {
  const withSeverity = results.map((result) => ({ ...result, severity: severityOf(result, input.strict) }));
  return {
    generatedAt: input.generatedAt.toISOString(),
    options: { ...input.options, strict: input.strict },
    counts: countByStatus(results),
    failures: withSeverity.filter((result) => result.severity === 'failure').length,
    warnings: withSeverity.filter((result) => result.severity === 'warning').length,
    offline: looksOffline(results),
    results: withSeverity,
  };
}
