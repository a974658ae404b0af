import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DELETION_REMINDERS,
  REMINDER_TIME,
  addDays,
  checkRequestedOn,
  dataFileReminder,
  deletionReminders,
  finalDay,
  isValidTimeZone,
  timeLeft,
  zonedTimeToUtc,
} from './schedule';

// Every `now` below is a fixed instant; the module never reads the clock itself.
const at = (iso: string) => new Date(iso);
const plan = (reminders: { kind: string; dueAt: Date }[]) =>
  reminders.map(({ kind, dueAt }) => `${kind} ${dueAt.toISOString()}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('addDays and finalDay', () => {
  it.each([
    ['2026-11-25', 30, '2026-12-25'],
    ['2026-12-25', 7, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    // The days around DST changes are still whole calendar days.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-11-01', -7, '2026-10-25'],
    ['2026-11-25', 0, '2026-11-25'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses dates that do not exist and fractional days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-11-25T00:00:00Z', 1)).toThrow(RangeError);
    expect(() => addDays('2026-11-25', 1.5)).toThrow(RangeError);
  });

  it('puts the final day a grace period after the request', () => {
    expect(finalDay({ requestedOn: '2026-11-25', graceDays: 30 })).toBe('2026-12-25');
    expect(finalDay({ requestedOn: '2026-02-01', graceDays: 30 })).toBe('2026-03-03');
  });
});

describe('checkRequestedOn', () => {
  const today = '2026-11-25';
  const check = (requestedOn: string) => checkRequestedOn({ requestedOn, today, graceDays: 30 });
  // A problem, not words: the page and the server each say it in the reader's language (lib/i18n/problems.test.ts).
  const PERMANENT = { code: 'deletion_already_permanent', params: { days: 30 } };

  it('accepts today and every day whose final day is today or later', () => {
    expect(check('2026-11-25')).toBeNull();
    expect(check('2026-11-01')).toBeNull();
    // 30 days ago: the final day is today, so logging in still cancels.
    expect(check('2026-10-26')).toBeNull();
  });

  it('refuses a request whose final day has passed', () => {
    expect(check('2026-10-25')).toEqual(PERMANENT);
    expect(check('2025-01-01')).toEqual(PERMANENT);
  });

  it('refuses the future', () => {
    expect(check('2026-11-26')).toEqual({ code: 'date_in_future' });
    expect(check('9999-12-31')).toEqual({ code: 'date_in_future' });
  });

  // Years PostgreSQL refuses (0000) or that are typos: a message, never a query.
  it.each(['0000-01-01', '0001-01-01', '1969-12-31', '1970-01-01', '2019-12-31'])('refuses %s as before 2020', (date) => {
    expect(check(date)).toEqual({ code: 'date_too_early', params: { earliest: '2020-01-01' } });
  });

  it('says why 2020-01-01 itself is refused: it is in range, but long permanent', () => {
    expect(check('2020-01-01')).toEqual(PERMANENT);
    expect(checkRequestedOn({ requestedOn: '2020-01-01', today: '2020-01-01', graceDays: 30 })).toBeNull();
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2027-02-29'])('says %s does not exist', (date) => {
    expect(check(date)).toEqual({ code: 'date_not_exist' });
  });

  it.each(['', '25/11/2026', '2026-1-5', ' 2026-11-25', '2026-11-25T10:00', 'yesterday', '+275760-09-13', '275760-09-13', '-0001-01-01'])(
    'asks for YYYY-MM-DD instead of %j',
    (date) => {
      expect(check(date)).toEqual({ code: 'date_format' });
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(checkRequestedOn({ requestedOn: '2028-02-29', today: '2028-03-01', graceDays: 30 })).toBeNull();
  });
});

describe('zonedTimeToUtc', () => {
  it.each([
    ['Europe/Berlin', '2026-12-01T08:00:00.000Z'],
    ['America/Los_Angeles', '2026-12-01T17:00:00.000Z'],
    ['Asia/Kolkata', '2026-12-01T03:30:00.000Z'],
    // +13:45 in the southern summer: 09:00 there is still the previous day in UTC.
    ['Pacific/Chatham', '2026-11-30T19:15:00.000Z'],
    ['UTC', '2026-12-01T09:00:00.000Z'],
  ])('09:00 on 2026-12-01 in %s is %s', (timeZone, expected) => {
    expect(zonedTimeToUtc('2026-12-01', '09:00', timeZone).toISOString()).toBe(expected);
  });

  it('follows summer time', () => {
    expect(zonedTimeToUtc('2026-07-01', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedTimeToUtc('2026-07-01', '09:00', 'Pacific/Chatham').toISOString()).toBe('2026-06-30T20:15:00.000Z');
  });

  describe('spring forward: a skipped time gives the first instant after the gap', () => {
    it.each([
      ['2026-03-08', '01:59', 'America/New_York', '2026-03-08T06:59:00.000Z'],
      ['2026-03-08', '02:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
      ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:00:00.000Z'],
      ['2026-03-08', '03:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
      ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
      // Half-hour change.
      ['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
      ['2026-09-27', '03:00', 'Pacific/Chatham', '2026-09-26T14:00:00.000Z'],
      // Chile changes at midnight, so the day starts at 01:00.
      ['2026-09-06', '00:00', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
      // Samoa skipped 30 December 2011 altogether.
      ['2011-12-30', '09:00', 'Pacific/Apia', '2011-12-30T10:00:00.000Z'],
    ])('%s %s in %s is %s', (date, time, timeZone, expected) => {
      expect(zonedTimeToUtc(date, time, timeZone).toISOString()).toBe(expected);
    });
  });

  describe('fall back: a repeated time gives its first occurrence', () => {
    it.each([
      ['2026-11-01', '00:59', 'America/New_York', '2026-11-01T04:59:00.000Z'],
      ['2026-11-01', '01:00', 'America/New_York', '2026-11-01T05:00:00.000Z'],
      ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
      ['2026-11-01', '02:00', 'America/New_York', '2026-11-01T07:00:00.000Z'],
      ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ])('%s %s in %s is %s', (date, time, timeZone, expected) => {
      expect(zonedTimeToUtc(date, time, timeZone).toISOString()).toBe(expected);
    });
  });

  it('does not depend on the system clock', () => {
    vi.useFakeTimers({ now: at('2031-06-15T12:00:00Z') });
    expect(zonedTimeToUtc('2026-12-01', '09:00', 'Asia/Kolkata').toISOString()).toBe('2026-12-01T03:30:00.000Z');
  });

  it('refuses unknown zones, impossible dates and malformed times', () => {
    expect(() => zonedTimeToUtc('2026-12-01', '09:00', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-12-01', '09:00', '')).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-02-30', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-12-01', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-12-01', '9:00', 'UTC')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', '', 'Europe/Berlin ', 'GMT+25'])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('deletionReminders', () => {
  // Berlin is UTC+1 in December: 09:00 there is 08:00Z.
  const timeZone = 'Europe/Berlin';
  const finalOn = '2026-12-31';
  const remind = (now: string, zone = timeZone, final = finalOn) =>
    plan(deletionReminders({ finalOn: final, timeZone: zone, now: at(now) }));

  it('sends all three at 09:00 local when started on time', () => {
    expect(REMINDER_TIME).toBe('09:00');
    expect(DELETION_REMINDERS.map((reminder) => reminder.daysBefore)).toEqual([7, 1, 0]);
    // Requested 2026-12-01, today.
    expect(remind('2026-12-01T10:00:00Z')).toEqual([
      'deletion-7-days 2026-12-24T08:00:00.000Z',
      'deletion-1-day 2026-12-30T08:00:00.000Z',
      'deletion-final 2026-12-31T08:00:00.000Z',
    ]);
  });

  it('requested 23 days ago: the 7-day reminder is today, at 09:00 or now if that has passed', () => {
    expect(remind('2026-12-24T06:00:00Z')[0]).toBe('deletion-7-days 2026-12-24T08:00:00.000Z');
    expect(remind('2026-12-24T15:00:00Z')[0]).toBe('deletion-7-days 2026-12-24T15:00:00.000Z');
  });

  it('requested 24 days ago: the 7-day reminder goes out now, the others on time', () => {
    expect(remind('2026-12-25T11:00:00Z')).toEqual([
      'deletion-7-days 2026-12-25T11:00:00.000Z',
      'deletion-1-day 2026-12-30T08:00:00.000Z',
      'deletion-final 2026-12-31T08:00:00.000Z',
    ]);
  });

  describe('requested 29 days ago (final day tomorrow): the 7-day reminder is superseded', () => {
    it('before 09:00 local, the 1-day reminder waits for 09:00', () => {
      // 08:00 in Berlin: the 1-day reminder's day has begun, though its time has not come.
      expect(remind('2026-12-30T07:00:00Z')).toEqual([
        'deletion-1-day 2026-12-30T08:00:00.000Z',
        'deletion-final 2026-12-31T08:00:00.000Z',
      ]);
    });

    it('after 09:00 local, the 1-day reminder goes out now', () => {
      expect(remind('2026-12-30T09:00:00Z')).toEqual([
        'deletion-1-day 2026-12-30T09:00:00.000Z',
        'deletion-final 2026-12-31T08:00:00.000Z',
      ]);
    });

    it('at 23:59 the day before, in Berlin, the 7-day reminder is still due now', () => {
      expect(remind('2026-12-29T22:59:00Z')[0]).toBe('deletion-7-days 2026-12-29T22:59:00.000Z');
      expect(remind('2026-12-29T23:00:00Z')[0]).toBe('deletion-1-day 2026-12-30T08:00:00.000Z');
    });
  });

  describe('requested 30 days ago (final day today): only the final reminder is left', () => {
    it('waits for 09:00 local', () => {
      expect(remind('2026-12-31T06:00:00Z')).toEqual(['deletion-final 2026-12-31T08:00:00.000Z']);
    });

    it('goes out now after 09:00 local', () => {
      expect(remind('2026-12-31T20:00:00Z')).toEqual(['deletion-final 2026-12-31T20:00:00.000Z']);
    });
  });

  it('too late: the final reminder is dropped once it is more than 24 hours overdue', () => {
    expect(remind('2027-01-01T08:00:00Z')).toEqual(['deletion-final 2027-01-01T08:00:00.000Z']);
    expect(remind('2027-01-01T08:00:01Z')).toEqual([]);
    expect(remind('2027-02-01T00:00:00Z')).toEqual([]);
  });

  it('never has more than one reminder due now', () => {
    for (let hour = 0; hour < 10 * 24; hour += 1) {
      const now = new Date(Date.parse('2026-12-22T00:00:00Z') + hour * 3_600_000);
      const dueNow = deletionReminders({ finalOn, timeZone, now }).filter(
        (reminder) => reminder.dueAt.getTime() === now.getTime(),
      );
      expect(dueNow.length).toBeLessThanOrEqual(1);
    }
  });

  it('uses each time zone’s own 09:00', () => {
    const now = '2026-11-25T00:00:00Z';
    const finals = (zone: string) => remind(now, zone).at(-1);
    expect(finals('Europe/Berlin')).toBe('deletion-final 2026-12-31T08:00:00.000Z');
    expect(finals('America/Los_Angeles')).toBe('deletion-final 2026-12-31T17:00:00.000Z');
    expect(finals('Asia/Kolkata')).toBe('deletion-final 2026-12-31T03:30:00.000Z');
    expect(finals('Pacific/Chatham')).toBe('deletion-final 2026-12-30T19:15:00.000Z');
  });

  it('keeps 09:00 local across a DST change between the reminders', () => {
    // 7 days before falls in EST (UTC-5), the final day in EDT (UTC-4).
    expect(remind('2026-03-01T00:00:00Z', 'America/New_York', '2026-03-10')).toEqual([
      'deletion-7-days 2026-03-03T14:00:00.000Z',
      'deletion-1-day 2026-03-09T13:00:00.000Z',
      'deletion-final 2026-03-10T13:00:00.000Z',
    ]);
    // And back: EDT to EST in November.
    expect(remind('2026-10-20T00:00:00Z', 'America/New_York', '2026-11-03')).toEqual([
      'deletion-7-days 2026-10-27T13:00:00.000Z',
      'deletion-1-day 2026-11-02T14:00:00.000Z',
      'deletion-final 2026-11-03T14:00:00.000Z',
    ]);
  });

  it('refuses an unknown zone and an impossible final day', () => {
    expect(() => deletionReminders({ finalOn, timeZone: 'Nowhere/Else', now: at('2026-12-01T00:00:00Z') })).toThrow(
      RangeError,
    );
    expect(() => deletionReminders({ finalOn: '2026-02-30', timeZone, now: at('2026-01-01T00:00:00Z') })).toThrow(
      RangeError,
    );
  });
});

describe('dataFileReminder', () => {
  // Ready on 1 December, downloadable for 4 days: the last day is 4 December,
  // so the reminder is on 3 December at 09:00 Berlin (08:00Z).
  const remind = (now: string, availableDays = 4, timeZone = 'Europe/Berlin') =>
    dataFileReminder({ readyOn: '2026-12-01', availableDays, timeZone, now: at(now) });

  it('reminds the day before the last day, at 09:00 local', () => {
    expect(remind('2026-12-01T12:00:00Z')).toEqual({ kind: 'data-file-1-day', dueAt: at('2026-12-03T08:00:00Z') });
    expect(remind('2026-12-01T12:00:00Z', 4, 'America/Los_Angeles')?.dueAt).toEqual(at('2026-12-03T17:00:00Z'));
  });

  it('reminds now when that time has passed but the last day is not over', () => {
    expect(remind('2026-12-03T08:00:01Z')?.dueAt).toEqual(at('2026-12-03T08:00:01Z'));
    // 23:59 on 4 December in Berlin.
    expect(remind('2026-12-04T22:59:00Z')?.dueAt).toEqual(at('2026-12-04T22:59:00Z'));
  });

  it('gives nothing once the last day is over in the person’s zone', () => {
    expect(remind('2026-12-04T23:00:00Z')).toBeNull();
    // Still 4 December in Los Angeles.
    expect(remind('2026-12-04T23:00:00Z', 4, 'America/Los_Angeles')).not.toBeNull();
    expect(remind('2026-12-05T08:00:00Z', 4, 'America/Los_Angeles')).toBeNull();
  });

  it('for a file available one day only, reminds on the day it is ready', () => {
    expect(remind('2026-11-30T12:00:00Z', 1)?.dueAt).toEqual(at('2026-12-01T08:00:00Z'));
    expect(remind('2026-12-01T23:00:00Z', 1)).toBeNull();
  });

  it('refuses a non-positive or fractional number of days', () => {
    expect(() => remind('2026-12-01T12:00:00Z', 0)).toThrow(RangeError);
    expect(() => remind('2026-12-01T12:00:00Z', 2.5)).toThrow(RangeError);
  });
});

describe('timeLeft', () => {
  const finalAt = at('2026-12-31T08:00:00Z');

  it('counts whole days, hours and minutes, rounded down', () => {
    expect(timeLeft(finalAt, at('2026-12-01T08:00:00Z'))).toEqual({ days: 30, hours: 0, minutes: 0, past: false });
    expect(timeLeft(finalAt, at('2026-12-29T05:30:30Z'))).toEqual({ days: 2, hours: 2, minutes: 29, past: false });
    expect(timeLeft(finalAt, at('2026-12-31T07:59:01Z'))).toEqual({ days: 0, hours: 0, minutes: 0, past: false });
  });

  it('is past from the final instant on', () => {
    expect(timeLeft(finalAt, finalAt)).toEqual({ days: 0, hours: 0, minutes: 0, past: true });
    expect(timeLeft(finalAt, at('2027-03-01T00:00:00Z'))).toEqual({ days: 0, hours: 0, minutes: 0, past: true });
  });
});
