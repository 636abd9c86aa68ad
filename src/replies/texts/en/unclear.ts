import type { CatalogWords } from '../../../catalog/catalogWords';
import type { UnclearReason } from '../../../domain/unclearReason';
import { byCode } from '../byCode';
import { drugOf, factOf } from '../lookup';
import { duration, quote } from './format';
import { problemTexts } from './problems';
import { reading } from './readings';

/** A message for each reason a summary's fact is asked, given the fact, the words it came from and the reason. */
export type UnclearTexts = { [C in UnclearReason['code']]: (w: CatalogWords, unclear: { code: C; fact: string; source: string; reason: Extract<UnclearReason, { code: C }> }) => string };

const about = (w: CatalogWords, { fact }: { fact: string }) => factOf(w, fact).label;

export const unclearTexts: UnclearTexts = {
  doubt: (w, u) => `${about(w, u)}: ${quote(u.source)} is not certain, so it is asked.`,
  partial: (w, u) => `${about(w, u)}: ${quote(u.source)} covers only part of the question, so it is asked.`,
  'no-date': (w, u) => `${about(w, u)}: ${quote(u.source)} gives no date, so it is asked.`,
  which: (w, u) => `${about(w, u)}: ${quote(u.source)} does not say which, so it is asked.`,
  'now-only': (w, u) => {
    const fact = factOf(w, u.fact);
    return `${fact.label}: ${quote(u.source)} says what is taken now${fact.type === 'medication' ? `; the question covers the last ${duration(fact.lookback)}` : ''}, so it is asked.`;
  },
  status: (w, u) => `${about(w, u)}: ${quote(u.source)} does not say plainly whether ${drugOf(w, u.reason.drug)} is taken now, and since or until when, so it is asked.`,
  'unread-date': (w, u) => `${about(w, u)}: the date in ${quote(u.source)} was not understood for ${drugOf(w, u.reason.drug)}, so it is asked.`,
  'test-result': (w, u) => `${about(w, u)}: ${quote(u.source)} is a test result that does not settle it, so it is asked.`,
  conflict: (w, u) => `${about(w, u)}: the summary says different things (${quote(u.source)}), so it is asked.`,
  'follow-up': (w, u) => `${reading(w, factOf(w, u.fact), u.reason.value, u.reason.reading)} One more detail is asked before it is recorded.`,
  parse: (w, u) => `${about(w, u)}: ${quote(u.source)} — ${byCode(problemTexts, w, u.reason.problem)}`,
};
