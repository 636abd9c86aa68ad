import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import { askedAbout, read, valueOf } from './read';

/** Summaries are read on 21 November 2026 (see read.ts). */
const day = (iso: string) => partialDateToInterval(iso);
const dose = (n: number) => ({ low: n, high: n });

describe('medicines in a pasted summary', () => {
  it('reads a medicine listed under allergies as not taken, and what is taken beside it', () => {
    const reading = read('SLE. Allergies: azathioprine (pancytopenia 2021). MMF 1 g bd since March 2026.');
    expect(valueOf(reading, 'immunosuppressants')).toMatchObject({ uses: [{ drug: 'mycophenolate', dailyDose: dose(2000), started: day('2026-03') }] });
  });

  it('reads a planned change as no use, and the dose taken from the words that say it', () => {
    const reading = read('Current: pred 5 mg daily since January 2026. Plan: increase prednisone to 20 mg/d.');
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: dose(5), started: day('2026-01') }] });
  });

  it('asks about a medicine named only as planned', () => {
    askedAbout(read('RA on MTX 15 mg weekly. Plan: add tocilizumab once funded.'), 'biologics');
  });

  it('reads a drug’s name used for something else as no medicine: "FVC 68% pred", "a TCM doctor"', () => {
    const reading = read('ILD: FVC 68% pred, stable. Tripterygium 20 mg tid, started by a TCM doctor 3 months ago.');
    expect(reading.facts.some((f) => f.fact === 'corticosteroids')).toBe(false);
    expect(valueOf(reading, 'herbal_medicines')).toMatchObject({ uses: [{ drug: 'tripterygium', started: day('2026-08-21') }] });
  });

  it('reads a drug named twice as one medicine when the mentions agree, and asks when they differ', () => {
    expect(valueOf(read('HCQ 200 mg bd since 2024. HCQ continued at 200 mg bd.'), 'antimalarials')).toMatchObject({
      uses: [{ drug: 'hydroxychloroquine', dailyDose: dose(400), started: day('2024') }],
    });
    expect(askedAbout(read('HCQ 200 mg bd since 2024. Now HCQ 200 mg od since May 2026.'), 'antimalarials').message).toContain('says different things');
  });

  it('reads a dose history in one sentence: a taper with dated steps', () => {
    const reading = read('Prednisone 40 mg/d from Nov 2024, tapered to 10 mg by May 2025, 7.5 mg from Aug 2025, 5 mg since Jan 2026 (unchanged since).');
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({
      uses: [
        {
          drug: 'prednisone',
          dailyDose: dose(5),
          started: day('2024-11'),
          doseSince: day('2026-01'),
          earlierDoses: [
            { dailyDose: dose(40), since: day('2024-11') },
            { dailyDose: dose(10), since: day('2025-05') },
            { dailyDose: dose(7.5), since: day('2025-08') },
          ],
        },
      ],
    });
  });

  it('reads courses: "IVIG 20 g x5, last 3 Aug" and a per-kg dose restated in mg', () => {
    const reading = read('ITP. IVIG 20 g x5, last 3 Aug 2026. Pred 1 mg/kg (60).');
    expect(valueOf(reading, 'immunoglobulin')).toMatchObject({ uses: [{ drug: 'ivig', current: false, dailyDose: dose(20), stopped: day('2026-08-03') }] });
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: dose(60), assumed: ['unit', 'frequency'] }] });
  });

  it('reads a start said of every medicine of a list: "— all since Mar"', () => {
    const reading = read('pred 10 mg qd, MMF 0.75 g bid, HCQ 0.2 bid — all since Mar');
    for (const fact of ['corticosteroids', 'immunosuppressants', 'antimalarials']) expect(valueOf(reading, fact)).toMatchObject({ uses: [{ started: day('2026-03') }] });
  });

  it('reads a medicine’s words on over a wrapped line, but not into another medicine’s', () => {
    const reading = read('Treatment: IVMP 500 mg x3 in April, then prednisone 60mg qd,\n  reduced to 50mg on 2026-05-25, current 40mg qd (from 2026-06-20).');
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({
      uses: [
        { drug: 'methylprednisolone', current: false },
        { drug: 'prednisone', dailyDose: dose(40), doseSince: day('2026-06-20'), earlierDoses: [{ dailyDose: dose(60) }, { dailyDose: dose(50), since: day('2026-05-25') }] },
      ],
    });
    expect(valueOf(read('Prednisolone 10 mg daily,\n  then MMF 1 g bd.'), 'corticosteroids')).toMatchObject({ uses: [{ drug: 'prednisolone', dailyDose: dose(10) }] });
  });

  it('reads on over a line that leaves a bracket open, or ends on the medicine’s name, up to the next medicine', () => {
    const reading = read('Meds now: HCQ 200 mg daily (reduced\n  from 400 in Feb 2026 for eGFR), pred 7.5 mg daily.');
    expect(valueOf(reading, 'antimalarials')).toMatchObject({ uses: [{ dailyDose: dose(200), doseSince: day('2026-02'), earlierDoses: [{ dailyDose: dose(400) }] }] });
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: dose(7.5) }] });
    expect(valueOf(read('IRF. Commenced pred\n0.75 mg/kg (50 mg) on 24/10.'), 'corticosteroids')).toMatchObject({ uses: [{ dailyDose: dose(50), started: day('2026-10-24') }] });
  });

  it('reads on over a line that goes on with what only a medicine’s words say: "HCQ 0.2 g\\n bid"', () => {
    expect(valueOf(read('Treatment: HCQ 0.2 g\n  bid, MMF 0.5 g bid.'), 'antimalarials')).toMatchObject({ uses: [{ drug: 'hydroxychloroquine', dailyDose: dose(400) }] });
  });

  it('reads a medicine with a past-use hint when its words say it was stopped: "Jun 2025 – Jan 2026, secondary failure"', () => {
    expect(valueOf(read('Adalimumab 40 mg eow Jun 2025 – Jan 2026, secondary failure.'), 'biologics')).toMatchObject({
      uses: [{ drug: 'tnf_inhibitor', current: false, started: day('2025-06'), stopped: day('2026-01') }],
    });
  });

  it('never reads a medicine given only before its dates as taken now: "2023-07 to 2024-02 tripterygium"', () => {
    askedAbout(read('2023-07 to 2024-02 tripterygium.'), 'herbal_medicines');
  });
});
