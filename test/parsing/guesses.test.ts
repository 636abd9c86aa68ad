import { describe, expect, it } from 'vitest';
import { catalogWords } from '../../src/catalog/catalogWords';
import { value } from '../../src/replies/texts/en/values';
import { parseContext } from '../../src/parsing/parseContext';
import { readSummary } from '../../src/summary/readSummary';
import { catalog, factOf, parse, TODAY } from './parse';

const guessesOf = (fact: string, text: string) => {
  const outcome = parse(fact, text);
  return outcome.kind === 'value' ? (outcome.guesses ?? []) : `not a value: ${JSON.stringify(outcome)}`;
};

describe('what a reading took the words to mean beyond what they say, marked beside it', () => {
  it('a date worked out from words without a year; none when the year is written', () => {
    expect(guessesOf('last_major_surgery', '6 weeks ago')).toEqual(['date-resolved']);
    expect(guessesOf('last_major_surgery', 'in March')).toEqual(['date-resolved']);
    expect(guessesOf('last_major_surgery', 'March 2026')).toEqual([]);
    expect(guessesOf('immunosuppressants', 'MMF 1 g daily since 3 months ago')).toEqual(['date-resolved']);
  });

  it('a daily dose worked out from the dose written: several doses a day, a weekly dose, another steroid as prednisone', () => {
    expect(guessesOf('immunosuppressants', 'MMF 750 mg bid since January 2026')).toEqual(['dose-inferred']);
    expect(guessesOf('immunosuppressants', 'methotrexate 15 mg weekly since 2025')).toEqual(['dose-inferred']);
    expect(guessesOf('corticosteroids', 'dexamethasone 1.5 mg daily since May 2026')).toEqual(['dose-inferred']);
    expect(guessesOf('corticosteroids', 'prednisone 10 mg daily since May 2026')).toEqual([]);
  });

  it('a number without its unit read in the only plausible one', () => {
    expect(guessesOf('wbc', '3.9')).toEqual(['unit-assumed']);
    expect(guessesOf('wbc', '3.9 x10^9/L')).toEqual([]);
  });

  it('each fact read from a pasted summary carries the guesses of its reading', () => {
    const reading = readSummary('52 yo woman with SLE. WBC 3.9, Hb 11.2 g/dL. MMF 500 mg bid since 2 months ago.', parseContext(catalog, TODAY, {}));
    const guesses = Object.fromEntries(reading.facts.map((f) => [f.fact, f.guesses]));
    expect(guesses).toMatchObject({ wbc: ['unit-assumed'], hemoglobin: [], immunosuppressants: expect.arrayContaining(['date-resolved', 'dose-inferred']) });
  });
});

describe('a value said once when its two writings say the same', () => {
  it('"41 x10^9/L" is not followed by "(= 41 ×10^9/L)", nor "100 mg/d" by "(= 100 mg/day)"; another unit still is', () => {
    const shown = (fact: string, text: string) => {
      const outcome = parse(fact, text);
      return outcome.kind === 'value' ? value(catalogWords(catalog, 'en'), factOf(fact), outcome.value) : undefined;
    };
    expect(shown('platelets', '41 x10^9/L')).toBe('41 ×10^9/L');
    expect(shown('platelets', '41 X 10^9/L')).toBe('41 ×10^9/L');
    expect(shown('platelets', '41,000/µL')).toBe('41,000/µL (= 41 ×10^9/L)');
    expect(shown('immunosuppressants', 'azathioprine 100 mg/d since May 2026')).toMatch(/^azathioprine 100 mg\/d, current/);
    expect(shown('immunosuppressants', 'MMF 750 mg bid since May 2026')).toMatch(/^mycophenolate \(MMF\/MPA\) 750 mg bid \(= 1500 mg\/day\), current/);
  });
});
