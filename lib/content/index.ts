import { rawPlatforms } from '@/content';
import { loadPlatforms, todayUtc } from './load';
import type { Flow, FlowId, Platform, Step } from './schema';

export type { Device, DeviceHowTo, Flow, FlowId, Platform, Step } from './schema';
export { DEVICES, DEVICE_LABELS, FLOW_IDS } from './schema';

let cache: Platform[] | undefined;

/** All platforms, validated once per process; invalid content throws (and fails the build). */
export function getPlatforms(): Platform[] {
  cache ??= loadPlatforms(rawPlatforms, { today: todayUtc() });
  return cache;
}

export function getPlatform(slug: string): Platform | undefined {
  return getPlatforms().find((platform) => platform.slug === slug);
}

export function getStep(platform: Platform, slug: string): Step | undefined {
  return platform.steps.find((step) => step.slug === slug);
}

export function getFlow(platform: Platform, flowId: FlowId): Flow {
  return platform.flows[flowId];
}
