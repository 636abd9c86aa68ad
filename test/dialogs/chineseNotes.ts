import type { ScreeningCase } from './profiles';

/**
 * For the screening cases of each study, the note a Chinese-speaking clinician would paste: the same patient as the
 * case's profile, written as a Chinese note (with the English abbreviations such notes mix in).
 */
const notes = {
  rpf: ({ age = '70', hb = 'Hb 110 g/L', steroids = '近12个月未用激素' }) =>
    `${age}岁男性。特发性腹膜后纤维化，2020年CT诊断，血沉和CRP升高。${hb}，白细胞 6.1，中性粒细胞 3.8，血小板 180。24小时尿蛋白 0.2 g。${steroids}，近12个月未用免疫抑制剂或生物制剂。无活动性感染，无恶性肿瘤，无淋巴增殖性疾病。`,
  igg4: ({ ri = '4', other = '无其他结缔组织病' }) =>
    `55岁男性，IgG4相关性疾病，符合2011年综合诊断标准，IgG4-RD反应指数 ${ri}。${other}。近一年未用激素、免疫抑制剂或生物制剂。无活动性感染，无恶性肿瘤。`,
  ctdtp: ({ plt = '48' }) =>
    `45岁女性，原发性干燥综合征（2019年起），血小板减少，PLT ${plt}，用药：泼尼松 15 mg 每日（2026年5月起），吗替麦考酚酯 750 mg bid（2026年5月起），剂量未变。无其他诊断。`,
  sle: ({ egfr = '90', npsle = '无神经精神狼疮' }) =>
    `30岁女性，SLE（2019年起），符合2012年SLICC标准；无其他结缔组织病。SLEDAI-2K 6（不含血清学），抗dsDNA 35 IU/mL，C3 0.7 g/L。Hb 130 g/L，血小板 250，白细胞 6.0，中性粒细胞 4.0，24小时尿蛋白 0.1 g，eGFR ${egfr}，ALT、AST正常。${npsle}，无活动性感染，无恶性肿瘤。用药：泼尼松 10 mg 每日（2026年1月起），羟氯喹 200 mg bid（2024年起），吗替麦考酚酯 500 mg bid（2026年3月起）。西罗莫司用药史：无。未怀孕，未哺乳，无妊娠计划。`,
  apl: ({ ldl = '未用他汀' }) =>
    `40岁女性，抗磷脂抗体持续阳性（狼疮抗凝物两次阳性，间隔12周）；无其他结缔组织病。血小板减少，PLT 65，已6周。Hb 120 g/L，白细胞 5.5，eGFR 95，ALT、AST正常。用药：泼尼松 5 mg 每日（2026年8月起），羟氯喹 200 mg 每日（2025年起），阿司匹林 100 mg 每日（2025年起）。${ldl}。无血栓，无出血倾向，无活动性感染，未怀孕。`,
};

const byCase: Record<string, string> = {
  'RPF: eligible': notes.rpf({}),
  'RPF: moderate anaemia, Hb 8.5 g/dL': notes.rpf({ hb: 'Hb 85 g/L' }),
  'IgG4-RD: eligible': notes.igg4({}),
  'IgG4-RD: responder index 1': notes.igg4({ ri: '1' }),
  'CTD-TP: eligible': notes.ctdtp({}),
  'CTD-TP: platelets 120': notes.ctdtp({ plt: '120' }),
  'SIRIUS: eligible': notes.sle({}),
  'SIRIUS: eGFR 45': notes.sle({ egfr: '45' }),
  'aPL: eligible': notes.apl({}),
  'aPL: LDL 4.0 mmol/L on a statin': notes.apl({ ldl: '服用他汀，LDL 4.0 mmol/L' }),
};

/** The cases a Chinese note is written for: each study's eligible path and one way to be ruled out of it. */
export const chineseCases = Object.keys(byCase);

export function chineseNoteOf(screeningCase: ScreeningCase): string {
  const note = byCase[screeningCase.name];
  if (note === undefined) throw new Error(`no Chinese note written for the screening case "${screeningCase.name}"`);
  return note;
}
