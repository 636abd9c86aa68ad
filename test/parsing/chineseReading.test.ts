import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import { askedAbout, read, untouched, valueOf as readValue } from '../summary/read';
import { parse, valueOf } from './parse';

/** Today is 15 June 2026 (see parse.ts). Chinese answers and notes, and dates as clinicians in China write them, read by the one reader. */
describe('a Chinese date', () => {
  it.each([
    ['2024年3月', '2024-03'],
    ['2023年5月12日', '2023-05-12'],
    ['2024-3', '2024-03'],
    ['去年12月', '2025-12'],
    ['今年2月份', '2026-02'],
    ['2019年', '2019'],
    ['去年', '2025'],
    // With dots, as many clinicians in China write a date in English too.
    ['2015.6', '2015-06'],
    ['dx 2019.11', '2019-11'],
    ['2023.05.12', '2023-05-12'],
    // A time ago.
    ['3个月前', '2026-03-15'],
    ['半年前确诊的', '2025-12-15'],
    ['两周前', '2026-06-01'],
  ])('"%s" is %s', (text, iso) => {
    expect(valueOf(parse('diagnosis_date', text))).toMatchObject({ kind: 'date', value: partialDateToInterval(iso) });
  });

  it('a duration is no date: "RA 10年" gives no date of diagnosis', () => {
    expect(parse('diagnosis_date', 'RA 10年').kind).not.toBe('value');
  });
});

describe('a Chinese medicine timeline, read by the one medication reader', () => {
  it('a date before its role word: "3个月前开始的" started, "去年停了" and "上月停了" stopped, "9月1号减到15" a dose change', () => {
    expect(valueOf(parse('corticosteroids', '美卓乐 8mg qd，3个月前开始的'))).toMatchObject({ uses: [{ drug: 'methylprednisolone', current: true, started: partialDateToInterval('2026-03-15') }] });
    expect(valueOf(parse('herbal_medicines', '雷公藤多苷 20mg tid，上月停了'))).toMatchObject({ uses: [{ drug: 'tripterygium', current: false, stopped: partialDateToInterval('2026-05') }] });
    expect(valueOf(parse('corticosteroids', '泼尼松20mg，9月1号减到15'))).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: { low: 15, high: 15 }, earlierDoses: [{ dailyDose: { low: 20, high: 20 } }] }] });
  });

  it('frequencies, routes and units in Chinese: "强的松10毫克每天", "泰它西普 160mg 每周一次 皮下"', () => {
    expect(valueOf(parse('corticosteroids', '强的松10毫克每天'))).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: { low: 10, high: 10 } }] });
    expect(valueOf(parse('biologics', '泰它西普 160mg 每周一次 皮下'))).toMatchObject({ uses: [{ drug: 'telitacicept', route: 'subcutaneous' }] });
  });

  it('a plan or a medicine not yet started is not taken: "准备上硫唑嘌呤，还没开始" is asked', () => {
    expect(parse('immunosuppressants', '准备上硫唑嘌呤，还没开始').kind).toBe('ambiguous');
  });
});

describe('a Chinese note dates what it names after the date', () => {
  it('"患者2019年4月确诊系统性红斑狼疮", "2020年3月于我院诊断为SLE": the diagnosis is dated', () => {
    expect(readValue(read('患者2019年4月确诊系统性红斑狼疮。'), 'diagnosis_date')).toMatchObject({ value: partialDateToInterval('2019-04') });
    expect(readValue(read('2020年3月于我院诊断为SLE。'), 'diagnosis_date')).toMatchObject({ value: partialDateToInterval('2020-03') });
  });

  it('"已绝经" is none of pregnancy, breast-feeding and the rest; "围绝经期" (around the menopause) says nothing', () => {
    expect(readValue(read('已绝经。'), 'reproductive_status')).toMatchObject({ values: [] });
    expect(untouched(read('围绝经期。'), 'reproductive_status')).toBe(true);
  });
});

describe('what the first Chinese held-out set found', () => {
  it('"乙肝丙肝都阴性": a denial after a list with 都 or 均 is of each name in it, so hepatitis B and C only: asked', () => {
    askedAbout(read('乙肝丙肝都阴性。'), 'active_infection');
    expect(read('乙肝、丙肝均阴性。').unclear.some((u) => u.fact === 'active_infection')).toBe(true);
  });

  it('a year in Chinese digits, a third of a month, and a season: "二〇一八年三月", "8月中旬", "去年夏天" (asked)', () => {
    expect(valueOf(parse('sle_diagnosis_date', '二〇一八年三月'))).toMatchObject({ value: partialDateToInterval('2018-03') });
    expect(valueOf(parse('sle_diagnosis_date', '2024年5月底'))).toMatchObject({ value: partialDateToInterval('2024-05') });
    expect(parse('last_major_surgery', '去年夏天做的子宫切除').kind).not.toBe('value');
  });

  it('"8月中旬从15减下来的": this dose since August, reduced from 15', () => {
    expect(valueOf(parse('corticosteroids', '强的松10毫克每天，8月中旬从15减下来的'))).toMatchObject({
      uses: [{ dailyDose: { low: 10, high: 10 }, doseSince: partialDateToInterval('2025-08'), earlierDoses: [{ dailyDose: { low: 15, high: 15 } }] }],
    });
  });
});

describe('a negation inside what reads like a name', () => {
  it('"从未用过西罗莫司" (never took sirolimus) is never "treated with sirolimus before"', () => {
    expect(untouched(read('从未用过西罗莫司。'), 'sirolimus_history')).toBe(true);
    expect(readValue(read('既往用过西罗莫司。'), 'sirolimus_history')).toMatchObject({ values: ['previous_treatment'] });
  });
});

describe('what the review of the Chinese readers found', () => {
  it('a Chinese denial of a medicine is one, as "no prednisone" is: asked whether none at all, never a use', () => {
    for (const text of ['没用过泼尼松', '泼尼松：从未用过', '未曾用过泼尼松', '既往未用过泼尼松', '还没用泼尼松']) expect(parse('corticosteroids', text).kind, text).toBe('follow-up');
  });

  it('"not stopped" is taken now; a pause then taken again is no stop', () => {
    for (const text of ['未停药，仍在用 泼尼松 10mg', '泼尼松 10mg，从未停用', '泼尼松 5mg，停了3天又开始']) {
      expect(valueOf(parse('corticosteroids', text)), text).toMatchObject({ uses: [{ drug: 'prednisone', current: true }] });
    }
  });

  it('how often in Chinese: twice or three times a day, every other day', () => {
    const daily = (text: string) => (valueOf(parse('corticosteroids', text)) as { uses: { dailyDose?: unknown }[] }).uses[0]!.dailyDose;
    expect(daily('泼尼松 10 mg 每日两次')).toEqual({ low: 20, high: 20 });
    expect(daily('泼尼松 5 mg 一日三次')).toEqual({ low: 15, high: 15 });
    expect(daily('泼尼松 10mg 每日一次')).toEqual({ low: 10, high: 10 });
    expect(daily('泼尼松 10mg 隔日')).toEqual({ low: 5, high: 5 });
  });

  it('counts past ten in Chinese numerals: "十五年前", "二十年前", "十五天前"', () => {
    expect(valueOf(parse('diagnosis_date', '十五年前'))).toMatchObject({ value: partialDateToInterval('2011') });
    expect(valueOf(parse('diagnosis_date', '二十年前'))).toMatchObject({ value: partialDateToInterval('2006') });
    expect(valueOf(parse('diagnosis_date', '十五天前'))).toMatchObject({ value: partialDateToInterval('2026-05-31') });
  });
});
