import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition } from '../../../domain/factDefinition';
import type { KnownFactValue } from '../../../domain/factValue';
import { RECORDED } from '../../../domain/reading';
import type { FollowUp } from '../../../parsing/followUp';
import type { FollowUpQuestion } from '../en/followUps';
import { optionLabels } from '../lookup';
import { duration, list } from './format';
import { reading } from './readings';

/** The card for a follow-up: its question, the hint beside it, and its buttons. */
export function followUpQuestion(w: CatalogWords, followUp: FollowUp, pending: KnownFactValue, fact: FactDefinition): FollowUpQuestion {
  const unknown = { title: '不详', answer: 'unknown' };
  switch (followUp.kind) {
    case 'confirm':
      return {
        question: `记录 ${reading(w, fact, pending, RECORDED)}？`,
        hint: '回答以“?”结尾：请确认，给出您确定的数值，或回答“不详”。',
        buttons: [{ title: '是，记录', answer: 'yes' }, unknown],
      };
    case 'none-at-all': {
      const none =
        fact.type === 'medication'
          ? `近${duration(fact.lookback)}内完全没有用过${fact.label}？`
          : fact.type === 'set'
            ? `以下都没有：${list(optionLabels(w, fact), 'and')}？`
            : `${fact.label}：无？`;
      return { question: none, hint: '或写出适用的项。', buttons: [{ title: '是，都没有', answer: 'yes' }, unknown] };
    }
  }
}
