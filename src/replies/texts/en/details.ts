import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDetail } from '../../../domain/detail';
import type { FactDefinition } from '../../../domain/factDefinition';
import type { FactValue } from '../../../domain/factValue';
import { DETAIL_ANSWERS } from '../../../parsing/detailAnswer';
import { drugOf } from '../lookup';
import { days, duration } from './format';
import { buttonLabels } from './prompts';
import { dailyDose, value } from './values';

export interface DetailQuestion {
  question: string;
  hint: string;
  /** `answer` is the text the detail's reader receives when the button is pressed. */
  buttons: readonly { title: string; answer: string }[];
}

const DATE_HINT = 'A date or a time ago, e.g. “March 2026”, “6 weeks ago”.';

/** The question for one detail of an answer given, worded for the medicine or fact it is about. */
export function detailQuestion(w: CatalogWords, { fact: id, detail }: FactDetail, fact: FactDefinition, recorded: FactValue | undefined): DetailQuestion {
  const use = 'drug' in detail && recorded?.kind === 'medication' ? recorded.uses.find((u) => u.drug === detail.drug) : undefined;
  const drug = 'drug' in detail ? drugOf(w, detail.drug) : '';
  const dose = use?.dailyDose && fact.type === 'medication' ? dailyDose(use.dailyDose, fact) : undefined;
  switch (detail.kind) {
    case 'started':
      return { question: use?.started ? `${closer(use.started)} was ${drug} started?` : `When was ${drug} started?`, hint: DATE_HINT, buttons: [] };
    case 'stopped':
      return { question: use?.stopped ? `${closer(use.stopped)} was ${drug} stopped?` : `When was ${drug} stopped (or its last dose given)?`, hint: DATE_HINT, buttons: [] };
    case 'dose':
      return { question: `What daily dose of ${drug} ${use?.current === false ? 'did the patient take' : 'does the patient take'}?`, hint: 'The dose with its unit and how often, e.g. “10 mg daily”, “500 mg twice daily”.', buttons: [] };
    case 'doseSince':
      return {
        question: use?.doseSince
          ? `${closer(use.doseSince)} did the dose of ${drug} last change?`
          : `Since when has ${drug} been taken at ${dose ? `its current dose (${dose})` : 'its current dose'}?`,
        hint: `${DATE_HINT} Criteria on a stable dose count from the last change.`,
        buttons: use?.started ? [{ title: `Same dose since it was started (${days(use.started)})`, answer: DETAIL_ANSWERS.sameSinceStart }] : [],
      };
    case 'highestDose':
      return {
        question: `What was the highest daily dose of ${drug} in the last ${duration(detail.within)}?`,
        hint: 'The dose per day with its unit, e.g. “20 mg”.',
        buttons: dose ? [{ title: `The current dose (${dose})`, answer: DETAIL_ANSWERS.currentIsHighest }] : [],
      };
    case 'route':
      return {
        question: `How is ${drug} given?`,
        hint: 'Orally, intravenously, subcutaneously…',
        buttons: [
          { title: 'Orally', answer: 'oral' },
          { title: 'Intravenously', answer: 'iv' },
          { title: 'Subcutaneously', answer: 'sc' },
        ],
      };
    case 'exactDate':
    case 'exactValue': {
      const given = recorded ? value(w, fact, recorded) : undefined;
      const asked = detail.kind === 'exactDate' ? 'the date as exactly as it is known (month, or day)' : 'the exact value';
      return { question: `${fact.question} You said “${given ?? id}”: please give ${asked}.`, hint: fact.hint, buttons: [] };
    }
  }
}

/** A date given only roughly, asked more closely: "In which month of 2025", "On which day of August 2026". */
function closer(interval: { earliest: number; latest: number }): string {
  return `${interval.latest - interval.earliest > 31 ? 'In which month of' : 'On which day of'} ${days(interval)}`;
}

/** The button every detail question has besides its own. */
export const detailNotKnown = { title: buttonLabels.unknown, answer: 'unknown' };

export const detailsHeading = 'A few details of the answers given decide these studies';
