import { problemSayers } from '../byCode';
import type { Texts } from '../texts';
import { commands } from './commands';
import * as conversation from './conversation';
import * as details from './details';
import * as evidence from './evidence';
import * as followUps from './followUps';
import { page } from './page';
import { problemTexts } from './problems';
import * as prompts from './prompts';
import * as reading from './reading';
import * as readings from './readings';
import * as results from './results';
import * as trials from './trials';
import { unclearTexts } from './unclear';
import * as values from './values';

const { unclear, problem } = problemSayers(problemTexts, unclearTexts);

/**
 * Every sentence the assistant says in Simplified Chinese, and the commands it reads in it: typed as the English
 * set (src/replies/texts/texts.ts), so a sentence it lacks fails to compile. The catalog's own words (labels,
 * questions, options, criteria) come from the seeds' *.zh-CN.yaml.
 */
export const zhCN: Texts = {
  conversation,
  prompts,
  details,
  followUps,
  reading,
  readings,
  values,
  results,
  trials,
  evidence,
  problems: problemTexts,
  unclearReasons: unclearTexts,
  unclear,
  problem,
  commands,
  page,
};
