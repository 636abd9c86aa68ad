import type { FactDefinition } from '../../domain/factDefinition';
import type { FactValue, KnownFactValue } from '../../domain/factValue';
import type { CompiledNode, OpenFactList } from '../compiledNode';
import { describeValue } from '../describeValue';
import type { Vocabulary } from '../compileContext';
import type { PatientView } from '../patientView';
import type { Truth } from '../truth';

/**
 * The shape every single-fact leaf shares: a missing or "unknown" answer is unknown, never false;
 * otherwise `test` decides from the known value.
 */
export function leafNode(
  vocabulary: Vocabulary,
  fact: FactDefinition,
  test: string,
  decide: (value: KnownFactValue, patient: PatientView) => Truth,
): CompiledNode {
  const truthFor = (value: FactValue | undefined, patient: PatientView): Truth =>
    value === undefined || value.kind === 'unknown' ? 'unknown' : decide(value, patient);
  return {
    facts: [fact.id],
    evaluate(patient) {
      const value = patient.value(fact.id);
      const truth = truthFor(value, patient);
      return {
        truth,
        evidence: [
          {
            fact: fact.id,
            factLabel: fact.label,
            test,
            value: patient.described(fact.id, () => describeValue(vocabulary, fact, value)),
            truth,
            missing: value === undefined,
          },
        ],
      };
    },
    truth(patient, open) {
      const value = patient.value(fact.id);
      const truth = truthFor(value, patient);
      if (truth === 'unknown' && open) listOpen(open, fact.id, value);
      return truth;
    },
  };
}

/** Lists a leaf's fact as waiting: never asked when there is no answer at all. */
function listOpen(open: OpenFactList, fact: string, value: FactValue | undefined): void {
  open.facts.push(fact);
  open.missing.push(value === undefined);
}
