import fc from 'fast-check';
import { getPlatforms } from '@/lib/content';
import { MAX_BODY_BYTES } from '@/lib/http/body-limit';

/*
 * What a careless client or an attacker sends: broken JSON, wrong types, huge
 * strings, unknown slugs, dates that are not dates, and, now and then,
 * something almost right.
 */

const platforms = getPlatforms();
const realSlugs = platforms.flatMap((platform) => [platform.slug, ...platform.steps.map((step) => step.slug)]);

export const slugLike = fc.oneof(
  fc.constantFrom(...realSlugs),
  fc.constantFrom('myspace', 'TIKTOK', 'tiktok ', '../etc/passwd', '%00', '__proto__', 'constructor', '', 'a'.repeat(300)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

export const dateLike = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2999-01-01T00:00:00.000Z', '1970-01-01', 'tomorrow', '2026-02-30', '', '0000-00-00T00:00:00Z'),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);

export const timeZoneLike = fc.oneof(
  fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Pacific/Kiritimati', 'Mars/Olympus_Mons', '', 'Etc/GMT+14'),
  fc.string({ maxLength: 40 }),
);

/** A field's value: a good-looking one of its kind, or anything at all. */
function fieldValue(kind: Field) {
  const typed = { slug: slugLike, date: dateLike, timeZone: timeZoneLike, status: fc.constantFrom('todo', 'done', 'skipped', 'finished'), flow: fc.constantFrom('lock-down', 'leave', 'stay') }[kind];
  return fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: fc.anything() });
}

export type Field = 'slug' | 'date' | 'timeZone' | 'status' | 'flow';

/** An object with (some of) the fields a route expects, and sometimes fields it does not. */
export function nearlyValid(fields: Record<string, Field>) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, fieldValue(kind)]));
  return fc
    .tuple(fc.record(shape, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue(), { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
}

const brokenJson = fc.oneof(
  fc.constantFrom('', '{', '[', '{"platform":', 'null', 'true', '"tiktok"', '1e999', '{"a":1}}', '\u0000', '{"__proto__":{"admin":true}}'),
  fc.string({ maxLength: 200 }),
);

const huge = fc.oneof(
  fc.constant(JSON.stringify({ platform: 'x'.repeat(MAX_BODY_BYTES + 10) })),
  fc.constant(JSON.stringify({ platform: 'tiktok', step: 's'.repeat(MAX_BODY_BYTES - 100) })),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);

/** The raw text of a request body. */
export function bodyFor(fields: Record<string, Field>) {
  return fc.oneof(
    { weight: 4, arbitrary: nearlyValid(fields).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: brokenJson },
    { weight: 1, arbitrary: huge },
  );
}

/** A path segment that a route reads as an id or a slug. */
export const segment = fc.oneof(slugLike, fc.uuid(), fc.string({ maxLength: 60 })).map((value) => encodeURIComponent(value));

/** A query string of known and unknown keys. */
export function queryFor(fields: Record<string, Field>) {
  return nearlyValid(fields).map((value) =>
    new URLSearchParams(Object.entries(value).map(([key, entry]) => [key, typeof entry === 'string' ? entry : JSON.stringify(entry) ?? ''])).toString(),
  );
}
