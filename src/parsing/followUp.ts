import { z } from 'zod';
import { describeDays } from '../dates/calendar';
import type { FactDefinition } from '../domain/factDefinition';
import type { KnownFactValue } from '../domain/factValue';
import type { Vocabulary } from '../engine/compileContext';
import { describeValue } from '../engine/describeValue';
import { normalizeName } from '../text/normalize';
import { readYesNo } from './boolean';
import { findDates } from './datePhrase';
import { DrugFinder } from './drugMention';
import { recordOrAskDoseSince } from './doseSince';
import { invalid, quote, type ParseContext, type ParseOutcome } from './outcome';
import { parseAnswer } from './parseAnswer';
import { isUnknownAnswer } from './wholeAnswers';

/** What an answer still needs before it is recorded; kept in conversation state between turns (JSON). */
export const FollowUp = z.discriminatedUnion('kind', [
  /** A reading typed with a trailing "?" ("45?"): recorded only once confirmed. */
  z.object({ kind: z.literal('confirm') }),
  /** A negation naming one item ("no prednisone", "no pregnancy"): recorded as none only once that is confirmed. */
  z.object({ kind: z.literal('none-at-all') }),
  /** A medicine taken now, given with its start only: has its dose changed since? `use` indexes the pending uses. */
  z.object({ kind: z.literal('dose-since'), use: z.number().int().nonnegative() }),
]);
export type FollowUp = z.infer<typeof FollowUp>;

/** "No", "unchanged", "same dose": the dose has not changed since the start. */
const UNCHANGED = new Set(['unchanged', 'same', 'same dose', 'no change', 'not changed', 'never changed', 'stable', 'constant', 'no changes'].map(normalizeName));
/** "Yes" or "changed" with no date: when is still to be said. */
const CHANGED = new Set(['changed', 'it changed', 'it has', 'yes it has', 'yes changed', 'has changed', 'increased', 'reduced', 'decreased', 'tapered'].map(normalizeName));

/**
 * Reads the answer to a follow-up question. Whatever is not an answer to the follow-up itself is read as a
 * fresh answer to the fact's question (the clinician may retype the whole answer). "Unknown" never turns into
 * an assumption: an uncertain reading becomes unknown, and an unknown last dose change stays unknown.
 */
export function completeFollowUp(followUp: FollowUp, pending: KnownFactValue, text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const entered = text.trim();
  const asked = summaryOf(pending, fact, context.vocabulary);
  switch (followUp.kind) {
    case 'confirm':
    case 'none-at-all': {
      if (isUnknownAnswer(entered)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
      const yes = readYesNo(entered);
      if (yes === true) return recordOrAskDoseSince(pending, asked, fact, context);
      if (yes === false) return invalid(followUp.kind === 'confirm' ? `Then please give ${fact.label} as you know it, or “unknown”.` : `Then please name them (${fact.label}).`);
      return parseAnswer(entered, fact, context);
    }
    case 'dose-since': {
      const use = pending.kind === 'medication' ? pending.uses[followUp.use] : undefined;
      if (!use?.started) return invalid(`The medicine this question was about is no longer in the answer; please give ${fact.label} again.`);
      const label = context.vocabulary.drugs.get(use.drug)?.label ?? use.drug;
      const next = (doseSince: typeof use.doseSince): ParseOutcome => {
        if (pending.kind !== 'medication') return recordOrAskDoseSince(pending, asked, fact, context);
        const uses = pending.uses.map((u, i) => (i === followUp.use && doseSince ? { ...u, doseSince } : u));
        const value = { ...pending, uses };
        return recordOrAskDoseSince(value, summaryOf(value, fact, context.vocabulary), fact, context, followUp.use + 1);
      };
      if (isUnknownAnswer(entered)) return next(undefined);
      const key = normalizeName(entered);
      if (UNCHANGED.has(key)) return next(use.started);
      // An answer naming another medicine is a new answer to the question, not when this dose changed.
      const named = DrugFinder.of(context.vocabulary.drugs).find(entered);
      if (named.kind === 'ambiguous' || named.mentions.some((m) => m.drug.code !== use.drug)) return parseAnswer(entered, fact, context);
      if (readYesNo(entered) === false) return next(use.started);
      const [mention, ...others] = findDates(entered, context.today).mentions;
      if (mention && others.length === 0) {
        if (mention.kind === 'problem') return mention.problem;
        if (mention.interval.latest < use.started.earliest) {
          return invalid(`${quote(mention.text)} is before ${label} was started (${describeDays(use.started)}); when did its dose last change?`);
        }
        return next({ earliest: Math.max(mention.interval.earliest, use.started.earliest), latest: mention.interval.latest });
      }
      if (CHANGED.has(key) || readYesNo(entered) === true) return invalid(`When did the dose of ${label} last change? e.g. “3 weeks ago”, “in October”.`);
      return parseAnswer(entered, fact, context);
    }
  }
}

/** "Platelet count: 45 ×10^9/L": a reading as the follow-up and its answers show it. */
export function summaryOf(value: KnownFactValue, fact: FactDefinition, vocabulary: Vocabulary): string {
  return `${fact.label}: ${describeValue(vocabulary, fact, value) ?? value.entered}`;
}
