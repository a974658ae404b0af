import { z } from 'zod';
import { slugSchema, stepObjectSchema } from './schema';

const textSchema = z.string().trim().min(1, 'must not be empty');

/**
 * One step in another language. Only the words: links, dates, timings and the
 * order of steps stay those of the English step, so a translation can never
 * point somewhere the English content does not.
 */
export const stepTranslationSchema = z
  .object({
    /**
     * The English step's `lastVerified` this translation was made from. When
     * the English step is checked again, the translation is out of date and
     * the page shows the English text until someone translates it again.
     */
    translatedFrom: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    // The step's own words, checked exactly as the English ones are.
    ...stepObjectSchema.pick({ title: true, summary: true, why: true, changes: true, unchanged: true, howTo: true, warnings: true }).shape,
    /** The official links' labels, in the English step's order. */
    officialLinkLabels: z.array(textSchema).min(1),
    /** The English step's `noSettingLink`, translated; present exactly when it is. */
    noSettingLink: textSchema.optional(),
  })
  .strict();
export type StepTranslation = z.infer<typeof stepTranslationSchema>;
export type StepTranslationInput = z.input<typeof stepTranslationSchema>;

const flowTranslationSchema = z.object({ title: textSchema, description: textSchema }).strict();

export const platformTranslationSchema = z
  .object({
    platform: slugSchema,
    tagline: textSchema,
    flows: z.object({ 'lock-down': flowTranslationSchema, leave: flowTranslationSchema }).strict(),
    notOnPlatform: z.array(z.object({ topic: textSchema, explanation: textSchema }).strict()).default([]),
    /** Keyed by step slug. A step left out is shown in English, with a notice. */
    steps: z.record(slugSchema, stepTranslationSchema),
  })
  .strict();
export type PlatformTranslation = z.infer<typeof platformTranslationSchema>;
export type PlatformTranslationInput = z.input<typeof platformTranslationSchema>;
