import type { Guess } from '../../../domain/guess';
import type { IdentifierKind } from '../../../summary/identifierKind';
import { list } from './format';

/** Labels of the confirmation card of a pasted summary. */
export const readingLabels = {
  record: '记录这些',
  discard: '全部放弃',
  correct: '更正某项',
  willAsk: '我会再问：',
  stillOpen: '尚待回答——现在能答的请填写（留空的项稍后再问）：',
  correction: (label: string) => `更正：${label}`,
};

export function readingIntroText(count: number): string {
  return `我从您粘贴的内容中读出了 ${count} 项信息。确认前不会记录任何内容：请取消勾选有误的项，或点“${readingLabels.correct}”。`;
}

export const guessLabels: Record<Guess, string> = {
  'unit-assumed': '单位为推定',
  'date-resolved': '日期为推算',
  'dose-inferred': '剂量为推算',
};

export function recordedText(facts: number, ruledOut: readonly string[]): string {
  const recorded = `已记录 ${facts} 项信息`;
  return ruledOut.length > 0 ? `${recorded}；排除了 ${ruledOut.length} 项研究：${ruledOut.join('；')}。` : `${recorded}。`;
}

const identifierWords: Record<IdentifierKind, string> = {
  name: '姓名',
  'record-number': '病历号',
  'date-of-birth': '出生日期',
  phone: '电话号码',
  email: '电子邮箱',
  address: '通讯地址',
  'other-id': '其他身份标识',
};

/** Says which identifiers were ignored, by kind and count, never what they were; empty when none. */
export function ignoredText(ignored: readonly { kind: IdentifierKind; count: number }[]): string {
  if (ignored.length === 0) return '';
  const items = ignored.map(({ kind, count }) => `${count} 处${identifierWords[kind]}`);
  return `我忽略了其中的${list(items, 'and')}：我从不保存或复述身份信息。`;
}

export function readFactLine(summary: string, source: string, guesses: readonly Guess[] = []): string {
  return `${summary}——出自“${source}”${guesses.map((g) => ` · ${guessLabels[g]}`).join('')}`;
}

export const confirmTypedText = '回复“是”全部记录，或回复“否”全部放弃。';
export const nothingReadText = '未能从中读出研究所需的任何信息。请回答问题，或粘贴包含诊断、检查和用药的病历摘要。';
export const readingDiscardedText = '已放弃：病历摘要中的内容均未记录。';
export const readingWaitsText = '从病历摘要中读出的信息尚待确认：请点“记录这些”（可先取消勾选或更正），或输入“是”全部记录、“否”全部放弃。';

export function readUpToText(characters: number): string {
  return `内容太长：我只读了前 ${characters} 个字符。如其余部分还有患者信息，请单独粘贴。`;
}
