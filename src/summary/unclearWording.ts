import type { FactDefinition } from '../domain/factDefinition';
import { describeDuration } from '../dates/calendar';
import { quote } from '../parsing/outcome';
import type { UnclearReason } from './findings';

/** What the clinician is told about a fact read but not recorded; the conversation then asks it. */
export function unclearMessage(fact: FactDefinition, source: string, reason: UnclearReason): string {
  const said = quote(source);
  switch (reason.code) {
    case 'doubt':
      return `${fact.label}: ${said} is not certain, so it is asked.`;
    case 'partial':
      return `${fact.label}: ${said} covers only part of the question, so it is asked.`;
    case 'no-date':
      return `${fact.label}: ${said} gives no date, so it is asked.`;
    case 'which':
      return `${fact.label}: ${said} does not say which, so it is asked.`;
    case 'now-only':
      return `${fact.label}: ${said} says what is taken now${fact.type === 'medication' ? `; the question covers the last ${describeDuration(fact.lookback)}` : ''}, so it is asked.`;
    case 'status':
      return `${fact.label}: ${said} does not say plainly whether ${reason.drug} is taken now, and since or until when, so it is asked.`;
    case 'unread-date':
      return `${fact.label}: the date in ${said} was not understood for ${reason.drug}, so it is asked.`;
    case 'test-result':
      return `${fact.label}: ${said} is a test result that does not settle it, so it is asked.`;
    case 'conflict':
      return `${fact.label}: the summary says different things (${said}), so it is asked.`;
    case 'follow-up':
      return `${reason.summary} One more detail is asked before it is recorded.`;
    case 'parse':
      return `${fact.label}: ${said} — ${reason.message}`;
  }
}
