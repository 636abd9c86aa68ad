import type { CommandWords } from '../../../screening/commands';

/** The English words of each command ("help" lists them), and of English itself for a clinician switching back to it. */
export const commands: CommandWords = {
  help: ['help', 'what can you do', 'commands'],
  back: ['back', 'undo', 'go back', 'previous'],
  restart: ['restart', 'start over', 'new patient', 'reset'],
  summary: ['summary', 'answers', 'my answers'],
  results: ['results', 'show results', 'result', 'matches'],
  why: ['why', 'why?', 'why do you ask', 'why this question'],
  continue: ['continue', 'resume', 'keep going'],
  more: ['more', 'show more', 'next'],
  language: ['english', 'in english', 'speak english', '英文', '英语', '用英文', '说英文'],
};
