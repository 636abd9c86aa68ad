import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDetail } from '../../../domain/detail';
import type { FactDefinition } from '../../../domain/factDefinition';
import type { FactValue } from '../../../domain/factValue';
import { DETAIL_ANSWERS } from '../../../parsing/detailAnswer';
import type { DetailQuestion } from '../en/details';
import { drugOf } from '../lookup';
import { days, duration } from './format';
import { buttonLabels } from './prompts';
import { dailyDose, value } from './values';

const DATE_HINT = '日期或距今多久，例如“2026年3月”“6周前”。';

/** The question for one detail of an answer given, worded for the medicine or fact it is about. */
export function detailQuestion(w: CatalogWords, { fact: id, detail }: FactDetail, fact: FactDefinition, recorded: FactValue | undefined): DetailQuestion {
  const use = 'drug' in detail && recorded?.kind === 'medication' ? recorded.uses.find((u) => u.drug === detail.drug) : undefined;
  const drug = 'drug' in detail ? drugOf(w, detail.drug) : '';
  const dose = use?.dailyDose && fact.type === 'medication' ? dailyDose(use.dailyDose, fact) : undefined;
  switch (detail.kind) {
    case 'started':
      return { question: use?.started ? `${drug}是在${closer(use.started)}开始使用的？` : `${drug}是何时开始使用的？`, hint: DATE_HINT, buttons: [] };
    case 'stopped':
      return { question: use?.stopped ? `${drug}是在${closer(use.stopped)}停用的？` : `${drug}是何时停用的（或最后一次给药）？`, hint: DATE_HINT, buttons: [] };
    case 'dose':
      return { question: `患者${use?.current === false ? '当时' : '目前'}${drug}的日剂量是多少？`, hint: '剂量、单位及频次，例如“10 mg 每日”“500 mg 每日两次”。', buttons: [] };
    case 'doseSince':
      return {
        question: use?.doseSince ? `${drug}的剂量最近一次是在${closer(use.doseSince)}调整的？` : `${drug}自何时起使用${dose ? `当前剂量（${dose}）` : '当前剂量'}？`,
        hint: `${DATE_HINT}要求剂量稳定的标准从最近一次调整算起。`,
        buttons: use?.started ? [{ title: `自开始（${days(use.started)}）起剂量未变`, answer: DETAIL_ANSWERS.sameSinceStart }] : [],
      };
    case 'highestDose':
      return {
        question: `近${duration(detail.within)}内${drug}的最高日剂量是多少？`,
        hint: '带单位的每日剂量，例如“20 mg”。',
        buttons: dose ? [{ title: `当前剂量（${dose}）`, answer: DETAIL_ANSWERS.currentIsHighest }] : [],
      };
    case 'route':
      return {
        question: `${drug}的给药途径是？`,
        hint: '口服、静脉、皮下……',
        buttons: [
          { title: '口服', answer: 'oral' },
          { title: '静脉', answer: 'iv' },
          { title: '皮下', answer: 'sc' },
        ],
      };
    case 'exactDate':
    case 'exactValue': {
      const given = recorded ? value(w, fact, recorded) : undefined;
      const asked = detail.kind === 'exactDate' ? '尽量准确的日期（月份或具体某天）' : '确切数值';
      return { question: `${fact.question}您的回答是“${given ?? id}”：请给出${asked}。`, hint: fact.hint, buttons: [] };
    }
  }
}

/** A date given only roughly, asked more closely: "2025年的哪个月", "2026年8月的哪一天". */
function closer(interval: { earliest: number; latest: number }): string {
  return `${days(interval)}的${interval.latest - interval.earliest > 31 ? '哪个月' : '哪一天'}`;
}

export const detailNotKnown = { title: buttonLabels.unknown, answer: 'unknown' };

export const detailsHeading = '已给回答中的几项细节将决定以下研究';
