import { z } from 'zod';
import { DEVICES, FLOW_IDS, SLUG_PATTERN } from './constants';

export { DEVICE_LABELS, DEVICES, FLOW_IDS, type Device, type FlowId } from './constants';

export const deviceSchema = z.enum(DEVICES);
export const flowIdSchema = z.enum(FLOW_IDS);
export const slugSchema = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by single hyphens');

const textSchema = z.string().trim().min(1, 'must not be empty');

/** Links must be https: people follow these into their account settings. */
const httpsUrlSchema = z
  .url({ error: 'must be an absolute URL' })
  .refine((value) => value.startsWith('https://'), { error: 'must use https' });

const linkSchema = z.object({
  label: textSchema,
  url: httpsUrlSchema,
});

/** The accessible name of an official link starts with "Open" (docs/contracts.md). */
const officialLinkSchema = linkSchema.extend({
  label: textSchema.regex(/^Open /, 'must start with "Open " (e.g. "Open TikTok privacy settings")'),
});

/**
 * One device's instructions. `steps` are ordered; menu labels are written
 * between double asterisks (`Tap **Settings and privacy**`) so they render
 * exactly as the app shows them.
 */
const availableHowToSchema = z.object({
  available: z.literal(true),
  steps: z.array(textSchema).min(1, 'needs at least one instruction'),
  note: textSchema.optional(),
});

const unavailableHowToSchema = z.object({
  available: z.literal(false),
  /** Why this cannot be done on this device, and where to do it instead. */
  reason: textSchema,
});

export const deviceHowToSchema = z.discriminatedUnion('available', [
  availableHowToSchema,
  unavailableHowToSchema,
]);
export type DeviceHowTo = z.infer<typeof deviceHowToSchema>;

export const stepSchema = z.object({
  slug: slugSchema,
  title: textSchema,
  /** One sentence for the checklist overview. */
  summary: textSchema,
  why: z.array(textSchema).min(1),
  /** What the setting changes. */
  changes: z.array(textSchema).min(1),
  /** What it does not change: the limits a person should know about. */
  unchanged: z.array(textSchema).default([]),
  howTo: z.object({
    ios: deviceHowToSchema,
    android: deviceHowToSchema,
    web: deviceHowToSchema,
  }),
  officialLinks: z.array(officialLinkSchema).min(1, 'needs at least one official link'),
  sources: z.array(linkSchema).min(1, 'needs at least one source'),
  /** The day a person last checked this step against the platform (YYYY-MM-DD). */
  lastVerified: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  minutes: z.number().int().positive().max(240),
  warnings: z.array(textSchema).default([]),
  /** Steps that should be done first; the page warns, with a link, while they are not. */
  recommendedBefore: z.array(slugSchema).default([]),
  /**
   * What the step does, where the app adds to it: `data-download` offers the
   * "my file is ready" reminder, `deletion` the deletion countdown.
   */
  kind: z.enum(['data-download', 'deletion']).optional(),
});
export type Step = z.infer<typeof stepSchema>;
export type StepInput = z.input<typeof stepSchema>;

export const flowSchema = z.object({
  title: textSchema,
  description: textSchema,
  steps: z.array(slugSchema).min(1),
});
export type Flow = z.infer<typeof flowSchema>;

/** A bare host name such as `tiktok.com`; its subdomains are official too. */
const domainSchema = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a host name such as tiktok.com');

export const platformSchema = z.object({
  slug: slugSchema,
  name: textSchema,
  /** One sentence on the home page. */
  tagline: textSchema,
  officialDomains: z.array(domainSchema).min(1),
  timings: z.object({
    /** Days a deleted account stays recoverable; null when the platform has no grace period. */
    deletionGraceDays: z.number().int().positive().nullable(),
    /** Days a requested data file stays downloadable; null when unknown. */
    dataFileAvailableDays: z.number().int().positive().nullable(),
  }),
  steps: z.array(stepSchema).min(1),
  /**
   * Settings the product covers elsewhere that this platform does not have
   * (YouTube has no direct messages). Said plainly on the checklist page
   * instead of inventing a step.
   */
  notOnPlatform: z
    .array(z.object({ topic: textSchema, explanation: textSchema }))
    .default([]),
  flows: z.object({
    'lock-down': flowSchema,
    leave: flowSchema,
  }),
});
export type Platform = z.infer<typeof platformSchema>;
export type PlatformInput = z.input<typeof platformSchema>;
