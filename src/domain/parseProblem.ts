import { z } from 'zod';
import { DayInterval } from './factValue';

/*
 * Why an answer cannot be recorded as typed, as a code with what the message needs (fact ids, drug codes,
 * numbers, days, the clinician's own words): never a sentence. The parsers and the summary reader say it; the
 * replies word it in the conversation's language (src/replies/texts/<locale>/problems.ts). A summary's unclear
 * fact keeps it in the conversation's state, so each is a schema.
 */

/** The clinician's words, quoted in the message. */
const words = z.string();
const fact = z.string().min(1);
const drug = z.string().min(1);

/** A comparator before a number: "> 100" is above and strict, "≤ 5" below and not. */
export const Bound = z.object({ side: z.enum(['above', 'below']), strict: z.boolean() });
export type Bound = z.infer<typeof Bound>;

/** A number as typed, in the unit it was typed in (a UCUM code of the fact's accepted units), with its bound. */
export const Quantity = z.object({ amount: z.number(), unit: z.string().min(1), bound: Bound.optional() });
export type Quantity = z.infer<typeof Quantity>;

/** A value with the laboratory's upper limit of normal (`unit` as typed, or empty), read as their ratio. */
export const UlnRatio = z.object({ amount: z.number(), uln: z.number(), unit: z.string(), ratio: z.number(), bound: Bound.optional() });
export type UlnRatio = z.infer<typeof UlnRatio>;

const problem = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) => z.object({ code: z.literal(code), ...shape });

export const ParseProblem = z.discriminatedUnion('code', [
  problem('empty', {}),
  problem('too-long', { max: z.number() }),
  /** Only one kind of the fact is denied ("no DVT" for the last thrombosis). */
  problem('part-only', { entered: words, fact }),
  /** A typed reply to a card that answers none of its questions. */
  problem('which-question', { entered: words }),
  problem('yes-no', { fact }),
  problem('says-what-not', { entered: words, fact }),
  problem('unknown-choice', { entered: words, fact }),
  /** Several options match; `item` is the list item they match, for a set. */
  problem('which-choice', { fact, codes: z.array(z.string()), item: words.optional() }),
  problem('name-options', { fact }),
  problem('unknown-option', { item: words, fact }),
  /** An option that counts only with one of the fact's names ("uncontrolled"), named without it ("T2DM"). */
  problem('needs-qualifier', { item: words, fact }),
  /** A confirmation answered "no": the value itself is asked. */
  problem('give-value', { fact }),
  /** "None at all?" answered "no": the ones that apply are asked. */
  problem('name-them', { fact }),
  problem('negative', { entered: words, fact }),
  problem('no-number', { fact }),
  problem('several-numbers', { entered: words, fact }),
  problem('unreadable-number', { text: words }),
  /** `lookalike`: an accepted spelling that differs by letter case only, where case changes the unit. */
  problem('unknown-unit', { unit: words, fact, lookalike: z.string().optional() }),
  problem('not-exact', { entered: words }),
  /** Words before the number that may name another measure. */
  problem('foreign-words', { entered: words, words, fact }),
  /** A unit the fact refuses ("U/mL" is not IU/mL): the seeds say why, in each language. */
  problem('refused-unit', { unit: words, fact }),
  problem('implausible-anywhere', { amount: z.number(), fact }),
  /** A bare number one decimal point away from plausible in the fact's own unit, plausible in another. */
  problem('decimal-slip', { amount: z.number(), fact, readings: z.array(Quantity) }),
  problem('which-reading', { fact, readings: z.array(Quantity) }),
  problem('which-unit', { unit: words, fact, units: z.array(z.string()) }),
  problem('implausible', { fact, reading: z.union([Quantity, UlnRatio]) }),
  problem('uln-two-numbers', {}),
  /** "ALT 56": a laboratory value named, without its upper limit of normal. */
  problem('uln-missing', { entered: words, amount: z.number() }),
  /** A total score given without how many of its points the fact leaves out. */
  problem('total-unsettled', { entered: words, fact }),
  /** A fact that is the highest of several parts (`part`: a part's name as the seeds write it). */
  problem('parts-needed', { fact }),
  problem('part-unread', { entered: words, part: words }),
  problem('part-twice', { part: words }),
  problem('parts-missing', { parts: z.array(words) }),
  /** A choice decided by its date: the words give when, not whether it is over (`ifOver`: the option it would be). */
  problem('dated-not-over', { entered: words, fact, ifOver: z.string() }),
  /** Dates on both sides of the limit day, or one across it. */
  problem('dated-across', { entered: words, fact, limit: z.number().int(), recent: z.string(), earlier: z.string() }),
  /** A choice decided by medicines and their period: no period given, all within the last `before`, or too vague. */
  problem('period-needed', { entered: words }),
  problem('all-within', { entered: words, before: z.string() }),
  problem('period-imprecise', { entered: words, from: DayInterval, over: z.string() }),
  /** A disease with a cause in doubt: the disease itself (`of`), or its secondary form? */
  problem('cause-in-doubt', { entered: words, fact, of: z.string(), form: z.string() }),
  problem('uln-same-unit', { valueUnit: words, ulnUnit: words }),
  problem('date-needed', { fact }),
  problem('no-date', { entered: words, fact }),
  problem('several-dates', { entered: words, fact }),
  problem('stray-number', { number: words, entered: words, fact }),
  /** A date before the birth the patient's age allows: born on `born` or later. */
  problem('before-birth', { text: words, age: z.number(), born: z.number().int() }),
  problem('implausible-date', { text: words }),
  /** A numeric date read differently day-first and month-first. */
  problem('date-readings', { text: words, readings: z.array(DayInterval) }),
  problem('date-bound', { text: words }),
  problem('future-date', { text: words }),
  problem('reversed-period', { text: words }),
  /** A period that has ended, given for since when a lasting state lasts. */
  problem('period-ended', { text: words }),
  /** The answer names something else the date may be of: other facts, or options of another fact (`of`). */
  problem('other-owner', { entered: words, fact, facts: z.array(fact), options: z.object({ of: fact, codes: z.array(z.string()) }).optional() }),
  /** "Not on steroids": what is taken now, while the question covers its whole period. */
  problem('now-only', { entered: words, fact }),
  /** A denial narrowed to some doses or a shorter time ("no steroids > 10 mg", "none this year"): only part of the period. */
  problem('period-part-only', { entered: words, fact }),
  problem('which-drug', { text: words, drugs: z.array(drug) }),
  problem('no-medicine', { text: words, fact }),
  problem('name-medicines', { fact }),
  problem('not-in-class', { typed: words, drug, fact }),
  /** A medicine stopped about when the question's period begins (`day`). */
  problem('stopped-about-lookback', { drug, fact, day: z.number().int() }),
  /** Medicines named but none recorded: planned or refused (`notTaken`), or stopped before the period. */
  problem('nothing-in-period', { fact, notTaken: z.array(drug), historical: z.array(drug) }),
  /** A whole class named (`className`, as typed) without its medicines. */
  problem('name-class', { className: words, fact }),
  problem('class-stop-when', { className: words, fact }),
  problem('class-stopped-within', { className: words, fact, stopped: DayInterval }),
  problem('negative-dose', { drug }),
  /** A dose's number not understood; `usual` is the drug's usual dose, for the example. */
  problem('unread-dose', { text: words, drug, usual: z.object({ amount: z.number(), unit: z.string() }).optional() }),
  problem('unread-negation', { drug, unread: z.array(words) }),
  problem('not-plain', { drug }),
  problem('which-route', { drug, routes: z.array(z.string()) }),
  problem('several-doses', { drug, doses: z.array(words) }),
  problem('which-current-dose', { drug, doses: z.array(words) }),
  problem('only-earlier-dose', { drug, doses: z.array(words) }),
  /** A spaced regimen's latest dose (`latest`): the last one, or still given? */
  problem('still-given', { drug, latest: DayInterval }),
  problem('when-given', { drug }),
  problem('taken-for', { drug }),
  problem('stopped-before-started', { drug, stopped: DayInterval, started: DayInterval }),
  problem('dose-not-number', { drug }),
  problem('dose-estimate', { text: words, drug }),
  problem('zero-dose', { amount: z.number(), unit: z.string(), drug }),
  problem('zero-frequency', { drug }),
  problem('too-rare', { drug, fact }),
  /** A daily dose (in the fact's dose unit) above the highest plausible one of the drug's class. */
  problem('dose-above-max', { daily: z.number(), max: z.number(), fact, drug, drugClass: z.string() }),
  problem('start-stop-together', { text: words, drug }),
  problem('restarted', { drug }),
  problem('dose-change-when', { text: words, drug, dose: words }),
  problem('two-dates-for-dose', { dose: words, drug }),
  problem('two-dates', { role: z.enum(['started', 'doseSince', 'stopped']), drug }),
  problem('two-course-dates', { drug }),
  problem('start-or-stop', { text: words, drug }),
  problem('dose-since-when', { drug }),
  problem('daily-dose-needed', { drug }),
  problem('highest-dose-needed', { drug }),
  problem('one-daily-dose', { drug }),
  problem('route-needed', { drug }),
  problem('one-date', { drug }),
  problem('changed-before-started', { drug, doseSince: DayInterval, started: DayInterval }),
]);
export type ParseProblem = z.infer<typeof ParseProblem>;
export type ParseProblemCode = ParseProblem['code'];
