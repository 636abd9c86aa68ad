import type { Vocabulary } from '../engine/compileContext';
import { NameMatcher } from '../text/nameMatcher';
import { firstName } from '../text/wholeWords';

/**
 * Words that give what follows as the cause: "secondary to", "2° to", "due to", "caused by", "induced by" — hedged
 * ("possibly due to", "? secondary to") the cause is in doubt. Not "from": "RPF from 2019" is a date.
 */
const CAUSE_AFTER =
  /^[\s,(]*(?:(?:is|was|thought|felt|considered)\s+(?:to\s+be\s+)?)?(?<hedge>(?:\?|possibly|probably|likely|perhaps|query|maybe)\s*)?(?:secondary\s+to|2°\s*to|2ry\s+to|sec\.?\s+to|due\s+to|caused\s+by|induced\s+by|attributed\s+to)\s+(?<cause>[^.;]+)/i;
/** "methysergide-induced RPF", "drug-induced RPF": the cause before the name. */
const CAUSE_BEFORE = /(?:^|[\s(])[\p{L}\p{N}]+[-\s]induced\s*$/iu;

/** The form a cause gives; in doubt, the condition named (`of`) and the form it would take. */
export type CausedForm = { kind: 'form'; code: string } | { kind: 'doubt'; of: string; form: string };

/**
 * The form a condition takes when the words give it a cause ("retroperitoneal fibrosis due to pergolide": secondary
 * RPF; "RPF secondary to IgG4-RD": IgG4-related RPF), as the condition's `secondary` says. Undefined when the condition
 * has no such form or no cause is given; doubt when the cause is hedged ("possibly due to").
 */
export function causedForm(code: string, before: string, after: string, vocabulary: Vocabulary): CausedForm | undefined {
  const secondary = vocabulary.conditions.find((c) => c.code === code)?.secondary;
  if (!secondary) return undefined;
  if (CAUSE_BEFORE.test(before)) return { kind: 'form', code: secondary.form };
  const cause = CAUSE_AFTER.exec(after);
  if (!cause) return undefined;
  if (cause.groups!.hedge) return { kind: 'doubt', of: code, form: secondary.form };
  const named = causes.get(vocabulary) ?? causes.set(vocabulary, new NameMatcher(vocabulary.conditions)).get(vocabulary)!;
  const byCause = named.namedIn(cause.groups!.cause!).map((c) => secondary.byCause[c]).find((form) => form !== undefined);
  return { kind: 'form', code: byCause ?? secondary.form };
}

const causes = new WeakMap<Vocabulary, NameMatcher>();

/** In a typed answer ("RPF due to methysergide"): the form of the first condition named that has one, given a cause. */
export function causedFormIn(text: string, vocabulary: Vocabulary): CausedForm | undefined {
  for (const condition of vocabulary.conditions.filter((c) => c.secondary)) {
    const at = firstName(text, [condition.label, ...condition.synonyms]);
    const form = at && causedForm(condition.code, text.slice(0, at.index), text.slice(at.index + at[0].length), vocabulary);
    if (form) return form;
  }
  return undefined;
}
