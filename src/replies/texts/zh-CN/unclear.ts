import type { CatalogWords } from '../../../catalog/catalogWords';
import { byCode } from '../byCode';
import type { UnclearTexts } from '../en/unclear';
import { drugOf, factOf } from '../lookup';
import { duration, quote } from './format';
import { problemTexts } from './problems';
import { reading } from './readings';

const about = (w: CatalogWords, { fact }: { fact: string }) => factOf(w, fact).label;

export const unclearTexts: UnclearTexts = {
  doubt: (w, u) => `${about(w, u)}：${quote(u.source)}不确定，因此会再问。`,
  partial: (w, u) => `${about(w, u)}：${quote(u.source)}只涉及问题的一部分，因此会再问。`,
  'no-date': (w, u) => `${about(w, u)}：${quote(u.source)}没有给出日期，因此会再问。`,
  which: (w, u) => `${about(w, u)}：${quote(u.source)}没有说明是哪一种，因此会再问。`,
  'now-only': (w, u) => {
    const fact = factOf(w, u.fact);
    return `${fact.label}：${quote(u.source)}说的是目前的用药${fact.type === 'medication' ? `，而问题涵盖近${duration(fact.lookback)}` : ''}，因此会再问。`;
  },
  status: (w, u) => `${about(w, u)}：${quote(u.source)}没有明确说明${drugOf(w, u.reason.drug)}目前是否在用、自何时起或至何时止，因此会再问。`,
  'unread-date': (w, u) => `${about(w, u)}：未能理解${quote(u.source)}中${drugOf(w, u.reason.drug)}的日期，因此会再问。`,
  'test-result': (w, u) => `${about(w, u)}：${quote(u.source)}是一项不能据以判断的检查结果，因此会再问。`,
  conflict: (w, u) => `${about(w, u)}：病历摘要中的说法不一致（${quote(u.source)}），因此会再问。`,
  'follow-up': (w, u) => `${reading(w, factOf(w, u.fact), u.reason.value, u.reason.reading)} 记录前还需再确认一项细节。`,
  parse: (w, u) => `${about(w, u)}：${quote(u.source)}——${byCode(problemTexts, w, u.reason.problem)}`,
};
