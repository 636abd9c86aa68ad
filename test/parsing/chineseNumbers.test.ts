import { describe, expect, it } from 'vitest';
import { askedAbout, read, valueOf as readValue } from '../summary/read';
import { parse, valueOf } from './parse';

/** Values as Chinese notes and answers write them: no space before the digits, full width, 万 and 千, Chinese units. */
describe('a Chinese value', () => {
  it.each([
    ['血小板45', 45],
    ['ＰＬＴ ４．５万', 45],
    ['血小板4.5万', 45],
    ['4.5万/μl', 45],
    ['45千', 45],
    ['45，不对，是54', 54],
  ])('"%s" is a platelet count of %d ×10⁹/L', (text, count) => {
    expect(valueOf(parse('platelets', text))).toMatchObject({ kind: 'number', value: { low: count, high: count } });
  });

  it.each([
    ['urine_protein_24h', '24h尿蛋白 860毫克', 0.86],
    ['hemoglobin', 'Hb 98克/升', 98],
    ['alt_uln', 'ALT 120，正常上限40', 3],
    ['alt_uln', '正常', 1],
  ])('%s: "%s" is read in the fact\'s unit', (fact, text, high) => {
    expect(valueOf(parse(fact, text))).toMatchObject({ kind: 'number', value: { high } });
  });

  it('"＞９０" is a bound at full width: eGFR above 90', () => {
    expect(valueOf(parse('egfr', '＞９０'))).toMatchObject({ kind: 'number', value: { low: 90 } });
  });
});

describe('a Chinese value in a note', () => {
  it('digits right after a name are its value, and a lead word may stand between: "血红蛋白96g/L", "PLT最新8.6万"', () => {
    const reading = read('血红蛋白96g/L，白细胞3.1×10^9/L。PLT最新8.6万。');
    expect(readValue(reading, 'hemoglobin')).toMatchObject({ value: { low: 96, high: 96 } });
    expect(readValue(reading, 'wbc')).toMatchObject({ value: { low: 3.1, high: 3.1 } });
    expect(readValue(reading, 'platelets')).toMatchObject({ value: { low: 86, high: 86 } });
  });

  it('a number far after a name is not its value: "52岁，主因腰痛伴双下肢水肿1年" is 52 years old', () => {
    expect(readValue(read('患者男性，52岁，主因"腰痛伴双下肢水肿1年"就诊。'), 'age')).toMatchObject({ value: { low: 52, high: 52 } });
  });

  it.each(['24h尿蛋白3.62g降至2.15g。', 'PLT波动于4万–7万。'])('a trend in words or a range ("%s") is asked, never its first value', (text) => {
    expect(askedAbout(read(text), text.startsWith('24h') ? 'urine_protein_24h' : 'platelets').message).toMatch(/not certain/);
  });

  it('a trend of arrows is read at its latest value, with its unit, as in English: "PLT 0.8万→2.1万→3.6万。" is 36', () => {
    expect(readValue(read('PLT 0.8万→2.1万→3.6万。'), 'platelets')).toMatchObject({ value: { low: 36, high: 36 } });
  });

  it('"肝功能正常" says ALT, AST and bilirubin are normal', () => {
    const reading = read('肝功能正常。');
    for (const fact of ['alt_uln', 'ast_uln', 'bilirubin_uln']) expect(readValue(reading, fact)).toMatchObject({ value: { low: 0, high: 1 } });
  });

  it('words that are no lead make the number another measure: "PLT一过性升至8万" is no latest count', () => {
    expect(read('PLT一过性升至8万后回落。').facts.some((f) => f.fact === 'platelets')).toBe(false);
    // The count said now is read.
    expect(readValue(read('PLT一过性升至8万后回落，现PLT 5万。'), 'platelets')).toMatchObject({ value: { low: 50, high: 50 } });
  });
});
