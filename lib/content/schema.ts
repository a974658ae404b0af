import { z } from 'zod';
import { DEVICES, FLOW_IDS, LINK_KINDS, SLUG_PATTERN, SOURCE_KINDS, type LinkKind, type SourceKind } from './constants';
import { LOCALES } from './locales';

export { DEVICE_LABELS, DEVICES, FLOW_IDS, LINK_KINDS, SOURCE_KINDS, type Device, type FlowId, type LinkKind, type SourceKind } from './constants';

export const deviceSchema = z.enum(DEVICES);
export const flowIdSchema = z.enum(FLOW_IDS);
export const slugSchema = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by single hyphens');

const textSchema = z.string().trim().min(1, 'must not be empty');

/** Links must be https: people follow these into their account settings. */
const httpsUrlSchema = z
  .url({ error: 'must be an absolute URL' })
  .refine((value) => value.startsWith('https://'), { error: 'must use https' });

/**
 * Where a step's facts come from. `official`: a page of the platform itself
 * (on its officialDomains); `secondary`: an independent guide, news article or
 * public tool. The page shows which, so a reader can weigh them.
 */
const sourceSchema = z.object({
  label: textSchema,
  url: httpsUrlSchema,
  kind: z.enum(SOURCE_KINDS),
});

/** Languages other than English a link may have its own address in. */
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== 'en') as ['es'];

/**
 * A button on the step. `setting`: opens the setting itself (a settings page,
 * Accounts Center, Studio, myaccount.google.com), or the settings root only
 * when nothing deeper exists; `help`: the platform's help article on this
 * topic; `hub`: a page that leads on to several settings (a privacy checkup).
 * The accessible name starts with "Open" (docs/contracts.md).
 */
const officialLinkSchema = z.object({
  kind: z.enum(LINK_KINDS),
  label: textSchema.regex(/^Open /, 'must start with "Open " (e.g. "Open TikTok privacy settings")'),
  url: httpsUrlSchema,
  /**
   * The same page in another language, where the platform has one (Spanish
   * help articles). Settings pages follow the account's own language, so they
   * rarely need one.
   */
  localizedUrls: z.partialRecord(z.enum(OTHER_LOCALES), httpsUrlSchema).default({}),
});
export type OfficialLink = z.infer<typeof officialLinkSchema>;

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

export const stepObjectSchema = z.object({
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
  /** The first one opens the setting itself wherever the platform has an address for it. */
  officialLinks: z.array(officialLinkSchema).min(1, 'needs at least one official link'),
  /**
   * Why no link opens the setting itself, said on the page: the setting lives
   * only in the app (and which screen to open), or is chosen per post.
   * Required exactly when no official link is a `setting`.
   */
  noSettingLink: textSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** The day a person last checked this step (YYYY-MM-DD). */
  lastVerified: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  /**
   * What that check was made against: `official`, the platform's own help
   * page on this topic; `secondary`, independent guides only. The page says
   * which, beside the date.
   */
  verifiedAgainst: z.enum(SOURCE_KINDS),
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

/** The rules that tie a step's links, sources and verification together (also used by the audit). */
export function findStepLinkProblems(step: {
  officialLinks: readonly { kind: LinkKind }[];
  noSettingLink?: string | undefined;
  sources: readonly { kind: SourceKind }[];
  verifiedAgainst: SourceKind;
}): { path: PropertyKey[]; message: string }[] {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  const settingAt = step.officialLinks.findIndex((link) => link.kind === 'setting');
  if (settingAt > 0) problems.push({ path: ['officialLinks', 0, 'kind'], message: `the setting link must come first (it is link ${settingAt + 1})` });
  if (settingAt === -1 && !step.noSettingLink) {
    problems.push({ path: ['noSettingLink'], message: 'no link opens the setting itself: say why on the page (an app-only setting: which app screen to open)' });
  }
  if (settingAt !== -1 && step.noSettingLink) problems.push({ path: ['noSettingLink'], message: 'must be left out when a link opens the setting' });
  // A step with no sources at all is reported as unsourced, once.
  if (step.sources.length > 0 && !step.sources.some((source) => source.kind === step.verifiedAgainst)) {
    problems.push({ path: ['verifiedAgainst'], message: `says the step was checked against ${step.verifiedAgainst} pages, but none of its sources is ${step.verifiedAgainst}` });
  }
  return problems;
}

export const stepSchema = stepObjectSchema.superRefine((step, context) => {
  for (const problem of findStepLinkProblems(step)) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
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
