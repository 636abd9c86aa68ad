import { problemSayers } from '../byCode';
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
 * Every sentence the assistant says in English, and the commands it reads in English. This set defines the keys and
 * their parameters: every other language is typed as it (src/replies/texts/texts.ts), so a sentence one lacks fails
 * to compile.
 */
export const en = {
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
  /** What the clinician is told about a fact read from a summary but not recorded; the conversation then asks it. */
  unclear,
  /** Why an answer is asked again: a parser's problem, or what reading the reply as a summary left unclear. */
  problem,
  commands,
  page,
};
