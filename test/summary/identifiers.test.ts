import { describe, expect, it } from 'vitest';
import { read, untouched, valueOf } from './read';

/** A referral with one identifier of every kind, beside facts that must still be read. */
const REFERRAL = [
  'Referral from Dr Anna Lindqvist (tel +46 8 123 456 78, anna.lindqvist@hospital.example).',
  'Patient: Mrs. Olga Petrova, 12 Birch Lane, Leeds LS6 2AB. MRN: 4471029. NHS No: 943 476 5919. DOB: 03/07/1968.',
  'Study screening ID: SCR-2291. Please call 0161 496 0732.',
  'Jane Doe, 34F, SLE since 2016, plt 52.',
].join('\n');
const IDENTIFIERS = [
  'Anna Lindqvist',
  '+46 8 123 456 78',
  'anna.lindqvist@hospital.example',
  'Olga Petrova',
  '12 Birch Lane',
  'LS6 2AB',
  '4471029',
  '943 476 5919',
  '03/07/1968',
  'SCR-2291',
  '0161 496 0732',
  'Jane Doe',
];

describe('identifiers in a pasted summary', () => {
  const reading = read(REFERRAL);

  it('counts each kind it recognises', () => {
    expect(Object.fromEntries(reading.ignored.map((i) => [i.kind, i.count]))).toEqual({
      name: 3,
      phone: 2,
      email: 1,
      address: 1,
      'record-number': 2,
      'date-of-birth': 1,
      'other-id': 1,
    });
  });

  it.each(IDENTIFIERS)('never returns “%s”, anywhere in the reading', (identifier) => {
    expect(JSON.stringify(reading)).not.toContain(identifier);
    for (const part of identifier.split(/[\s@.]+/).filter((p) => p.length >= 4)) expect(JSON.stringify(reading)).not.toContain(part);
  });

  it('still reads the facts around them, and none from them (no age from the date of birth)', () => {
    expect(valueOf(reading, 'age')).toMatchObject({ value: { low: 34, high: 34 } });
    expect(valueOf(reading, 'primary_diagnosis')).toMatchObject({ value: 'sle' });
    expect(valueOf(reading, 'platelets')).toMatchObject({ value: { low: 52, high: 52 } });
    expect(reading.facts.filter((f) => f.fact === 'age')).toHaveLength(1);
  });

  it('takes no capitalised clinical words for a name ("Past Medical History", "Renal Unit")', () => {
    expect(read('Past Medical History: SLE. Renal Unit referral.').ignored).toEqual([]);
  });
});

describe('identifiers under Chinese labels', () => {
  const note = '姓名：王芳  住院号：0023817  病案号: 998812  门诊号 A20261107\n身份证号：110105198203041234 电话：13801234567 地址：北京市朝阳区某路12号\n45F, pSS since 2019, plt 48.';
  const reading = read(note);

  it.each(['王芳', '0023817', '998812', 'A20261107', '110105198203041234', '13801234567', '北京市朝阳区某路12号'])('never returns “%s”', (identifier) => {
    expect(JSON.stringify(reading)).not.toContain(identifier);
  });

  it('counts them by kind and still reads the facts', () => {
    expect(Object.fromEntries(reading.ignored.map((i) => [i.kind, i.count]))).toEqual({ name: 1, 'record-number': 3, 'other-id': 1, phone: 1, address: 1 });
    expect(valueOf(reading, 'platelets')).toMatchObject({ value: { low: 48, high: 48 } });
  });
});

describe('Chinese names by their cues', () => {
  it.each([
    ['患者李强，男，41岁。SLE，PLT 45×10^9/L。', '李强'],
    ['会诊医师：陈志强\n原发性干燥综合征。', '陈志强'],
    ['经我科曾小明主任医师、李华副主任医师两位风湿科医师共同评估，诊断结缔组织病相关血小板减少。', '曾小明', '李华'],
    ['检验者：王磊　　审核者：赵敏', '王磊', '赵敏'],
    ['Pt: 钱卫东, M, 59y, pSS.', '钱卫东'],
    ['出生日期：1981年03月15日　SLE。', '1981年03月15日'],
  ])('never returns the names in “%s”', (note, ...names) => {
    const json = JSON.stringify(read(note));
    for (const name of names) expect(json).not.toContain(name);
  });

  it('takes no department or rank before a title for a name: 风湿科医师, 上级医师', () => {
    const reading = read('经风湿科医师及上级医师评估，诊断系统性红斑狼疮。');
    expect(reading.ignored).toEqual([]);
    expect(valueOf(reading, 'primary_diagnosis')).toMatchObject({ value: 'sle' });
  });
});

describe('identifiers as registers and ward notes write them', () => {
  it.each([
    ['Patient Wu Qiang, male, 58, IgG4-RD.', 'Wu Qiang'],
    ['Name: HE, Yuting    ID 2291', 'Yuting'],
    ['Patient: KOWALSKI, ANNA M | Acct 44-0918-2277', 'KOWALSKI'],
    ['Patient: KOWALSKI, ANNA M | Acct 44-0918-2277', '44-0918-2277'],
    ['WR — Bed 12, Mr Li, RPF.', 'Bed 12'],
  ])('never returns an identifier of "%s"', (text, identifier) => {
    expect(JSON.stringify(read(text))).not.toContain(identifier);
  });

  it('takes no month or table heading for a name ("Shingles Aug", "Result Ref")', () => {
    expect(read('Shingles Aug 2026, treated.').ignored).toEqual([]);
  });
});

describe('titles of the patient', () => {
  it('read the sex, and an age said right after the name, from a title in the narrative ("Mrs Tian Jing, 41, primary APS")', () => {
    const reading = read('Mrs Tian Jing, 41, primary antiphospholipid syndrome.');
    expect(valueOf(reading, 'sex')).toMatchObject({ value: 'female' });
    expect(valueOf(reading, 'age')).toMatchObject({ value: { low: 41, high: 41 } });
    expect(valueOf(read('Re: Mr Chen Gang   MRN 7734120\nThis patient has primary APS.'), 'sex')).toMatchObject({ value: 'male' });
    expect(valueOf(read('This 46-year-old gentleman has primary APS.'), 'sex')).toMatchObject({ value: 'male' });
  });

  it('read nothing from a title in an address block, heading an address, or of a clinician', () => {
    expect(untouched(read('Dear Dr Wang,\nMrs Zhou Lan\n4 Elm Road\nSLE since 2019.'), 'sex')).toBe(true);
    expect(untouched(read('Patient: Mrs. Olga Petrova, 12 Birch Lane, Leeds LS6 2AB. SLE since 2019.'), 'sex')).toBe(true);
    expect(untouched(read('Seen by Mr Jones, consultant surgeon. SLE since 2019.'), 'sex')).toBe(true);
  });
});
