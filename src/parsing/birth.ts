import { daysBefore, type Day } from '../dates/calendar';
import type { DayInterval } from '../domain/factValue';
import { invalid, type ParseContext, type ParseFailure } from './outcome';

/**
 * The earliest day the patient can have been born, from the answer to the fact marked `patientAge`
 * (an age of 45 years allows a birth up to 46 years ago); undefined while the age is not known.
 */
function earliestBirth(context: ParseContext): { day: Day; age: number } | undefined {
  const ageFact = [...context.vocabulary.facts.values()].find((f) => f.type === 'number' && f.patientAge);
  const age = ageFact ? context.answers?.[ageFact.id] : undefined;
  if (age?.kind !== 'number' || age.value.high === undefined) return undefined;
  return { day: daysBefore(context.today, `P${Math.floor(age.value.high) + 1}Y`) + 1, age: age.value.high };
}

/** An invalid outcome for a date that lies wholly before the patient's birth; undefined for any other. */
export function beforeBirth(text: string, interval: DayInterval, context: ParseContext): ParseFailure | undefined {
  const birth = earliestBirth(context);
  if (!birth || interval.latest >= birth.day) return undefined;
  return invalid({ code: 'before-birth', text, age: birth.age, born: birth.day });
}
