import { z } from 'zod';

/** A unit a clinician may type, mapped to its UCUM code; `molecularWeight` lets UCUM convert mass to moles. */
export const AcceptedUnit = z.object({
  ucum: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  molecularWeight: z.number().positive().optional(),
  /** Read only when written ("4.5万"), never taken as a bare number's unit: a count no one writes without it. */
  onlyWhenWritten: z.literal(true).optional(),
});
export type AcceptedUnit = z.infer<typeof AcceptedUnit>;

/** Spellings of a unit that is not the fact's, with why, so the answer is asked again rather than misread. */
export const RefusedUnit = z.object({
  aliases: z.array(z.string().min(1)).min(1),
  because: z.string().min(1),
});
export type RefusedUnit = z.infer<typeof RefusedUnit>;

export const Choice = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/, 'choice codes are lower_snake_case'),
  label: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
});
export type Choice = z.infer<typeof Choice>;

/** Value a fact takes without asking, when another fact already decides it (a man is not pregnant). */
export const Implication = z.object({
  when: z.object({ fact: z.string(), is: z.array(z.string()).min(1) }),
  value: z.union([z.boolean(), z.array(z.string())]),
});
export type Implication = z.infer<typeof Implication>;

/**
 * A name notes give the fact, for reading pasted summaries ("plt", "Hb", "hx of splenectomy"). `part` names one
 * kind of it ("DVT" of a thrombosis, "HBV" of an active infection): stated present it settles the fact, stated
 * absent it does not. `wordsOf`: the words another fact was read from name this one too ("SLE since 2015" — the
 * date of the main diagnosis is the diagnosis date). `suggests`: words that make the fact likely without settling
 * it ("mild FDG uptake" of active lesions): named either way, the fact is asked.
 */
export const FactName = z.union([
  z.string().min(1),
  z.object({ part: z.string().min(1) }).strict(),
  z.object({ suggests: z.string().min(1) }).strict(),
  z.object({ wordsOf: z.string().min(1) }).strict(),
]);
export type FactName = z.infer<typeof FactName>;

const common = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'fact ids are lower_snake_case'),
  label: z.string().min(1),
  names: z.array(FactName).default([]),
  question: z.string().min(1),
  /** Shown after a failed parse and in help: what the answer should look like. */
  hint: z.string().min(1),
  /** Lower numbers are asked earlier when two facts matter equally; the intake facts use it. */
  priority: z.number().int().optional(),
  /**
   * `now`: the fact is about the present (an active infection, a bleeding tendency), so a mention said to be in the
   * past ("history of TB", "old TB") does not settle it and is asked; otherwise a past mention counts ("history of
   * splenectomy").
   */
  timeframe: z.literal('now').optional(),
  implied: z.array(Implication).default([]),
};

export const NumberFact = z.object({
  ...common,
  type: z.literal('number'),
  /** UCUM code every value is stored and compared in. */
  unit: z.string().min(1),
  /** How the canonical unit reads to a clinician. */
  unitLabel: z.string().min(1),
  accepts: z.array(AcceptedUnit).default([]),
  /** Units typed for this fact that look alike but measure something else ("U/mL" is not IU/mL): re-asked, saying why. */
  refuses: z.array(RefusedUnit).default([]),
  /** Plausible range in the canonical unit; answers outside it are re-asked, never stored. */
  plausible: z.tuple([z.number(), z.number()]),
  /** Answers like "normal" mean a range in the canonical unit, e.g. ≤ 1 × ULN. */
  normal: z.tuple([z.number(), z.number()]).optional(),
  /** This fact is the patient's age (in years): no date of the patient's history may lie before the birth it implies. */
  patientAge: z.literal(true).optional(),
  /**
   * The fact is the highest of several measures, each in the fact's unit ("the highest of total cholesterol,
   * triglycerides and LDL relative to their ULN"): each part's names, so "TG 2x ULN, TC and LDL normal" reads as 2.
   */
  highestOf: z.array(z.object({ part: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict()).min(2).optional(),
  /**
   * The fact is a total less some of its items ("SLEDAI-2K without the anti-dsDNA and complement points"): the total's
   * names, and the words of the items it leaves out, so "SLEDAI 12 incl. 4 for dsDNA/complement" reads as 8.
   */
  totalLess: z.object({ names: z.array(z.string().min(1)).min(1), items: z.array(z.string().min(1)).min(1) }).strict().optional(),
});

export const BooleanFact = z.object({ ...common, type: z.literal('boolean') });

/**
 * A choice decided by when the thing it is about happened: said over (one of the `over` words: "in remission",
 * "excised") with its dates, it is `recent` when the latest date lies within `within` of the screening day, and
 * `earlier` when before it ("breast ca 2015, in remission" is over 5 years ago in 2026).
 */
export const DatedChoice = z
  .object({
    within: z.string().regex(/^P\d+[YMWD]$/),
    recent: z.string().min(1),
    earlier: z.string().min(1),
    over: z.array(z.string().min(1)).min(1),
  })
  .strict();

/**
 * A choice decided by the medicines named with their period ("pred + MMF 2019–2023"): a drug of a `first` class with
 * one of a `with` class, taken for longer than `over` before the last `before`, is `longer`; shorter, or one kind
 * alone, `otherwise`. Drug classes as drugs.yaml gives them.
 */
export const MedicinesChoice = z
  .object({
    before: z.string().regex(/^P\d+[YMWD]$/),
    over: z.string().regex(/^P\d+[YMWD]$/),
    first: z.array(z.string().min(1)).min(1),
    with: z.array(z.string().min(1)).min(1),
    longer: z.string().min(1),
    otherwise: z.string().min(1),
  })
  .strict();

export const ChoiceFact = z.object({
  ...common,
  type: z.literal('choice'),
  /** Literal choices, or `conditions` to offer the condition vocabulary. */
  choices: z.union([z.array(Choice).min(2), z.literal('conditions')]),
  dated: DatedChoice.optional(),
  fromMedicines: MedicinesChoice.optional(),
});

export const SetFact = z.object({
  ...common,
  type: z.literal('set'),
  /** Literal choices, or `conditions` for the condition vocabulary (other diagnoses read as the main one is). */
  choices: z.union([z.array(Choice).min(1), z.literal('conditions')]),
  /** The answer "none of these" is a complete answer (an empty set). */
  noneLabel: z.string().min(1),
  /** Words that answer "none of these" by saying what the patient is: "post-menopausal" (none of the four). */
  noneWords: z.array(z.string().min(1)).default([]),
  /**
   * Options that count only when said with one of the fact's `names` ("uncontrolled diabetes", "BP all over the
   * place"): alone ("T2DM") they are asked; said with one of `notWords` ("BP fine", "controlled") they are not present.
   */
  optionsNeedName: z.array(z.string().min(1)).default([]),
  notWords: z.array(z.string().min(1)).default([]),
});

export const DateFact = z.object({
  ...common,
  type: z.literal('date'),
  /** When set, "never"/"none" is a valid answer (the event has not happened). */
  noneLabel: z.string().optional(),
  /**
   * What the date is of, which decides how several dates or a period read: `event`, something that happens once (a
   * diagnosis): two dates disagree, a period says it happened in it; `latest`, the last of events that recur (a
   * thrombosis, an operation): of several dates the latest is the answer; `onset`, when a lasting state began
   * ("since when"): a period that ended says it is over, not since when it lasts.
   */
  dateOf: z.enum(['event', 'latest', 'onset']).default('event'),
});

export const MedicationFact = z.object({
  ...common,
  type: z.literal('medication'),
  /** Drug classes (from drugs.yaml) this question covers. */
  classes: z.array(z.string()).min(1),
  /** Doses are stored per day in this UCUM unit; corticosteroids as prednisone-equivalents. */
  doseUnit: z.string().min(1),
  doseUnitLabel: z.string().min(1),
  doseAs: z.enum(['as-given', 'prednisone-equivalent']).default('as-given'),
  /** How far back "none" reaches: the answer "none" means no use in this period. */
  lookback: z.string().regex(/^P\d+[YMWD]$/),
});

export const FactDefinition = z.discriminatedUnion('type', [
  NumberFact,
  BooleanFact,
  ChoiceFact,
  SetFact,
  DateFact,
  MedicationFact,
]);
export type FactDefinition = z.infer<typeof FactDefinition>;
export type NumberFact = z.infer<typeof NumberFact>;
export type ChoiceFact = z.infer<typeof ChoiceFact>;
export type SetFact = z.infer<typeof SetFact>;
export type DateFact = z.infer<typeof DateFact>;
export type MedicationFact = z.infer<typeof MedicationFact>;
export type FactType = FactDefinition['type'];

export const FactCatalogFile = z.object({ facts: z.array(FactDefinition).min(1) });
