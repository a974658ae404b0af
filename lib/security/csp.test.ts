import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashSources, pagePolicy, scriptHashSource } from './csp';
import { contentSecurityPolicy, strictTransportSecurity } from './headers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashSources', () => {
  it('hashes the text of each inline script once, in page order, and ignores scripts with a src', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([0])</script>',
      '<script id="_R_">requestAnimationFrame(()=>{})</script>',
      '<script>self.__next_f.push([0])</script>',
      '<script></script>',
    ].join('');
    expect(inlineScriptHashSources(html)).toEqual([sha256('self.__next_f.push([0])'), sha256('requestAnimationFrame(()=>{})')]);
  });

  it('gives the source the browser computes for the exact text, whitespace included', () => {
    expect(scriptHashSource(' a ')).toBe(sha256(' a '));
    expect(scriptHashSource('a')).not.toBe(scriptHashSource(' a '));
  });
});

describe('pagePolicy', () => {
  it('allows scripts only from our origin and the given sources in production', () => {
    const policy = pagePolicy({ scriptSources: ["'sha256-abc='"], development: false });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets the page load its own manifest and icons, and nothing from elsewhere', () => {
    for (const development of [false, true]) {
      const directives = new Map(
        pagePolicy({ scriptSources: [], development })
          .split('; ')
          .map((directive) => {
            const [name = '', ...values] = directive.split(' ');
            return [name, values] as const;
          }),
      );
      expect(directives.get('manifest-src')).toEqual(["'self'"]);
      expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    }
  });

  it('lets React’s development build evaluate code, only in development', () => {
    expect(pagePolicy({ scriptSources: [], development: true })).toContain("'unsafe-eval'");
  });
});

describe('contentSecurityPolicy', () => {
  it('gives API answers the policy of data, and pages theirs with a nonce or hashes', () => {
    const api = contentSecurityPolicy({ path: '/api/progress', scripts: { kind: 'static', hashes: [] }, development: false });
    expect(api).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    const rendered = contentSecurityPolicy({ path: '/signin', scripts: { kind: 'nonce', nonce: 'n0nce', hashes: ["'sha256-x='"] }, development: false });
    expect(rendered).toContain("script-src 'self' 'nonce-n0nce' 'sha256-x='");
  });
});

describe('strictTransportSecurity', () => {
  it('is sent in production over https only', () => {
    expect(strictTransportSecurity({ production: true, appUrl: 'https://unlisted.example' })).toBe('max-age=63072000; includeSubDomains');
    expect(strictTransportSecurity({ production: true, appUrl: 'http://localhost:3000' })).toBeNull();
    expect(strictTransportSecurity({ production: false, appUrl: 'https://unlisted.example' })).toBeNull();
  });
});
