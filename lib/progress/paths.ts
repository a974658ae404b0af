import { FLOW_IDS, type FlowId } from '@/lib/content/constants';
import type { Platform } from '@/lib/content/schema';
import type { StepStatus } from './state';

/** The parts of a platform the wizard needs to find its way; small enough to send to the browser. */
export type PlatformRoute = {
  slug: string;
  name: string;
  flows: Record<FlowId, { title: string; description: string; steps: string[] }>;
  stepTitles: Record<string, string>;
  /** Days a deleted account can still be recovered by logging in; null when there is no grace period. */
  deletionGraceDays: number | null;
};

export function toPlatformRoute(platform: Platform): PlatformRoute {
  return {
    slug: platform.slug,
    name: platform.name,
    flows: {
      'lock-down': { ...platform.flows['lock-down'] },
      leave: { ...platform.flows.leave },
    },
    stepTitles: Object.fromEntries(platform.steps.map((step) => [step.slug, step.title])),
    deletionGraceDays: platform.timings.deletionGraceDays,
  };
}

export const DEFAULT_FLOW: FlowId = 'lock-down';

/** The steps every flow starts with (the backup steps), in order. */
export function sharedSteps(route: PlatformRoute): string[] {
  const [first, ...others] = FLOW_IDS.map((id) => route.flows[id].steps);
  const shared: string[] = [];
  for (const [index, slug] of (first ?? []).entries()) {
    if (others.every((steps) => steps[index] === slug)) shared.push(slug);
    else break;
  }
  return shared;
}

/** The flow a step is walked in: the chosen one when it holds the step, else the first that does. */
export function flowForStep(route: PlatformRoute, step: string, chosen: FlowId | undefined): FlowId | undefined {
  const preferred = chosen ?? DEFAULT_FLOW;
  if (route.flows[preferred].steps.includes(step)) return preferred;
  return FLOW_IDS.find((id) => route.flows[id].steps.includes(step));
}

export type StepPosition = {
  flow: FlowId;
  index: number;
  total: number;
  previous?: string;
  next?: string;
};

export function stepPosition(route: PlatformRoute, step: string, chosen: FlowId | undefined): StepPosition | undefined {
  const flow = flowForStep(route, step, chosen);
  if (!flow) return undefined;
  const steps = route.flows[flow].steps;
  const index = steps.indexOf(step);
  return { flow, index, total: steps.length, previous: steps[index - 1], next: steps[index + 1] };
}

export type FlowProgress = { done: number; skipped: number; total: number; complete: boolean };

export function flowProgress(
  route: PlatformRoute,
  flow: FlowId,
  statusOf: (step: string) => StepStatus,
): FlowProgress {
  const statuses = route.flows[flow].steps.map(statusOf);
  const done = statuses.filter((status) => status === 'done').length;
  const skipped = statuses.filter((status) => status === 'skipped').length;
  return { done, skipped, total: statuses.length, complete: done + skipped === statuses.length };
}

/** Where to resume: the first step of the flow neither done nor skipped; undefined when all are. */
export function resumeStep(
  route: PlatformRoute,
  flow: FlowId,
  statusOf: (step: string) => StepStatus,
): string | undefined {
  return route.flows[flow].steps.find((step) => statusOf(step) === 'todo');
}

/** Where a person stands on one checklist: their path, its progress, and the step to resume at. */
export function summarizeChecklist(
  route: PlatformRoute,
  state: { platforms: Record<string, { flow?: FlowId } | undefined> },
  statusOf: (step: string) => StepStatus,
): { flow: FlowId; progress: FlowProgress; next: string | undefined } {
  const flow = state.platforms[route.slug]?.flow ?? DEFAULT_FLOW;
  return { flow, progress: flowProgress(route, flow, statusOf), next: resumeStep(route, flow, statusOf) };
}
