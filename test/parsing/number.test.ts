import { describe, expect, it } from 'vitest';
import { messageOf, parse, summaryOf, valueOf, said } from './parse';

const point = (n: number) => ({ low: n, high: n });
const numberValue = (fact: string, text: string) => {
  const value = valueOf(parse(fact, text));
  if (value.kind !== 'number') throw new Error(`expected a number, got ${value.kind}`);
  return value.value;
};

describe('numbers with units', () => {
  it.each([
    ['hemoglobin', 'Hb 8.5 g/dL', 85],
    ['hemoglobin', '85 g/L', 85],
    ['hemoglobin', '11.0 g/dL', 110],
    ['hemoglobin', '8,5 g/dL', 85],
    ['hemoglobin', 'Hb: 110 g/l.', 110],
    ['platelets', 'plt 45k', 45],
    ['platelets', '45,000/uL', 45],
    ['platelets', '45,000/µL', 45],
    ['platelets', '45000 /μL', 45],
    ['platelets', '45 x10^9/L', 45],
    ['platelets', '45 × 10⁹/L', 45],
    ['platelets', '45 G/L', 45],
    ['platelets', '150 K/uL', 150],
    ['platelets', '150 k/ul', 150],
    ['c3', 'C3 75 mg/dL', 0.75],
    ['c3', '0,75 g/L', 0.75],
    ['ldl', 'LDL 120 mg/dL', 3.10358205095],
    ['ldl', '2.6 mmol/L', 2.6],
    // Haem groups: the haemoglobin monomer, 16 114.5 g/mol (ICSH 1995).
    ['hemoglobin', 'Hb 6.2 mmol/L', 99.9099],
    ['hemoglobin', '7.1 mmol/l', 114.41295],
    ['upcr', 'UPCR 57 mg/mmol', 503.889674682],
    ['upcr', '500 mg/g', 500],
    ['urine_protein_24h', '24h protein 350 mg', 0.35],
    ['urine_protein_24h', '350 mg/24h', 0.35],
    ['egfr', 'eGFR 85', 85],
    ['egfr', '85 mL/min/1.73m2', 85],
    ['age', '45', 45],
    ['age', '45 years', 45],
    ['age', '45yo', 45],
    ['age', '45 y/o', 45],
    ['alt_uln', '1.2 x ULN', 1.2],
    ['alt_uln', '1.2xULN', 1.2],
    ['alt_uln', '1.2 × ULN', 1.2],
  ])('%s: "%s" is %d in the canonical unit', (fact, text, canonical) => {
    expect(numberValue(fact, text)).toEqual(point(canonical));
  });

  it('keeps the text as entered and echoes the conversion', () => {
    expect(valueOf(parse('hemoglobin', ' Hb 8.5 g/dL '))).toEqual({ kind: 'number', value: point(85), entered: 'Hb 8.5 g/dL' });
    expect(summaryOf(parse('hemoglobin', 'Hb 8.5 g/dL'))).toBe('Haemoglobin: 8.5 g/dL (= 85 g/L).');
    expect(summaryOf(parse('hemoglobin', '85 g/L'))).toBe('Haemoglobin: 85 g/L.');
    expect(summaryOf(parse('ldl', 'LDL 120 mg/dL'))).toBe('LDL cholesterol (on any lipid-lowering therapy): 120 mg/dL (= 3.104 mmol/L).');
  });

  it('reads a comma before three digits as thousands and any other comma as decimal', () => {
    expect(numberValue('platelets', '45,000')).toEqual(point(45));
    expect(numberValue('hemoglobin', '8,5 g/dL')).toEqual(point(85));
    expect(numberValue('c3', '0,750 g/L')).toEqual(point(0.75));
  });
});

describe('numbers without a unit', () => {
  it('accepts the only plausible reading, marks the unit as assumed, and says which unit only when it is not the question’s own', () => {
    expect(numberValue('platelets', '48')).toEqual(point(48));
    // The question's field is labelled with its unit: saying it again is noise; a summary's confirmation card marks the guess.
    expect(summaryOf(parse('platelets', '48'))).toBe('Platelet count: 48 ×10^9/L.');
    expect(parse('platelets', '48')).toMatchObject({ kind: 'value', guesses: ['unit-assumed'] });
    expect(numberValue('platelets', '45000')).toEqual(point(45));
    expect(summaryOf(parse('platelets', '45000'))).toContain('read as /µL');
    expect(parse('platelets', '45000')).toMatchObject({ kind: 'value', guesses: ['unit-assumed'] });
    expect(parse('platelets', '48 ×10^9/L')).not.toHaveProperty('guesses');
  });

  it('asks the unit of a bare number one decimal point from plausible in the fact’s own unit, rather than reading it in another', () => {
    // 1500 was asked already (two plausible readings); 1501 and 4242 were read as 1.5 and 4.2 ×10^9/L.
    expect(messageOf(parse('platelets', '1500'), 'ambiguous')).toContain('Please add the unit');
    expect(messageOf(parse('platelets', '1501'), 'ambiguous')).toBe(
      '1501 ×10^9/L is outside the plausible range of Platelet count (1–1500 ×10^9/L); did you mean 1501 /µL (= 1.501 ×10^9/L)? Please add the unit.',
    );
    expect(messageOf(parse('platelets', '4242'), 'ambiguous')).toContain('4242 /µL (= 4.242 ×10^9/L)');
    // Haemoglobin is also given in mmol/L, so "11" is as likely 11 mmol/L.
    expect(messageOf(parse('hemoglobin', '11'), 'ambiguous')).toContain('did you mean 11 g/dL (= 110 g/L) or 11 mmol/L (= 177.3 g/L)?');
    expect(numberValue('hemoglobin', '11 g/dL')).toEqual(point(110));
  });

  it('reads a whole number ending in 0 in the only unit it is plausible in, as no slip of a decimal point ("ANC 800")', () => {
    expect(numberValue('neutrophils', 'ANC 800')).toEqual(point(0.8));
    expect(summaryOf(parse('neutrophils', 'ANC 800'))).toBe('Neutrophil count: 800 /µL (= 0.8 ×10^9/L). No unit was given: read as /µL, the only plausible unit.');
    expect(parse('neutrophils', 'ANC 845').kind).toBe('ambiguous');
  });

  it('does not mention the unit when the fact has only one', () => {
    expect(summaryOf(parse('age', '45'))).toBe('Age: 45 years.');
  });

  it('asks which unit when two plausible readings differ', () => {
    expect(said(parse('ldl', '10'))).toEqual({ kind: 'ambiguous', message: 'Did you mean 10 mmol/L or 10 mg/dL (= 0.2586 mmol/L)? Please add the unit.' });
    expect(messageOf(parse('urine_protein_24h', '2'), 'ambiguous')).toContain('2 g/24 h or 2 mg/24h');
  });

  it('re-asks a number no unit makes plausible', () => {
    expect(messageOf(parse('hemoglobin', '5000'), 'invalid')).toContain('30–220 g/L');
  });
});

describe('upper limit of normal', () => {
  it('reads "normal" as the normal range', () => {
    expect(numberValue('alt_uln', 'normal')).toEqual({ low: 0, high: 1 });
    expect(numberValue('bilirubin_uln', 'WNL')).toEqual({ low: 0, high: 1 });
    expect(summaryOf(parse('alt_uln', 'normal'))).toBe('ALT relative to the upper limit of normal: normal (0–1 × ULN)');
  });

  it('divides a value by the ULN given with it', () => {
    expect(numberValue('alt_uln', '80 U/L, ULN 40')).toEqual(point(2));
    expect(numberValue('alt_uln', '80 (ULN 40)')).toEqual(point(2));
    expect(numberValue('ast_uln', 'AST 60 U/L (ULN 40 U/L)')).toEqual(point(1.5));
    expect(numberValue('bilirubin_uln', '30 µmol/L with upper limit of normal 21')).toEqual(point(1.42857142857));
    expect(summaryOf(parse('alt_uln', '80 U/L, ULN 40'))).toBe('ALT relative to the upper limit of normal: 80 U/L with ULN 40 U/L = 2 × ULN.');
  });

  it('takes the upper end of a reference range given with the value as its ULN ("ALT 24 (<35)", "AST 61 U/L (ref 10–40)")', () => {
    expect(numberValue('alt_uln', 'ALT 24 (<35)')).toEqual(point(0.685714285714));
    expect(numberValue('ast_uln', 'AST 61 U/L (ref 10–40)')).toEqual(point(1.525));
    expect(messageOf(parse('alt_uln', 'AST 61 U/L (ref 10–40)'), 'invalid')).toContain('“AST” came before it');
  });

  it('asks the ULN of a value named and given without it, never reading it as a multiple ("ALT 56")', () => {
    expect(messageOf(parse('alt_uln', 'ALT 56'), 'invalid')).toBe(
      '“ALT 56” gives the value without the laboratory\'s upper limit of normal. Please add the ULN (e.g. “56 U/L, ULN 40”), or give it as a multiple (e.g. “1.4 × ULN”) or “normal”.',
    );
    expect(numberValue('alt_uln', '1.4')).toEqual(point(1.4));
  });

  it('reads "normal" said with the fact\'s own names: "LFTs normal", "ALT is WNL"', () => {
    expect(numberValue('alt_uln', 'LFTs normal')).toEqual({ low: 0, high: 1 });
    expect(numberValue('bilirubin_uln', 'LFTs normal')).toEqual({ low: 0, high: 1 });
    expect(numberValue('alt_uln', 'ALT is WNL')).toEqual({ low: 0, high: 1 });
    expect(parse('alt_uln', 'AST normal').kind).toBe('invalid');
  });

  it('reads the highest of the measures a fact is the highest of, when each is given ("TG 2x ULN, TC and LDL normal")', () => {
    expect(numberValue('lipids_uln', 'TG 2x ULN, TC and LDL normal')).toEqual(point(2));
    expect(summaryOf(parse('lipids_uln', 'TG 2x ULN, TC and LDL normal'))).toBe(
      'Highest of total cholesterol, triglycerides and LDL relative to the upper limit of normal: 2 × ULN (total cholesterol normal; triglycerides 2 × ULN; LDL normal)',
    );
    expect(numberValue('lipids_uln', 'LDL 2.4 (ULN 3.4), TG 1.1 (ULN 1.7), TC 4.0 (ULN 5.2), on atorva 20')).toEqual(point(0.769230769231));
    expect(numberValue('lipids_uln', 'TC, TG and LDL all normal')).toEqual({ low: 0, high: 1 });
    expect(messageOf(parse('lipids_uln', 'TG 2x ULN'), 'invalid')).toBe('The total cholesterol and the LDL are not given: please give each relative to its upper limit of normal, or “normal”.');
  });

  it('reads a total less the items the fact leaves out ("SLEDAI 12 incl. 4 for dsDNA/complement"), and asks a total alone', () => {
    expect(numberValue('sledai2k_clinical', 'SLEDAI 12 incl. 4 for dsDNA/complement')).toEqual(point(8));
    expect(numberValue('sledai2k_clinical', 'SLEDAI-2K 8 (proteinuria 4, low complement 2, dsDNA 2)')).toEqual(point(4));
    // Parts named before their figures with no comma between: each part counts, not the first only (was 10).
    expect(numberValue('sledai2k_clinical', 'SLEDAI-2K 12 (dsDNA 2 complement 2)')).toEqual(point(8));
    expect(numberValue('sledai2k_clinical', 'SLEDAI-2K 12 (proteinuria 4 rash 2 low C3 2 dsDNA 2 alopecia 2)')).toEqual(point(8));
    expect(numberValue('sledai2k_clinical', 'SLEDAI-2K 4 (clinical only)')).toEqual(point(4));
    expect(numberValue('sledai2k_clinical', 'SLEDAI-2K 0')).toEqual(point(0));
    expect(summaryOf(parse('sledai2k_clinical', 'SLEDAI 10 incl 4 for serology'))).toBe('SLEDAI-2K without anti-dsDNA and complement points: 6 points (10 less 4 for the items it leaves out).');
    expect(messageOf(parse('sledai2k_clinical', 'SLEDAI-2K 12'), 'ambiguous')).toContain('gives the total');
  });

  it('keeps a bound on the value', () => {
    expect(numberValue('alt_uln', '> 80 U/L, ULN 40')).toEqual({ low: 2 });
  });

  it('refuses an implausible ratio', () => {
    expect(messageOf(parse('lipids_uln', '800, ULN 2'), 'invalid')).toContain('0–50 × ULN');
  });

  it('refuses a ratio across different units', () => {
    expect(messageOf(parse('bilirubin_uln', '30 µmol/L, ULN 1.2 mg/dL'), 'invalid')).toContain('same unit');
  });

  it('does not accept "normal" for a fact without a normal range', () => {
    expect(parse('hemoglobin', 'normal').kind).toBe('invalid');
  });
});

describe('bounds', () => {
  it('stores "> 100" as [100, open) and says the bound is included', () => {
    expect(numberValue('platelets', '> 100')).toEqual({ low: 100 });
    expect(summaryOf(parse('platelets', '> 100'))).toContain('Recorded as ≥ 100 ×10^9/L: the bound itself is included');
  });

  it('stores "<0.5" as (open, 0.5]', () => {
    expect(numberValue('c3', '<0.5')).toEqual({ high: 0.5 });
    expect(summaryOf(parse('c3', '<0.5'))).toContain('closed-interval approximation');
  });

  it('converts the bound and reads worded comparators', () => {
    expect(numberValue('platelets', 'plt < 50k')).toEqual({ high: 50 });
    expect(numberValue('platelets', 'at least 100,000/µL')).toEqual({ low: 100 });
    expect(summaryOf(parse('platelets', 'at least 100,000/µL'))).not.toContain('approximation');
    expect(numberValue('hemoglobin', 'below 8 g/dL')).toEqual({ high: 80 });
  });
});

describe('answers that are re-asked', () => {
  it('refuses an implausible value and states the range in the fact’s unit', () => {
    expect(said(parse('platelets', '3 /mm3'))).toEqual({
      kind: 'invalid',
      message: '3 /mm³ (= 0.003 ×10^9/L) is outside the plausible range of Platelet count (1–1500 ×10^9/L). Please check the value and its unit.',
    });
    expect(messageOf(parse('hemoglobin', '500 g/L'), 'invalid')).toContain('30–220 g/L');
    expect(messageOf(parse('age', '130'), 'invalid')).toContain('0–120 years');
  });

  it('accepts the plausible range up to its bound and refuses just beyond it', () => {
    expect(numberValue('age', '120')).toEqual({ low: 120, high: 120 });
    expect(messageOf(parse('age', '121'), 'invalid')).toContain('0–120 years');
    expect(numberValue('platelets', '1')).toEqual({ low: 1, high: 1 });
    expect(messageOf(parse('platelets', '0.9'), 'invalid')).toContain('1–1500');
  });

  it('lists the accepted units for a unit it does not know', () => {
    expect(said(parse('hemoglobin', '85 mmHg'))).toEqual({
      kind: 'invalid',
      message: 'I did not recognise the unit “mmHg”. Haemoglobin can be given in g/L, g/dL or mmol/L.',
    });
    expect(messageOf(parse('alt_uln', '80 U/L'), 'invalid')).toContain('× ULN');
    expect(messageOf(parse('platelets', '45 x 10^12'), 'invalid')).toContain('“x 10^12”');
  });

  it('reads the value meant now: the latest of a trend, the one marked now, the one after a correction', () => {
    expect(numberValue('platelets', '18 → 35 → latest 52')).toEqual(point(52));
    expect(numberValue('platelets', '12 → 28 → 61, latest 61 on Mon')).toEqual(point(61));
    expect(numberValue('platelets', 'plt 120 in March, 45 now')).toEqual(point(45));
    expect(numberValue('platelets', 'plt 19 (was 45 last wk)')).toEqual(point(19));
    expect(numberValue('platelets', '45. no wait, 54')).toEqual(point(54));
    expect(numberValue('platelets', '54 — no wait, 45, misread the sheet')).toEqual(point(45));
    expect(numberValue('hemoglobin', 'Hb 8.5 g/dL two weeks ago, 10.2 today')).toEqual(point(102));
    expect(valueOf(parse('platelets', '18 → 35 → latest 52'))).toMatchObject({ entered: '18 → 35 → latest 52' });
  });

  it('reads past a reference range or a flag after the value ("C3 62 mg/dl (low)", "TG 2.6 [<1.7]") and the hours of a name ("24h UTP 0.86 g")', () => {
    expect(numberValue('c3', 'C3 62 mg/dl (low)')).toEqual(point(0.62));
    expect(numberValue('triglycerides', 'TG 2.6 mmol/L [<1.7]')).toEqual(point(2.6));
    expect(numberValue('urine_protein_24h', '24h UTP 0.86 g')).toEqual(point(0.86));
  });

  it('asks values the words do not order', () => {
    expect(messageOf(parse('platelets', '120, 45'), 'invalid')).toContain('more than one number');
    expect(parse('egfr', '60-65').kind).not.toBe('value');
    expect(parse('platelets', '45 or 54').kind).not.toBe('value');
  });

  it('asks for one number when there are several', () => {
    expect(messageOf(parse('platelets', '10 10 10'), 'invalid')).toContain('more than one number');
    expect(messageOf(parse('hemoglobin', '85 g/L 11 g/dL'), 'invalid')).toContain('more than one number');
  });

  it('asks for a number when there is none', () => {
    expect(messageOf(parse('platelets', 'low'), 'invalid')).toBe('Please give a number for Platelet count. Platelet count can be given in ×10^9/L, ×10^3/µL, /µL or /mm³.');
  });

  it.each([
    ['egfr', 'CKD stage 3', '“CKD stage”'],
    ['egfr', 'CKD 3', '“CKD”'],
    ['urine_protein_24h', 'LN class 4', '“LN class”'],
    ['platelets', 'after IVIG 45', '“after IVIG”'],
  ])('%s: never takes the number of another measure ("%s") as the value, and says which words it could not place', (fact, text, words) => {
    expect(messageOf(parse(fact, text), 'invalid')).toContain(`${words} came before it`);
  });

  it.each([
    ['egfr', 'eGFR >90', { low: 90 }],
    ['platelets', 'latest plt was 45k', point(45)],
    ['platelets', 'Plt: 45', point(45)],
    ['hemoglobin', 'Hgb today 96', point(96)],
    ['c3', 'C3 low at 0.6', point(0.6)],
    ['anti_dsdna', 'anti-dsDNA 45', point(45)],
    ['age', 'she is 45', point(45)],
    ['urine_protein_24h', '24h urine protein 350 mg', point(0.35)],
  ])('%s: still reads a value after its own name, a comparator or a plain word ("%s")', (fact, text, value) => {
    expect(numberValue(fact, text)).toEqual(value);
  });

  it('refuses digits it cannot read as one number', () => {
    expect(messageOf(parse('platelets', '1.2.3'), 'invalid')).toContain('“1.2.3”');
  });
});

describe('counts typed with a bare power of ten', () => {
  it('"WBC 4.5 x10^9" is 4.5 ×10^9/L', () => {
    expect(numberValue('wbc', 'WBC 4.5 x10^9')).toEqual({ low: 4.5, high: 4.5 });
  });
});
