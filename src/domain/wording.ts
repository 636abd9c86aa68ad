import { z } from 'zod';
import { AcceptedUnit, FactName, RefusedUnit } from './factDefinition';

/** The languages the assistant speaks; English is the seeds' own, every other a wording beside them (*.zh-CN.yaml). */
export const Locale = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof Locale>;

/** Locales worded beside the English seeds, and the suffix of their files. */
export const TRANSLATED_LOCALES = ['zh-CN'] as const satisfies readonly Locale[];

/**
 * The language the assistant speaks for a BCP 47 tag as channels send it ("en-US", "zh-cn", "zh-Hans-CN", "zh"),
 * by its language subtag: the one Chinese it speaks is Simplified (zh-CN), for any Chinese tag. Undefined for a
 * language it does not speak, or no tag.
 */
export function localeOf(tag: string | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return Locale.options.find((locale) => locale.toLowerCase().split('-')[0] === language);
}

const text = z.string().min(1);
const Named = z.object({ label: text, synonyms: z.array(text).default([]) }).strict();
export type Named = z.infer<typeof Named>;

/** A fact as said in another language: its label, question and hint, the names notes use, its units' spellings. */
export const FactWording = z
  .object({
    label: text,
    question: text,
    hint: text,
    names: z.array(FactName).default([]),
    unitLabel: text.optional(),
    doseUnitLabel: text.optional(),
    noneLabel: text.optional(),
    /** Words that mean none of a set's options ("已绝经" for pregnancy, breast-feeding and the rest). */
    noneWords: z.array(text).default([]),
    choices: z.record(z.string(), Named).optional(),
    accepts: z.array(AcceptedUnit).default([]),
    refuses: z.array(RefusedUnit).default([]),
  })
  .strict();
export type FactWording = z.infer<typeof FactWording>;

export const FactsWordingFile = z.object({ facts: z.record(z.string(), FactWording) }).strict();
export const DrugsWordingFile = z.object({ classes: z.record(z.string(), z.object({ names: z.array(text) }).strict()).default({}), drugs: z.record(z.string(), Named) }).strict();
export const ConditionsWordingFile = z.object({ conditions: z.record(z.string(), Named) }).strict();
export const TestsWordingFile = z.object({ tests: z.record(z.string(), z.object({ label: text, names: z.array(text).default([]) }).strict()) }).strict();

/**
 * A trial as said in another language, marked as a translation: its titles, a short label for each criterion (the
 * registry's sentence stays verbatim beside it), and its interpretations, confirmations and notes.
 */
export const TrialWording = z
  .object({
    translation: z.object({ from: z.literal('en'), of: text }).strict(),
    titles: z.object({ brief: text, official: text.optional(), acronym: text.optional() }).strict(),
    criteria: z.record(z.string(), z.object({ label: text, interpretation: text.optional(), confirmOnly: text.optional() }).strict()),
    notes: z.array(text).default([]),
    facts: z.record(z.string(), FactWording).default({}),
  })
  .strict();
export type TrialWording = z.infer<typeof TrialWording>;

/** Everything one language says of the catalog. */
export interface LocaleWording {
  readonly facts: ReadonlyMap<string, FactWording>;
  readonly drugs: ReadonlyMap<string, Named>;
  readonly drugClasses: ReadonlyMap<string, { names: string[] }>;
  readonly conditions: ReadonlyMap<string, Named>;
  readonly tests: ReadonlyMap<string, { label: string; names: string[] }>;
  readonly trials: ReadonlyMap<string, TrialWording>;
}
