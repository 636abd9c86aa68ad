import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseIsoDay, type Day } from '../../src/dates/calendar';
import type { FactValue } from '../../src/domain/factValue';
import type { Vocabulary } from '../../src/engine/compileContext';
import { expectedAnswers, LabelledFact } from '../summary/labelledSet';

export const repliesDir = path.resolve(__dirname, '../fixtures/replies');
/** Replies written by a helper who never saw the reader, measured once (see its README), then joined to the rest. */
export const heldOutRepliesDir = path.join(repliesDir, 'held-out');
/** Chinese clinicians' typed replies; `held-out` beside them as above. */
export const chineseRepliesDir = path.join(repliesDir, 'zh');
export const chineseHeldOutRepliesDir = path.join(chineseRepliesDir, 'held-out');

/**
 * What a reply means for one fact: a value (in the patient-file format), "unknown" (the clinician does not know),
 * "uncertain" (doubt: unknown, or asked again, are both right; a value is wrong), or "ask" (the words do not
 * settle it: a good reader asks again).
 */
const Meaning = z.union([z.literal('unknown'), z.literal('uncertain'), z.literal('ask'), LabelledFact]);
export type Meaning = z.infer<typeof Meaning>;

/** YAML reads "45" as a number: a reply is text whatever it looks like. */
const Typed = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const SingleReply = z.object({ fact: z.string().min(1), text: Typed, expect: Meaning }).strict();
const CardReply = z.object({ facts: z.array(z.string().min(1)).min(2), text: Typed, expect: z.record(z.string(), Meaning) }).strict();

const RepliesFile = z.object({ evaluationDate: z.iso.date(), replies: z.array(z.union([SingleReply, CardReply])).min(1) }).strict();

/** One reply typed to a question, or to a card of several. */
export interface TypedReply {
  name: string;
  facts: string[];
  text: string;
  today: Day;
  /** What the reply means for each fact asked that it answers (a card's other facts are left unanswered). */
  meanings: Record<string, Meaning>;
}

/** Every reply of every file in `dir`; a file that does not match the format fails with its name and the field. */
export function typedReplies(dir = repliesDir): TypedReply[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const parsed = RepliesFile.safeParse(parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${path.relative(process.cwd(), path.join(dir, file))} is not a file of typed replies: ${where}`);
      }
      const today = parseIsoDay(parsed.data.evaluationDate);
      return parsed.data.replies.map((reply, i) => ({
        name: `${file.replace(/\.yaml$/, '')}#${i + 1}`,
        facts: 'fact' in reply ? [reply.fact] : reply.facts,
        text: reply.text,
        today,
        meanings: 'fact' in reply ? { [reply.fact]: reply.expect } : reply.expect,
      }));
    });
}

/** A meaning as the value it records, for one that is a value (the labelled summaries' conversion). */
export function expectedValue(reply: TypedReply, fact: string, vocabulary: Vocabulary): FactValue | undefined {
  const meaning = reply.meanings[fact];
  if (meaning === undefined || meaning === 'uncertain' || meaning === 'ask') return undefined;
  return expectedAnswers({ name: reply.name, today: reply.today, summary: { evaluationDate: '2000-01-01', text: reply.text, identifiers: [], facts: { [fact]: meaning }, unsettled: {} } }, vocabulary)[fact];
}
