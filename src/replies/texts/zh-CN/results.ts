import type { CatalogWords } from '../../../catalog/catalogWords';
import type { Day } from '../../../dates/calendar';
import type { FactDetail } from '../../../domain/detail';
import type { Answers } from '../../../domain/factValue';
import type { TrialResult } from '../../../engine/result';
import { byVerdict, shownNumber } from '../../../report/results';
import { openParts, type OpenItem, type OpenParts } from '../../../report/openParts';
import { factOf } from '../lookup';
import { isoDay } from './format';
import { confirmOnly, decidingValue, detailLabel, exclusionReason, statusWithWarnings, trialName, verdictLabels, whomToContact } from './trials';
import { value } from './values';

/** Trials ruled out by one answer that its reply names; more are counted. */
const RULED_OUT_NAMED = 10;

export function ruledOutLines(w: CatalogWords, ruledOut: readonly TrialResult[]): string[] {
  const lines = ruledOut.slice(0, RULED_OUT_NAMED).map((r) => `已排除：${trialName(w, r)}——${decidingValue(w, r)}`);
  const more = ruledOut.length - RULED_OUT_NAMED;
  if (more > 0) lines.push(`……另有 ${more} 项研究被排除（输入“结果”可查看全部）。`);
  return lines;
}

/** Trials listed in full in the results text; the rest are counted. */
const LISTED_IN_TEXT = 20;

export function openItemLabel(w: CatalogWords, item: OpenItem): string {
  return item.detail ? detailLabel(w, { fact: item.fact, detail: item.detail }) : factOf(w, item.fact).label;
}

export const openHeadings: Record<keyof OpenParts, string> = {
  notYetKnown: '尚未询问',
  notGiven: '未提供',
  answeredUnknown: '回答为“不详”',
  undecided: '已回答，但不足以判断（筛选时确认）',
};

export function openLines(w: CatalogWords, result: TrialResult, declined: readonly FactDetail[]): string[] {
  const parts = openParts(result.details(), declined);
  return (Object.keys(openHeadings) as (keyof OpenParts)[]).flatMap((part) =>
    parts[part].length > 0 ? [`${openHeadings[part]}：${parts[part].map((i) => openItemLabel(w, i)).join('；')}`] : [],
  );
}

export function resultsText(w: CatalogWords, results: readonly TrialResult[]): string {
  const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
  const ruledOut = results.filter((r) => r.verdict === 'ineligible');
  const lines = [open.length > 0 ? `患者可能符合的研究（${open.length}）：` : '目录中没有与现有回答相符的研究。'];
  for (const r of open.slice(0, LISTED_IN_TEXT)) lines.push(`• ${trialName(w, r)}：${verdictLabels[r.verdict]}。`);
  if (open.length > LISTED_IN_TEXT) lines.push(`……另有 ${open.length - LISTED_IN_TEXT} 项可能符合：其卡片随后显示（输入“更多”查看下一批）。`);
  if (ruledOut.length > 0) {
    lines.push(`已排除（${ruledOut.length}）：`);
    for (const r of ruledOut.slice(0, LISTED_IN_TEXT)) lines.push(`• ${trialName(w, r)}——${exclusionReason(w, r)}`);
    if (ruledOut.length > LISTED_IN_TEXT) lines.push(`……另有 ${ruledOut.length - LISTED_IN_TEXT} 项被排除。`);
  }
  return lines.join('\n');
}

export function resultSummaryText(w: CatalogWords, result: TrialResult, declined: readonly FactDetail[]): string {
  const { toConfirm } = result.details();
  return [
    `• ${trialName(w, result)}：${verdictLabels[result.verdict]}。`,
    ...openLines(w, result, declined).map((line) => `  ${line}。`),
    ...(toConfirm.length > 0 ? [`  筛选时需确认：${toConfirm.map((c) => confirmOnly(w, result.trialId, c)).join(' ')}`] : []),
    `  状态：${statusWithWarnings(w, result.status)}。`,
    `  联系人：${whomToContact(w, result).join(' | ')}`,
  ].join('\n');
}

export function referralText(w: CatalogWords, result: TrialResult, answers: Answers, answered: readonly string[], declined: readonly FactDetail[], day: Day): string {
  const facts = answered.flatMap((id) => {
    const fact = w.facts.get(id);
    const shown = fact ? value(w, fact, answers[id]) : undefined;
    return fact && shown ? [`• ${fact.label}：${shown}`] : [];
  });
  const { toConfirm } = result.details();
  return [
    '转诊摘要（已去标识化；不含姓名或病历号）',
    `研究：${trialName(w, result)}`,
    `${isoDay(day)}的筛选结果：${verdictLabels[result.verdict]}`,
    '已回答的患者信息：',
    ...facts,
    ...openLines(w, result, declined),
    ...(toConfirm.length > 0 ? [`筛选时需确认：${toConfirm.map((c) => `${shownNumber(c)}（${confirmOnly(w, result.trialId, c)}）`).join('；')}`] : []),
    `招募状态：${statusWithWarnings(w, result.status)}`,
    `联系人：${whomToContact(w, result).join(' | ')}`,
  ].join('\n');
}

export function moreCardsText(left: number): string {
  return `另有 ${left} 项研究可能符合；详情见上方列表。输入“更多”查看下一批卡片。`;
}

export const noMoreCardsText = '没有更多结果卡片了。输入“结果”可再次查看全部。';

export const resultCardLabels = {
  toConfirm: '筛选时需确认',
  status: '招募状态',
  contacts: '联系人',
  sites: '研究中心',
  missing: '缺少的信息',
  referral: '转诊摘要',
  showCriteria: '查看标准',
  readAs: '理解为',
  moreSites: (count: number) => `……另有 ${count} 个研究中心`,
  add: (what: string) => `补充：${what}`,
  call: (name: string) => `致电 ${name}`,
  email: (name: string) => `发邮件给 ${name}`,
  registry: (id: string) => `在注册网站打开 ${id}`,
  moreMissing: (count: number) => `……另有 ${count} 项：输入“继续”回答。`,
};

export const reportLabels = { verdict: '结论', readAs: '理解为', contact: '联系人' };

export const criterionStates: Record<'met' | 'not-applying' | 'open' | 'rules-out', string> = {
  met: '已满足',
  'not-applying': '不适用',
  open: '待定',
  'rules-out': '排除该患者',
};

export const missingStates: Record<keyof OpenParts, string | undefined> = {
  notYetKnown: undefined,
  notGiven: '未提供',
  answeredUnknown: '回答为不详',
  undecided: '已回答，筛选时确认',
};

export function missingText(label: string, state: string | undefined): string {
  return state ? `${label}（${state}）` : label;
}

export function resultReason(w: CatalogWords, result: TrialResult, open: OpenParts): string {
  const { deciding, toConfirm } = result.details();
  const confirm = toConfirm.length > 0 ? `；${toConfirm.length} 条标准需在筛选时确认` : '';
  switch (result.verdict) {
    case 'eligible':
      return `满足现有回答可核查的全部 ${deciding.length} 条标准${confirm}。`;
    case 'needs-info': {
      const missing = open.notYetKnown.length + open.notGiven.length + open.answeredUnknown.length;
      return missing > 0 ? `目前没有排除该患者的标准；尚有 ${missing} 项待明确。` : `没有排除该患者的标准；${open.undecided.length} 项回答不足以判断，将在筛选时确认。`;
    }
    case 'ineligible':
      return exclusionReason(w, result);
  }
}

const FITS_NAMED = 4;

export function fitsText(labels: readonly string[]): string {
  const shown = labels.slice(0, FITS_NAMED);
  return `已符合：${shown.join('；')}${labels.length > shown.length ? `；另有 ${labels.length - shown.length} 项` : ''}。`;
}

export const readAsText = (restored: string): string => `理解为：“${restored}”`;
