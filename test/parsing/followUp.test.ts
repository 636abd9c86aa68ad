import { describe, expect, it } from 'vitest';
import type { KnownFactValue } from '../../src/domain/factValue';
import { completeFollowUp, FollowUp } from '../../src/parsing/followUp';
import { catalogWords } from '../../src/catalog/catalogWords';
import { followUpQuestion } from '../../src/replies/texts/en/followUps';
import { parseAnswer, type ParseOutcome } from '../../src/parsing/parseAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import { catalog, day, factOf, TODAY, said } from './parse';

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

describe('an answer typed with a question mark', () => {
  it('is recorded once confirmed, unknown when not known, and read afresh when given again', () => {
    expect(answer('platelets', '45?', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'number', value: { low: 45, high: 45 } } });
    expect(answer('platelets', '45?', 'not sure')).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: 'not sure' } });
    expect(answer('platelets', '45?', 'no')).toMatchObject({ kind: 'invalid' });
    expect(answer('platelets', '45?', '48')).toMatchObject({ kind: 'value', value: { value: { low: 48, high: 48 } } });
    const { pending, followUp } = followUpOf(read('platelets', '45?'));
    expect(followUpQuestion(catalogWords(catalog, 'en'), followUp, pending, factOf('platelets')).question).toBe('Record Platelet count: 45 ×10^9/L?');
  });

  it('records a medicine once confirmed, its details asked later only when a study needs them', () => {
    expect(answer('corticosteroids', 'prednisone 10 mg daily since January 2026?', 'yes')).toMatchObject({ kind: 'value', value: { uses: [{ drug: 'prednisone', started: day('2026-01') }] } });
    expect(read('corticosteroids', 'prednisone 10 mg daily since January 2026').kind).toBe('value');
  });
});

describe('a negation naming one item', () => {
  it('records none once confirmed, and reads a list given instead', () => {
    expect(answer('corticosteroids', 'no prednisone', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'medication', uses: [] } });
    expect(answer('corticosteroids', 'no prednisone', 'unknown')).toMatchObject({ kind: 'unknown' });
    expect(said(answer('corticosteroids', 'no prednisone', 'no'))).toMatchObject({ kind: 'invalid', message: 'Then please name them (Corticosteroids).' });
    expect(answer('corticosteroids', 'no prednisone', 'methylpred 8 mg daily')).toMatchObject({ kind: 'value', value: { uses: [{ drug: 'methylprednisolone' }] } });
    expect(answer('reproductive_status', 'no pregnancy', 'yes')).toMatchObject({ kind: 'value', value: { kind: 'set', values: [] } });
  });

  it('words the question from the fact', () => {
    const medication = followUpOf(read('corticosteroids', 'no prednisone'));
    expect(followUpQuestion(catalogWords(catalog, 'en'), medication.followUp, medication.pending, factOf('corticosteroids')).question).toBe('No corticosteroids at all in the last 12 months?');
    const set = followUpOf(read('reproductive_status', 'no pregnancy'));
    expect(followUpQuestion(catalogWords(catalog, 'en'), set.followUp, set.pending, factOf('reproductive_status')).question).toBe(
      'None of these: pregnant, planning pregnancy soon, breast-feeding and post-partum?',
    );
  });
});
