import type { CompiledCriterion } from './compiledTrial';
import type { PatientView } from './patientView';
import type { Criterion } from '../domain/trialRecord';
import type { CriterionResult, CriterionStatus, Evidence } from './result';

/** One criterion for one patient; a criterion without a rule is left to the investigator. */
export function criterionResult({ criterion, node }: CompiledCriterion, patient: PatientView): CriterionResult {
  if (!node) {
    return { ...fixedFields(criterion), confirmOnly: criterion.confirmOnly, status: 'to-confirm', excludes: false, evidence: [] };
  }
  const outcome = node.evaluate(patient);
  // An exclusion criterion's rule describes the excluding condition: "met" means the patient is excluded.
  const status: CriterionStatus = outcome.truth === 'unknown' ? 'unknown' : outcome.truth === 'true' ? 'met' : 'not-met';
  const excludes = criterion.kind === 'inclusion' ? status === 'not-met' : status === 'met';
  return withOutcome(criterion, status, excludes, outcome.evidence);
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

/**
 * The same fields as `{ ...fixedFields(criterion), status, excludes, evidence }`, written as one literal
 * per combination of the optional fields: an evaluation builds thousands of these, and the spread was
 * its slowest step.
 */
function withOutcome(criterion: Criterion, status: CriterionStatus, excludes: boolean, evidence: Evidence[]): CriterionResult {
  const { id, kind, source, section, interpretation } = criterion;
  if (section && interpretation) return { id, kind, source, section, interpretation, status, excludes, evidence };
  if (section) return { id, kind, source, section, status, excludes, evidence };
  if (interpretation) return { id, kind, source, interpretation, status, excludes, evidence };
  return { id, kind, source, status, excludes, evidence };
}
