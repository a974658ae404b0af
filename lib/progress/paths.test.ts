import { describe, expect, it } from 'vitest';
import { loadPlatforms } from '@/lib/content/load';
import { validPlatform, validStep } from '@/lib/content/fixtures/valid-platform';
import { flowForStep, flowProgress, resumeStep, sharedSteps, stepPosition, toPlatformRoute } from './paths';
import type { StepStatus } from './state';

const [platform] = loadPlatforms(
  [
    validPlatform({
      steps: ['back-up', 'save-videos', 'go-private', 'no-dms', 'delete'].map((slug) => validStep(slug)),
      flows: {
        'lock-down': { title: 'Lock it down', description: 'd', steps: ['back-up', 'save-videos', 'go-private', 'no-dms'] },
        leave: { title: 'Leave', description: 'd', steps: ['back-up', 'save-videos', 'delete'] },
      },
    }),
  ],
  { today: '2026-06-01' },
);
const route = toPlatformRoute(platform!);

const statuses =
  (map: Record<string, StepStatus>) =>
  (step: string): StepStatus =>
    map[step] ?? 'todo';

describe('wizard paths', () => {
  it('finds the steps both flows start with', () => {
    expect(sharedSteps(route)).toEqual(['back-up', 'save-videos']);
  });

  it('walks a shared step along the chosen flow, lock-down by default', () => {
    expect(stepPosition(route, 'save-videos', undefined)).toEqual({
      flow: 'lock-down',
      index: 1,
      total: 4,
      previous: 'back-up',
      next: 'go-private',
    });
    expect(stepPosition(route, 'save-videos', 'leave')).toMatchObject({ flow: 'leave', total: 3, next: 'delete' });
  });

  it('walks a step of one flow in that flow whatever was chosen', () => {
    expect(flowForStep(route, 'delete', 'lock-down')).toBe('leave');
    expect(stepPosition(route, 'delete', 'lock-down')).toEqual({
      flow: 'leave',
      index: 2,
      total: 3,
      previous: 'save-videos',
      next: undefined,
    });
    expect(stepPosition(route, 'back-up', 'leave')?.previous).toBeUndefined();
  });

  it('knows nothing of a step outside every flow', () => {
    expect(stepPosition(route, 'nowhere', undefined)).toBeUndefined();
  });

  it('counts done and skipped steps of the flow only', () => {
    const statusOf = statuses({ 'back-up': 'done', 'go-private': 'skipped', delete: 'done' });
    expect(flowProgress(route, 'lock-down', statusOf)).toEqual({ done: 1, skipped: 1, total: 4, complete: false });
    expect(flowProgress(route, 'leave', statusOf)).toEqual({ done: 2, skipped: 0, total: 3, complete: false });
  });

  it('resumes at the first step neither done nor skipped', () => {
    expect(resumeStep(route, 'lock-down', statuses({}))).toBe('back-up');
    expect(resumeStep(route, 'lock-down', statuses({ 'back-up': 'done', 'save-videos': 'skipped' }))).toBe('go-private');
    const all = statuses({ 'back-up': 'done', 'save-videos': 'done', delete: 'skipped' });
    expect(resumeStep(route, 'leave', all)).toBeUndefined();
    expect(flowProgress(route, 'leave', all).complete).toBe(true);
  });
});
