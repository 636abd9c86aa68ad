import type { ProfileDefaults } from '../support/cardQuestion';
import type { Profile } from './profiles';

/**
 * The screening cases' profiles as a Chinese-speaking clinician types them, answer by answer: the same patient,
 * each answer in the words a Beijing rheumatologist would use. An answer with no Chinese wording here fails the
 * test that asks for it, so a new profile answer is worded here before a Chinese transcript uses it.
 */
const inChinese: Record<string, string> = {
  yes: '是',
  no: '否',
  none: '无',
  never: '从未',
  unknown: '不详',
  normal: '正常',
  male: '男',
  female: '女',
  '2019': '2019年',
  '2020': '2020年',
  '6 weeks ago': '6周前',
  "Ormond's disease": '特发性腹膜后纤维化',
  'IgG4 related disease': 'IgG4相关性疾病',
  "primary Sjogren's": '原发性干燥综合征',
  'systemic lupus erythematosis': '系统性红斑狼疮',
  antiphospholipid: '抗磷脂综合征',
  'Hb 11.0 g/dL': '血红蛋白 110 g/L',
  'Hb 8.5 g/dL': '血红蛋白 85克/升',
  '12.0 g/dL': '120 g/L',
  '130 g/L': '130克/升',
  'plt 180': '血小板 18万',
  '0.2 g/24h': '0.2克/24小时',
  '0.1 g/24h': '0.1 g/24h',
  '100 mg/g': '100 毫克/克',
  '5 IU/mL': '5 IU/mL',
  '35 IU/mL': '35 IU/mL',
  '1.1 g/L': '1.1 g/L',
  '0.7 g/L': '0.7克/升',
  '2.5 mmol/L': '2.5 mmol/L',
  '1.2 mmol/L': '1.2 mmol/L',
  'LDL 4.0 mmol/L': '低密度脂蛋白 4.0 mmol/L',
  'prednisone 15 mg daily since May 2026': '泼尼松 15 mg 每日，2026年5月起',
  'prednisone 10 mg daily since January 2026': '强的松10mg qd，2026年1月开始',
  'prednisone 5 mg daily since August 2026': '泼尼松 5毫克/日，自2026年8月起',
  'MMF 750 mg bid since May 2026': '吗替麦考酚酯 750 mg 每日两次，2026年5月起',
  'MMF 500 mg bid since March 2026': '骁悉 0.5g bid，2026年3月起',
  'HCQ 200 mg bid since 2024': '羟氯喹 200 mg 每日两次，2024年起',
  'HCQ 200 mg daily since 2025': '纷乐 200mg qd，2025年开始',
  'aspirin 100 mg daily since 2025': '阿司匹林 100 mg 每日，2025年起',
};

/** A profile typed in Chinese: numbers as they are, every other answer as `inChinese` words it. */
export function chineseProfile(profile: Profile): Profile {
  return Object.fromEntries(
    Object.entries(profile).map(([fact, answer]) => {
      if (/^\d+(\.\d+)?$/.test(answer)) return [fact, answer];
      const chinese = inChinese[answer];
      if (chinese === undefined) throw new Error(`no Chinese wording for the answer "${answer}" to ${fact} (test/dialogs/chineseProfiles.ts)`);
      return [fact, chinese];
    }),
  );
}

/** What the Chinese-speaking clinician types where the profile does not say. */
export const CHINESE_DEFAULTS: ProfileDefaults = { confirm: '是', unknown: '不详', details: { doseSince: '剂量一直未变', highestDose: '就是目前剂量' } };
