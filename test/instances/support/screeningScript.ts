import { cardQuestion, profileAnswer, type CardQuestion } from '../../support/cardQuestion';
import { shownText } from '../../support/shownText';

/** A reply as a client receives it: text, and cards whose buttons carry the question's fact. */
export type ReplyActivity = Record<string, unknown> & { attachments?: { content?: unknown }[] };

/**
 * What the clinician types for each fact the bot may ask: a 45-year-old woman with primary Sjögren's syndrome and
 * thrombocytopenia after six months of prednisone and mycophenolate (examples/patients/sjogren-thrombocytopenia.json).
 * A fact not listed is answered "unknown"; follow-ups as profileAnswer answers them.
 */
const PATIENT: Record<string, string> = {
  primary_diagnosis: "Sjogren's",
  age: '45',
  sex: 'female',
  other_ctds: 'none',
  platelets: 'plt 48k',
  corticosteroids: 'prednisone 15 mg daily since May 2026',
  immunosuppressants: 'MMF 750 mg bid since May 2026',
};

/** The text typed for a question, one at a time (the instances run with QUESTION_GROUP_SIZE=1). */
function answerTo(question: CardQuestion): string {
  const answer = profileAnswer(question, PATIENT) ?? { text: 'unknown' };
  if (!('text' in answer)) throw new Error(`expected one question at a time, got a card of ${question.facts.join(', ')}`);
  return answer.text;
}

/** Takes one turn: the clinician's text, the turn's number (0 for the first answer) to pick an instance by; the bot's replies. */
export type TakeTurn = (text: string, turn: number) => Promise<ReplyActivity[]>;

export interface ScreeningRun {
  /** Each answer typed, and what the bot said to it. */
  turns: { answer: string; reply: string }[];
  /** What the bot said when it reached its verdicts. */
  results: string;
  /** What "summary" shows after the results: every answer recorded. */
  summary: string;
}

/**
 * Answers every question asked, from the greeting's replies on, until the bot shows its results (at most 30
 * answers), then asks for the summary.
 */
export async function screen(greeting: readonly ReplyActivity[], take: TakeTurn): Promise<ScreeningRun> {
  const turns: ScreeningRun['turns'] = [];
  let question = cardQuestion(greeting);
  let turn = 0;
  for (; question !== undefined; turn += 1) {
    if (turns.length === 30) throw new Error(`still asking after 30 answers: ${JSON.stringify(turns.map((t) => t.answer))}`);
    const answer = answerTo(question);
    const replies = await take(answer, turn);
    turns.push({ answer, reply: shownText(replies) });
    question = cardQuestion(replies);
  }
  return { turns, results: turns.at(-1)?.reply ?? '', summary: shownText(await take('summary', turn)) };
}

/** The answers of a run the bot did not note at once (re-asked, or not understood): none, for a run to compare. */
export function answersNotNoted(run: ScreeningRun): string[] {
  return run.turns.filter((turn) => !/^Noted: /m.test(turn.reply)).map((turn) => `${turn.answer} → ${turn.reply.slice(0, 120)}`);
}
