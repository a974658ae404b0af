import { describe, expect, it } from 'vitest';
import { SMTP_TIMEOUTS } from '@/lib/email/send';
import { LEASE_MS } from './sweep';

describe('the reminder lease', () => {
  it('outlasts the SMTP timeouts together, so a send still under way keeps its claim', () => {
    const { connectionTimeout, greetingTimeout, socketTimeout } = SMTP_TIMEOUTS;
    expect(LEASE_MS).toBeGreaterThan(connectionTimeout + greetingTimeout + socketTimeout);
  });
});
