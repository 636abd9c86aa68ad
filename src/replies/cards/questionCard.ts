import type { FactDefinition } from '../../domain/factDefinition';
import { choicesOf } from '../../engine/compileContext';
import type { Question } from '../../screening/replies';
import type { Voice } from '../voice';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

/** Closed questions with few options get one button each; longer lists a choice set. */
const MAX_BUTTONS = 5;

/**
 * A question as a card: the question, a button for every closed answer or a field for an open one, and the
 * hint. Every button carries the question's number and fact, so a click on an old card is recognised as stale
 * instead of answering the current question.
 */
export function questionCard(question: Question, fact: FactDefinition, { t, w }: Voice): AdaptiveCard {
  const { buttonLabels, questionLine, noneButton } = t.prompts;
  const { seq: askSeq } = question;
  const data = (answer: string) => ({ askSeq, fact: fact.id, answer });
  const form = submit(buttonLabels.submit, { askSeq, fact: fact.id });
  const unknown = submit(buttonLabels.unknown, data('unknown'));
  const body: CardElement[] = [text(questionLine(fact, question.trialCount), { weight: 'Bolder' })];
  let actions: CardAction[] = [];
  switch (fact.type) {
    case 'boolean':
      actions = [submit(buttonLabels.yes, data('yes')), submit(buttonLabels.no, data('no')), unknown];
      break;
    case 'choice': {
      const choices = choicesOf(w, fact);
      if (choices.length <= MAX_BUTTONS) {
        actions = [...choices.map((c) => submit(c.label, data(c.code))), unknown];
      } else {
        body.push({ type: 'Input.ChoiceSet', id: 'answer', style: 'expanded', label: fact.label, choices: choices.map((c) => ({ title: c.label, value: c.code })) });
        actions = [form, unknown];
      }
      break;
    }
    case 'set':
      body.push({ type: 'Input.ChoiceSet', id: 'answer', isMultiSelect: true, style: 'expanded', label: fact.label, choices: choicesOf(w, fact).map((c) => ({ title: c.label, value: c.code })) });
      actions = [form, submit(noneButton(fact.noneLabel), data('none')), unknown];
      break;
    case 'date':
      body.push({ type: 'Input.Text', id: 'answer', label: buttonLabels.dateField });
      actions = [form, ...(fact.noneLabel ? [submit(noneButton(fact.noneLabel), data('never'))] : []), unknown];
      break;
    case 'number':
    case 'medication':
      body.push({ type: 'Input.Text', id: 'answer', label: fact.type === 'number' ? `${fact.label} (${fact.unitLabel})` : fact.label, isMultiline: fact.type === 'medication' });
      actions = [form, ...(fact.type === 'medication' ? [submit(buttonLabels.none, data('none'))] : []), unknown];
      break;
  }
  // The hint once, below the field (a placeholder repeating it showed it twice, and vanishes as one types); none
  // where buttons say the answers already ("Yes, no, or unknown" above Yes, No and Not known).
  const buttonsOnly = !body.some((element) => element.type.startsWith('Input.'));
  if (!buttonsOnly) body.push(text(fact.hint, { isSubtle: true, size: 'Small' }));
  return adaptiveCard(body, actions);
}
