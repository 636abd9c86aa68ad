import type { CatalogWords } from '../../../catalog/catalogWords';
import type { Answers } from '../../../domain/factValue';
import type { CompiledTrial } from '../../../engine/compiledTrial';
import type { QuestionCandidate } from '../../../engine/nextQuestion';
import { shownSource, shownNumber } from '../../../report/results';
import type { ResultsReason } from '../../../screening/replies';
import { list } from './format';
import { value } from './values';

/** Studies the welcome names; a larger catalog's are counted, so the message stays short (Teams' 40 KB). */
const WELCOME_STUDIES = 20;

export function welcomeText(w: CatalogWords, trials: readonly CompiledTrial[]): string {
  const studies = trials.slice(0, WELCOME_STUDIES).map((t) => `• ${w.trial(t.record.id).titles.brief}${t.record.registryId ? `（${t.record.registryId}）` : ''}`);
  if (trials.length > WELCOME_STUDIES) studies.push(`• ……另有 ${trials.length - WELCOME_STUDIES} 项`);
  return [
    '您好——我帮您核查您的患者是否可能适合我们目录中的某项临床试验：我只询问仍可能改变结论的问题，然后列出患者可能符合的研究、理由以及联系人。请不要告诉我患者的姓名或病历号：我从不需要这些信息。',
    `目录中的研究（${trials.length}）：`,
    ...studies,
    '请粘贴一份去标识化的患者病历摘要，或回答下面的问题。输入“帮助”查看命令。输入“English”可切换为英文。',
  ].join('\n');
}

export const helpText = [
  '请像写病历一样回答每个问题：“Hb 8.5 g/dL”“plt 45k”“甲泼尼龙 8 mg 每日，自2026年3月起”“6周前”“是”；不清楚时回答“不详”或“跳过”（不会被当作“否”）。英文回答同样可以。',
  '随时可用的命令：',
  '• 帮助——显示本说明',
  '• 返回——撤销上一个回答并重新提问',
  '• 重新开始——为新患者重新筛选',
  '• 汇总——目前的回答',
  '• 结果——立即显示结果及尚不清楚的信息',
  '• 为什么——当前问题关系到哪些研究的哪些标准',
  '• 继续——看过“结果”后继续回答',
  '• 更多——下一批结果卡片',
  '• English——切换为英文',
].join('\n');

export function summaryText(w: CatalogWords, answers: Answers, answered: readonly string[]): string {
  if (answered.length === 0) return '还没有回答。';
  const lines = answered.map((id) => {
    const fact = w.facts.get(id);
    return fact ? `• ${fact.label}：${value(w, fact, answers[id]) ?? '未提供'}` : `• ${id}`;
  });
  return ['目前的回答：', ...lines].join('\n');
}

export function whyText(w: CatalogWords, label: string, candidate: QuestionCandidate | undefined, trials: readonly CompiledTrial[]): string {
  if (!candidate || candidate.criteria.length === 0) return `“${label}”是在“返回”后重新提问的；已没有未定的标准需要它。`;
  const lines = [`我询问“${label}”，因为它可能决定 ${candidate.trials.length} 项未定的研究：`];
  for (const key of candidate.criteria) {
    const [trialId, criterionId] = key.split('/');
    const trial = trials.find((t) => t.record.id === trialId);
    const criterion = trial?.record.criteria.find((c) => c.id === criterionId);
    if (trial && criterion) {
      const { titles, criterion: said } = w.trial(trial.record.id);
      const label = said(criterion.id).label;
      lines.push(`• ${titles.acronym ?? titles.brief}——${criterion.kind === 'inclusion' ? '入选' : '排除'}标准 ${shownNumber(criterion)}：${label ? `${label}（原文：“${shownSource(criterion)}”）` : `“${shownSource(criterion)}”`}`);
    }
  }
  return lines.join('\n');
}

export const noOpenQuestionText = '目前没有待回答的问题。';
export const unknownStudyText = '该研究已不在目录中。';
export const finishedText = '筛选已完成。输入“结果”再次查看，“返回”修改上一个回答，“汇总”查看回答，或“重新开始”筛选新患者。';
export const closedQuestionFinishedText = `该问题已关闭。${finishedText}`;
export function stateResetText(reason: 'version' | 'invalid'): string {
  const why = reason === 'version' ? '是由本助手的旧版本保存的' : '无法读取';
  return `您之前的筛选${why}，因此我重新开始一次新的筛选。之前的内容均不会使用。`;
}
export const restartText = '开始新的筛选。之前的回答已清除。';
export const nothingToUndoText = '还没有可撤销的回答。';
export function undoneText(labels: readonly string[]): string {
  return `已删除您对${list(labels, 'and')}的回答。我们重新问一次。`;
}

export const resultsReasonTexts: Record<Exclude<ResultsReason, 'asked'>, string> = {
  'only-unknowns-left': '已没有可以改变结论的问题：尚未确定的内容或为不详，或需在筛选时确认。以下是结果。',
  'all-decided': '目录中的每项研究都已有结论。以下是结果。',
};
export const pausedText = '筛选已暂停。输入“继续”回答其余问题，或“重新开始”筛选新患者。';

/** Said when the clinician names Chinese: the rest of the conversation is in it. */
export const languageChosenText = '从现在起我用中文回答。输入“English”可切换回英文。';

export const personalOnlyText = '我在私聊中一次只筛选一位患者，以免他人的回答与您的混在一起。请以个人应用方式打开我（或直接给我发消息）开始筛选。';

export const turnErrorText = '抱歉，我这边出了问题。您目前的回答都已保留；请重新发送您的上一条消息。';
