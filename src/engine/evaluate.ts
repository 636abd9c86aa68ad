import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { patientView, type PatientView } from './patientView';
import type { CriterionResult, CriterionStatus, TrialResult, Verdict } from './result';
import { statusReport } from './staleness';

/** Evaluates every trial for one patient on one day (the day is an input so results are reproducible). */
export function evaluateAll(
  trials: readonly CompiledTrial[],
  answers: Answers,
  day: Day,
  vocabulary: Vocabulary,
): TrialResult[] {
  const patient = patientView(answers, day, vocabulary.facts);
  return trials.map((trial) => evaluateTrial(trial, patient, vocabulary));
}

export function evaluate(trial: CompiledTrial, answers: Answers, day: Day, vocabulary: Vocabulary): TrialResult {
  return evaluateTrial(trial, patientView(answers, day, vocabulary.facts), vocabulary);
}

function evaluateTrial(trial: CompiledTrial, patient: PatientView, vocabulary: Vocabulary): TrialResult {
  const criteria: CriterionResult[] = trial.criteria.map(({ criterion, node }) => {
    const base = {
      id: criterion.id,
      kind: criterion.kind,
      source: criterion.source,
      ...(criterion.section ? { section: criterion.section } : {}),
      ...(criterion.interpretation ? { interpretation: criterion.interpretation } : {}),
    };
    if (!node) {
      return { ...base, confirmOnly: criterion.confirmOnly, status: 'to-confirm', excludes: false, evidence: [] };
    }
    const outcome = node.evaluate(patient);
    // An exclusion criterion's rule describes the excluding condition: "met" means the patient is excluded.
    const status: CriterionStatus = outcome.truth === 'unknown' ? 'unknown' : outcome.truth === 'true' ? 'met' : 'not-met';
    const excludes = criterion.kind === 'inclusion' ? status === 'not-met' : status === 'met';
    return { ...base, status, excludes, evidence: outcome.evidence };
  });
  const excluding = criteria.filter((c) => c.excludes);
  const open = criteria.filter((c) => c.status === 'unknown');
  const verdict: Verdict = excluding.length > 0 ? 'ineligible' : open.length > 0 ? 'needs-info' : 'eligible';
  const openEvidence = verdict === 'needs-info' ? open.flatMap((c) => c.evidence.filter((e) => e.truth === 'unknown')) : [];
  return {
    trialId: trial.record.id,
    record: trial.record,
    verdict,
    criteria,
    deciding: verdict === 'ineligible' ? excluding : verdict === 'needs-info' ? open : criteria.filter((c) => c.status !== 'to-confirm'),
    missingFacts: inCatalogOrder(openEvidence.filter((e) => e.missing).map((e) => e.fact), vocabulary),
    unknownFacts: inCatalogOrder(openEvidence.filter((e) => !e.missing).map((e) => e.fact), vocabulary),
    toConfirm: criteria.filter((c) => c.status === 'to-confirm'),
    status: statusReport(trial.record, patient.day),
  };
}

function inCatalogOrder(facts: readonly string[], vocabulary: Vocabulary): string[] {
  const wanted = new Set(facts);
  return [...vocabulary.facts.keys()].filter((id) => wanted.has(id));
}
