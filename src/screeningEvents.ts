import type { Day } from './dates/calendar';
import type { TrialResult } from './engine/result';
import { errorFields, type Logger } from './logger';
import type { ScreeningMetrics } from './operations/metrics';
import type { ScreeningLog } from './screeningLog/screeningLog';
import { screeningLogRows } from './screeningLog/screeningLogRows';

/** What the bot reports about screenings as they start and reach their verdicts. */
export interface ScreeningObserver {
  started(channel: string): void;
  screened(channel: string, results: readonly TrialResult[], day: Day): Promise<void>;
}

/**
 * Screenings counted in the metrics, and each finished one's rows in the pre-screening log. A log that cannot be
 * written is logged (the error's class and place) and the clinician's turn goes on: the screening itself is kept.
 */
export function screeningObserver({ metrics, log, logger }: { metrics: ScreeningMetrics; log: ScreeningLog; logger: Logger }): ScreeningObserver {
  return {
    started: (channel) => metrics.screeningStarted(channel),
    async screened(channel, results, day) {
      metrics.screeningFinished(channel, results.map(({ trialId, verdict }) => ({ trialId, verdict })));
      try {
        await log.record(screeningLogRows(results, day, channel));
      } catch (error) {
        logger.error('could not record a finished screening in the pre-screening log', errorFields(error));
      }
    },
  };
}
