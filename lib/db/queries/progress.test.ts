import { afterAll, describe, expect, it } from 'vitest';
import { getOpenDatabase } from '../client';
import { at, createPerson } from '../test-setup/users';
import { addBookmarks, removeBookmark } from './bookmarks';
import { getProgressData, saveFlowChoice, saveStepStatuses, type StepEntry } from './progress';
import { deleteUserData } from './users';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

const entry = (step: string, status: StepEntry['status'], iso: string, platform = 'tiktok'): StepEntry => ({
  platform,
  step,
  status,
  updatedAt: at(iso),
});

describe('getProgressData', () => {
  it('reads steps, path choices and bookmarks back in the shape the browser keeps', async () => {
    const person = await createPerson('reader');
    await saveStepStatuses({
      userId: person.id,
      entries: [
        entry('download-your-data', 'done', '2026-11-20T10:00:00Z'),
        entry('save-your-videos', 'skipped', '2026-11-20T11:00:00Z'),
        entry('make-account-private', 'todo', '2026-11-20T11:30:00Z', 'instagram'),
      ],
    });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'leave', updatedAt: at('2026-11-20T12:00:00Z') });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-20T09:00:00Z') }] });

    expect(await getProgressData({ userId: person.id })).toEqual({
      platforms: {
        tiktok: {
          flow: 'leave',
          flowUpdatedAt: '2026-11-20T12:00:00.000Z',
          steps: {
            'download-your-data': { status: 'done', updatedAt: '2026-11-20T10:00:00.000Z' },
            'save-your-videos': { status: 'skipped', updatedAt: '2026-11-20T11:00:00.000Z' },
          },
        },
        instagram: { steps: { 'make-account-private': { status: 'todo', updatedAt: '2026-11-20T11:30:00.000Z' } } },
      },
      bookmarks: { tiktok: { createdAt: '2026-11-20T09:00:00.000Z' } },
    });
  });

  it('is empty for someone with nothing saved', async () => {
    const person = await createPerson('empty');
    expect(await getProgressData({ userId: person.id })).toEqual({ platforms: {}, bookmarks: {} });
  });
});

describe('saveStepStatuses', () => {
  const statusOf = async (userId: string, step: string) => (await getProgressData({ userId })).platforms.tiktok?.steps[step];

  it('lets a newer change replace an older one', async () => {
    const person = await createPerson('newer');
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'done', '2026-11-20T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'skipped', '2026-11-20T10:00:01Z')] });
    expect(await statusOf(person.id, 'lock')).toEqual({ status: 'skipped', updatedAt: '2026-11-20T10:00:01.000Z' });
  });

  it('ignores an older change that arrives late (another device, or an old anonymous mark merged at sign-in)', async () => {
    const person = await createPerson('older');
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'done', '2026-11-20T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'skipped', '2026-11-01T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'todo', '2026-11-19T23:59:59.999Z')] });
    expect(await statusOf(person.id, 'lock')).toEqual({ status: 'done', updatedAt: '2026-11-20T10:00:00.000Z' });
  });

  it('keeps an Undo as a todo row, so an older done cannot come back', async () => {
    const person = await createPerson('undo');
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'done', '2026-11-20T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'todo', '2026-11-21T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('lock', 'done', '2026-11-20T10:00:00Z')] });
    expect(await statusOf(person.id, 'lock')).toEqual({ status: 'todo', updatedAt: '2026-11-21T10:00:00.000Z' });
  });

  it('keeps the stored row on a tie, and the latest of duplicates within one batch', async () => {
    const person = await createPerson('ties');
    await saveStepStatuses({ userId: person.id, entries: [entry('tie', 'done', '2026-11-20T10:00:00Z')] });
    await saveStepStatuses({ userId: person.id, entries: [entry('tie', 'skipped', '2026-11-20T10:00:00Z')] });
    await saveStepStatuses({
      userId: person.id,
      entries: [
        entry('batch', 'done', '2026-11-20T10:00:02Z'),
        entry('batch', 'skipped', '2026-11-20T10:00:03Z'),
        entry('batch', 'todo', '2026-11-20T10:00:01Z'),
      ],
    });
    expect(await statusOf(person.id, 'tie')).toMatchObject({ status: 'done' });
    expect(await statusOf(person.id, 'batch')).toEqual({ status: 'skipped', updatedAt: '2026-11-20T10:00:03.000Z' });
  });

  it('does nothing with an empty list', async () => {
    const person = await createPerson('no-op');
    await saveStepStatuses({ userId: person.id, entries: [] });
    expect(await getProgressData({ userId: person.id })).toEqual({ platforms: {}, bookmarks: {} });
  });

  it('loses nothing when two devices write the same steps at once', async () => {
    const person = await createPerson('devices');
    const steps = Array.from({ length: 30 }, (_, index) => `step-${index}`);
    // Device A's marks are newer on even steps, device B's on odd ones.
    const phone = steps.map((step, index) => entry(step, 'done', index % 2 ? '2026-11-20T10:00:00Z' : '2026-11-21T10:00:00Z'));
    const laptop = steps.map((step, index) => entry(step, 'skipped', index % 2 ? '2026-11-21T10:00:00Z' : '2026-11-20T10:00:00Z'));
    const inBatches = (entries: StepEntry[], size: number) =>
      Array.from({ length: Math.ceil(entries.length / size) }, (_, index) => entries.slice(index * size, (index + 1) * size));
    // Interleaved: one-step writes from the phone against three-step batches from the laptop, all in flight together.
    await Promise.all([
      ...inBatches(phone, 1).map((batch) => saveStepStatuses({ userId: person.id, entries: batch })),
      ...inBatches(laptop, 3).map((batch) => saveStepStatuses({ userId: person.id, entries: batch })),
      ...inBatches([...laptop].reverse(), 7).map((batch) => saveStepStatuses({ userId: person.id, entries: batch })),
    ]);
    const saved = (await getProgressData({ userId: person.id })).platforms.tiktok?.steps ?? {};
    expect(Object.keys(saved).sort()).toEqual([...steps].sort());
    steps.forEach((step, index) => {
      expect(saved[step], step).toEqual({ status: index % 2 ? 'skipped' : 'done', updatedAt: '2026-11-21T10:00:00.000Z' });
    });
  });

  it('never deadlocks when devices send overlapping batches in opposite orders', async () => {
    const person = await createPerson('opposite');
    const steps = Array.from({ length: 40 }, (_, index) => `step-${String(index).padStart(2, '0')}`);
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        Array.from({ length: 8 }, (_, writer) => {
          const batch = steps.map((step) => ({
            platform: 'tiktok',
            step,
            status: writer % 2 ? ('done' as const) : ('skipped' as const),
            updatedAt: new Date(Date.UTC(2026, 10, 20, round, writer)),
          }));
          return saveStepStatuses({ userId: person.id, entries: writer % 2 ? batch.reverse() : batch });
        }),
      );
    }
    const saved = (await getProgressData({ userId: person.id })).platforms.tiktok?.steps ?? {};
    // The last round's last writer is the latest everywhere.
    expect(new Set(Object.values(saved).map((record) => JSON.stringify(record)))).toEqual(
      new Set([JSON.stringify({ status: 'done', updatedAt: '2026-11-20T03:07:00.000Z' })]),
    );
    expect(Object.keys(saved)).toHaveLength(40);
  });
});

describe('saveFlowChoice', () => {
  it('lets the later choice win, whichever arrives first', async () => {
    const person = await createPerson('flow');
    const flowOf = async () => (await getProgressData({ userId: person.id })).platforms.tiktok;
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: at('2026-11-20T10:00:00Z') });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'leave', updatedAt: at('2026-11-21T10:00:00Z') });
    expect(await flowOf()).toMatchObject({ flow: 'leave', flowUpdatedAt: '2026-11-21T10:00:00.000Z' });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: at('2026-11-20T12:00:00Z') });
    expect(await flowOf()).toEqual({ flow: 'leave', flowUpdatedAt: '2026-11-21T10:00:00.000Z', steps: {} });
  });
});

describe('ownership', () => {
  it("never lets one person read or change another's progress", async () => {
    const alice = await createPerson('alice');
    const bob = await createPerson('bob');
    await saveStepStatuses({ userId: alice.id, entries: [entry('delete-account', 'done', '2026-11-20T10:00:00Z')] });
    await saveFlowChoice({ userId: alice.id, platform: 'tiktok', flow: 'leave', updatedAt: at('2026-11-20T10:00:00Z') });
    await addBookmarks({ userId: alice.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-20T10:00:00Z') }] });
    const alicesBefore = await getProgressData({ userId: alice.id });

    expect(await getProgressData({ userId: bob.id })).toEqual({ platforms: {}, bookmarks: {} });
    // Bob writes the very same keys, later, and with a stray userId smuggled into an entry.
    const smuggled = { ...entry('delete-account', 'skipped', '2026-11-22T10:00:00Z'), userId: alice.id };
    await saveStepStatuses({ userId: bob.id, entries: [smuggled] });
    await saveFlowChoice({ userId: bob.id, platform: 'tiktok', flow: 'lock-down', updatedAt: at('2026-11-22T10:00:00Z') });
    await removeBookmark({ userId: bob.id, platform: 'tiktok' });
    await deleteUserData({ userId: bob.id });

    expect(await getProgressData({ userId: alice.id })).toEqual(alicesBefore);
    expect(alicesBefore.platforms.tiktok?.steps['delete-account']?.status).toBe('done');
  });
});
