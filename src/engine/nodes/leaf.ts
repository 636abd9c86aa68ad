import type { Detail } from '../../domain/detail';
import type { FactDefinition } from '../../domain/factDefinition';
import type { FactValue, KnownFactValue } from '../../domain/factValue';
import type { LeafRule } from '../../domain/rule';
import type { CompiledNode, OpenFactList, OpenState } from '../compiledNode';
import type { PatientView } from '../patientView';
import type { Inference } from '../result';
import type { Truth } from '../truth';

/** What a leaf knows beyond its truth: the details an answer lacks when they leave the test open, and what it inferred. */
export interface LeafExplanation {
  /** Called only when `decide` gave unknown for a known value. */
  details?: (value: KnownFactValue, patient: PatientView) => Detail[];
  inferred?: (value: KnownFactValue, patient: PatientView) => Inference[];
}

/**
 * The shape every single-fact leaf shares: a missing or "unknown" answer is unknown, never false;
 * otherwise `test` decides from the known value, and an answer that leaves it unknown names the details it lacks.
 */
export function leafNode(
  fact: FactDefinition,
  test: LeafRule,
  decide: (value: KnownFactValue, patient: PatientView) => Truth,
  explanation: LeafExplanation = {},
): CompiledNode {
  const truthFor = (value: FactValue | undefined, patient: PatientView): Truth =>
    value === undefined || value.kind === 'unknown' ? 'unknown' : decide(value, patient);
  const detailsFor = (value: FactValue | undefined, patient: PatientView): Detail[] =>
    value === undefined || value.kind === 'unknown' || !explanation.details ? [] : explanation.details(value, patient);
  return {
    facts: [fact.id],
    evaluate(patient) {
      const value = patient.value(fact.id);
      const truth = truthFor(value, patient);
      const details = truth === 'unknown' ? detailsFor(value, patient) : [];
      const inferred = value && value.kind !== 'unknown' && explanation.inferred ? explanation.inferred(value, patient) : [];
      return {
        truth,
        evidence: [
          {
            fact: fact.id,
            test,
            ...(value ? { value } : {}),
            truth,
            missing: value === undefined,
            answeredUnknown: value?.kind === 'unknown',
            ...(details.length > 0 ? { details } : {}),
            ...(inferred.length > 0 ? { inferred } : {}),
          },
        ],
      };
    },
    truth(patient, open) {
      const value = patient.value(fact.id);
      const truth = truthFor(value, patient);
      if (truth === 'unknown' && open) listOpen(open, fact.id, value, detailsFor(value, patient));
      return truth;
    },
  };
}

/** Why a leaf's fact leaves it open, with no detail to ask. */
export function openState(value: FactValue | undefined): OpenState {
  return value === undefined ? 'missing' : value.kind === 'unknown' ? 'unknown' : 'answered';
}

/**
 * Lists a leaf's fact as waiting. An answer lacking details is listed once per detail, so that each can be asked;
 * with none to ask, the fact itself, with why.
 */
function listOpen(open: OpenFactList, fact: string, value: FactValue | undefined, details: readonly Detail[]): void {
  if (details.length === 0) {
    open.facts.push(fact);
    open.details.push(undefined);
    open.states.push(openState(value));
    return;
  }
  for (const detail of details) {
    open.facts.push(fact);
    open.details.push(detail);
    open.states.push('missing');
  }
}
