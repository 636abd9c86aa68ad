import { describe, expect, it } from 'vitest';
import { parseIsoDay, partialDateToInterval } from '../../src/dates/calendar';
import { askedAbout, read, readFact, untouched, valueOf } from './read';

const point = (n: number) => ({ low: n, high: n });

describe('lab values with their units', () => {
  it.each([
    ['Hb 11.2 g/dL', 'hemoglobin', 112],
    ['Hb 128 g/L', 'hemoglobin', 128],
    ['haemoglobin of 95 g/L', 'hemoglobin', 95],
    ['platelets 150,000/µL', 'platelets', 150],
    ['Plt 42 ×10⁹/L', 'platelets', 42],
    ['plt 45k', 'platelets', 45],
    ['WBC 3,800/uL', 'wbc', 3.8],
    ['WBC 4,5', 'wbc', 4.5],
    ['neut 1,2 x10^9/L', 'neutrophils', 1.2],
    ['ANC 2.3', 'neutrophils', 2.3],
    ['C3 62 mg/dL', 'c3', 0.62],
    ['UPCR 310 mg/mmol', 'upcr', 2740.45],
    ['24h urine protein 1.1 g/day', 'urine_protein_24h', 1.1],
    ['Urine protein 350 mg/24h', 'urine_protein_24h', 0.35],
    ['eGFR 78 mL/min/1.73m2', 'egfr', 78],
    ['ALT 80 U/L (ULN 40)', 'alt_uln', 2],
    ['AST 1.2 x ULN', 'ast_uln', 1.2],
    ['IgG4-RD RI 6', 'igg4rd_responder_index', 6],
    ['clinical SLEDAI-2K of 8', 'sledai2k_clinical', 8],
  ])('reads “%s” as %s in its canonical unit', (text, fact, canonical) => {
    const value = valueOf(read(`${text}.`), fact);
    expect(value.kind).toBe('number');
    if (value.kind === 'number') expect(value.value.low).toBeCloseTo(canonical, 1);
  });

  it('converts LDL in mg/dL with the molar mass of cholesterol', () => {
    const value = valueOf(read('LDL 142 mg/dL.'), 'ldl');
    expect(value.kind === 'number' && value.value.low).toBeCloseTo(142 / 38.67, 2);
  });

  it('reads a comparator as a bound: "eGFR >90" is at least 90', () => {
    expect(valueOf(read('eGFR >90.'), 'egfr')).toMatchObject({ value: { low: 90 } });
  });

  it('reads "normal" for facts with a normal range, one name or several ("LFTs normal", "ALT and AST are within normal limits")', () => {
    const lfts = read('LFTs normal.');
    for (const fact of ['alt_uln', 'ast_uln', 'bilirubin_uln']) expect(valueOf(lfts, fact)).toMatchObject({ value: { low: 0, high: 1 } });
    const both = read('Her ALT and AST are within normal limits.');
    expect(valueOf(both, 'alt_uln')).toMatchObject({ value: { low: 0, high: 1 } });
    expect(valueOf(both, 'ast_uln')).toMatchObject({ value: { low: 0, high: 1 } });
  });

  it('keeps the date a lab was measured, and never reads it as the value', () => {
    const reading = read('Plt 27 x10^9/L (12 Nov 2026), Hb 10.9 g/dL.');
    expect(readFact(reading, 'platelets')).toMatchObject({ value: { value: point(27) }, measured: partialDateToInterval('2026-11-12') });
    expect(valueOf(reading, 'hemoglobin')).toMatchObject({ value: point(109) });
  });

  it('asks a unit the fact does not take rather than read the number without it ("C3 0.62 mmol/L")', () => {
    askedAbout(read('C3 0.62 mmol/L.'), 'c3');
  });

  it('converts haemoglobin in mmol/L with the molar mass of the haemoglobin monomer ("HGB 6.1 mmol/L")', () => {
    expect(valueOf(read('HGB 6.1 mmol/L, PLT 112.'), 'hemoglobin')).toMatchObject({ value: { low: 98.29845, high: 98.29845 } });
  });

  it('asks a range and a count one decimal point from plausible ("eGFR 60-65", "Hb 9.8")', () => {
    askedAbout(read('eGFR 60-65.'), 'egfr');
    expect(askedAbout(read('Hb 9.8.'), 'hemoglobin').message).toContain('Please add the unit');
  });

  it('reads a reference range after a value as no second value, and its upper end as the ULN of a value relative to it', () => {
    expect(valueOf(read('LDL 3.1 (<3.4), TG 1.5 (<1.7).'), 'ldl')).toMatchObject({ value: point(3.1) });
    expect(valueOf(read('dsDNA 12 IU/mL (<15), C3 48 mg/dL 90–180 L'), 'anti_dsdna')).toMatchObject({ value: point(12) });
    expect(valueOf(read('ALT 88 U/L (ref 7–56) | AST 61 U/L (ref 10–40)'), 'ast_uln')).toMatchObject({ value: point(1.525) });
    expect(valueOf(read('ALT 22 (≤40) | TBil 8.4 (≤21)'), 'bilirubin_uln')).toMatchObject({ value: point(0.4) });
    expect(valueOf(read('ALT                    35 U/L        7–40'), 'alt_uln')).toMatchObject({ value: point(0.875) });
  });

  it('reads the highest of the lipids relative to their ULN when each is given with its range, and asks when a later value has none', () => {
    expect(valueOf(read('TC 5.8 (<5.2), LDL 3.1 (<3.4), TG 1.5 (<1.7).'), 'lipids_uln')).toMatchObject({ value: point(1.11538461538) });
    expect(untouched(read('LDL 2.1 mmol/L, TG 1.6 mmol/L.'), 'lipids_uln')).toBe(true);
    expect(untouched(read('LDL 128 mg/dL (<100), TG 210 mg/dL (<150).'), 'lipids_uln')).toBe(true);
    askedAbout(read('TC 7.1 mmol/L [<5.2], TG 2.6 [<1.7], LDL 4.6 [<3.4] before the statin; now TC 5.0, TG 1.6, LDL 2.8.'), 'lipids_uln');
  });

  it('reads a total score less the points said for what the fact leaves out, but not a score at admission nor one beside the fact itself', () => {
    expect(valueOf(read('SLEDAI-2K currently 10 (of which 4 for anti-dsDNA and low complement).'), 'sledai2k_clinical')).toMatchObject({ value: point(6) });
    expect(valueOf(read('SLEDAI-2K 10 today (incl. low complement +2, raised dsDNA +2).'), 'sledai2k_clinical')).toMatchObject({ value: point(6) });
    expect(valueOf(read('SLEDAI-2K 12 (clinical SLEDAI 8).'), 'sledai2k_clinical')).toMatchObject({ value: point(8) });
    expect(untouched(read('SLEDAI-2K on admission 22 (seizure 8, organic brain syndrome 8, low complement 2).'), 'sledai2k_clinical')).toBe(true);
    // The points a score gives a lab are no value of the lab.
    expect(untouched(read('SLEDAI-2K 10 today (incl. low complement +2, raised dsDNA +2).'), 'anti_dsdna')).toBe(true);
  });

  it('reads a value said to be now over an earlier one in the same words ("(ALT 3x ULN); ALT now normal")', () => {
    expect(valueOf(read('Stopped because of hepatotoxicity (ALT 3x ULN); ALT now normal.'), 'alt_uln')).toMatchObject({ value: { low: 0, high: 1 } });
  });

  it('does not take a bare number for a multiple of the upper limit ("ALT 22" is U/L in a note)', () => {
    expect(untouched(read('ALT 22.'), 'alt_uln')).toBe(true);
  });

  // These were asked: the latest value of a trend was missed (issue 23), although the words settle it.
  it('reads the latest value of a trend in the order measured: "platelets fell from 150 to 38", "plt 18 → 35", "→ latest 52"', () => {
    expect(valueOf(read('Platelets fell from 150 to 38.'), 'platelets')).toMatchObject({ value: point(38) });
    expect(valueOf(read('plt 18 → 35 after IVIG.'), 'platelets')).toMatchObject({ value: point(35) });
    expect(valueOf(read('plt 18 x10^9/L then 35.'), 'platelets')).toMatchObject({ value: point(35) });
    expect(valueOf(read('PLT: 18 (3/9) → 35 (17/9) → latest 52 (1/10)'), 'platelets')).toMatchObject({ value: point(52) });
    expect(valueOf(read('Platelets: 9 (Aug-25) → 64 after dex → 22 (Jan-26) → 47 (Oct) → 31 today.'), 'platelets')).toMatchObject({ value: point(31) });
    expect(valueOf(read('Hb: 88 (3 Sep) / 95 (17 Sep) / 101 (1 Oct) g/L'), 'hemoglobin')).toMatchObject({ value: point(101) });
  });

  it('asks values the words do not order: a range, two undated values, a slash series', () => {
    askedAbout(read('eGFR 60-65.'), 'egfr');
    askedAbout(read('Platelets 120, 45.'), 'platelets');
    askedAbout(read('WBC 2.4 / 2.9 / 3.3'), 'wbc');
  });

  it('asks a value queried: "eGFR 45?", "Plt 45 x10^9/L?", "plt ?45", but not one before a queried name ("plt 45 ?ILD")', () => {
    askedAbout(read('eGFR 45?'), 'egfr');
    askedAbout(read('Plt 45 x10^9/L?'), 'platelets');
    askedAbout(read('plt ?45.'), 'platelets');
    expect(valueOf(read('Plt 45 x10^9/L ?ILD.'), 'platelets')).toMatchObject({ value: point(45) });
  });

  // The first three were asked: a value marked now, or the others marked earlier, settles which (issue 23).
  it('reads the value marked now among values of the same lab, and asks when none is: "Hb 8.5 g/dL two weeks ago, 10.2 today"', () => {
    expect(valueOf(read('Hb 8.5 g/dL two weeks ago, 10.2 today.'), 'hemoglobin')).toMatchObject({ value: point(102) });
    expect(valueOf(read('plt 120 in March, 45 now.'), 'platelets')).toMatchObject({ value: point(45) });
    expect(valueOf(read('Platelets 120 two weeks ago, now 45.'), 'platelets')).toMatchObject({ value: point(45) });
    expect(valueOf(read('plt 19 (was 45 last wk), on pred 30.'), 'platelets')).toMatchObject({ value: point(19) });
    askedAbout(read('Platelets 120 (Jan) 45 (Nov).'), 'platelets');
    // A reference range or another measure in a bracket is no second value.
    expect(valueOf(read('Hb 9.6 g/dL (ref 12-16).'), 'hemoglobin')).toMatchObject({ value: point(96) });
    expect(valueOf(read('eGFR 45 (CKD 3).'), 'egfr')).toMatchObject({ value: point(45) });
  });

  it('of a lab given in several places, takes the value said to be now or measured last, and sets aside one said to be earlier', () => {
    expect(valueOf(read('Adm 10/13 for plt 19 + purpura. Now: dex 40 mg. Plt 19 → 62 (10/18).', parseIsoDay('2026-10-20')), 'platelets')).toMatchObject({ value: point(62) });
    expect(valueOf(read('SRC: plt nadir 62, Cr 310 → now 165. Plt 188, Hb 89 g/L.'), 'platelets')).toMatchObject({ value: point(188) });
    expect(valueOf(read('Oct-25: plt 6 → 88 after dex. Latest (15/8): PLT 38, Hb 118.'), 'platelets')).toMatchObject({ value: point(38) });
    expect(valueOf(read('Plt on discharge 88.'), 'platelets')).toMatchObject({ value: point(88) });
    expect(untouched(read('plt nadir 6.'), 'platelets')).toBe(true);
    askedAbout(read('Platelets 45. Platelets 60.'), 'platelets');
  });

  it('reads doses per day across units and frequencies, corticosteroids as prednisone-equivalents', () => {
    expect(valueOf(read('MMF 1 g bd since 2021.'), 'immunosuppressants')).toMatchObject({ uses: [{ drug: 'mycophenolate', dailyDose: point(2000) }] });
    expect(valueOf(read('MTX 15 mg weekly since 2024.'), 'immunosuppressants')).toMatchObject({ uses: [{ drug: 'methotrexate' }] });
    expect(valueOf(read('Dexamethasone 1.5 mg daily since October 2026.'), 'corticosteroids')).toMatchObject({ uses: [{ drug: 'dexamethasone', dailyDose: point(10) }] });
  });

  it('reads ages in the forms notes use: "28F", "61 yo M", "Age/sex: 59 / M", "Seventy-two year old"', () => {
    expect(valueOf(read('SLE. 28F.'), 'age')).toMatchObject({ value: point(28) });
    expect(valueOf(read('61 yo M.'), 'age')).toMatchObject({ value: point(61) });
    expect(valueOf(read('61 yo M.'), 'sex')).toMatchObject({ value: 'male' });
    expect(valueOf(read('Age/sex: 59 / M'), 'age')).toMatchObject({ value: point(59) });
    expect(valueOf(read('Seventy-two year old lady with pSS.'), 'age')).toMatchObject({ value: point(72) });
  });
});
