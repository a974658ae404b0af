import fc from 'fast-check';
import { bodyFor, queryFor, segment, slugLike, type Field } from './inputs';

/** One request a fuzz case sends: method, path and raw body. */
export type FuzzRequest = { method: string; path: string; body?: string; headers?: Record<string, string> };

export type FuzzRoute = {
  name: string;
  /** The requests of this route that a fuzz case may send. */
  requests: fc.Arbitrary<FuzzRequest>;
};

const progressStep: Record<string, Field> = { platform: 'slug', step: 'slug', status: 'status', updatedAt: 'date' };
const flowChoice: Record<string, Field> = { platform: 'slug', flow: 'flow', updatedAt: 'date' };
const countdownStart: Record<string, Field> = { platform: 'slug', requestedOn: 'date', timeZone: 'timeZone' };
const dataFileReady: Record<string, Field> = { platform: 'slug', readyOn: 'date', timeZone: 'timeZone' };
const calendarQuery: Record<string, Field> = { platform: 'slug', requestedOn: 'date', timeZone: 'timeZone' };

const withBody = (method: string, path: string, fields: Record<string, Field>) =>
  bodyFor(fields).map((body): FuzzRequest => ({ method, path, body }));

/** Merge bodies: the anonymous progress a browser sends at sign-in, nested and large. */
const mergeBody = fc.oneof(
  bodyFor(progressStep),
  fc
    .dictionary(
      fc.oneof(fc.constant('tiktok'), fc.string({ maxLength: 12 })),
      fc.record(
        { flow: fc.oneof(fc.constantFrom('leave', 'lock-down'), fc.anything()), steps: fc.dictionary(fc.string({ maxLength: 30 }), fc.anything(), { maxKeys: 120 }) },
        { requiredKeys: [] },
      ),
      { maxKeys: 60 },
    )
    .chain((platforms) => fc.record({ platforms: fc.constant(platforms), bookmarks: fc.anything() }, { requiredKeys: [] }))
    .map((value) => JSON.stringify(value)),
);

/** A problem report's fields as text: a real step now and then, messages empty, blank, too long or odd, addresses that are not. */
const reportFields = fc.record(
  {
    platform: slugLike,
    step: slugLike,
    locale: fc.oneof(fc.constantFrom('en', 'es', 'fr', 'EN', ''), fc.string({ maxLength: 8 })),
    message: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('', '   ', '\r\n', 'x'.repeat(2_001), 'a\r\n'.repeat(1_000), '\u0000')),
    replyEmail: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 }), fc.constantFrom('', 'a@b.c\r\nBcc: victim@example.test', `${'a'.repeat(300)}@example.test`)),
  },
  { requiredKeys: [] },
);

/** Every route handler that takes input from outside, with what may be sent to it. */
export const FUZZ_ROUTES: FuzzRoute[] = [
  { name: 'PUT /api/progress/steps', requests: withBody('PUT', '/api/progress/steps', progressStep) },
  { name: 'PUT /api/progress/flow', requests: withBody('PUT', '/api/progress/flow', flowChoice) },
  { name: 'POST /api/progress/merge', requests: mergeBody.map((body) => ({ method: 'POST', path: '/api/progress/merge', body })) },
  {
    name: 'PUT/DELETE /api/bookmarks/{platform}',
    requests: fc.tuple(fc.constantFrom('PUT', 'DELETE'), segment, fc.option(fc.string({ maxLength: 100 }))).map(([method, platform, body]) => ({
      method,
      path: `/api/bookmarks/${platform}`,
      body: body ?? undefined,
    })),
  },
  { name: 'POST /api/countdowns', requests: withBody('POST', '/api/countdowns', countdownStart) },
  { name: 'DELETE /api/countdowns/{id}', requests: segment.map((id) => ({ method: 'DELETE', path: `/api/countdowns/${id}` })) },
  { name: 'POST /api/reminders/data-file', requests: withBody('POST', '/api/reminders/data-file', dataFileReady) },
  {
    name: 'POST /api/reminders/stop',
    requests: fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 200 })).map((token) => ({
      method: 'POST',
      path: `/api/reminders/stop?token=${encodeURIComponent(token)}`,
    })),
  },
  {
    name: 'DELETE /api/reminders/data-file',
    requests: fc.oneof(segment, fc.string({ maxLength: 100 })).map((platform) => ({
      method: 'DELETE',
      path: `/api/reminders/data-file?platform=${encodeURIComponent(platform)}`,
    })),
  },
  {
    // The stop page's button: a form post without a token in the address.
    name: 'POST /api/reminders/stop (form)',
    requests: fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 200 })).map((token) => ({
      method: 'POST',
      path: '/api/reminders/stop',
      body: new URLSearchParams({ token }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })),
  },
  {
    // /account's "Email language", a plain form: back to /account, to sign in, or a 400 for a language the site does not speak.
    name: 'POST /api/reminders/locale (form)',
    requests: fc.oneof(fc.constantFrom('en', 'es', 'fr', 'EN', ''), fc.string({ maxLength: 40 })).map((locale) => ({
      method: 'POST',
      path: '/api/reminders/locale',
      body: new URLSearchParams({ locale }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })),
  },
  {
    name: 'POST /api/reports',
    requests: fc
      .oneof(reportFields.map((fields) => JSON.stringify(fields)), bodyFor({ platform: 'slug', step: 'slug' }))
      .map((body) => ({ method: 'POST', path: '/api/reports', body })),
  },
  {
    // The step page's form without JavaScript: back to the step page, or a 400 when it names no step.
    name: 'POST /api/reports (form)',
    requests: reportFields.map((fields) => ({
      method: 'POST',
      path: '/api/reports',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })),
  },
  { name: 'GET /api/calendar', requests: queryFor(calendarQuery).map((query) => ({ method: 'GET', path: `/api/calendar?${query}` })) },
  {
    name: 'GET reads',
    requests: fc.constantFrom('/api/progress', '/api/countdowns', '/api/me', '/api/account/export', '/api/health').map((path) => ({
      method: 'GET',
      path,
    })),
  },
  {
    name: 'POST /api/cron/reminders',
    requests: fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }).map((token) => `Bearer ${token}`)).map((authorization) => ({
      method: 'POST',
      path: '/api/cron/reminders',
      headers: { authorization },
    })),
  },
  {
    name: 'POST /api/signin/confirm',
    requests: fc
      .record({ token: fc.string({ maxLength: 300 }), email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 300 })), callbackUrl: fc.string({ maxLength: 300 }) }, { requiredKeys: [] })
      .map((fields) => ({
        method: 'POST',
        path: '/api/signin/confirm',
        body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })),
  },
  {
    name: 'GET /signin/confirm',
    requests: fc
      .record({ token: fc.string({ maxLength: 300 }), email: fc.string({ maxLength: 300 }), callbackUrl: fc.string({ maxLength: 300 }) }, { requiredKeys: [] })
      .map((fields) => ({ method: 'GET', path: `/signin/confirm?${new URLSearchParams(fields).toString()}` })),
  },
  {
    // Any body type a page or a script could send to a JSON endpoint: only application/json is read.
    name: 'content types',
    requests: fc
      .tuple(
        fc.constantFrom('text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', ''),
        bodyFor(countdownStart),
      )
      .map(([contentType, body]) => ({ method: 'POST', path: '/api/countdowns', body, headers: { 'content-type': contentType } })),
  },
  {
    name: 'Auth.js /api/auth/*',
    requests: fc
      .tuple(fc.constantFrom('GET', 'POST'), fc.constantFrom('signin/email', 'callback/email', 'session', 'csrf', 'signout', 'providers', 'nope'), fc.string({ maxLength: 200 }))
      .map(([method, action, query]) => ({
        method,
        path: `/api/auth/${action}?${new URLSearchParams({ token: query, email: query, callbackUrl: query }).toString()}`,
        body: method === 'POST' ? new URLSearchParams({ email: query, csrfToken: query }).toString() : undefined,
        headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
      })),
  },
];
