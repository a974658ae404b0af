import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deletionCalendarFile } from './deletion-event';

const input = {
  platformName: 'TikTok',
  finalOn: '2026-12-25',
  countdownUrl: 'https://unlisted.example/countdowns',
  uid: 'deletion-tiktok-2026-11-25@unlisted',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('The calendar has no VEVENT.');
  return { calendar, event };
}

function timeOf(component: ICAL.Component, property: string): ICAL.Time {
  const value = component.getFirstPropertyValue(property);
  if (!(value instanceof ICAL.Time)) throw new Error(`${property} is not a date or time.`);
  return value;
}

describe('deletionCalendarFile', () => {
  const text = deletionCalendarFile(input);
  const { calendar, event } = parse(text);

  it('is an all-day event on the final day', () => {
    const start = timeOf(event, 'dtstart');
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-12-25');
    const end = timeOf(event, 'dtend');
    expect(end.isDate).toBe(true);
    expect(end.toString()).toBe('2026-12-26');
  });

  it('names the platform, links the countdown and keeps the given UID', () => {
    expect(event.getFirstPropertyValue('summary')).toBe('TikTok account deleted for good');
    expect(event.getFirstPropertyValue('url')).toBe(input.countdownUrl);
    expect(event.getFirstPropertyValue('uid')).toBe(input.uid);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('unlisted/countdown');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Unlisted');
  });

  it('explains that logging in cancels the deletion until that day', () => {
    const description = String(event.getFirstPropertyValue('description'));
    expect(description).toContain('logging in to TikTok');
    expect(description).toContain('“Log in with TikTok” on other sites');
    expect(description).toContain('cancels the deletion');
    expect(description).toContain('gone for good');
    expect(description).toContain(input.countdownUrl);
  });

  it('has display alarms a week and a day before', () => {
    const alarms = event.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(2);
    const triggers = alarms.map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      if (!(trigger instanceof ICAL.Duration)) throw new Error('The trigger is not a duration.');
      return trigger;
    });
    expect(triggers.map((trigger) => trigger.toString())).toEqual(['-P7D', '-P1D']);
    expect(triggers.map((trigger) => trigger.toSeconds())).toEqual([-7 * 86400, -86400]);
    for (const alarm of alarms) {
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('description'))).toContain('TikTok');
    }
  });

  it('writes triggers RFC 5545 allows, with no empty time part', () => {
    expect(text).toContain('TRIGGER:-P7D\r\n');
    expect(text).toContain('TRIGGER:-P1D\r\n');
    expect(text).not.toMatch(/TRIGGER:[^\r]*T\r\n/);
  });

  it('ends every line with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('does not block the day as busy', () => {
    expect(event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('refuses a final day that does not exist', () => {
    expect(() => deletionCalendarFile({ ...input, finalOn: '2026-02-30' })).toThrow(RangeError);
  });

  it('throws when ics refuses the event', () => {
    expect(() => deletionCalendarFile({ ...input, countdownUrl: 'not a url' })).toThrow(
      'Could not create the calendar file.',
    );
  });
});
