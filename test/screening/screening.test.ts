import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELIVERIES_KEPT, readScreening, SCREENING_STATE_VERSION } from '../../src/screening/state';
import { questionIn, ScreeningDriver } from '../support/screeningDriver';
import { screeningCases } from './screeningCases';

describe('the screening as pure transitions (no adapter)', () => {
  it.each(screeningCases)('$name', ({ steps }) => {
    const driver = new ScreeningDriver();
    for (const [says, expected] of steps) {
      const messages = driver.plain(driver.say(says));
      expect(messages, `after "${says}": ${messages.join(' | ')}`).toHaveLength(expected.length);
      expected.forEach((pattern, i) => expect(messages[i], `message ${i + 1} after "${says}"`).toMatch(pattern));
    }
  });

  it('imports nothing from botbuilder: a port to another SDK touches the channel glue only', () => {
    const dir = path.resolve(__dirname, '../../src/screening');
    const sources = readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8'));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(source).not.toMatch(/from ['"]botbuilder/);
  });
});

describe('stored state', () => {
  const opening = () => {
    const driver = new ScreeningDriver();
    driver.say('hi');
    driver.say('SLE');
    return driver;
  };

  it('round-trips through JSON and is validated when read', () => {
    const driver = opening();
    expect(readScreening(JSON.parse(JSON.stringify(driver.state)))).toEqual({ state: driver.state });
    expect(driver.state.version).toBe(SCREENING_STATE_VERSION);
    expect(driver.state.answered).toEqual(['primary_diagnosis']);
  });

  it.each([
    ['another version', { ...opening().state, version: SCREENING_STATE_VERSION + 1 }, 'version'],
    ['version 3 (sentences kept in the state)', { ...opening().state, version: 3 }, 'version'],
    ['no version (an older shape)', { answers: {}, answered: [], askSeq: 5, finished: false, cardsShown: 0 }, 'version'],
    ['an answer that is no fact value', { ...opening().state, answers: { age: { kind: 'number', value: 'forty' } } }, 'invalid'],
    ['a question number that is not a number', { ...opening().state, seq: 'x' }, 'invalid'],
    ['null', null, 'version'],
    ['a string', 'garbage', 'version'],
  ])('a stored state of %s starts a new screening, saying so, and never fails', (_name, stored, reason) => {
    const read = readScreening(stored);
    expect(read.reset).toBe(reason);
    expect(read.state.answers).toEqual({});
    const driver = new ScreeningDriver();
    driver.stored = read;
    const messages = driver.plain(driver.say('45'));
    expect(messages[0]).toMatch(reason === 'version' ? /saved by an earlier version/ : /could not be read back/);
    expect(messages[0]).toMatch(/What is the patient's main diagnosis\?/);
    // The message that met the old state is not applied to the new screening.
    expect(driver.state.answered).toEqual([]);
    expect(driver.state.welcomed).toBe(true);
  });
});

describe('deliveries', () => {
  it('applies an activity delivered twice once, and says so the second time', () => {
    const driver = new ScreeningDriver();
    driver.say('hi', 'activity:1');
    driver.say('SLE', 'activity:2');
    const asked = questionIn(driver.say('none', 'activity:2'));
    expect(driver.plain(driver.say('none', 'activity:2'))[0]).toMatch(/reached me twice/);
    expect(driver.state.answered).toEqual(['primary_diagnosis']);
    // The question still open is the one the first delivery led to.
    expect(driver.state.asking?.items[0]?.fact).toBe('age');
    expect(asked?.facts[0]).toBe('age');
  });

  it('still recognises a delivery after a restart, so an old answer never lands in the new screening', () => {
    const driver = new ScreeningDriver();
    driver.say('hi', 'activity:1');
    driver.say('SLE', 'activity:2');
    driver.say('restart', 'activity:3');
    driver.say('SLE', 'activity:2');
    expect(driver.state.answered).toEqual([]);
  });

  it('keeps a bounded number of delivery keys', () => {
    const driver = new ScreeningDriver();
    for (let i = 0; i < 100; i++) driver.say('help', `activity:${i}`);
    expect(driver.state.deliveries.length).toBe(DELIVERIES_KEPT);
    expect(driver.state.deliveries.at(-1)).toBe('activity:99');
  });
});

describe('buttons', () => {
  it('a button of the current question answers it; one of another question or of a forgotten screening does not', () => {
    const driver = new ScreeningDriver();
    const first = questionIn(driver.say('hi'))!;
    const second = questionIn(driver.submit({ askSeq: first.seq, fact: first.facts[0], answer: 'sle' }))!;
    expect(driver.state.answered).toEqual(['primary_diagnosis']);
    expect(driver.plain(driver.submit({ askSeq: first.seq, fact: first.facts[0], answer: 'igg4rd' }))[0]).toMatch(/belongs to an earlier question \(Main diagnosis\)[\s\S]*How old/);
    expect(driver.plain(driver.submit({ askSeq: second.seq, fact: 'sex', answer: 'male' }))[0]).toMatch(/belongs to an earlier question \(Sex\)/);
    expect(driver.plain(driver.submit({ askSeq: second.seq + 1000, fact: second.facts[0], answer: '40' }))[0]).toMatch(/belongs to an earlier question/);
    expect(driver.state.answered).toEqual(['primary_diagnosis']);
    driver.submit({ askSeq: second.seq, fact: second.facts[0], answer: '40' });
    expect(driver.state.answered).toEqual(['primary_diagnosis', 'age']);
  });

  it('after the results, a question button is closed and any other message says the screening is complete', () => {
    const driver = new ScreeningDriver();
    const first = questionIn(driver.say('hi'))!;
    driver.say('results');
    expect(driver.state.phase).toBe('results');
    expect(driver.plain(driver.submit({ askSeq: first.seq, fact: first.facts[0], answer: 'sle' }))[0]).toMatch(/That question is closed/);
    expect(driver.plain(driver.say('hello'))[0]).toMatch(/The screening is complete/);
    expect(driver.state.answered).toEqual([]);
  });
});
