import type { CatalogWords } from '../../../catalog/catalogWords';
import type { Answers } from '../../../domain/factValue';
import type { CompiledTrial } from '../../../engine/compiledTrial';
import type { QuestionCandidate } from '../../../engine/nextQuestion';
import { shownSource, shownNumber } from '../../../report/results';
import type { ResultsReason } from '../../../screening/replies';
import { capitalised, list } from './format';
import { value } from './values';

/** Studies the welcome names; a larger catalog's are counted, so the message stays short (Teams' 40 KB). */
const WELCOME_STUDIES = 20;

export function welcomeText(w: CatalogWords, trials: readonly CompiledTrial[]): string {
  const studies = trials.slice(0, WELCOME_STUDIES).map((t) => `• ${w.trial(t.record.id).titles.brief}${t.record.registryId ? ` (${t.record.registryId})` : ''}`);
  if (trials.length > WELCOME_STUDIES) studies.push(`• …and ${trials.length - WELCOME_STUDIES} more`);
  return [
    'Hello — I help you check whether one of your patients may fit a clinical trial in our catalog: I ask only what can still change a verdict, then show the studies the patient may fit, why, and whom to contact. Please do not give me the patient’s name or record number: I never need them.',
    `Studies in the catalog (${trials.length}):`,
    ...studies,
    'Paste a de-identified summary of the patient, or answer below. "help" lists the commands. 中文请输入“中文”。',
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
  '• 中文 — continue in Chinese',
].join('\n');

export function summaryText(w: CatalogWords, answers: Answers, answered: readonly string[]): string {
  if (answered.length === 0) return 'No answers yet.';
  const lines = answered.map((id) => {
    const fact = w.facts.get(id);
    return fact ? `• ${fact.label}: ${value(w, fact, answers[id]) ?? 'not given'}` : `• ${id}`;
  });
  return ['Answers so far:', ...lines].join('\n');
}

export function whyText(w: CatalogWords, label: string, candidate: QuestionCandidate | undefined, trials: readonly CompiledTrial[]): string {
  if (!candidate || candidate.criteria.length === 0) return `${capitalised(label)} was asked again after "back"; no open criterion needs it any more.`;
  const lines = [`I ask about ${label.toLowerCase()} because it can decide ${candidate.trials.length} open ${candidate.trials.length === 1 ? 'study' : 'studies'}:`];
  for (const key of candidate.criteria) {
    const [trialId, criterionId] = key.split('/');
    const trial = trials.find((t) => t.record.id === trialId);
    const criterion = trial?.record.criteria.find((c) => c.id === criterionId);
    if (trial && criterion) {
      const { titles } = w.trial(trial.record.id);
      lines.push(`• ${titles.acronym ?? titles.brief} — ${criterion.kind} ${shownNumber(criterion)}: “${shownSource(criterion)}”`);
    }
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
  return `Removed your ${labels.length === 1 ? 'answer' : 'answers'} for ${list(labels, 'and')}. Let's ask again.`;
}

export const resultsReasonTexts: Record<Exclude<ResultsReason, 'asked'>, string> = {
  'only-unknowns-left': 'No further question can change a verdict: what is still open was not known, or is confirmed at screening. Here are the results.',
  'all-decided': 'Every study in the catalog is decided. Here are the results.',
};
export const pausedText = 'Screening paused. Type "continue" to answer the remaining questions, or "restart" for a new patient.';

/** Said when the clinician names English: the rest of the conversation is in it. */
export const languageChosenText = 'From now on I answer in English. Type "中文" to switch back to Chinese.';

export const personalOnlyText =
  'I screen one patient at a time in a private chat, so that no one else’s answers mix with yours. Please open me as a personal app (or message me directly) to start a screening.';

/** A turn that failed: nothing is lost. */
export const turnErrorText = 'Sorry, something went wrong on my side. Your answers so far are kept; please send your last message again.';
