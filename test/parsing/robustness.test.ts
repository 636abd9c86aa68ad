import { describe, expect, it } from 'vitest';
import { catalog, messageOf, parse, said } from './parse';

const ODD = [
  '',
  '   ',
  '🙂',
  'mg',
  '10 10 10',
  'x'.repeat(5000),
  'prednisone '.repeat(40),
  ',',
  ';;',
  '()',
  '<>',
  '—',
  '1e5',
  'NaN',
  'Infinity',
  '-5',
  '0',
  '..',
  'ULN',
  'ULN 0',
  '80 ULN 0',
  'and',
  'since',
  'ago',
  'q12h',
  '١٢',
  '１２',
  '\u0000',
  '29 Feb',
  '31/02/2026',
  'in 99999',
  'null',
];

describe('any text', () => {
  const facts = [...catalog.facts.values()];
  for (const text of ODD) {
    it(`${JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text)} gets an outcome for every fact, never an exception`, () => {
      expect(facts.length).toBeGreaterThan(50);
      for (const fact of facts) {
        const outcome = parse(fact.id, text);
        expect(['value', 'unknown', 'invalid', 'ambiguous', 'follow-up']).toContain(outcome.kind);
        if (outcome.kind === 'invalid' || outcome.kind === 'ambiguous') expect(messageOf(outcome, outcome.kind).length).toBeGreaterThan(10);
        if (outcome.kind === 'value') expect(outcome.value.entered).toBe(text.trim());
      }
    });
  }

  it('refuses empty answers and pasted essays with a message', () => {
    expect(parse('npsle', '')).toMatchObject({ kind: 'invalid' });
    expect(parse('npsle', '   ')).toMatchObject({ kind: 'invalid' });
    expect(said(parse('corticosteroids', 'x'.repeat(5000)))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('too long') });
    // 500 characters is the most an answer may have.
    expect(said(parse('corticosteroids', 'x'.repeat(501)))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('too long') });
    expect(messageOf(parse('corticosteroids', 'x'.repeat(500)), 'invalid')).not.toContain('too long');
  });

  it('answers quickly even for long medication text', () => {
    const text = 'methylprednisolon 8 mg daily since March 2026 and mycophenolat 1 g bid '.repeat(6).slice(0, 480);
    const start = performance.now();
    parse('corticosteroids', text);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
