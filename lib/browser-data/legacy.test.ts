import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgressState } from '@/lib/progress/state';
import { readProgressV1 } from './legacy';

describe('the version-1 progress reader', () => {
  it('is the same as the copy lib/validation/plain-checks.test.ts proves against zod (lib/progress/state.ts says why there are two)', () => {
    // Mostly valid, with one wrong part now and then, so both readers are compared on real values too.
    const often = <T,>(valid: T[], wrong: unknown[]) => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
    const at = often(['2026-11-01T10:00:00.000Z'], ['yesterday']);
    const step = fc.record({ status: often(['done', 'skipped', 'todo'], ['finished']), updatedAt: at });
    const slug = (valid: string[]) => often(valid, ['Bad']).map(String);
    const value = fc.oneof(
      fc.record(
        {
          version: often([1], [0, 2]),
          platforms: fc.dictionary(slug(['tiktok', 'x']), fc.record({ flow: often(['leave', 'lock-down'], ['stay']), steps: fc.dictionary(slug(['a', 'b-c']), step) }, { requiredKeys: ['steps'] }), { maxKeys: 2 }),
          bookmarks: often([{}, { tiktok: { createdAt: '2026-11-01T10:00:00.000Z' } }], [null, { Bad: { createdAt: '2026-11-01T10:00:00.000Z' } }]),
          device: often(['ios', 'android', 'web'], ['fridge']),
        },
        { requiredKeys: ['version', 'platforms'] },
      ),
      fc.anything(),
    );
    let read = 0;
    fc.assert(
      fc.property(value, (stored) => {
        const legacy = readProgressV1(stored);
        if (legacy) read += 1;
        expect(readProgressState(stored)).toEqual(legacy);
      }),
      { numRuns: 2_000 },
    );
    expect(read).toBeGreaterThan(200);
  });
});
