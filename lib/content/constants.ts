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

/** What an official link opens: the setting itself, a help article, or a page leading to several settings. */
export const LINK_KINDS = ['setting', 'help', 'hub'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Whose page a source is: the platform's own, or an independent guide. */
export const SOURCE_KINDS = ['official', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
