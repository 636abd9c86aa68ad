import type { CommandRequest, Command } from './commands';
import { discardReading } from './confirming';
import { chooseLanguage } from './language';
import { newScreening, sameItem, undoLastCard } from './state';
import type { Turn } from './turn';
import type { QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import type { AskedItem } from './state';

/** What a command does, whatever the phase; commands are what a clinician can say at any point. */
export const commandHandlers: Record<Command, (turn: Turn, request: CommandRequest) => void> = {
  help(turn) {
    turn.say({ kind: 'help' });
    turn.askAgain();
  },
  summary(turn) {
    turn.say({ kind: 'summary', answers: turn.state.answers, answered: turn.state.answered });
    turn.askAgain();
  },
  why(turn) {
    const { asking, phase } = turn.state;
    if (!asking || phase !== 'screening') return turn.say({ kind: 'no-open-question' });
    const results = turn.results();
    const candidates = turn.candidates(results);
    for (const item of asking.items) {
      // A reading waiting for a word is answered, so no longer ranked: the studies reading its fact are.
      const waiting = asking.followUps?.some((w) => w.fact === item.fact);
      turn.say({ kind: 'why', item, candidate: waiting ? readersOf(turn, item.fact, results) : candidates.find((c) => sameItem(c, item)) });
    }
  },
  referral(turn, { trialId }) {
    const result = turn.results().find((r) => r.trialId === trialId);
    const { answers, answered, declined } = turn.state;
    turn.say({ kind: 'referral', result, answers, answered, declined, day: turn.session.plan.clock() });
  },
  results(turn) {
    const results = turn.results();
    const remaining = turn.candidates(results).length;
    turn.showResults(results, 'asked');
    if (remaining > 0) turn.say({ kind: 'paused' });
  },
  more(turn) {
    turn.nextPage(turn.results());
  },
  continue(turn) {
    const { state } = turn;
    // Moving on from a summary's confirmation card drops what it read, and says so.
    if (state.reading) return discardReading(turn);
    if (state.phase === 'screening' && state.asking) return turn.askAgain();
    state.phase = 'screening';
    turn.askNext();
  },
  back(turn) {
    const { state } = turn;
    const undone = undoLastCard(state);
    if (!undone) {
      turn.say({ kind: 'nothing-to-undo' });
      return turn.askAgain();
    }
    state.phase = 'screening';
    state.asking = undefined;
    // Readings still waiting (for a word, or for confirmation) are dropped: their facts are asked afresh.
    state.waiting = [];
    state.reading = undefined;
    state.askFirst = undone;
    turn.say({ kind: 'undone', items: undone });
    turn.askNext();
  },
  reopen(turn, { item }) {
    const { state } = turn;
    if (!item || !turn.catalog.facts.has(item.fact)) return turn.say({ kind: 'stale-button', staleFact: item?.fact, open: false });
    state.declined = state.declined.filter((d) => !sameItem(d, item));
    state.askFirst = [item as AskedItem];
    state.phase = 'screening';
    state.asking = undefined;
    state.reading = undefined;
    turn.askNext();
  },
  language(turn, { locale }) {
    if (locale) chooseLanguage(turn.state, locale);
    turn.say({ kind: 'language-chosen' });
    turn.askAgain();
  },
  restart(turn) {
    const { state } = turn;
    turn.session = turn.session.plan.newSession();
    // Delivery keys stay: an activity of the old screening delivered again must not be applied to the new one; and
    // the language the clinician speaks stays.
    turn.state = { ...newScreening(true, state.locale, state.localeChosen), deliveries: state.deliveries };
    turn.say({ kind: 'started' });
    turn.say({ kind: 'restarted' });
    turn.askNext();
  },
};

/** The undecided studies that read a fact, and their criteria that do, as the ranking would list them. */
function readersOf(turn: Turn, fact: string, results: readonly TrialResult[]): QuestionCandidate {
  const readers = turn.catalog.trials.filter((trial, i) => results[i]!.verdict === 'needs-info' && trial.facts.has(fact));
  return {
    fact,
    trials: readers.map((trial) => trial.record.id),
    criteria: readers.flatMap((trial) => trial.criteria.filter((c) => c.node?.facts.includes(fact)).map((c) => `${trial.record.id}/${c.criterion.id}`)),
  };
}
