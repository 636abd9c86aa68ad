import { describe, expect, it } from 'vitest';
import { messageOf, parse, valueOf } from './parse';

/** Whole answers as Chinese clinicians type them, read from seeds/reading/words.zh-CN.yaml beside the English words. */
describe('a Chinese yes or no', () => {
  it.each(['是', '是的', '有', '对', '阳性', '有，鼻出血'])('"%s" is yes', (text) => {
    expect(valueOf(parse('npsle', text))).toMatchObject({ kind: 'boolean', value: true });
  });

  it.each(['否', '不是', '无', '没有', '阴性', '从来没有', '否认', '否认神经精神狼疮', '无神经精神狼疮史'])('"%s" is no', (text) => {
    expect(valueOf(parse('npsle', text))).toMatchObject({ kind: 'boolean', value: false });
  });

  it('a yes with its comment after a Chinese comma is a yes: "是，2021年宫颈原位癌，锥切后治愈"', () => {
    expect(valueOf(parse('malignancy_exempt_only', '是，2021年宫颈原位癌，锥切后治愈'))).toMatchObject({ value: true });
  });

  it.each(['无，但2019年做过', '没有，不过以前有过'])('a no that goes on to say more ("%s") is asked', (text) => {
    expect(messageOf(parse('splenectomy', text), 'invalid')).toContain('yes, no, or unknown');
  });
});

describe('Chinese for "I don\'t know" and "not done"', () => {
  const FACTS = ['npsle', 'sex', 'primary_diagnosis', 'other_ctds', 'platelets', 'diagnosis_date', 'last_major_surgery', 'corticosteroids'];

  it.each(['不详', '不知道', '不清楚', '不确定', '未知', '记不清了', '未查', '未做', '没查', '还没做', '没查过', '尚未检查'])('"%s" is unknown for every kind of question, never a no', (text) => {
    for (const fact of FACTS) expect(parse(fact, text), fact).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
  });

  it('the fact named before "not done" is unknown too: "dsDNA没查"', () => {
    expect(parse('anti_dsdna', 'dsDNA没查')).toMatchObject({ kind: 'unknown' });
  });

  it('a test not done names no denial: "未查HBV-DNA" is no "no infection"', () => {
    // Asked again, never a no (nor a yes).
    expect(parse('active_infection', '未查HBV-DNA').kind).toBe('invalid');
  });
});

describe('a Chinese "none"', () => {
  it.each(['无', '没有', '都没有', '以上均无'])('"%s" to a list question is none of them', (text) => {
    expect(valueOf(parse('corticosteroid_intolerance', text))).toMatchObject({ kind: 'set', values: [] });
  });

  it.each(['无', '没有', '没用过'])('"%s" to a medicines question is none in its period', (text) => {
    expect(valueOf(parse('corticosteroids', text))).toMatchObject({ kind: 'medication', uses: [] });
  });

  it('"从来没有过血栓" is never, for an event that may not have happened', () => {
    expect(valueOf(parse('last_thrombosis', '从来没有过血栓'))).toMatchObject({ kind: 'date', value: undefined });
  });

  it('"未孕" denies a pregnancy only: the rest of the question is asked', () => {
    expect(parse('reproductive_status', '未孕').kind).toBe('ambiguous');
  });
});
