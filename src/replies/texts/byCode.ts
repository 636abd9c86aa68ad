import type { CatalogWords } from '../../catalog/catalogWords';
import type { AnswerProblem, UnclearFact } from '../../domain/unclearReason';
import type { ProblemTexts } from './en/problems';
import type { UnclearTexts } from './en/unclear';

/**
 * The message for a code, from a language's table of them (one function per code, each taking that code's
 * parameters): the tables are typed per code, so a language lacking one fails to compile.
 */
export function byCode<U extends { code: string }>(texts: Record<U['code'], (w: CatalogWords, item: never) => string>, w: CatalogWords, item: U): string {
  return (texts[item.code as U['code']] as (w: CatalogWords, item: U) => string)(w, item);
}

/**
 * A language's two sayers of why something is asked, from its tables: a fact a summary left unclear, and an answer
 * asked again (a parser's problem, or what reading the reply as a summary left unclear).
 */
export function problemSayers(problems: ProblemTexts, unclearTexts: UnclearTexts) {
  const unclear = (w: CatalogWords, fact: UnclearFact): string => byCode(unclearTexts, w, { ...fact, code: fact.reason.code });
  const problem = (w: CatalogWords, said: AnswerProblem): string => (said.code === 'unclear' ? unclear(w, said.unclear) : byCode(problems, w, said));
  return { unclear, problem };
}
