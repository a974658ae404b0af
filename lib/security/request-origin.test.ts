import { describe, expect, it } from 'vitest';
import { FOREIGN_ORIGIN, foreignOriginProblem } from './request-origin';

const APP = 'https://unlisted.example.org';

function check(method: string, path: string, headers: Record<string, string>, development = false) {
  return foreignOriginProblem({ method, path, headers: new Headers(headers), appOrigin: APP, development });
}

describe('foreignOriginProblem', () => {
  it('lets the site’s own pages write', () => {
    expect(check('POST', '/api/countdowns', { origin: APP, 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(check('PUT', '/api/progress/steps', { origin: APP })).toBeNull();
    expect(check('POST', '/signin', { origin: APP, 'next-action': 'abc' })).toBeNull();
  });

  it('refuses writes from another origin, a sibling subdomain, or an opaque origin', () => {
    expect(check('POST', '/api/countdowns', { origin: 'https://attacker.example' })).toBe(FOREIGN_ORIGIN);
    expect(check('POST', '/api/countdowns', { origin: 'https://blog.example.org', 'sec-fetch-site': 'same-site' })).toBe(
      FOREIGN_ORIGIN,
    );
    expect(check('DELETE', '/api/countdowns/1', { origin: 'null' })).toBe(FOREIGN_ORIGIN);
    expect(check('POST', '/api/locale', { 'sec-fetch-site': 'cross-site' })).toBe(FOREIGN_ORIGIN);
    // The same host over plain http is another origin.
    expect(check('POST', '/api/countdowns', { origin: 'http://unlisted.example.org' })).toBe(FOREIGN_ORIGIN);
  });

  it('does not trust a matching Origin when the browser itself says the page was elsewhere', () => {
    expect(check('POST', '/api/countdowns', { origin: APP, 'sec-fetch-site': 'cross-site' })).toBe(FOREIGN_ORIGIN);
  });

  it('leaves reads, server-to-server endpoints and requests without browser headers alone', () => {
    expect(check('GET', '/api/account/export', { origin: 'https://attacker.example' })).toBeNull();
    expect(check('POST', '/api/cron/reminders', { origin: 'https://scheduler.example' })).toBeNull();
    expect(check('POST', '/api/reminders/stop', { 'sec-fetch-site': 'cross-site' })).toBeNull();
    expect(check('POST', '/api/progress/merge', {})).toBeNull();
  });

  it('in development only, accepts any loopback name on the same port', () => {
    const local = (origin: string, development: boolean) =>
      foreignOriginProblem({ method: 'POST', path: '/api/countdowns', headers: new Headers({ origin }), appOrigin: 'http://localhost:3000', development });
    expect(local('http://127.0.0.1:3000', true)).toBeNull();
    expect(local('http://127.0.0.1:3000', false)).toBe(FOREIGN_ORIGIN);
    expect(local('http://127.0.0.1:4000', true)).toBe(FOREIGN_ORIGIN);
  });
});
