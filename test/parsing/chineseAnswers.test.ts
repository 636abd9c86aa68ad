import { describe, expect, it } from 'vitest';
import { day, messageOf, parse, valueOf } from './parse';

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

describe('what a Chinese answer is recorded with', () => {
  it('a dose is quoted as typed, never as the reader rewrote it ("15 mg 每日", not "15 mg  daily")', () => {
    const value = valueOf(parse('corticosteroids', '泼尼松 10 mg 每日，之前为15mg每日两次'));
    expect(value).toMatchObject({ kind: 'medication', entered: '泼尼松 10 mg 每日，之前为15mg每日两次' });
    const [use] = value.kind === 'medication' ? value.uses : [];
    expect(use).toMatchObject({ dailyDose: { low: 10, high: 10 }, doseEntered: '10 mg 每日', earlierDoses: [{ dailyDose: { low: 30, high: 30 }, doseEntered: '15mg每日两次' }] });
  });

  it('a date asked about is quoted as written, never as the reader rewrote it ("2026年5月", not "May 2026")', () => {
    expect(parse('corticosteroids', '泼尼松 10mg 2026年5月')).toMatchObject({ kind: 'ambiguous', problem: { code: 'start-or-stop', text: '2026年5月' } });
    expect(parse('corticosteroids', 'prednisone 10 mg March 2026')).toMatchObject({ kind: 'ambiguous', problem: { code: 'start-or-stop', text: 'March 2026' } });
  });

  it('words not understood are quoted as written ("因白细胞下降", not one character at a time)', () => {
    const outcome = parse('immunosuppressants', '曾服硫唑嘌呤,因白细胞下降停用');
    expect(outcome).toMatchObject({ kind: 'value', reading: { notes: expect.arrayContaining([{ code: 'not-understood', words: ['因白细胞下降'] }]) } });
  });

  it.each(['0.2克/24h', '0.2 克/24小时', '200毫克/天'])('a unit half in characters ("%s") is the unit its symbols spell', (text) => {
    expect(valueOf(parse('urine_protein_24h', text))).toMatchObject({ kind: 'number', value: { low: 0.2, high: 0.2 } });
  });

  it.each(['AST 正常', '谷草转氨酶正常', 'ast正常'])('"%s" is normal: a label that itself says 正常 (正常值上限) takes nothing away from it', (text) => {
    expect(valueOf(parse('ast_uln', text))).toMatchObject({ kind: 'number', value: { low: 0, high: 1 } });
  });
});

describe('a Chinese medicine answer that is no use now (review of the change)', () => {
  it.each(['目前未服用泼尼松', '目前不用泼尼松', 'currently not on prednisone', 'not on prednisone currently'])('"%s" denies it: asked whether none at all, never taken now', (text) => {
    expect(parse('corticosteroids', text)).toMatchObject({ kind: 'follow-up', followUp: { kind: 'none-at-all' } });
  });

  it.each(['不再服用泼尼松', '泼尼松不再使用', '泼尼松未再服用'])('"%s" (no longer taken) is stopped, never current', (text) => {
    expect(valueOf(parse('corticosteroids', text))).toMatchObject({ uses: [{ drug: 'prednisone', current: false }] });
  });

  it.each(['吗替麦考酚酯过敏', '对吗替麦考酚酯不耐受', 'mycophenolate intolerant', '下个月开始用吗替麦考酚酯', '吗替麦考酚酯 1g 每日两次 下月开始', '吗替麦考酚酯 1g 每日两次 拒绝', '吗替麦考酚酯 1g 每日两次 医保未批'])(
    '"%s" (an allergy, intolerance, plan or refusal) records no use: asked',
    (text) => {
      expect(parse('immunosuppressants', text)).toMatchObject({ kind: 'ambiguous', problem: { code: 'nothing-in-period', notTaken: ['mycophenolate'] } });
    },
  );

  it.each(['吗替麦考酚酯 因胃肠道不耐受停用', '硫唑嘌呤 因过敏停用'])('"%s": stopped because of a reaction is a use that was stopped', (text) => {
    expect(valueOf(parse('immunosuppressants', text))).toMatchObject({ uses: [{ current: false }] });
  });

  it('"泼尼松 10mg（待确认）" (to be confirmed) is not known, never recorded', () => {
    expect(parse('corticosteroids', '泼尼松 10mg（待确认）').kind).toBe('unknown');
  });
});

describe('a Chinese value is named by its whole name (review of the change)', () => {
  it.each([['hemoglobin', '白蛋白 35'], ['hemoglobin', '蛋白 35'], ['neutrophils', '细胞 1.2']])('%s: "%s" names another measure: asked, never recorded', (fact, text) => {
    expect(parse(fact, text)).toMatchObject({ kind: 'invalid', problem: { code: 'foreign-words' } });
  });

  it.each([['hemoglobin', '血红蛋白复查 98', 98], ['platelets', 'PLT最新8.6万', 86], ['neutrophils', '中性粒细胞 3.8', 3.8]])('%s: "%s" is %s', (fact, text, value) => {
    expect(valueOf(parse(fact, text))).toMatchObject({ value: { low: value, high: value } });
  });
});

describe('N月 as a duration (review of the change)', () => {
  it.each(['3月余', '病程3月', '约3月'])('"%s" is three months ago, never March', (text) => {
    expect(valueOf(parse('thrombocytopenia_since', text))).toMatchObject({ kind: 'date', value: day('2026-03-15') });
  });

  it.each(['3月', '3月份', '2026年3月'])('"%s" is still March', (text) => {
    expect(valueOf(parse('thrombocytopenia_since', text))).toMatchObject({ kind: 'date', value: day('2026-03') });
  });
});

describe('a denial narrowed by an exception or a window of its own (review of the change)', () => {
  it.each(['no steroids except a short course in May', 'none besides a burst in May', 'no steroids for 3 months', 'no steroids within 3 months', 'no steroids in 2026', 'never had steroids 除了2026年5月'])(
    '"%s" is asked, never "none in the last 12 months"',
    (text) => {
      expect(parse('corticosteroids', text)).toMatchObject({ kind: 'ambiguous', problem: { code: 'period-part-only' } });
    },
  );

  it.each(['no steroids', 'no steroids in the last year', 'never had steroids', 'no steroids since 2020', '没用过激素'])('"%s" still denies the whole period', (text) => {
    expect(valueOf(parse('corticosteroids', text))).toMatchObject({ kind: 'medication', uses: [] });
  });
});

describe('Chinese frequencies and tablet counts (review of the change)', () => {
  it.each([
    ['corticosteroids', '泼尼松 5mg 早晚各一次', 10],
    ['corticosteroids', '泼尼松 5mg 两天一次', 2.5],
    ['corticosteroids', '泼尼松 5mg 每日一片', 5],
    ['immunosuppressants', '甲氨蝶呤 7.5mg 每周两次', 15 / 7],
  ])('%s: "%s" is %s mg a day', (fact, text, daily) => {
    const [use] = (valueOf(parse(fact, text)) as { uses: { dailyDose?: { low?: number } }[] }).uses;
    expect(use?.dailyDose?.low).toBeCloseTo(daily, 5);
  });

  it.each(['泼尼松 5mg 每天三片', '泼尼松 5mg 一日两片'])('"%s" counts tablets beside a dose: asked, never the dose alone', (text) => {
    expect(parse('corticosteroids', text)).toMatchObject({ kind: 'invalid', problem: { code: 'several-doses' } });
  });
});
