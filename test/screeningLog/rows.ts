import { formatDay, type Day } from '../../src/dates/calendar';
import type { ScreeningLogRow } from '../../src/screeningLog/screeningLogRow';

/** The rows one finished screening adds: one per study of the seed catalog. */
export function screeningRows(day: Day, channel = 'msteams'): ScreeningLogRow[] {
  const date = formatDay(day);
  return [
    { date, studyId: 'nct03688191-ctd-tp', verdict: 'eligible', decidingCriterion: '', unknownFacts: 0, channel },
    { date, studyId: 'igg4rd-sirolimus', verdict: 'ineligible', decidingCriterion: 'I1', unknownFacts: 0, channel },
    { date, studyId: 'nct04582136-sirius', verdict: 'needs-info', decidingCriterion: 'E12', unknownFacts: 2, channel },
  ];
}
