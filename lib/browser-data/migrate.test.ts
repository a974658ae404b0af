import { describe, expect, it } from 'vitest';
import { loadBrowserData, OUTDATED_NOTICE } from './migrate';
import { CORRUPTED_NOTICE, UNAVAILABLE_NOTICE } from './notices';
import { BROWSER_DATA_KEY, LEGACY_KEYS } from './keys';
import { emptyBrowserData } from './record';
import { accountFingerprint, mergeChoiceFor } from './merge-choice';
import { MemoryStorage } from './test-support';

const AT = '2026-11-01T10:00:00.000Z';

/** What the previous version wrote, key by key, exactly as it wrote it. */
const progressV1 = {
  version: 1,
  platforms: {
    tiktok: { flow: 'leave', flowUpdatedAt: AT, steps: { 'download-your-data': { status: 'done', updatedAt: AT } } },
  },
  bookmarks: { tiktok: { createdAt: AT } },
  device: 'android',
};
const countdownsV1 = { version: 1, countdowns: { tiktok: { requestedOn: '2026-11-01', startedAt: AT } } };
const mergeChoiceV1 = { account: accountFingerprint('ana@example.test'), choice: 'accepted' };

function storageWith(entries: Record<string, unknown>) {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

const savedRecord = (storage: MemoryStorage) => JSON.parse(storage.getItem(BROWSER_DATA_KEY) ?? 'null');
const keys = (storage: MemoryStorage) => [...storage.items.keys()];

describe('carrying what the previous version saved into the record', () => {
  it('moves progress, paths, bookmarks, device, countdowns and the merge answer into one record, and removes the old keys', () => {
    const storage = storageWith({
      [LEGACY_KEYS.progressV1]: progressV1,
      [LEGACY_KEYS.countdownsV1]: countdownsV1,
      [LEGACY_KEYS.mergeChoiceV1]: mergeChoiceV1,
    });
    const loaded = loadBrowserData(storage);
    const expected = {
      version: 2,
      platforms: progressV1.platforms,
      bookmarks: progressV1.bookmarks,
      countdowns: countdownsV1.countdowns,
      device: 'android',
      mergeChoice: mergeChoiceV1,
    };
    expect(loaded).toEqual({ state: expected });
    expect(mergeChoiceFor(loaded.state, 'ana@example.test')).toBe('accepted');
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
    expect(savedRecord(storage)).toEqual(expected);
    // The next page reads the record itself, the same.
    expect(loadBrowserData(storage)).toEqual({ state: expected });
  });

  it.each([
    ['progress alone', { [LEGACY_KEYS.progressV1]: { version: 1, platforms: {} , device: 'web' } }, { device: 'web' }],
    ['progress without bookmarks', { [LEGACY_KEYS.progressV1]: { version: 1, platforms: progressV1.platforms } }, { platforms: progressV1.platforms }],
    ['countdowns alone', { [LEGACY_KEYS.countdownsV1]: countdownsV1 }, { countdowns: countdownsV1.countdowns }],
    ['the merge answer alone', { [LEGACY_KEYS.mergeChoiceV1]: mergeChoiceV1 }, { mergeChoice: mergeChoiceV1 }],
  ])('moves %s', (_label, entries, part) => {
    const storage = storageWith(entries);
    expect(loadBrowserData(storage)).toEqual({ state: { ...emptyBrowserData, ...part } });
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
  });

  it('writes nothing when the old keys held nothing worth keeping', () => {
    const storage = storageWith({ [LEGACY_KEYS.progressV1]: { version: 1, platforms: {} }, [LEGACY_KEYS.countdownsV1]: { version: 1, countdowns: {} } });
    expect(loadBrowserData(storage)).toEqual({ state: emptyBrowserData });
    expect(keys(storage)).toEqual([]);
  });

  it('starts empty, without a notice, on a browser that never saved anything', () => {
    const storage = new MemoryStorage();
    expect(loadBrowserData(storage)).toEqual({ state: emptyBrowserData });
    expect(keys(storage)).toEqual([]);
  });
});

describe('unreadable or outdated values are reset with the existing notice, never a throw', () => {
  it.each([
    ['not JSON', '{"version":1,"platf'],
    ['a wrong shape', { version: 1, platforms: { tiktok: { steps: { 'x-y': { status: 'finished' } } } } }],
    ['a bad slug', { version: 1, platforms: { 'Tik Tok': { steps: {} } } }],
    ['a bad date', { version: 1, platforms: { tiktok: { steps: { a: { status: 'done', updatedAt: 'yesterday' } } } } }],
    ['a bad device', { version: 1, platforms: {}, device: 'blackberry' }],
    ['not an object', 42],
    ['null', null],
    ['a later version', { version: 2, platforms: {} }],
  ])('progress with %s: reset as corrupted, and the countdowns beside it kept', (_label, value) => {
    const storage = storageWith({ [LEGACY_KEYS.progressV1]: value, [LEGACY_KEYS.countdownsV1]: countdownsV1 });
    expect(loadBrowserData(storage)).toEqual({ state: { ...emptyBrowserData, countdowns: countdownsV1.countdowns }, notice: CORRUPTED_NOTICE });
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
  });

  it.each([
    ['not JSON', 'tiktok:2026-11-01'],
    ['a bad date', { version: 1, countdowns: { tiktok: { requestedOn: '2026-02-30', startedAt: AT } } }],
    ['a bad platform', { version: 1, countdowns: { 'Tik Tok': { requestedOn: '2026-11-01', startedAt: AT } } }],
    ['no version', { countdowns: {} }],
    ['an array', []],
  ])('countdowns with %s: reset as corrupted, and the progress beside them kept', (_label, value) => {
    const storage = storageWith({ [LEGACY_KEYS.progressV1]: progressV1, [LEGACY_KEYS.countdownsV1]: value });
    const loaded = loadBrowserData(storage);
    expect(loaded.notice).toBe(CORRUPTED_NOTICE);
    expect(loaded.state.platforms).toEqual(progressV1.platforms);
    expect(loaded.state.countdowns).toEqual({});
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
  });

  it.each([
    ['not JSON', 'accepted'],
    ['an address instead of a fingerprint', { account: 'ana@example.test', choice: 'accepted' }],
    ['an unknown answer', { account: mergeChoiceV1.account, choice: 'maybe' }],
  ])('a merge answer with %s is dropped without a notice: the person is asked again', (_label, value) => {
    const storage = storageWith({ [LEGACY_KEYS.mergeChoiceV1]: value });
    expect(loadBrowserData(storage)).toEqual({ state: emptyBrowserData });
    expect(keys(storage)).toEqual([]);
  });

  it('an older progress version, or the unversioned key, gets the outdated notice', () => {
    const older = storageWith({ [LEGACY_KEYS.progressV1]: { version: 0, steps: [] } });
    expect(loadBrowserData(older)).toEqual({ state: emptyBrowserData, notice: OUTDATED_NOTICE });
    expect(keys(older)).toEqual([]);

    const unversioned = storageWith({ [LEGACY_KEYS.progressV0]: '["download-your-data"]' });
    expect(loadBrowserData(unversioned)).toEqual({ state: emptyBrowserData, notice: OUTDATED_NOTICE });
    expect(keys(unversioned)).toEqual([]);
  });

  it('the unversioned key beside version 1 is a leftover: version 1 is carried, without a notice', () => {
    const storage = storageWith({ [LEGACY_KEYS.progressV0]: '["download-your-data"]', [LEGACY_KEYS.progressV1]: progressV1 });
    expect(loadBrowserData(storage).notice).toBeUndefined();
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
  });

  it('"could not be read" outweighs "older version" when both happened', () => {
    const storage = storageWith({ [LEGACY_KEYS.progressV1]: { version: 0 }, [LEGACY_KEYS.countdownsV1]: '{' });
    expect(loadBrowserData(storage).notice).toBe(CORRUPTED_NOTICE);
  });

  it.each([
    ['not JSON', '{"version":2,"platf', CORRUPTED_NOTICE],
    ['a wrong shape', { version: 2, platforms: {}, bookmarks: {} }, CORRUPTED_NOTICE],
    ['a later version', { version: 3, platforms: {}, bookmarks: {}, countdowns: {} }, CORRUPTED_NOTICE],
    // No other version was ever written under the record's key: a new version gets a new key.
    ['another version under the record’s key', { version: 1, platforms: {} }, CORRUPTED_NOTICE],
  ])('a record with %s is reset, and what the old keys beside it hold is still carried over', (_label, value, notice) => {
    const alone = storageWith({ [BROWSER_DATA_KEY]: value });
    expect(loadBrowserData(alone)).toEqual({ state: emptyBrowserData, notice });
    expect(keys(alone)).toEqual([]);

    const storage = storageWith({ [BROWSER_DATA_KEY]: value, [LEGACY_KEYS.countdownsV1]: countdownsV1 });
    expect(loadBrowserData(storage)).toEqual({ state: { ...emptyBrowserData, countdowns: countdownsV1.countdowns }, notice });
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
  });

  it('carries old keys left beside a record into it, the record’s own entries winning', () => {
    // As when a change lands while this module loads, or a tab of the previous version wrote the old keys.
    const record = {
      ...emptyBrowserData,
      device: 'web',
      platforms: { tiktok: { steps: { 'save-your-videos': { status: 'skipped', updatedAt: AT } } }, x: { flow: 'leave', steps: {} } },
      countdowns: { tiktok: { requestedOn: '2026-11-20', startedAt: AT } },
    };
    const storage = storageWith({ [BROWSER_DATA_KEY]: record, [LEGACY_KEYS.progressV1]: progressV1, [LEGACY_KEYS.countdownsV1]: countdownsV1 });
    const expected = {
      ...emptyBrowserData,
      device: 'web',
      platforms: {
        tiktok: { flow: 'leave', flowUpdatedAt: AT, steps: { ...progressV1.platforms.tiktok.steps, 'save-your-videos': { status: 'skipped', updatedAt: AT } } },
        x: { flow: 'leave', steps: {} },
      },
      bookmarks: progressV1.bookmarks,
      countdowns: record.countdowns,
    };
    expect(loadBrowserData(storage)).toEqual({ state: expected });
    expect(keys(storage)).toEqual([BROWSER_DATA_KEY]);
    expect(savedRecord(storage)).toEqual(expected);
  });

  it('keeps the old keys, and what they hold in memory, when the new record cannot be written', () => {
    const storage = storageWith({ [LEGACY_KEYS.progressV1]: progressV1 });
    storage.failWrites = true;
    const loaded = loadBrowserData(storage);
    expect(loaded.notice).toBe(UNAVAILABLE_NOTICE);
    expect(loaded.state.platforms).toEqual(progressV1.platforms);
    expect(keys(storage)).toEqual([LEGACY_KEYS.progressV1]);
  });

  it('keeps working when reading storage throws', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('Blocked', 'SecurityError');
    };
    expect(loadBrowserData(storage)).toEqual({ state: emptyBrowserData, notice: UNAVAILABLE_NOTICE });
  });
});
