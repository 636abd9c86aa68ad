import type { Answers, FactValue } from '../domain/factValue';
import type { FactDefinition } from '../domain/factDefinition';
import type { Day } from '../dates/calendar';

/** The patient as rules see it: answers plus the values other answers imply, on one evaluation day. */
export interface PatientView {
  readonly day: Day;
  value(fact: string): FactValue | undefined;
}

export function patientView(answers: Answers, day: Day, facts: ReadonlyMap<string, FactDefinition>): PatientView {
  const implied = new Map<string, FactValue>();
  for (const definition of facts.values()) {
    if (answers[definition.id] !== undefined) continue;
    const value = impliedValue(definition, answers);
    if (value) implied.set(definition.id, value);
  }
  return { day, value: (fact) => answers[fact] ?? implied.get(fact) };
}

function impliedValue(definition: FactDefinition, answers: Answers): FactValue | undefined {
  for (const implication of definition.implied) {
    const given = answers[implication.when.fact];
    if (given?.kind !== 'choice' || !implication.when.is.includes(given.value)) continue;
    const entered = `implied by ${implication.when.fact} = ${given.value}`;
    return typeof implication.value === 'boolean'
      ? { kind: 'boolean', value: implication.value, entered }
      : { kind: 'set', values: implication.value, entered };
  }
  return undefined;
}
