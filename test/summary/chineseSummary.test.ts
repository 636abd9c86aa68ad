import { describe, expect, it } from 'vitest';
import { read, untouched, valueOf } from './read';

/** A pasted Chinese note (病历摘要, 出院小结, 门诊病历) read into the same facts as an English one. */
describe('sex and age in a Chinese note', () => {
  it.each([
    ['性别：女　　年龄：34岁', 'female', 34],
    ['患者女，34岁，SLE。', 'female', 34],
    ['患者男性，52岁，主因"腰痛"就诊。', 'male', 52],
    ['郑玉珍，女，60岁。', 'female', 60],
  ])('"%s" is a %s patient of %d', (text, sex, age) => {
    const reading = read(text);
    expect(valueOf(reading, 'sex')).toMatchObject({ value: sex });
    expect(valueOf(reading, 'age')).toMatchObject({ value: { low: age, high: age } });
  });

  it('"男性" after 患者 is the sex, no name to ignore', () => {
    expect(read('患者男性，52岁。').ignored).toEqual([]);
  });

  it('a one-character name inside a word names nothing: "其女儿患SLE" says nothing of the sex', () => {
    expect(untouched(read('家族史：其女儿患SLE。'), 'sex')).toBe(true);
  });
});

describe('a Chinese denial over a window (review of the change)', () => {
  it.each(['近12个月未用激素。', '近一年未用激素。'])('"%s" reaches the question\'s 12 months: no corticosteroids, not "now only"', (text) => {
    expect(valueOf(read(text), 'corticosteroids')).toMatchObject({ kind: 'medication', uses: [] });
  });

  it('"近3个月未用激素。" does not reach them: asked', () => {
    const reading = read('近3个月未用激素。');
    expect(reading.facts.some((f) => f.fact === 'corticosteroids')).toBe(false);
    expect(reading.unclear.some((u) => u.fact === 'corticosteroids')).toBe(true);
  });
});
