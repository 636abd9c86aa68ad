import { MessageFactory, type Activity } from 'botbuilder';
import type { FactDefinition } from '../../src/domain/factDefinition';
import { choicesOf, type Vocabulary } from '../../src/engine/compileContext';
import { adaptiveCard, cardAttachment, submit, text, type CardAction, type CardElement } from './adaptiveCard';
import { questionText, UNKNOWN_BUTTON } from '../texts/promptTexts';

/** Closed questions with few options get one button each; longer lists a choice set. */
const MAX_BUTTONS = 5;

/**
 * A question as a message: the full question in text (screen readers, card-less channels) and a card
 * with a button for every closed answer. Every button carries the question's sequence number, so a
 * click on an old card is recognised as stale instead of answering the current question.
 */
export function questionActivity(
  fact: FactDefinition,
  vocabulary: Vocabulary,
  askSeq: number,
  trialCount: number,
  problem?: string,
): Partial<Activity> {
  const data = (answer: string) => ({ askSeq, fact: fact.id, answer });
  const unknown = submit(UNKNOWN_BUTTON, data('unknown'));
  const body: CardElement[] = [text(fact.question, { weight: 'Bolder' })];
  let actions: CardAction[] = [];
  switch (fact.type) {
    case 'boolean':
      actions = [submit('Yes', data('yes')), submit('No', data('no')), unknown];
      break;
    case 'choice': {
      const choices = choicesOf(vocabulary, fact);
      if (choices.length <= MAX_BUTTONS) {
        actions = [...choices.map((c) => submit(c.label, data(c.code))), unknown];
      } else {
        body.push({ type: 'Input.ChoiceSet', id: 'answer', style: 'expanded', label: fact.label, choices: choices.map((c) => ({ title: c.label, value: c.code })) });
        actions = [submit('Submit', { askSeq, fact: fact.id }), unknown];
      }
      break;
    }
    case 'set':
      body.push({ type: 'Input.ChoiceSet', id: 'answer', isMultiSelect: true, style: 'expanded', label: fact.label, choices: fact.choices.map((c) => ({ title: c.label, value: c.code })) });
      actions = [submit('Submit', { askSeq, fact: fact.id }), submit(fact.noneLabel.replace(/^./, (c) => c.toUpperCase()), data('none')), unknown];
      break;
    case 'date':
      body.push({ type: 'Input.Text', id: 'answer', label: 'Date or time ago', placeholder: fact.hint });
      actions = [submit('Submit', { askSeq, fact: fact.id }), ...(fact.noneLabel ? [submit(capitalise(fact.noneLabel), data('never'))] : []), unknown];
      break;
    case 'number':
    case 'medication':
      body.push({ type: 'Input.Text', id: 'answer', label: fact.type === 'number' ? `${fact.label} (${fact.unitLabel})` : fact.label, placeholder: fact.hint, isMultiline: fact.type === 'medication' });
      actions = [submit('Submit', { askSeq, fact: fact.id }), ...(fact.type === 'medication' ? [submit('None', data('none'))] : []), unknown];
      break;
  }
  if (problem) body.unshift(text(problem, { color: 'Attention' }));
  body.push(text(fact.hint, { isSubtle: true, size: 'Small' }));
  const message = MessageFactory.attachment(cardAttachment(adaptiveCard(body, actions)), questionText(fact, trialCount, problem));
  return message;
}

const capitalise = (value: string) => value.replace(/^./, (c) => c.toUpperCase());
