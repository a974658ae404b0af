import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authSecret } from '@/lib/auth/secret';
import { createStopToken, readStopToken, type StopTarget } from './stop-token';

const COUNTDOWN: StopTarget = { kind: 'countdown', countdownId: '0b6f3c1e-4a8e-4c55-9a1e-2f1d7c9b0a11' };
const DATA_FILE: StopTarget = { kind: 'data-file', reminderId: '6d0c2b7a-91f4-4e0b-8f3a-5c2e1d9a7b44' };

/** A link from before data-file reminders had one: the countdown id and an HMAC of it alone. */
function legacyToken(countdownId: string, secret = authSecret()): string {
  return `${countdownId}.${createHmac('sha256', secret).update(`stop-reminders:${countdownId}`).digest('base64url')}`;
}

describe('stop tokens', () => {
  it('say what they stop: a countdown’s reminders or one data-file reminder', () => {
    expect(readStopToken(createStopToken(COUNTDOWN))).toEqual(COUNTDOWN);
    expect(readStopToken(createStopToken(DATA_FILE))).toEqual(DATA_FILE);
    expect(createStopToken(COUNTDOWN)).toMatch(/^countdown\.0b6f3c1e-[0-9a-f-]+\.[A-Za-z0-9_-]{43}$/);
    expect(createStopToken(DATA_FILE)).toMatch(/^data-file\.6d0c2b7a-[0-9a-f-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('are URL-safe as they are', () => {
    const token = createStopToken(DATA_FILE);
    expect(encodeURIComponent(token)).toBe(token);
  });

  it('keep the links already sent for countdowns working', () => {
    expect(readStopToken(legacyToken(COUNTDOWN.countdownId))).toEqual(COUNTDOWN);
  });

  it('refuse a changed kind: a countdown’s signature does not stop a reminder of the same id, nor the other way', () => {
    const [, id, signature] = createStopToken(COUNTDOWN).split('.');
    expect(readStopToken(`data-file.${id}.${signature}`)).toBeNull();
    const [, reminderId, reminderSignature] = createStopToken(DATA_FILE).split('.');
    expect(readStopToken(`countdown.${reminderId}.${reminderSignature}`)).toBeNull();
    // An old link's signature covers the id alone: it cannot be re-labelled as a data-file token.
    const [legacyId, legacySignature] = legacyToken(DATA_FILE.reminderId).split('.');
    expect(readStopToken(`data-file.${legacyId}.${legacySignature}`)).toBeNull();
  });

  it('refuse a changed id or signature', () => {
    const [kind, id, signature] = createStopToken(COUNTDOWN).split('.') as [string, string, string];
    const otherId = `${id.slice(0, -1)}${id.endsWith('1') ? '2' : '1'}`;
    expect(readStopToken(`${kind}.${otherId}.${signature}`)).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(readStopToken(`${kind}.${id}.${flipped}`)).toBeNull();
    expect(readStopToken(`${kind}.${id}.${signature.slice(0, -1)}`)).toBeNull();
    expect(readStopToken(`${kind}.${id}`)).toBeNull();
    expect(readStopToken(`${otherId}.${legacyToken(COUNTDOWN.countdownId).split('.')[1]}`)).toBeNull();
  });

  it('refuse tokens signed with another secret', () => {
    expect(readStopToken(legacyToken(COUNTDOWN.countdownId, 'another-secret-0123456789abcdef0123'))).toBeNull();
  });

  it('refuse anything malformed without throwing', () => {
    const signature = createStopToken(COUNTDOWN).split('.')[2]!;
    for (const token of [
      undefined,
      null,
      42,
      ['countdown', COUNTDOWN.countdownId, signature],
      '',
      '.',
      '..',
      'nonsense',
      `reminder.${COUNTDOWN.countdownId}.${signature}`,
      `countdown.${COUNTDOWN.countdownId}.${signature}.extra`,
      `countdown.a:b.${signature}`,
      `countdown.${'a'.repeat(65)}.${signature}`,
      `countdown.${'a'.repeat(300)}`,
    ]) {
      expect(readStopToken(token), String(token)).toBeNull();
    }
  });
});
