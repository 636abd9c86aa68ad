import type { FactDefinition } from '../../../domain/factDefinition';
import type { CardTopic } from '../../../screening/questionGroups';
import { capitalised, list } from './format';

/** Labels of a question card's buttons and fields. */
export const buttonLabels = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
  none: 'None',
  submit: 'Submit',
  dateField: 'Date or time ago',
  typedFollowUp: 'Or type the answer',
  noneOfThese: 'None of these',
  choose: 'Choose',
};

function bearsOn(trialCount: number): string {
  return trialCount > 0 ? ` (matters for ${trialCount} open ${trialCount === 1 ? 'study' : 'studies'})` : '';
}

/** The question as the card's heading, with how many open studies it bears on. */
export function questionLine(fact: FactDefinition, trialCount: number): string {
  return `${fact.question}${bearsOn(trialCount)}`;
}

/** A group card's heading when its questions are of one topic; a card of several names them all (topicWords). */
const groupHeadings: Record<CardTopic, string> = {
  intake: 'About the patient',
  values: 'Latest values',
  checklist: 'Does the patient have any of these?',
  dates: 'When did these last happen?',
  history: 'Medical history',
  medicines: 'Medicines',
};

const topicWords: Record<CardTopic, string> = {
  intake: 'the patient',
  values: 'latest values',
  checklist: 'medical history',
  dates: 'dates',
  history: 'medical history',
  medicines: 'medicines',
};

/** A group card's heading names what it asks: "Latest values", "Medicines and latest values". */
export function groupHeading(topics: readonly CardTopic[], trialCount: number): string {
  const heading = topics.length === 1 ? groupHeadings[topics[0]!] : capitalised(list([...new Set(topics.map((t) => topicWords[t]))], 'and'));
  return `${heading}${bearsOn(trialCount)}`;
}

export const followUpsHeading = 'One more detail for each of these answers';

/** Below a group card's fields, what helps with its topics: a blank field is not known, and how else to answer. */
const topicGuides: Record<CardTopic, string | undefined> = {
  intake: 'Or paste a de-identified summary of the patient instead.',
  values: 'You can also type them, e.g. “plt 185, Hb 9.6 g/dL”.',
  checklist: 'You can also type “all no except” and the ones that apply.',
  dates: undefined,
  history: undefined,
  medicines: undefined,
};

export function groupGuide(topics: readonly CardTopic[]): string {
  const blank = topics.includes('intake') ? [] : ['A field left blank is recorded as not known.'];
  return [...blank, ...topics.flatMap((t) => topicGuides[t] ?? [])].join(' ');
}

/** A group in plain text, for notifications and clients that show no cards. */
export function groupPlainText(topics: readonly CardTopic[], facts: readonly FactDefinition[], trialCount: number): string {
  return [groupHeading(topics, trialCount), ...facts.map((f) => `• ${f.question} (${f.hint})`), groupGuide(topics)].join('\n');
}

/** A card submitted with every field blank: not taken as "not known" for them all. */
export const nothingFilledText = 'Nothing was filled in — answer, or press “Not known”.';

/** Why one of a group's answers was not taken, on its line. */
export function groupProblemText(label: string, message: string): string {
  return `${label}: ${message}`;
}

/** The whole question in plain text, for notifications and clients that show no cards. */
export function questionPlainText(fact: FactDefinition, trialCount: number): string {
  return `${questionLine(fact, trialCount)}\n${fact.hint}`;
}

export function staleButtonText(staleLabel: string | undefined): string {
  const which = staleLabel ? `an earlier question (${staleLabel})` : 'an earlier question';
  return `That button belongs to ${which}, so I did not apply it.`;
}

/** Echoes how an answer was understood; an unknown answer names the fact. */
export function notedText(understood: string): string {
  return `Noted: ${understood}`;
}

export function notedUnknownText(label: string): string {
  return notedText(`${label} unknown`);
}

export function tooManyTriesText(label: string): string {
  return `I could not read that answer, so I have recorded ${label} as unknown and moved on. You can type "back" to try again.`;
}

/** A detail asked and not given: the answer stays as it was, and the results say the detail was not given. */
export function notGivenText(detail: string): string {
  return `Noted: ${detail} not given`;
}

/** What an answer was read as so far, while one more detail is asked before it is recorded. */
export function pendingText(summary: string): string {
  return `So far I read ${summary}`;
}

export const duplicateText = 'That message reached me twice; I applied it once.';

/** A fact's own word for "none" as a button ("Never", "None of these"). */
export const noneButton = (noneLabel: string): string => capitalised(noneLabel);
