import { z } from 'zod';
import { deviceHowToSchema, slugSchema } from './schema';

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
    title: textSchema,
    summary: textSchema,
    why: z.array(textSchema).min(1),
    changes: z.array(textSchema).min(1),
    unchanged: z.array(textSchema).default([]),
    howTo: z.object({
      ios: deviceHowToSchema,
      android: deviceHowToSchema,
      web: deviceHowToSchema,
    }),
    /** The official links' labels, in the English step's order. */
    officialLinkLabels: z.array(textSchema).min(1),
    warnings: z.array(textSchema).default([]),
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
