import { describe, expect, it } from 'vitest';
import { daysSince, isIsoDate, isStale, STALE_AFTER_DAYS } from './freshness';

describe('daysSince', () => {
  it('counts calendar days, zero on the same day', () => {
    expect(daysSince('2026-06-01', '2026-06-01')).toBe(0);
    expect(daysSince('2026-06-01', '2026-06-02')).toBe(1);
    expect(daysSince('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('is negative for a date after today', () => {
    expect(daysSince('2026-06-02', '2026-06-01')).toBe(-1);
  });

  it('crosses month ends of every length', () => {
    expect(daysSince('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysSince('2026-04-30', '2026-05-01')).toBe(1);
    expect(daysSince('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysSince('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('counts February 29 in leap years only', () => {
    expect(daysSince('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysSince('2028-01-01', '2029-01-01')).toBe(366);
    // 2100 is not a leap year (divisible by 100), 2000 was (divisible by 400).
    expect(daysSince('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysSince('2000-02-28', '2000-03-01')).toBe(2);
  });

  it('ignores daylight-saving changes (UTC days)', () => {
    expect(daysSince('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysSince('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('refuses strings that are not dates', () => {
    expect(() => daysSince('2026-02-30', '2026-06-01')).toThrow(RangeError);
    expect(() => daysSince('2026-06-01', 'today')).toThrow(RangeError);
    expect(() => daysSince('2026-6-1', '2026-06-01')).toThrow(RangeError);
  });
});

describe('isStale', () => {
  it('is fresh at exactly 180 days and stale at 181', () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    // 2026-01-01 + 180 days = 2026-06-30.
    expect(daysSince('2026-01-01', '2026-06-30')).toBe(180);
    expect(isStale('2026-01-01', '2026-06-30')).toBe(false);
    expect(isStale('2026-01-01', '2026-07-01')).toBe(true);
  });

  it('counts the leap day inside the window', () => {
    // 2028-01-01 + 180 days = 2028-06-29, one day earlier than in 2026.
    expect(isStale('2028-01-01', '2028-06-29')).toBe(false);
    expect(isStale('2028-01-01', '2028-06-30')).toBe(true);
  });

  it('is fresh for today and for a date in the future', () => {
    expect(isStale('2026-06-01', '2026-06-01')).toBe(false);
    expect(isStale('2026-07-01', '2026-06-01')).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-06-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
