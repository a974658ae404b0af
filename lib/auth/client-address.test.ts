import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('takes the address the nearest hop wrote, not what the client claimed before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'spoofed, , 198.51.100.7 ' }))).toBe('198.51.100.7');
  });

  it('falls back to X-Real-IP, then to one shared bucket', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '192.0.2.1' }))).toBe('192.0.2.1');
    expect(clientAddress(new Headers())).toBe('local');
  });
});
