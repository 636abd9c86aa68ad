import type { Answers } from '../../domain/factValue';
import type { Vocabulary } from '../../engine/compileContext';
import type { CompiledTrial } from '../../engine/compiledTrial';
import { describeValue } from '../../engine/describeValue';
import type { QuestionCandidate } from '../../engine/nextQuestion';
import { listOf } from '../../parsing/outcome';
import { shownSource } from '../../report/wording';
import type { ResultsReason } from '../../screening/replies';

/** Studies the welcome names; a larger catalog's are counted, so the message stays short (Teams' 40 KB). */
const WELCOME_STUDIES = 20;

export function welcomeText(trials: readonly CompiledTrial[]): string {
  const studies = trials.slice(0, WELCOME_STUDIES).map((t) => `• ${t.record.titles.brief}${t.record.registryId ? ` (${t.record.registryId})` : ''}`);
  if (trials.length > WELCOME_STUDIES) studies.push(`• …and ${trials.length - WELCOME_STUDIES} more`);
  return [
    'Hello — I help you check whether one of your patients may fit a clinical trial in our catalog: I ask only what can still change a verdict, then show the studies the patient may fit, why, and whom to contact. Please do not give me the patient’s name or record number: I never need them.',
    `Studies in the catalog (${trials.length}):`,
    ...studies,
    'Paste a de-identified summary of the patient, or answer below. "help" lists the commands.',
  ].join('\n');
}

export const helpText = [
  'Answer each question as you would write it in a note: "Hb 8.5 g/dL", "plt 45k", "methylpred 8 mg daily since March 2026", "6 weeks ago", "yes", or "unknown" / "skip" when you do not know (never counted as "no").',
  'Commands, at any point:',
  '• help — this message',
  '• back — undo the last answer and ask it again',
  '• restart — start over with a new patient',
  '• summary — the answers so far',
  '• results — show the results now, with what is still unknown',
  '• why — which criteria of which studies the current question serves',
  '• continue — carry on answering after "results"',
  '• more — the next result cards',
].join('\n');

export function summaryText(answers: Answers, answered: readonly string[], vocabulary: Vocabulary): string {
  if (answered.length === 0) return 'No answers yet.';
  const lines = answered.map((id) => {
    const fact = vocabulary.facts.get(id);
    return fact ? `• ${fact.label}: ${describeValue(vocabulary, fact, answers[id]) ?? 'not given'}` : `• ${id}`;
  });
  return ['Answers so far:', ...lines].join('\n');
}

export function whyText(label: string, candidate: QuestionCandidate | undefined, trials: readonly CompiledTrial[]): string {
  if (!candidate || candidate.criteria.length === 0) return `${capitalised(label)} was asked again after "back"; no open criterion needs it any more.`;
  const lines = [`I ask about ${label.toLowerCase()} because it can decide ${candidate.trials.length} open ${candidate.trials.length === 1 ? 'study' : 'studies'}:`];
  for (const key of candidate.criteria) {
    const [trialId, criterionId] = key.split('/');
    const trial = trials.find((t) => t.record.id === trialId);
    const criterion = trial?.record.criteria.find((c) => c.id === criterionId);
    if (trial && criterion) lines.push(`• ${trial.record.titles.acronym ?? trial.record.titles.brief} — ${criterion.kind} ${criterion.id}: “${shownSource(criterion)}”`);
  }
  return lines.join('\n');
}

export const noOpenQuestionText = 'There is no open question right now.';
export const unknownStudyText = 'That study is not in the catalog any more.';
export const finishedText =
  'The screening is complete. Type "results" to see them again, "back" to change the last answer, "summary" for the answers, or "restart" for a new patient.';
export const closedQuestionFinishedText = `That question is closed. ${finishedText}`;
export function stateResetText(reason: 'version' | 'invalid'): string {
  const why = reason === 'version' ? 'was saved by an earlier version of this assistant' : 'could not be read back';
  return `Your previous screening ${why}, so I am starting a new one. Nothing from it is used.`;
}
export const restartText = 'Starting a new screening. Previous answers are cleared.';
export const nothingToUndoText = 'There is no answer to undo yet.';
export function undoneText(labels: readonly string[]): string {
  return `Removed your ${labels.length === 1 ? 'answer' : 'answers'} for ${listOf(labels, 'and')}. Let's ask again.`;
}

const capitalised = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
export const resultsReasonTexts: Record<Exclude<ResultsReason, 'asked'>, string> = {
  'only-unknowns-left': 'No further question can change a verdict: what is still open was not known, or is confirmed at screening. Here are the results.',
  'all-decided': 'Every study in the catalog is decided. Here are the results.',
};
export const pausedText = 'Screening paused. Type "continue" to answer the remaining questions, or "restart" for a new patient.';
