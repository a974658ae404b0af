import { describe, expect, it, vi } from 'vitest';
import { authSecret } from '@/lib/auth/secret';
import { rateLimitKey } from './limit-key';

// A fixed secret, so no test writes a generated one into a shared DATA_DIR.
vi.stubEnv('AUTH_SECRET', 'test-secret-for-rate-limit-keys-0123456789');

const secret = 'one-secret-of-at-least-thirty-two-characters';

describe('rateLimitKey', () => {
  it('keeps the limit name readable and hides the subject', () => {
    const key = rateLimitKey({ name: 'sign-in-mail:address', subject: 'someone@example.com', secret });
    expect(key).toMatch(/^sign-in-mail:address:[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('someone');
    expect(key).not.toContain('example.com');
  });

  it('gives the same subject the same key, and different subjects different keys', () => {
    const key = (subject: string) => rateLimitKey({ name: 'sign-in-mail:address', subject, secret });
    expect(key('someone@example.com')).toBe(key('someone@example.com'));
    expect(key('someone@example.com')).not.toBe(key('someone-else@example.com'));
  });

  it('does not let one subject be linked across limits, or be guessed without the secret', () => {
    const subject = '203.0.113.7';
    const hash = (key: string) => key.slice(key.lastIndexOf(':') + 1);
    expect(hash(rateLimitKey({ name: 'anonymousPerClient', subject, secret }))).not.toBe(
      hash(rateLimitKey({ name: 'sign-in-mail:client', subject, secret })),
    );
    expect(rateLimitKey({ name: 'anonymousPerClient', subject, secret })).not.toBe(
      rateLimitKey({ name: 'anonymousPerClient', subject, secret: `${secret}-other` }),
    );
  });

  it('uses the app secret unless told otherwise', () => {
    const options = { name: 'writesPerPerson', subject: 'person-1' };
    expect(rateLimitKey(options)).toBe(rateLimitKey({ ...options, secret: authSecret() }));
  });
});
