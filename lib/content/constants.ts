// Plain constants shared by the content schema and the browser. Kept free of
// zod so client components can import them without shipping the validator.

/** The devices every step explains. Order is the order of the choices. */
export const DEVICES = ['ios', 'android', 'web'] as const;
export type Device = (typeof DEVICES)[number];

export const DEVICE_LABELS: Record<Device, string> = {
  ios: 'iPhone',
  android: 'Android',
  web: 'Web',
};

/** The two ways through a checklist after the backup steps. */
export const FLOW_IDS = ['lock-down', 'leave'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/** Step and platform slugs: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
