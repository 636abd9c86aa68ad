import { describe, expect, it } from 'vitest';
import type { KnownFactValue } from '../../src/domain/factValue';
import { completeFollowUp, FollowUp } from '../../src/parsing/followUp';
import { followUpQuestion } from '../../src/replies/texts/followUpTexts';
import { parseAnswer, type ParseOutcome } from '../../src/parsing/parseAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import { catalog, day, factOf, TODAY } from './parse';

/** Today is 15 June 2026. Answers read as in a screening of this catalog. */
const context = parseContext(catalog, TODAY, {});
const read = (fact: string, text: string) => parseAnswer(text, factOf(fact), context);

/** The follow-up an answer needs, checked to survive the JSON round trip conversation state makes. */
function followUpOf(outcome: ParseOutcome): { pending: KnownFactValue; followUp: FollowUp } {
  if (outcome.kind !== 'follow-up') throw new Error(`expected a follow-up, got ${JSON.stringify(outcome)}`);
  const stored = JSON.parse(JSON.stringify({ pending: outcome.pending, followUp: outcome.followUp }));
  expect(FollowUp.parse(stored.followUp)).toEqual(outcome.followUp);
  return stored;
}
const answer = (fact: string, first: string, second: string) => {
  const { pending, followUp } = followUpOf(read(fact, first));
  return completeFollowUp(followUp, pending, second, factOf(fact), context);
};

describe('the last dose change of a medicine taken now', () => {
  it('is asked for a fact some criterion tests for stability, when only the start is given', () => {
    const { pending, followUp } = followUpOf(read('corticosteroids', 'prednisone 10 mg daily since January 2026'));
    expect(followUp).toEqual({ kind: 'dose-since', use: 0 });
    expect(followUpQuestion(followUp, pending, factOf('corticosteroids'), catalog)).toEqual({
      question: 'Has the dose of prednisone changed since it was started (January 2026)?',
      hint: 'If it has, when did it last change? e.g. “3 weeks ago”, “in October”. Criteria on a stable dose count from the last change.',
      buttons: [
        { title: 'No, same dose since then', answer: 'no' },
        { title: 'Unknown', answer: 'unknown' },
      ],
    });
  });

  it('is not asked for a fact no criterion tests for stability, nor when the answer gives it, nor without a start', () => {
    expect(read('antithrombotics', 'aspirin 100 mg daily since 2025').kind).toBe('value');
    expect(read('biologics', 'belimumab 10 mg/kg monthly since 2025').kind).toBe('value');
    expect(read('corticosteroids', 'prednisone 10 mg daily since 2025, unchanged since March').kind).toBe('value');
    expect(read('corticosteroids', 'prednisone 10 mg daily').kind).toBe('value');
    expect(read('corticosteroids', 'prednisone 10 mg daily, stopped May 2026').kind).toBe('value');
  });

  it('"no" records the same dose since the start; a date records that change; "unknown" leaves it unknown', () => {
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'no')).toMatchObject({
      kind: 'value',
      value: { uses: [{ started: day('2026-01'), doseSince: day('2026-01') }] },
    });
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'changed 3 weeks ago')).toMatchObject({
      kind: 'value',
      value: { uses: [{ doseSince: day('2026-05-25') }] },
    });
    const unknown = answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'unknown');
    expect(unknown.kind).toBe('value');
    expect(unknown.kind === 'value' && unknown.value.kind === 'medication' ? unknown.value.uses[0]?.doseSince : 'absent expected').toBeUndefined();
  });

  it('asks when, for "yes" without a date, and refuses a change before the start', () => {
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'yes')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('When did the dose of prednisone last change?') });
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'in 2024')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('before prednisone was started') });
  });

  it('asks about each medicine in turn, and reads an answer naming another medicine as a new answer', () => {
    const first = answer('corticosteroids', 'prednisone 10 mg daily since January 2026 and methylpred 4 mg daily since March 2026', 'no');
    expect(first).toMatchObject({ kind: 'follow-up', followUp: { kind: 'dose-since', use: 1 } });
    const { pending, followUp } = followUpOf(first);
    expect(completeFollowUp(followUp, pending, 'unknown', factOf('corticosteroids'), context)).toMatchObject({ kind: 'value', value: { uses: [{ doseSince: day('2026-01') }, { drug: 'methylprednisolone' }] } });
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026', 'dexamethasone 1.5 mg daily')).toMatchObject({ kind: 'value', value: { uses: [{ drug: 'dexamethasone' }] } });
  });
});

describe('an answer typed with a question mark', () => {
  it('is recorded once confirmed, unknown when not known, and read afresh when given again', () => {
    expect(answer('platelets', '45?', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'number', value: { low: 45, high: 45 } } });
    expect(answer('platelets', '45?', 'not sure')).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: 'not sure' } });
    expect(answer('platelets', '45?', 'no')).toMatchObject({ kind: 'invalid' });
    expect(answer('platelets', '45?', '48')).toMatchObject({ kind: 'value', value: { value: { low: 48, high: 48 } } });
    const { pending, followUp } = followUpOf(read('platelets', '45?'));
    expect(followUpQuestion(followUp, pending, factOf('platelets'), catalog).question).toBe('Record Platelet count: 45 ×10^9/L?');
  });

  it('asks the last dose change after the confirmation, when the medicine needs it', () => {
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026?', 'yes')).toMatchObject({ kind: 'follow-up', followUp: { kind: 'dose-since', use: 0 } });
  });
});

describe('a negation naming one item', () => {
  it('records none once confirmed, and reads a list given instead', () => {
    expect(answer('corticosteroids', 'no prednisone', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'medication', uses: [] } });
    expect(answer('corticosteroids', 'no prednisone', 'unknown')).toMatchObject({ kind: 'unknown' });
    expect(answer('corticosteroids', 'no prednisone', 'no')).toMatchObject({ kind: 'invalid', message: 'Then please name them (Corticosteroids).' });
    expect(answer('corticosteroids', 'no prednisone', 'methylpred 8 mg daily')).toMatchObject({ kind: 'value', value: { uses: [{ drug: 'methylprednisolone' }] } });
    expect(answer('reproductive_status', 'no pregnancy', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'set', values: [] } });
  });

  it('words the question from the fact', () => {
    const medication = followUpOf(read('corticosteroids', 'no prednisone'));
    expect(followUpQuestion(medication.followUp, medication.pending, factOf('corticosteroids'), catalog).question).toBe('No corticosteroids at all in the last 12 months?');
    const set = followUpOf(read('reproductive_status', 'no pregnancy'));
    expect(followUpQuestion(set.followUp, set.pending, factOf('reproductive_status'), catalog).question).toBe(
      'None of these: pregnant, planning pregnancy soon, breast-feeding and post-partum?',
    );
  });
});
