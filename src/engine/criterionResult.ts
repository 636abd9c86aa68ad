import type { CompiledCriterion } from './compiledTrial';
import type { PatientView } from './patientView';
import type { Criterion } from '../domain/trialRecord';
import type { CriterionResult, CriterionStatus } from './result';
import type { Truth } from './truth';

/** One criterion for one patient, with evidence; a criterion without a rule is left to the investigator. */
export function criterionResult({ criterion, node }: CompiledCriterion, patient: PatientView): CriterionResult {
  if (!node) {
    return { ...fixedFields(criterion), confirmOnly: criterion.confirmOnly, status: 'to-confirm', excludes: false, evidence: [] };
  }
  const outcome = node.evaluate(patient);
  const status = statusOf(outcome.truth);
  return { ...fixedFields(criterion), status, excludes: excludesWhen(criterion.kind, status), evidence: outcome.evidence };
}

/** An exclusion criterion's rule describes the excluding condition: "met" means the patient is excluded. */
export function excludesWhen(kind: Criterion['kind'], status: CriterionStatus): boolean {
  return kind === 'inclusion' ? status === 'not-met' : status === 'met';
}

/** A rule's truth as a criterion status. */
export function statusOf(truth: Truth): CriterionStatus {
  return truth === 'unknown' ? 'unknown' : truth === 'true' ? 'met' : 'not-met';
}

function fixedFields(criterion: Criterion): Pick<CriterionResult, 'id' | 'kind' | 'source' | 'section' | 'interpretation'> {
  return {
    id: criterion.id,
    kind: criterion.kind,
    source: criterion.source,
    ...(criterion.section ? { section: criterion.section } : {}),
    ...(criterion.interpretation ? { interpretation: criterion.interpretation } : {}),
  };
}
