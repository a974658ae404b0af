/*
 * Checks for what the browser reads back from its own storage, without zod:
 * these run on every page, and zod (even zod/mini) would add about 17 KiB to
 * each one. They accept exactly what zod's `z.iso.date()` and
 * `z.iso.datetime()` accept, which plain-checks.test.ts proves against zod.
 */

// A calendar date that exists (leap days included), as in zod's ISO date check.
const DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))';
const ISO_DATE = new RegExp(`^${DATE}$`);
// UTC only, seconds required, any fraction: what `toISOString()` writes.
const ISO_DATE_TIME = new RegExp(`^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?Z$`);

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value);
}

export function isOneOf<const Options extends readonly string[]>(options: Options, value: unknown): value is Options[number] {
  return typeof value === 'string' && options.includes(value);
}

/**
 * Reads a record whose keys match `keyPattern` and whose values `readValue`
 * accepts (returning what to keep); undefined if any entry fails.
 */
export function readRecord<Value>(
  value: unknown,
  keyPattern: RegExp,
  readValue: (entry: unknown) => Value | undefined,
): Record<string, Value> | undefined {
  if (!isPlainObject(value)) return undefined;
  const result: Record<string, Value> = {};
  for (const [key, entry] of Object.entries(value)) {
    // Skipped, as zod skips it: assigning it would change the result's prototype.
    if (key === '__proto__') continue;
    if (!keyPattern.test(key)) return undefined;
    const read = readValue(entry);
    if (read === undefined) return undefined;
    result[key] = read;
  }
  return result;
}
