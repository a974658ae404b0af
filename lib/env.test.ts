import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, productionProblems } from './env';

describe('parseEnv', () => {
  it('fills every default for local use', () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATA_DIR: './.data',
      APP_URL: 'http://localhost:3000',
      EMAIL_FROM: 'Unlisted <no-reply@localhost>',
    });
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: '', SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it('names each bad variable in one clear error', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', AUTH_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain('Invalid environment:');
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must be a postgres:// URL');
    expect(message).toContain('SMTP_URL: must be an smtp:// or smtps:// URL');
    expect(message).toContain('AUTH_SECRET: must be at least 32 characters');
  });
});

describe('APP_URL', () => {
  it('defaults to localhost on the chosen port, and keeps only the origin', () => {
    expect(parseEnv({}).APP_URL).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '4000' }).APP_URL).toBe('http://localhost:4000');
    expect(parseEnv({ APP_URL: 'https://Unlisted.Example.org/' }).APP_URL).toBe('https://unlisted.example.org');
    expect(parseEnv({}).APP_URL_SET).toBe(false);
    expect(parseEnv({ APP_URL: 'https://unlisted.example.org' }).APP_URL_SET).toBe(true);
  });

  it('refuses anything but a bare http(s) origin', () => {
    for (const bad of ['unlisted.example.org', 'ftp://unlisted.example.org', 'https://unlisted.example.org/app', 'https://x.org/?a=1', 'https://user:pw@x.org']) {
      expect(() => parseEnv({ APP_URL: bad }), bad).toThrow(/APP_URL/);
    }
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('is 0 unless set, and a small whole number', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: 'one' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe('REPORTS_TO', () => {
  it('is unset unless given, and reads a comma-separated list of addresses', () => {
    expect(parseEnv({}).REPORTS_TO).toBeUndefined();
    expect(parseEnv({ REPORTS_TO: ' ' }).REPORTS_TO).toBeUndefined();
    expect(parseEnv({ REPORTS_TO: 'content@example.org' }).REPORTS_TO).toEqual(['content@example.org']);
    expect(parseEnv({ REPORTS_TO: 'content@example.org, editor@example.org' }).REPORTS_TO).toEqual(['content@example.org', 'editor@example.org']);
  });

  it('refuses anything that is not an address, naming the variable', () => {
    for (const bad of ['content', 'content@example.org;editor@example.org', 'content@example.org,', 'a@b.org\r\nBcc: x@y.org']) {
      expect(() => parseEnv({ REPORTS_TO: bad }), bad).toThrow(/REPORTS_TO: must be a comma-separated list of email addresses/);
    }
  });
});

describe('productionProblems', () => {
  const complete = {
    NODE_ENV: 'production',
    APP_URL: 'https://unlisted.example.org',
    SMTP_URL: 'smtp://mail.example.org:587',
    UNLISTED_SERVER_ENTRY: '1',
  };

  it('has none for a complete production configuration, or in development', () => {
    expect(productionProblems(parseEnv(complete))).toEqual([]);
    expect(productionProblems(parseEnv({}))).toEqual([]);
  });

  it('refuses a missing APP_URL, and plain http anywhere but localhost', () => {
    expect(productionProblems(parseEnv({ ...complete, APP_URL: undefined })).join()).toMatch(/APP_URL is not set/);
    expect(productionProblems(parseEnv({ ...complete, APP_URL: 'http://unlisted.example.org' })).join()).toMatch(/APP_URL must be https/);
    expect(productionProblems(parseEnv({ ...complete, APP_URL: 'http://localhost:8080' }))).toEqual([]);
    expect(productionProblems(parseEnv({ ...complete, APP_URL: 'http://127.0.0.1:8080' }))).toEqual([]);
  });

  it('refuses to run without a mail server, or started past server.mjs', () => {
    expect(productionProblems(parseEnv({ ...complete, SMTP_URL: undefined })).join()).toMatch(/SMTP_URL is not set/);
    expect(productionProblems(parseEnv({ ...complete, UNLISTED_SERVER_ENTRY: undefined })).join()).toMatch(/npm start/);
  });
});
