import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/engine/seededRandom';
import type { Answers } from '../../src/domain/factValue';
import { ScreeningEvaluators, screeningsKept } from '../../src/engine/screeningEvaluators';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';
import { fromScratch, pick, shown, valuePool } from '../support/engineResults';
import { manualClock } from '../support/webChatServer';

const HOUR = 3_600_000;
const criteriaOf = (catalog: ReturnType<typeof realCatalog>) => catalog.trials.reduce((n, t) => n + t.criteria.length, 0);

describe('an evaluator per screening', () => {
  const real = realCatalog();

  it('answers correctly for screenings taking turns, more of them than it keeps', () => {
    const evaluators = new ScreeningEvaluators(real.trials, real, 12 * HOUR);
    const random = seededRandom(5);
    const pool = valuePool(real);
    const facts = [...pool.keys()];
    const screenings = Array.from({ length: screeningsKept(criteriaOf(real)) + 3 }, (_, i) => ({ key: `conversation-${i}`, answers: {} as Answers }));
    for (let turn = 0; turn < 4 * screenings.length; turn++) {
      const { key, answers } = pick(screenings, random);
      const fact = pick(facts, random);
      answers[fact] = pick(pool.get(fact)!, random);
      expect(shown(evaluators.evaluate(key, answers, EVALUATION_DAY))).toEqual(shown(fromScratch(real, answers, EVALUATION_DAY)));
    }
    expect(evaluators.size).toBe(screeningsKept(criteriaOf(real)));
  });

  it('drops a screening left unused for the idle time, and one forgotten on request', () => {
    const clock = manualClock();
    const evaluators = new ScreeningEvaluators(real.trials, real, 12 * HOUR, clock.now);
    const answers: Answers = { age: { kind: 'number', value: { low: 40, high: 40 }, entered: '40' } };
    evaluators.evaluate('idle', answers, EVALUATION_DAY);
    clock.advance(6 * HOUR);
    evaluators.evaluate('busy', answers, EVALUATION_DAY);
    evaluators.evaluate('restarted', answers, EVALUATION_DAY);
    evaluators.forget('restarted');
    expect(evaluators.size).toBe(2);
    clock.advance(6 * HOUR);
    evaluators.evaluate('busy', answers, EVALUATION_DAY);
    expect(evaluators.size).toBe(1);
  });

  it('keeps fewer screenings for a larger catalog, within bounds', () => {
    expect(screeningsKept(73)).toBe(64);
    expect(screeningsKept(146_000)).toBe(10);
    expect(screeningsKept(10_000_000)).toBe(4);
  });
});
