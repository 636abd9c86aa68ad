import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import type { CatalogIndex } from './catalogIndex';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { criterionResult } from './criterionResult';
import { CriterionSummaries, waitingInEvidence } from './criterionSummaries';
import { factOrder } from './factOrder';
import { patientView } from './patientView';
import type { CriterionResult, OpenFacts, StatusReport, TrialDetails, TrialResult, Verdict } from './result';
import { statusReport } from './staleness';
import { NOTHING_OPEN, trialDetails, verdictOf } from './trialResult';

/** The answers of one evaluation, copied, so that its results can be explained after the caller's answers change. */
export class AnswersSnapshot {
  readonly answers: Answers;
  constructor(
    answers: Answers,
    readonly day: Day,
    readonly vocabulary: Vocabulary,
  ) {
    this.answers = structuredClone(answers);
  }
}

/**
 * A trial's result, explained now or (made from a snapshot) on the first call to `details()`. One object
 * per result: a large catalog makes thousands per answer, and the collector copies each one that lives on.
 */
class EvaluatedTrial implements TrialResult {
  readonly trialId: string;
  readonly record: CompiledTrial['record'];
  /** The criterion that rules the patient out, once looked for: a reply, the results and a card may each ask. */
  private excluding: CriterionResult | undefined;

  /** `record` and `trialId` are the trial's, passed by an evaluator that keeps them side by side (see CatalogIndex). */
  constructor(
    private readonly trial: CompiledTrial,
    readonly verdict: Verdict,
    readonly status: StatusReport,
    readonly open: OpenFacts,
    private explanation: TrialDetails | AnswersSnapshot,
    record = trial.record,
    trialId = record.id,
  ) {
    this.trialId = trialId;
    this.record = record;
  }

  exclusion(): CriterionResult | undefined {
    if (this.verdict !== 'ineligible') return undefined;
    if (!(this.explanation instanceof AnswersSnapshot)) return this.explanation.deciding[0];
    this.excluding ??= this.firstExcluding(this.explanation);
    return this.excluding;
  }

  details(): TrialDetails {
    if (this.explanation instanceof AnswersSnapshot) {
      const { answers, day, vocabulary } = this.explanation;
      const full = evaluate(this.trial, answers, day, vocabulary, this.status);
      // Both read the same answers with the same rules; a difference would be a bug in a node's `truth`.
      if (full.verdict !== this.verdict) throw new Error(`trial ${this.trialId}: evaluated as ${this.verdict}, but its evidence gives ${full.verdict}`);
      this.explanation = full.details();
    }
    return this.explanation;
  }

  private firstExcluding({ answers, day, vocabulary }: AnswersSnapshot): CriterionResult {
    const patient = patientView(answers, day, vocabulary.facts);
    for (const criterion of this.trial.criteria) {
      const result = criterionResult(criterion, patient);
      if (result.excludes) return result;
    }
    throw new Error(`trial ${this.trialId}: evaluated as ineligible, but no criterion's evidence rules the patient out`);
  }
}

/** Trial t of `index`, whose verdict and open facts are known, explained from `snapshot` when asked. */
export function resultToExplain(index: CatalogIndex, t: number, verdict: Verdict, status: StatusReport, open: OpenFacts, snapshot: AnswersSnapshot): TrialResult {
  return new EvaluatedTrial(index.trials[t]!, verdict, status, open, snapshot, index.records[t]!, index.ids[t]!);
}

/**
 * One trial for one patient on one day, every criterion evaluated with its evidence: what explains a
 * result, and the reference the incremental evaluator must agree with.
 */
export function evaluate(
  trial: CompiledTrial,
  answers: Answers,
  day: Day,
  vocabulary: Vocabulary,
  status: StatusReport = statusReport(trial.record, day),
): TrialResult {
  const patient = patientView(answers, day, vocabulary.facts);
  const order = factOrder(vocabulary);
  const criteria = trial.criteria.map((criterion) => criterionResult(criterion, patient));
  const summaries = new CriterionSummaries(criteria.length);
  criteria.forEach((result, k) => summaries.set(k, result.status, result.excludes, waitingInEvidence(result.evidence, order)));
  const verdict = verdictOf(summaries, 0, criteria.length);
  const open = verdict === 'needs-info' ? summaries.openFactsIn(0, criteria.length, criteria.map((c) => `${trial.record.id}/${c.id}`)) : NOTHING_OPEN;
  return new EvaluatedTrial(trial, verdict, status, open, trialDetails(verdict, criteria, summaries, order));
}
