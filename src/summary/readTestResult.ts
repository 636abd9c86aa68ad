import { AssertionMatcher } from '../assertion/assertionMatcher';
import type { FactDefinition } from '../domain/factDefinition';
import type { LabTest } from '../domain/labTest';
import type { ParseContext } from '../parsing/outcome';
import { parsedFinding, type Finding } from './findings';
import { statementSpan, textOf, withoutMentions, type Sentence } from './mentions';
import { polarityOf } from './polarity';

/** How many other words may stand between a test's name and its result ("HBV DNA PCR undetectable"). */
const MAX_WORDS_BEFORE_RESULT = 2;
/** "HBV DNA <20 IU/mL": a value below a limit is an undetected result. */
const BELOW_LIMIT = /^[\s:=]*(?:<|less than|below)\s*\d/i;

/**
 * A test result, its own kind of statement: "HBsAg negative", "anti-HBc positive", "HBV DNA undetectable", "HBV DNA
 * <20 IU/mL", "negative QuantiFERON". What the result implies for the test's fact is the test's (tests.yaml): it
 * settles the fact, denies one kind of it, or is asked; a test named without a result ("HBsAg 0.01 IU/mL",
 * "awaiting HBsAg") is asked. A result never settles the fact the other way: a negative test is no "no".
 */
export function readTestResult(sentence: Sentence, i: number, test: LabTest, fact: FactDefinition, context: ParseContext): Finding | undefined {
  const matcher = AssertionMatcher.of(context.vocabulary.assertion);
  const mention = sentence.mentions[i]!;
  const source = statementSpan(sentence, i);
  const polarity = polarityOf(sentence, i, context.vocabulary.assertion);
  if (polarity === 'someone-else') return undefined;
  if (polarity === 'uncertain' || polarity === 'planned') return { kind: 'unclear', fact, source, reason: { code: 'test-result' } };
  const after = withoutMentions(sentence, { index: mention.end, end: mention.piece.end }).replace(/^[\s/,&]+|\b(?:and|or)\b/gi, ' ').trim();
  const before = textOf(sentence, { index: mention.piece.index, end: mention.index });
  const result = resultAfter(after, matcher) ?? (BELOW_LIMIT.test(after) ? 'negative' : matcher.resultBefore(before));
  if (!result) return { kind: 'unclear', fact, source, reason: { code: 'test-result' } };
  const meaning = result === 'positive' ? test.positive : test.negative;
  switch (meaning) {
    case undefined:
      return undefined;
    case 'present':
      return parsedFinding('yes', fact, source, context);
    case 'part-absent':
      return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
    case 'ask':
      return { kind: 'unclear', fact, source, reason: { code: 'test-result' } };
  }
}

function resultAfter(words: string, matcher: AssertionMatcher) {
  const parts = words.split(/\s+/);
  for (let skip = 0; skip <= MAX_WORDS_BEFORE_RESULT && skip < parts.length; skip++) {
    const result = matcher.resultAt(parts.slice(skip).join(' '));
    if (result) return result;
  }
  return undefined;
}
