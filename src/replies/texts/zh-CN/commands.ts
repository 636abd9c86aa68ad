import type { CommandWords } from '../../../screening/commands';

/** The Chinese words of each command ("帮助" lists them), and of Chinese itself for a clinician switching to it. */
export const commands: CommandWords = {
  help: ['帮助', '命令', '你能做什么'],
  back: ['返回', '撤销', '上一步'],
  restart: ['重新开始', '重来', '新患者'],
  summary: ['汇总', '我的回答', '回答汇总'],
  results: ['结果', '查看结果', '显示结果'],
  why: ['为什么', '为什么问这个', '为何'],
  continue: ['继续', '接着回答'],
  more: ['更多', '下一批'],
  language: ['中文', '汉语', '用中文', '说中文', '简体中文', 'chinese', 'in chinese'],
};
