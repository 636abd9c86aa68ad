import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import type { SummaryReading } from '../../src/summary/readSummary';
import { askedAbout, read, readFact, untouched, valueOf } from './read';

/** The summary issue 13 gives as its example, read on 21 November 2026. */
const EXAMPLE =
  "47 yo woman, primary Sjögren's since 2019, thrombocytopenia plt 38 x10^9/L despite pred 15 mg/d since Apr + AZA 100 mg/d since May (MMF before that, stopped for GI intolerance). Hb 11.2 g/dL, WBC 3.9. No malignancy, HBV/HCV neg, not pregnant.";

/** The example's medicines: prednisone since April 2026, azathioprine since May 2026, mycophenolate stopped before. */
function expectExampleMedicines(reading: SummaryReading): void {
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({
      kind: 'medication',
      uses: [{ drug: 'prednisone', current: true, dailyDose: { low: 15, high: 15 }, started: partialDateToInterval('2026-04') }],
    });
    expect(valueOf(reading, 'immunosuppressants')).toMatchObject({
      kind: 'medication',
      uses: [
        { drug: 'azathioprine', current: true, dailyDose: { low: 100, high: 100 }, started: partialDateToInterval('2026-05') },
        { drug: 'mycophenolate', current: false },
      ],
    });
}

describe("the issue's example summary, fact by fact", () => {
  const reading = read(EXAMPLE);

  it('reads age and sex from "47 yo woman"', () => {
    expect(valueOf(reading, 'age')).toMatchObject({ kind: 'number', value: { low: 47, high: 47 } });
    expect(valueOf(reading, 'sex')).toMatchObject({ kind: 'choice', value: 'female' });
    expect(readFact(reading, 'age').source).toBe('47 yo');
  });

  it('reads the main diagnosis and dates it from "since 2019"', () => {
    expect(valueOf(reading, 'primary_diagnosis')).toMatchObject({ kind: 'choice', value: 'pss' });
    expect(valueOf(reading, 'diagnosis_date')).toMatchObject({ kind: 'date', value: partialDateToInterval('2019') });
    expect(readFact(reading, 'diagnosis_date').source).toBe("primary Sjögren's since 2019");
  });

  it('reads the platelet count with its unit, not the dates of the medicines after it', () => {
    expect(valueOf(reading, 'platelets')).toMatchObject({ kind: 'number', value: { low: 38, high: 38 } });
    expect(readFact(reading, 'platelets').summary).toBe('Platelet count: 38 ×10^9/L.');
    expect(untouched(reading, 'thrombocytopenia_since')).toBe(true);
  });

  it('reads Hb in g/dL as g/L and a bare WBC in its only plausible unit', () => {
    expect(valueOf(reading, 'hemoglobin')).toMatchObject({ kind: 'number', value: { low: 112, high: 112 } });
    expect(valueOf(reading, 'wbc')).toMatchObject({ kind: 'number', value: { low: 3.9, high: 3.9 } });
  });

  it('reads "No malignancy" as never, and not as a denial of what follows the comma', () => {
    expect(valueOf(reading, 'malignancy_history')).toMatchObject({ kind: 'choice', value: 'none' });
    expect(readFact(reading, 'malignancy_history').source).toBe('No malignancy');
  });

  it('asks, never guesses, what the words settle only in part: "HBV/HCV neg" and "not pregnant"', () => {
    expect(askedAbout(reading, 'active_infection').message).toContain('“HBV/HCV neg” covers only part of the question');
    expect(askedAbout(reading, 'reproductive_status').message).toContain('covers only part of the question');
  });

  it('reads "since Apr" and "since May" as the latest April and May, and MMF as stopped, its date not given', () => {
    expectExampleMedicines(reading);
    expect(readFact(reading, 'immunosuppressants').summary).toContain('mycophenolate (MMF/MPA) (dose not given), stopped (date not given)');
  });

  it('records nothing else and ignores no identifier (there is none)', () => {
    expect(reading.facts.map((f) => f.fact).sort()).toEqual([
      'age', 'corticosteroids', 'diagnosis_date', 'hemoglobin', 'immunosuppressants', 'malignancy_history', 'platelets', 'primary_diagnosis', 'sex', 'wbc',
    ]);
    expect(reading.ignored).toEqual([]);
  });
});

describe('the same medicines written with dates the parser reads', () => {
  const reading = read('pred 15 mg/d since April 2026 + AZA 100 mg/d since 2026-05 (MMF before that, stopped for GI intolerance).');

  it('reads each medication fact with every medicine of its class, start and stop as written', () => {
    expectExampleMedicines(reading);
    const mycophenolate = (valueOf(reading, 'immunosuppressants') as { uses: { stopped?: unknown }[] }).uses[1]!;
    expect(mycophenolate.stopped).toBeUndefined();
  });
});

describe('a medicine stopped after a comma, before another fact', () => {
  it('keeps the stop with the medicine: "Etanercept 50 mg weekly since 2019, stopped last month for infection"', () => {
    const reading = read('Etanercept 50 mg weekly since 2019, stopped last month for infection.');
    expect(valueOf(reading, 'biologics')).toMatchObject({ uses: [{ drug: 'tnf_inhibitor', current: false, stopped: partialDateToInterval('2026-10') }] });
  });
});

describe('a diagnosis dated after a synonym in brackets', () => {
  it('dates it from within the bracket: "Idiopathic retroperitoneal fibrosis (Ormond\'s disease) diagnosed on CT in 2020"', () => {
    const reading = read("70 yo man. Idiopathic retroperitoneal fibrosis (Ormond's disease) diagnosed on CT in 2020, ESR and CRP raised.");
    expect(valueOf(reading, 'diagnosis_date')).toMatchObject({ kind: 'date', value: partialDateToInterval('2020') });
    expect(valueOf(reading, 'rpf_imaging_diagnosis')).toMatchObject({ kind: 'boolean', value: true });
    expect(valueOf(reading, 'inflammatory_markers_raised')).toMatchObject({ kind: 'boolean', value: true });
  });
});
