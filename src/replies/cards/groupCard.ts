import type { FactDefinition } from '../../domain/factDefinition';
import { choicesOf } from '../../engine/compileContext';
import { answerField } from '../../screening/cardFields';
import type { CardKind, CardTopic } from '../../screening/questionGroups';
import type { Voice } from '../voice';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

/**
 * Several questions on one card under a heading that names them: a field per fact (a value with its unit, a
 * yes/no/not known choice, the medicines of a class), one Submit for all, and for a checklist or medicines one
 * "None of these" (a list's own "none" is just "None"). Buttons carry the question's number and first fact, as a
 * single question's do, so an old card is recognised as stale.
 */
export function groupCard(seq: number, kind: CardKind, topics: readonly CardTopic[], facts: readonly FactDefinition[], trialCount: number, voice: Voice): AdaptiveCard {
  const { buttonLabels, groupGuide, groupHeading } = voice.t.prompts;
  const first = facts[0]!.id;
  const body: CardElement[] = [text(groupHeading(topics, trialCount), { weight: 'Bolder' }), ...facts.map((fact) => factField(fact, voice)), text(groupGuide(topics), { isSubtle: true, size: 'Small' })];
  const actions: CardAction[] = [
    submit(buttonLabels.submit, { askSeq: seq, fact: first }),
    ...(kind === 'history' || kind === 'medicines' ? [submit(buttonLabels.noneOfThese, { askSeq: seq, fact: first, answer: 'none' })] : []),
    submit(buttonLabels.unknown, { askSeq: seq, fact: first, answer: 'unknown' }),
  ];
  return adaptiveCard(body, actions);
}

/** A fact's field on a card of several (the confirmation card of a summary asks its questions alike). */
export function factField(fact: FactDefinition, { t, w }: Voice): CardElement {
  const { buttonLabels } = t.prompts;
  const id = answerField(fact.id);
  const unknown = { title: buttonLabels.unknown, value: 'unknown' };
  switch (fact.type) {
    case 'number':
      return { type: 'Input.Text', id, label: `${fact.label} (${fact.unitLabel})`, placeholder: fact.hint };
    case 'medication':
    case 'date':
      return { type: 'Input.Text', id, label: fact.question, placeholder: fact.hint, isMultiline: fact.type === 'medication' };
    case 'boolean':
      return { type: 'Input.ChoiceSet', id, label: fact.question, style: 'compact', placeholder: buttonLabels.choose, choices: [{ title: buttonLabels.yes, value: 'yes' }, { title: buttonLabels.no, value: 'no' }, unknown] };
    case 'choice':
      return { type: 'Input.ChoiceSet', id, label: fact.question, style: 'compact', placeholder: buttonLabels.choose, choices: [...choicesOf(w, fact).map((c) => ({ title: c.label, value: c.code })), unknown] };
    case 'set': {
      const choices = choicesOf(w, fact);
      // A long list is typed ("RA and Sjögren's", "none"), so the card stays short: Web Chat draws a multi-select
      // drop-down as all its check boxes.
      if (choices.length > SHOWN_CHOICES) return { type: 'Input.Text', id, label: fact.question, placeholder: fact.hint };
      // More than a few as a drop-down of check boxes where the client has one (Teams), so the card stays short.
      const style = choices.length > EXPANDED_CHOICES ? 'compact' : 'expanded';
      return { type: 'Input.ChoiceSet', id, label: fact.question, style, isMultiSelect: true, placeholder: buttonLabels.choose, choices: [...choices.map((c) => ({ title: c.label, value: c.code })), { title: buttonLabels.none, value: 'none' }] };
    }
  }
}

/** Options of a multi-select offered on the card; a longer list is typed. */
const SHOWN_CHOICES = 6;

/** Options of a multi-select shown as check boxes; more make a drop-down where the client draws one. */
const EXPANDED_CHOICES = 3;
