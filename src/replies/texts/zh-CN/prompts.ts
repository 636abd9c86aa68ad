import type { FactDefinition } from '../../../domain/factDefinition';
import type { CardTopic } from '../../../screening/questionGroups';
import { list } from './format';

/** Labels of a question card's buttons and fields. */
export const buttonLabels = {
  yes: '是',
  no: '否',
  unknown: '不详',
  none: '无',
  submit: '提交',
  dateField: '日期或距今多久',
  typedFollowUp: '或直接输入回答',
  noneOfThese: '以上都没有',
  choose: '请选择',
};

const bearsOn = (trialCount: number) => (trialCount > 0 ? `（关系到 ${trialCount} 项未定的研究）` : '');

/** The question as the card's heading, with how many open studies it bears on. */
export function questionLine(fact: FactDefinition, trialCount: number): string {
  return `${fact.question}${bearsOn(trialCount)}`;
}

const groupHeadings: Record<CardTopic, string> = {
  intake: '患者基本情况',
  values: '最新检查值',
  checklist: '患者是否有以下情况？',
  dates: '以下情况最近一次发生在何时？',
  history: '既往史',
  medicines: '用药',
};

const topicWords: Record<CardTopic, string> = {
  intake: '患者',
  values: '最新检查值',
  checklist: '既往史',
  dates: '日期',
  history: '既往史',
  medicines: '用药',
};

/** A group card's heading names what it asks: "最新检查值", "用药和最新检查值". */
export function groupHeading(topics: readonly CardTopic[], trialCount: number): string {
  const heading = topics.length === 1 ? groupHeadings[topics[0]!] : list([...new Set(topics.map((t) => topicWords[t]))], 'and');
  return `${heading}${bearsOn(trialCount)}`;
}

export const followUpsHeading = '以下每个回答还需补充一项细节';

const topicGuides: Record<CardTopic, string | undefined> = {
  intake: '也可以直接粘贴一份去标识化的患者病历摘要。',
  values: '也可以直接输入，例如“plt 185, Hb 9.6 g/dL”。',
  // No "all no except" in Chinese: the card reader knows only the English words for it (screening/groupAnswers.ts).
  checklist: undefined,
  dates: undefined,
  history: undefined,
  medicines: undefined,
};

export function groupGuide(topics: readonly CardTopic[]): string {
  const blank = topics.includes('intake') ? [] : ['留空的项记为不详。'];
  return [...blank, ...topics.flatMap((t) => topicGuides[t] ?? [])].join('');
}

/** A group in plain text, for notifications and clients that show no cards. */
export function groupPlainText(topics: readonly CardTopic[], facts: readonly FactDefinition[], trialCount: number): string {
  return [groupHeading(topics, trialCount), ...facts.map((f) => `• ${f.question}（${f.hint}）`), groupGuide(topics)].join('\n');
}

export const nothingFilledText = '没有填写任何内容——请回答，或点“不详”。';

export function groupProblemText(label: string, message: string): string {
  return `${label}：${message}`;
}

export function questionPlainText(fact: FactDefinition, trialCount: number): string {
  return `${questionLine(fact, trialCount)}\n${fact.hint}`;
}

export function staleButtonText(staleLabel: string | undefined): string {
  return `这个按钮属于之前的问题${staleLabel ? `（${staleLabel}）` : ''}，因此没有采用。`;
}

export function notedText(understood: string): string {
  return `已记录：${understood}`;
}

export function notedUnknownText(label: string): string {
  return notedText(`${label}不详`);
}

export function tooManyTriesText(label: string): string {
  return `无法读懂这个回答，已将${label}记为不详并继续。可输入“返回”重新回答。`;
}

export function notGivenText(detail: string): string {
  return `已记录：${detail}未提供`;
}

export function pendingText(summary: string): string {
  return `目前理解为：${summary}`;
}

export const duplicateText = '这条消息收到了两次，只处理了一次。';

export const noneButton = (noneLabel: string): string => noneLabel;
